/**
 * The page's one stylesheet (inlined). System fonts only; no url() anywhere, so the page
 * fetches nothing. A print block drops the filters and keeps cards whole on a page.
 */
export const STYLES = `
:root {
  --ink: #1c1e21; --muted: #5b6169; --line: #d8dce1; --paper: #ffffff; --shade: #f5f6f8;
  --contradict: #b3261e; --contradict-bg: #fdecea; --diverge: #8a5300; --diverge-bg: #fff4e0;
  --agree: #1e6b34; --agree-bg: #e8f5ec; --mark: #fff0a8; --link: #0b57d0;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif;
  color: var(--ink); background: var(--paper); line-height: 1.45;
}
* { box-sizing: border-box; }
body { margin: 0; }
a { color: var(--link); }
main, .page-header > div { max-width: 1200px; margin: 0 auto; padding: 0 1.25rem; }
.page-header { background: var(--shade); border-bottom: 1px solid var(--line); padding: 1rem 0 .75rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 0; display: inline; }
.meta, .hint, .doc-meta, .none { color: var(--muted); margin: .25rem 0; }
.summary { display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0; padding: 0; list-style: none; }
.summary a { display: inline-block; padding: .25rem .7rem; border-radius: 999px; text-decoration: none; font-weight: 600; }
nav.toc { display: flex; flex-wrap: wrap; gap: 1rem; font-size: .95rem; }
.count { display: inline-block; min-width: 1.6em; padding: 0 .4em; border-radius: 999px; background: var(--shade); color: var(--muted); font-size: .85em; text-align: center; border: 1px solid var(--line); }
.badge { display: inline-block; padding: .05rem .5rem; border-radius: 4px; font-size: .78rem; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; text-decoration: none; vertical-align: middle; }
.badge.contradict, .summary .contradict { background: var(--contradict-bg); color: var(--contradict); border: 1px solid var(--contradict); }
.badge.diverge, .summary .diverge { background: var(--diverge-bg); color: var(--diverge); border: 1px solid var(--diverge); }
.badge.agree, .summary .agree { background: var(--agree-bg); color: var(--agree); border: 1px solid var(--agree); }
.filters { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.25rem; margin: .75rem 0 0; padding: .5rem .75rem; border: 1px solid var(--line); border-radius: 6px; background: var(--paper); }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: .75rem; align-items: center; }
.filters legend { float: left; margin-right: .5rem; font-weight: 600; }
.filters select { max-width: 28rem; font: inherit; }
.filters output { color: var(--muted); margin-left: auto; }
.finding { border: 1px solid var(--line); border-left: 6px solid var(--muted); border-radius: 6px; padding: .75rem 1rem; margin: 0 0 1rem; background: var(--paper); }
.finding.contradict { border-left-color: var(--contradict); }
.finding.diverge { border-left-color: var(--diverge); }
.finding.agree { border-left-color: var(--agree); }
.finding header { display: flex; flex-wrap: wrap; align-items: baseline; gap: .5rem; }
.finding .fid { margin-left: auto; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .8rem; color: var(--muted); }
.self { font-size: .8rem; color: var(--contradict); font-weight: 600; }
.reason { margin: .5rem 0; }
.claims { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: .75rem; }
.story-title { margin: 1rem 0 .25rem; font-size: 1rem; color: var(--muted); }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: .75rem; }
.side { padding-left: .5rem; border-left: 2px solid var(--line); }
.side .claims { grid-template-columns: 1fr; }
.side-label { margin: .25rem 0; font-size: .85rem; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
.claim { border: 1px solid var(--line); border-top: 4px solid var(--doc, var(--muted)); border-radius: 4px; padding: .5rem .75rem; background: var(--shade); }
.claim .value { font-size: 1.2rem; font-weight: 700; margin: 0; }
.claim .details { margin: .15rem 0; font-size: .85rem; color: var(--muted); }
.measure { display: inline-block; padding: 0 .4rem; border-radius: 3px; background: #e6e9ee; color: var(--ink); font-weight: 600; }
blockquote { margin: .4rem 0; padding-left: .6rem; border-left: 3px solid var(--line); font-size: .92rem; }
mark { background: var(--mark); padding: 0 .1em; border-radius: 2px; font-weight: 600; }
.trigger { text-decoration: underline; text-decoration-style: dotted; text-underline-offset: 2px; }
.source { margin: 0; font-size: .85rem; }
details.explain { margin-top: .5rem; }
details summary { cursor: pointer; color: var(--link); }
details pre { overflow-x: auto; background: var(--shade); padding: .5rem; border-radius: 4px; font-size: .8rem; white-space: pre-wrap; }
.timeline { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; }
.tl-topic { padding: .5rem 0; border-top: 1px solid var(--line); }
.tl-topic.contradicted { background: linear-gradient(90deg, var(--contradict-bg), transparent 40%); }
.tl-topic h3 { display: block; font-size: .95rem; margin: 0 0 .25rem; }
.lane { display: grid; grid-template-columns: 13rem 1fr; align-items: start; gap: .5rem; margin: .15rem 0; }
.lane-label { font-size: .8rem; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; padding-left: .5rem; border-left: 4px solid var(--doc, transparent); color: var(--ink); text-decoration: none; line-height: 1.6em; }
.track { position: relative; min-height: 1.6em; }
.timeline.common .track { height: var(--h, 1.6em); }
.timeline.zoomed .track { height: var(--zh, 1.6em); }
.axis .track { height: 1.4em !important; border-top: 1px solid var(--muted); }
.grid { position: absolute; top: 0; bottom: 0; width: 0; border-left: 1px dotted var(--line); }
.tick { position: absolute; transform: translateX(-50%); font-size: .75rem; color: var(--muted); white-space: nowrap; }
.tick:first-child { transform: none; }
.tick:last-child { transform: translateX(-100%); }
.timeline.zoomed .common-only, .timeline.common .zoom-only { display: none; }
.mark { position: absolute; height: 1.1em; margin-top: .25em; min-width: 6px; border-radius: 3px; background: var(--doc); text-decoration: none; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.timeline.zoomed .mark { left: var(--zl); width: var(--zw); top: var(--zt); }
.timeline.common .mark { left: var(--l); width: var(--w); top: var(--t); }
.mark.contradicted { outline: 2px solid var(--contradict); outline-offset: 2px; }
.mark .label { position: absolute; left: 100%; margin-left: 6px; white-space: nowrap; font-size: .78rem; line-height: 1.1em; color: var(--ink); }
.timeline.common .mark.c-before .label, .timeline.zoomed .mark.z-before .label { left: auto; right: 100%; margin: 0 6px 0 0; }
.timeline.common .mark.c-inside .label, .timeline.zoomed .mark.z-inside .label { left: 0; margin-left: 4px; padding: 0 .3em; border-radius: 2px; background: rgba(255, 255, 255, .85); }
.scale-switch { display: flex; flex-wrap: wrap; gap: .25rem 1rem; font-size: .9rem; margin: .25rem 0 .5rem; }
.mark.contradicted .label { color: var(--contradict); font-weight: 700; }
.legend { display: flex; flex-wrap: wrap; gap: .25rem 1rem; font-size: .8rem; margin: .5rem 0; }
.legend span::before { content: ""; display: inline-block; width: .8em; height: .8em; margin-right: .3em; border-radius: 2px; background: var(--doc); vertical-align: -.05em; }
.document { border-left: 6px solid var(--doc); padding: .25rem 0 .25rem .75rem; margin: 0 0 1rem; }
.document h3 { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .95rem; }
.doc-findings { margin: .25rem 0; padding-left: 1rem; }
.doc-claims { font-size: .9rem; padding-left: 1.5rem; }
.doc-claims li { margin: .35rem 0; }
.doc-claims .where { font-family: ui-monospace, "DejaVu Sans Mono", monospace; color: var(--muted); }
.doc-claims .topic { color: var(--muted); }
.doc-claims .sentence { color: var(--muted); font-size: .85rem; }
.single { font-size: .75rem; color: var(--muted); border: 1px dashed var(--line); padding: 0 .3rem; border-radius: 3px; }
.diagnostics li.error { color: var(--contradict); }
footer { color: var(--muted); font-size: .8rem; margin: 2rem 0; }
[hidden] { display: none !important; }
@media (max-width: 700px) {
  .lane { grid-template-columns: 6.5rem 1fr; }
  .finding .fid { margin-left: 0; }
}
@media print {
  .filters, nav.toc, .scale-switch { display: none !important; }
  .page-header { background: none; }
  .finding, .claim, .tl-topic, .document { break-inside: avoid; }
  h2 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  details.explain { display: none; }
  .tl-topic.contradicted { background: none; border-left: 4px solid var(--contradict); padding-left: .5rem; }
}
`;
