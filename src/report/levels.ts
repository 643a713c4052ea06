/**
 * The level of a finding — SARIF's "error", "warning" or "note" — from its verdict, unless its
 * rule's severity says otherwise (`severity:` in relcheck.yml, `--rule ID=LEVEL`):
 *
 *   verdict      no severity set   rule severity error / warning / note
 *   contradict   error             error / warning / note
 *   diverge      warning           error / warning / note
 *   agree        (none: never a problem)
 *
 * SARIF results and GitHub annotations take this level, and `--fail-on` counts by it:
 * `contradict` fails on errors, `diverge` on errors and warnings; a note never fails.
 */
import type { Finding, Report, ReportRule } from "../types.js";

export type Level = NonNullable<ReportRule["severity"]>;

/** The level of `finding` given its rule's severity (undefined: by verdict); null for agreements. */
export function findingLevel(finding: Pick<Finding, "verdict">, severity: Level | undefined): Level | null {
  if (finding.verdict === "agree") return null;
  return severity ?? (finding.verdict === "contradict" ? "error" : "warning");
}

/** Finding → level, for every finding of a report (its rules' severities from `report.rules`). */
export function levelsOf(report: Pick<Report, "rules">): (finding: Pick<Finding, "verdict" | "rule">) => Level | null {
  const severity = new Map<string, Level>();
  for (const rule of report.rules ?? []) if (rule.severity) severity.set(rule.id, rule.severity);
  return (finding) => findingLevel(finding, severity.get(finding.rule));
}
