/**
 * The Markdown reporter: a findings table for a ticket or a pull-request comment (GitHub-
 * flavoured Markdown). Contradictions come first; each row lists the claims compared, with
 * values in the reader's terms and the quote and place each came from.
 *
 *   | Finding | Verdict | Topic | Claims | Why |
 *   |---|---|---|---|---|
 *   | `f-1a2b` | **contradict** | Pakistan's recognition … | **1997** — "in 1997" `seeds/001.txt:6:10`<br>… | … |
 *
 * Owns Markdown escaping: text from the documents can hold | * _ ` [ ] < > and line breaks,
 * none of which may break the table or turn into markup or HTML.
 */
import type { Claim, Report, ReporterOptions } from "../types.js";
import { describeFrame, describeValue } from "./describe-value.js";
import { type FindingView, VERDICTS, location, measureLabel, orderedFindings, verdictNoun } from "./findings-view.js";

/** Escape text for a table cell: Markdown punctuation gets a backslash, line breaks become spaces. */
export function escapeCell(text: string): string {
  return text
    .replace(/\r\n?|\n/g, " ")
    .replace(/[\\`*_[\]<>|#~]/g, (ch) => `\\${ch}`)
    .replace(/&/g, "&amp;");
}

/** Inline code that survives any backticks inside: `` a`b `` */
function code(text: string): string {
  const clean = text.replace(/\r\n?|\n/g, " ").replace(/\|/g, "\\|");
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
  return `${fence}${pad}${clean}${pad}${fence}`;
}

function claimCell(claim: Claim): string {
  const value = describeValue(claim.value);
  const parts = [`**${escapeCell(value)}**`];
  const notes = [
    ...(claim.measure ? [escapeCell(measureLabel(claim.measure))] : []),
    ...(claim.frame ? [`time frame ${escapeCell(describeFrame(claim.frame))}`] : []),
  ];
  if (notes.length > 0) parts.push(`(${notes.join("; ")})`);
  // The words as written, unless they are the value itself ("1997" → 1997).
  parts.push(claim.text === value ? "—" : `— “${escapeCell(claim.text)}”`, code(location(claim)));
  return parts.join(" ");
}

function findingRow(view: FindingView): string {
  const { finding } = view;
  const verdict = finding.verdict === "contradict" ? "**contradict**" : finding.verdict;
  const self = finding.selfContradiction ? " (within one document)" : "";
  const cells = [
    code(finding.id),
    `${verdict}${self}`,
    escapeCell(finding.topic),
    view.claims.map(claimCell).join("<br>"),
    escapeCell(finding.reason),
  ];
  return `| ${cells.join(" | ")} |`;
}

function summaryLine(report: Report): string {
  const counts = VERDICTS.map((v) => `${report.summary[v]} ${verdictNoun(v, report.summary[v])}`);
  const docs = `${report.summary.documents} ${report.summary.documents === 1 ? "document" : "documents"}`;
  const claims = `${report.summary.claims} ${report.summary.claims === 1 ? "claim" : "claims"}`;
  return `${counts.join(", ")} in ${docs} (${claims}).`;
}

export const markdownReporter = (report: Report, _options: ReporterOptions): string => markdownReport(report, 2);

/**
 * The Markdown report with its title at heading `level` (2: "## relcheck findings") and its
 * sections one level below, so that it can sit under another heading (the job summary's).
 */
export function markdownReport(report: Report, level: number): string {
  const heading = (depth: number, text: string): string => `${"#".repeat(Math.min(6, level + depth))} ${text}`;
  const lines: string[] = [heading(0, "relcheck findings"), "", summaryLine(report), ""];
  const views = orderedFindings(report);
  if (views.length === 0) {
    lines.push("No claim is made in more than one place, so there is nothing to compare.", "");
  } else {
    lines.push("| Finding | Verdict | Topic | Claims | Why |", "|---|---|---|---|---|");
    for (const view of views) lines.push(findingRow(view));
    lines.push("");
  }
  if (report.documents.length > 0) {
    const notes = report.documents.map(
      (d) => `- ${code(d.path)}: ${d.date === null ? "no date" : `dated ${d.date} (${d.dateSource ?? "unknown source"})`}`,
    );
    lines.push("<details><summary>Documents</summary>", "", ...notes, "", "</details>", "");
  }
  const problems = report.diagnostics.map(
    (d) => `- ${d.severity}: ${d.file ? `${code(d.file)}: ` : ""}${escapeCell(d.message)}`,
  );
  if (problems.length > 0) lines.push(heading(1, "Problems"), "", ...problems, "");
  lines.push(`<sub>${escapeCell(`${report.tool.name} ${report.tool.version}`)}${report.asOf ? `, as of ${report.asOf}` : ""}</sub>`, "");
  return lines.join("\n");
}
