/**
 * GitHub Actions output: workflow-command annotations for the log and the pull-request diff, and
 * a Markdown job summary.
 *
 *   ::error file=seeds/001.txt,line=6,endLine=6,col=10,endColumn=17,title=relcheck contradict%3A Recognition::1997 and 1996 …%0A- seeds/002.txt:12:1 "In 1996" = 1996
 *
 * One annotation per contradiction (error) or divergence (warning), at the finding's first claim;
 * the message lists every claim compared. Escaping follows @actions/core: in messages % CR LF
 * become %25 %0D %0A; in properties also ":" → %3A and "," → %2C.
 *
 * GitHub shows at most 10 error and 10 warning annotations per step (50 per job) and drops the
 * rest silently, so when there are more, a notice comes first saying how many exist and where
 * the full list is. Diagnostics become annotations too; stale baseline entries a notice.
 *
 * Pure: functions of the report; the CLI decides where the summary goes ($GITHUB_STEP_SUMMARY).
 */
import type { Claim, Diagnostic, Report, ReporterOptions } from "../types.js";
import { levelsOf } from "./levels.js";
import { describeValue } from "./describe-value.js";
import { type FindingView, orderedFindings, verdictNoun } from "./findings-view.js";
import { escapeControls } from "./control-chars.js";
import { markdownReport } from "./markdown.js";
import { claimEnd } from "./sarif.js";

/** Annotations of one level that GitHub shows per step. */
export const GITHUB_ANNOTATIONS_PER_STEP = 10;

/** Message data: "50%\nnext" → "50%25%0Anext". */
export function escapeData(text: string): string {
  return escapeControls(text, "\r\n").replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Property values: also "a:b,c" → "a%3Ab%2Cc". */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

type Level = "error" | "warning" | "notice";

export function workflowCommand(level: Level, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(",");
  return `::${level}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}

function claimLine(claim: Claim): string {
  const measure = claim.measure ? ` (${claim.measure})` : "";
  return `- ${claim.document}:${claim.line}:${claim.column} "${claim.text}" = ${describeValue(claim.value)}${measure}`;
}

function findingAnnotation(view: FindingView, levelOf: ReturnType<typeof levelsOf>): string | null {
  const { finding, claims } = view;
  const first = claims[0];
  const level = levelOf(finding);
  if (level === null || first === undefined) return null;
  const end = claimEnd(first);
  const message = [finding.reason, ...claims.map(claimLine), `fingerprint ${finding.id}`].join("\n");
  return workflowCommand(
    level === "note" ? "notice" : level,
    {
      file: first.document,
      line: first.line,
      endLine: end.endLine,
      col: first.column,
      endColumn: end.endColumn,
      title: `relcheck ${finding.verdict}: ${finding.topic}`,
    },
    message,
  );
}

function diagnosticAnnotation(d: Diagnostic): string {
  return workflowCommand(
    d.severity === "note" ? "notice" : d.severity,
    { file: d.file, line: d.line, col: d.column, title: `relcheck ${d.code}` },
    d.message,
  );
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The notice shown when GitHub would drop some annotations; null when all fit. */
export function overflowNotice(errors: number, warnings: number): string | null {
  if (errors <= GITHUB_ANNOTATIONS_PER_STEP && warnings <= GITHUB_ANNOTATIONS_PER_STEP) return null;
  return workflowCommand(
    "notice",
    { title: "relcheck: more findings than GitHub shows" },
    `relcheck found ${plural(errors, "contradiction", "contradictions")} and ${plural(warnings, "divergence", "divergences")}; ` +
      `GitHub shows only the first ${GITHUB_ANNOTATIONS_PER_STEP} errors and ${GITHUB_ANNOTATIONS_PER_STEP} warnings of a step. ` +
      "The job summary, the log below and the SARIF or JSON reports list them all.",
  );
}

/** Reporter: annotations, one per line. */
export function githubReporter(report: Report, _options?: ReporterOptions): string {
  const views = orderedFindings(report);
  const levelOf = levelsOf(report);
  const findings = views.map((v) => findingAnnotation(v, levelOf)).filter((line): line is string => line !== null);
  const errors = views.filter((v) => levelOf(v.finding) === "error").length;
  const warnings = views.filter((v) => levelOf(v.finding) === "warning").length;
  const lines: string[] = [];
  const overflow = overflowNotice(errors, warnings);
  if (overflow) lines.push(overflow);
  for (const d of report.diagnostics) lines.push(diagnosticAnnotation(d));
  for (const line of findings) lines.push(line);
  const stale = report.baseline?.stale ?? [];
  if (stale.length > 0 && report.baseline) {
    const them = stale.length === 1 ? "it" : "them";
    const action = report.baseline.pruned ? `Dropped from the file.` : `Run with --prune to drop ${them}.`;
    lines.push(
      workflowCommand(
        "notice",
        { file: report.baseline.file, title: "relcheck: stale baseline entries" },
        `${plural(stale.length, "baseline entry no longer occurs", "baseline entries no longer occur")}: ${stale.map((e) => `${e.id} (${e.topic})`).join(", ")}. ${action}`,
      ),
    );
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

/**
 * The job summary ($GITHUB_STEP_SUMMARY): a status line a reviewer reads first, the baseline
 * comparison when there is one, then the Markdown findings table.
 */
export function githubJobSummary(report: Report, _options: ReporterOptions): string {
  const { contradict, diverge } = report.summary;
  const status =
    contradict + diverge === 0
      ? "No contradiction or divergence" + (report.baseline ? " that is not in the baseline." : ".")
      : `${plural(contradict, "contradiction", "contradictions")} and ${plural(diverge, "divergence", "divergences")}` +
        (report.baseline ? " not in the baseline." : ".");
  // Headings in order: the status at ##, the findings report under it at ###, its sections at ####.
  const lines = [`## relcheck: ${status}`, ""];
  if (report.baseline) {
    const b = report.baseline;
    lines.push(
      `Baseline \`${b.file}\`: ${plural(b.known.length, "known finding", "known findings")} not shown, ${b.new.length} new, ${plural(b.stale.length, "stale entry", "stale entries")}${b.stale.length > 0 && b.pruned ? " (pruned)" : ""}.`,
      "",
    );
    if (b.stale.length > 0) {
      for (const e of b.stale) lines.push(`- stale: \`${e.id}\` ${e.topic.replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`)} (${verdictNoun(e.verdict, 1)})`);
      lines.push("");
    }
  }
  lines.push(markdownReport(report, 3));
  return lines.join("\n");
}
