/**
 * The findings part of the HTML page: one section per verdict, contradictions first, the findings
 * of each story together under its name when the documents make several stories; each
 * finding is a card with its claims side by side — the value in the reader's terms, the quote
 * highlighted in its sentence, a link to the document — grouped by the side they stand on when
 * they take more than one, and, folded, the full explanation.
 *
 *   <article class="finding contradict" id="f-3c1d" data-verdict="contradict" data-topic="…">
 */
import type { Claim, Verdict } from "../../types.js";
import { describeFrame, describeValue } from "../describe-value.js";
import { explainFinding } from "../explain.js";
import { type FindingView, VERDICTS, measureLabel, quoteInSentence, sideHeading, storyLabel, storyOf, triggerInSentence, verdictNoun } from "../findings-view.js";
import { type PageContext, claimAnchor, docInfo, findingAnchor } from "./context.js";
import { esc, highlight } from "./escape.js";
import { VERDICT_LABEL } from "./palette.js";

/** "It was <mark>in 1997</mark> that Pakistan <span class="trigger">recognised</span> …" */
export function sentenceHtml(claim: Claim): string {
  const ranges: [number, number, string][] = [];
  const quote = quoteInSentence(claim);
  if (quote) ranges.push([quote[0], quote[1], "mark"]);
  const trigger = triggerInSentence(claim);
  if (trigger) ranges.push([trigger[0], trigger[1], "span.trigger"]);
  if (!quote) return `${highlight(claim.sentence, ranges)} <span class="quote-alone">(<mark>${esc(claim.text)}</mark>)</span>`;
  return highlight(claim.sentence, ranges);
}

function claimCard(ctx: PageContext, claim: Claim): string {
  const doc = docInfo(ctx, claim.document);
  const details: string[] = [];
  if (claim.measure) details.push(`<span class="measure">${esc(measureLabel(claim.measure))}</span>`);
  if (claim.frame) details.push(`<span class="frame">time frame: ${esc(describeFrame(claim.frame))}</span>`);
  return `<div class="claim" style="--doc:${doc.colour}">
  <p class="value">${esc(describeValue(claim.value))}</p>${details.length > 0 ? `\n  <p class="details">${details.join(" ")}</p>` : ""}
  <blockquote>${sentenceHtml(claim)}</blockquote>
  <p class="source"><a href="#${doc.anchor}" title="${esc(claim.document)}">${esc(doc.label)}</a>, <a href="#${claimAnchor(claim)}">line ${claim.line}, column ${claim.column}</a></p>
</div>`;
}

/** The claims side by side; when they take several sides, one labelled column per side. */
function claimsHtml(ctx: PageContext, view: FindingView): string {
  if (view.sides.length < 2) return `<div class="claims">\n${view.claims.map((c) => claimCard(ctx, c)).join("\n")}\n</div>`;
  const sides = view.sides.map(
    (side, i) => `<div class="side"><p class="side-label">${esc(sideHeading(side, i))}</p>\n<div class="claims">\n${side.map((c) => claimCard(ctx, c)).join("\n")}\n</div></div>`,
  );
  return `<div class="sides">\n${sides.join("\n")}\n</div>`;
}

function findingCard(ctx: PageContext, view: FindingView): string {
  const { finding } = view;
  const id = findingAnchor(finding);
  const self = finding.selfContradiction ? ` <span class="self">within one document</span>` : "";
  return `<article class="finding ${finding.verdict}" id="${id}" data-verdict="${finding.verdict}" data-topic="${esc(finding.topic)}">
<header><span class="badge ${finding.verdict}">${VERDICT_LABEL[finding.verdict]}</span>${self} <h3>${esc(finding.topic)}</h3> <a class="fid" href="#${id}">${esc(finding.id)}</a></header>
<p class="reason">${esc(finding.reason)}</p>
${claimsHtml(ctx, view)}
<details class="explain"><summary>Why this verdict</summary><pre>${esc(explainFinding(ctx.report, finding))}</pre></details>
</article>`;
}

/**
 * A verdict's cards, grouped by the story they belong to (in the report's order of stories) when
 * the documents make several stories: findings of one story are read together.
 */
function byStory(ctx: PageContext, views: readonly FindingView[]): string {
  const stories = ctx.report.stories ?? [];
  const withFindings = new Set(ctx.views.map(storyOf));
  if (stories.filter((s) => withFindings.has(s.id)).length < 2) return views.map((v) => findingCard(ctx, v)).join("\n");
  const order = new Map(stories.map((s, i) => [s.id, i]));
  const groups = new Map<string, FindingView[]>();
  for (const v of views) {
    const id = storyOf(v) ?? "";
    groups.set(id, [...(groups.get(id) ?? []), v]);
  }
  return [...groups]
    .sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity))
    .map(([id, vs]) => {
      const story = stories.find((s) => s.id === id);
      const title = story ? `Story: ${storyLabel(story)}` : "Other findings";
      return `<div class="story" data-story="${esc(id)}"><h3 class="story-title">${esc(title)}</h3>\n${vs.map((v) => findingCard(ctx, v)).join("\n")}\n</div>`;
    })
    .join("\n");
}

const SECTION_ID: Readonly<Record<Verdict, string>> = { contradict: "contradictions", diverge: "divergences", agree: "agreements" };

export function sectionId(verdict: Verdict): string {
  return SECTION_ID[verdict];
}

export function findingSections(ctx: PageContext): string {
  return VERDICTS.map((verdict) => {
    const views = ctx.views.filter((v) => v.finding.verdict === verdict);
    const title = verdictNoun(verdict, 2).replace(/^./, (c) => c.toUpperCase());
    const body = views.length === 0 ? `<p class="none">No ${verdictNoun(verdict, 2)}.</p>` : byStory(ctx, views);
    return `<section class="verdict-section" id="${SECTION_ID[verdict]}" data-section-verdict="${verdict}">
<h2>${title} <span class="count">${views.length}</span></h2>
${body}
</section>`;
  }).join("\n");
}
