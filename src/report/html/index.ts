/**
 * The HTML reporter: one self-contained page (inline style and script, no fonts, images or
 * requests of any kind; a Content-Security-Policy forbids them). Contradictions first, then
 * divergences and agreements, a timeline of all dated claims by source, and the documents,
 * with links between findings and documents and filters by verdict and topic.
 *
 * Owns the page frame; each part lives in its own module (findings, timeline, documents).
 */
import { createHash } from "node:crypto";
import type { Report, ReporterOptions } from "../../types.js";
import { VERDICTS, verdictNoun } from "../findings-view.js";
import { type PageContext, buildContext } from "./context.js";
import { documentsSection } from "./documents.js";
import { esc } from "./escape.js";
import { findingSections, sectionId } from "./findings.js";
import { SCRIPT } from "./script.js";
import { STYLES } from "./styles.js";
import { timelineSection } from "./timeline.js";

function sha256Source(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** Nothing may be fetched: no connections, frames, fonts or images; only this page's script runs. */
function contentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    `script-src ${sha256Source(SCRIPT)}`,
    // Inline style attributes place the timeline marks; CSS can fetch nothing under default-src 'none'.
    "style-src 'unsafe-inline'",
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

function header(ctx: PageContext): string {
  const { summary, tool, asOf } = ctx.report;
  const pills = VERDICTS.map(
    (v) => `<li><a class="${v}" href="#${sectionId(v)}">${summary[v]} ${verdictNoun(v, summary[v])}</a></li>`,
  ).join("");
  const topics = [...new Set(ctx.views.map((v) => v.finding.topic))].sort();
  const verdictBoxes = VERDICTS.map(
    (v) => `<label><input type="checkbox" name="verdict" value="${v}" checked> ${verdictNoun(v, 2)}</label>`,
  ).join("");
  const legend = [...ctx.documents.values()]
    .map((d) => `<span style="--doc:${d.colour}" title="${esc(d.path)}">${esc(d.label)}</span>`)
    .join("");
  const baseline = ctx.report.baseline
    ? `<p class="meta">Compared with the baseline ${esc(ctx.report.baseline.file)}: ${ctx.report.baseline.known.length} known findings are not shown.</p>`
    : "";
  return `<header class="page-header"><div>
<h1>relcheck report</h1>
<p class="meta">${summary.documents} ${summary.documents === 1 ? "document" : "documents"}, ${summary.claims} ${summary.claims === 1 ? "claim" : "claims"}${summary.suppressed ? ` (${summary.suppressed} suppressed by relcheck-disable-next-line)` : ""}${asOf ? ` · dates resolved as of ${esc(asOf)}` : ""} · ${esc(tool.name)} ${esc(tool.version)}</p>
${baseline}<ul class="summary">${pills}</ul>
<nav class="toc"><a href="#contradictions">Contradictions</a><a href="#divergences">Divergences</a><a href="#agreements">Agreements</a><a href="#timeline">Timeline</a><a href="#documents">Documents</a></nav>
<form class="filters" id="filters" hidden>
<fieldset><legend>Verdict</legend>${verdictBoxes}</fieldset>
<label>Topic <select id="topic-filter"><option value="">All topics</option>${topics.map((t) => `<option value="${esc(t)}">${esc(t)}</option>`).join("")}</select></label>
<output id="shown" aria-live="polite"></output>
</form>
<div class="legend" aria-label="Sources">${legend}</div>
</div></header>`;
}

function diagnosticsSection(ctx: PageContext): string {
  if (ctx.report.diagnostics.length === 0) return "";
  const items = ctx.report.diagnostics.map((d) => {
    const where = d.file ? `${d.file}${d.line ? `:${d.line}${d.column ? `:${d.column}` : ""}` : ""}: ` : "";
    return `<li class="${d.severity}">${esc(d.severity)} ${esc(d.code)}: ${esc(where)}${esc(d.message)}</li>`;
  });
  return `<section id="problems"><h2>Problems</h2><ul class="diagnostics">${items.join("")}</ul></section>`;
}

export function htmlReporter(report: Report, _options: ReporterOptions): string {
  const ctx = buildContext(report);
  const title = `relcheck: ${VERDICTS.map((v) => `${report.summary[v]} ${verdictNoun(v, report.summary[v])}`).join(", ")}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${esc(contentSecurityPolicy())}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${esc(`${report.tool.name} ${report.tool.version}`)}">
<title>${esc(title)}</title>
<link rel="icon" href="data:,">
<style>${STYLES}</style>
</head>
<body>
${header(ctx)}
<main>
${diagnosticsSection(ctx)}
${findingSections(ctx)}
${timelineSection(ctx)}
${documentsSection(ctx)}
<footer>Made by ${esc(report.tool.name)} ${esc(report.tool.version)} from ${report.documents.length} ${report.documents.length === 1 ? "document" : "documents"}. Values are shown as the sources state them; “Why this verdict” shows the intervals compared.</footer>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
