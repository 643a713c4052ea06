/**
 * Comparing a scan with a baseline: which findings are new, which the baseline already holds,
 * and which baseline entries no longer occur (stale). Pure; reading and writing the file is the
 * CLI's business.
 *
 *   baseline {f-a, f-b}, scan {f-b, f-c (contradict), f-d (agree)}
 *     → report.findings [f-c, f-d]; known [f-b]; new [f-c]; stale [f-a]
 *
 * The returned report lists only the findings not in the baseline (agreements are never
 * baselined, so they stay), with the summary counted over those, and says in `baseline` what
 * was left out and what is stale. Exit codes are then computed on that report as on any other.
 */
import { refingerprint } from "../judge/fingerprint.js";
import type { Baseline, BaselineComparison, Claim, Report } from "../types.js";

export interface ApplyOptions {
  /** The baseline file as named to the user. */
  file: string;
  /** Whether the stale entries are being dropped from the file (`--prune`). */
  prune: boolean;
  /**
   * A document's path as the baseline names it (relative to the baseline file's folder); the
   * report's findings are matched with the baseline's entries under those names. Default: as is.
   */
  pathOf?: (document: string) => string;
}

export function applyBaseline(report: Report, baseline: Baseline, options: ApplyOptions): Report {
  const accepted = new Set(baseline.findings.map((e) => e.id));
  const claims = new Map<string, Claim>(report.claims.map((c) => [c.id, c]));
  const pathOf = options.pathOf;
  const baselineId = new Map(report.findings.map((f) => [f.id, pathOf ? refingerprint(f, claims, pathOf) : f.id]));
  const inBaseline = (f: { id: string }) => accepted.has(baselineId.get(f.id)!);
  const current = new Set(baselineId.values());
  const kept = report.findings.filter((f) => !inBaseline(f));
  const comparison: BaselineComparison = {
    file: options.file,
    known: report.findings.filter(inBaseline).map((f) => f.id),
    new: kept.filter((f) => f.verdict !== "agree").map((f) => f.id),
    stale: baseline.findings.filter((e) => !current.has(e.id)),
    pruned: options.prune,
  };
  const count = (verdict: string) => kept.filter((f) => f.verdict === verdict).length;
  return {
    ...report,
    findings: kept,
    summary: { ...report.summary, agree: count("agree"), diverge: count("diverge"), contradict: count("contradict") },
    baseline: comparison,
  };
}

/** The baseline without the entries that no longer occur. */
export function pruneBaseline(baseline: Baseline, comparison: Pick<BaselineComparison, "stale">): Baseline {
  const stale = new Set(comparison.stale.map((e) => e.id));
  return { ...baseline, findings: baseline.findings.filter((e) => !stale.has(e.id)) };
}

/**
 * One or two lines for stderr:
 *   "relcheck: baseline relcheck-baseline.json: 3 known findings not shown, 1 new"
 *   "relcheck: baseline relcheck-baseline.json: 1 stale entry no longer occurs (f-…: topic); --prune drops it"
 */
export function describeComparison(comparison: BaselineComparison): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const lines = [
    `relcheck: baseline ${comparison.file}: ${plural(comparison.known.length, "known finding")} not shown, ${comparison.new.length} new`,
  ];
  if (comparison.stale.length > 0) {
    const list = comparison.stale.map((e) => `${e.id}: ${e.topic}`).join("; ");
    const action = comparison.pruned
      ? `dropped from the file`
      : `--prune drops ${comparison.stale.length === 1 ? "it" : "them"}`;
    const n = comparison.stale.length;
    const what = n === 1 ? "1 stale entry no longer occurs" : `${n} stale entries no longer occur`;
    lines.push(`relcheck: baseline ${comparison.file}: ${what} (${list}); ${action}`);
  }
  return `${lines.join("\n")}\n`;
}
