/**
 * The documents part of the HTML page: one entry per source with its date (and where the date
 * came from), the findings it takes part in, and all its claims — each linked back to its
 * findings, so a reader can go from a finding to a document and back.
 */
import type { Claim, ReportDocument } from "../../types.js";
import { describeValue } from "../describe-value.js";
import { measureLabel } from "../findings-view.js";
import { type PageContext, claimAnchor, findingAnchor } from "./context.js";
import { esc } from "./escape.js";
import { sentenceHtml } from "./findings.js";
import { VERDICT_LABEL } from "./palette.js";
import { wordTable } from "../../values/word-table.js";

const DATE_SOURCE = wordTable<string>({
  frontmatter: "from its front matter",
  manifest: "from the sources manifest",
  "html-meta": "from its HTML metadata",
  dateline: "from its dateline",
  url: "from the date in its address",
  path: "from its file path",
  flag: "from --as-of",
  inferred: "inferred from the dates in its text",
});

function dateText(doc: ReportDocument | undefined): string {
  if (!doc || doc.date === null) return "undated";
  const sure = doc.dateConfidence && doc.dateConfidence !== "high" ? ` (${doc.dateConfidence} confidence)` : "";
  return `dated ${esc(doc.date)} ${esc(DATE_SOURCE[doc.dateSource ?? ""] ?? "")}${sure}`.trim();
}

function claimRow(ctx: PageContext, claim: Claim): string {
  const links = (ctx.findingsOfClaim.get(claim.id) ?? [])
    .map((f) => `<a class="badge ${f.verdict}" href="#${findingAnchor(f)}">${VERDICT_LABEL[f.verdict]}</a>`)
    .join(" ");
  return `<li id="${claimAnchor(claim)}"><span class="where">${claim.line}:${claim.column}</span> <strong>${esc(describeValue(claim.value))}</strong> <span class="topic">${esc(claim.topic)}${claim.measure ? ` · ${esc(measureLabel(claim.measure))}` : ""}</span> ${links || `<span class="single">single source</span>`}<br><span class="sentence">${sentenceHtml(claim)}</span></li>`;
}

export function documentsSection(ctx: PageContext): string {
  const byPath = new Map(ctx.report.documents.map((d) => [d.path, d]));
  const entries = [...ctx.documents.values()].map((info) => {
    const doc = byPath.get(info.path);
    const claims = ctx.report.claims
      .filter((c) => c.document === info.path)
      .sort((a, b) => a.offset - b.offset || (a.id < b.id ? -1 : 1));
    const findings = ctx.views.filter((v) => v.claims.some((c) => c.document === info.path)).map((v) => v.finding);
    const findingLinks = findings
      .map((f) => `<li><a href="#${findingAnchor(f)}"><span class="badge ${f.verdict}">${VERDICT_LABEL[f.verdict]}</span> ${esc(f.topic)}</a></li>`)
      .join("");
    const duplicates = doc?.duplicates?.length ? `<p class="dupes">Same content as: ${doc.duplicates.map(esc).join(", ")}</p>` : "";
    return `<article class="document" id="${info.anchor}" style="--doc:${info.colour}">
<h3>${esc(info.path)}</h3>
<p class="doc-meta">${dateText(doc)}${doc ? ` · sha256 <code>${esc(doc.sha256.slice(0, 12))}</code>` : ""} · ${claims.length} ${claims.length === 1 ? "claim" : "claims"}</p>
${duplicates}${findingLinks ? `<ul class="doc-findings">${findingLinks}</ul>` : `<p class="none">In no finding.</p>`}
${claims.length > 0 ? `<details><summary>Claims in this document</summary><ol class="doc-claims">${claims.map((c) => claimRow(ctx, c)).join("\n")}</ol></details>` : ""}
</article>`;
  });
  return `<section id="documents"><h2>Documents <span class="count">${ctx.documents.size}</span></h2>
${entries.join("\n")}
</section>`;
}
