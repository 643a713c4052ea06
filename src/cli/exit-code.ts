/**
 * The exit code of a scan, decided in one place from the report alone:
 *   0 — no failing findings (or --fail-on never);
 *   1 — more failing findings than --max-findings allows (default 0);
 *   2 — the run had errors (an unreadable input, a bad rule file) reported as error diagnostics.
 * A finding fails when its level (report/levels.ts) is at or above --fail-on: "contradict" fails on
 * errors (contradictions, unless a rule's severity says otherwise), "diverge" on errors and
 * warnings (divergences too), "never" on nothing. Agreements and notes never fail.
 *
 * With a baseline, the caller passes the report whose findings are already limited to the new
 * ones (src/baseline/apply-baseline.ts), so known findings do not count. Where the report is
 * written (stdout or --output files) plays no part.
 */
import { verdictNoun } from "../report/findings-view.js";
import { type Level, levelsOf } from "../report/levels.js";
import type { Finding, Report } from "../types.js";

export const FAIL_ON = ["contradict", "diverge", "never"] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface ExitPolicy {
  failOn: FailOn;
  /** How many failing findings are tolerated before the run fails; default 0. */
  maxFindings?: number;
}

export type ExitCode = 0 | 1 | 2;

const RANK: Record<Level, number> = { note: 0, warning: 1, error: 2 };
const THRESHOLD: Record<FailOn, number> = { contradict: 2, diverge: 1, never: Infinity };

/** The findings that count against the run under `failOn`; `rules` carry the rules' severities. */
export function failingFindings(findings: readonly Finding[], failOn: FailOn, rules: Report["rules"] = []): Finding[] {
  const levelOf = levelsOf({ rules });
  return findings.filter((f) => {
    const level = levelOf(f);
    return level !== null && RANK[level] >= THRESHOLD[failOn];
  });
}

export function getExitCode(report: Pick<Report, "findings" | "diagnostics" | "rules">, policy: ExitPolicy): ExitCode {
  if (report.diagnostics.some((d) => d.severity === "error")) return 2;
  const failing = failingFindings(report.findings, policy.failOn, report.rules).length;
  return failing > (policy.maxFindings ?? 0) ? 1 : 0;
}

/**
 * The one stderr line of a run that exits 1, naming what failed it: "1 contradiction fails the run
 * (--fail-on contradict)"; null when the run does not fail on its findings.
 */
export function failureLine(report: Pick<Report, "findings" | "diagnostics" | "rules" | "baseline">, policy: ExitPolicy): string | null {
  if (getExitCode(report, policy) !== 1) return null;
  const failing = failingFindings(report.findings, policy.failOn, report.rules);
  const fresh = report.baseline ? "new " : "";
  const parts = (["contradict", "diverge"] as const).flatMap((v) => {
    const n = failing.filter((f) => f.verdict === v).length;
    return n > 0 ? [`${n} ${fresh}${verdictNoun(v, n)}`] : [];
  });
  const verb = failing.length === 1 ? "fails" : "fail";
  const max = policy.maxFindings ? `, more than --max-findings ${policy.maxFindings}` : "";
  const baseline = report.baseline ? " not in the baseline" : "";
  return `${parts.join(" and ")}${baseline} ${verb} the run (--fail-on ${policy.failOn}${max})`;
}
