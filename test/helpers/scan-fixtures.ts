/**
 * The folder-per-case scans of fixtures/scan/<case>/: every .txt of a folder is scanned together
 * (reference date 2025-09-05; a case of UNDATED_CASES with none, so that its texts stay undated). Each case holds
 *   why.md          what a person reading the texts expects, and why;
 *   expected.json   that expectation: the exit code and the findings (rule, verdict, quoted claims);
 *   recorded.json   only for a case in SCAN_FIXTURE_BACKLOG: what relcheck reports today, so that a
 *                   change in its answer is noticed (UPDATE_SNAPSHOTS=1 rewrites it).
 * expected.json is written by hand from why.md, never from the program's output.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Report } from "../../src/types.js";
import { runCli } from "./run-cli.js";

export const SCAN_FIXTURES = "fixtures/scan";

/** Cases where relcheck disagrees with the reading in why.md: known gaps (test/backlog/fixtures.todo.test.ts). */
export const SCAN_FIXTURE_BACKLOG: Readonly<Record<string, string>> = {
  "reused-agreement-names": "a ratification year ('dated to 1866, when the last state ratified it') is read as a signing date",
  "ferry-three-reports": "'it had 214 passengers on board' names no ship, so the passengers (214 against 241) are not compared; the crew ('11 crew', 'a crew of 11') are two counted things; a later toll within an earlier bound agrees",
  "footbridge-three-reports": "'the bridge', 'the footbridge' and 'the span' are not known to be one bridge, a bridge's opening is read as a recurring event, and 'the summer market' is read as a date",
};

/** Cases whose texts are read with no reference date: reports that no date can be given. */
export const UNDATED_CASES: ReadonlySet<string> = new Set(["undated-warehouse-fire"]);

export interface ScanOutcome {
  exitCode: number;
  findings: { rule: string; verdict: string; claims: string[] }[];
}

export function scanFixtureCases(): string[] {
  return readdirSync(SCAN_FIXTURES).sort();
}

function simplify(report: Report): ScanOutcome {
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  return {
    exitCode: report.summary.contradict > 0 ? 1 : 0,
    findings: report.findings.map((f) => ({
      rule: f.rule,
      verdict: f.verdict,
      claims: f.claims.map((id) => {
        const c = claims.get(id)!;
        return `${c.document.split("/").pop()}: ${c.text}${c.measure ? ` [${c.measure}]` : ""}`;
      }),
    })),
  };
}

/** Scans one case: its outcome, the CLI's exit code and stderr. */
export async function scanFixture(name: string): Promise<{ outcome: ScanOutcome; code: number; stderr: string }> {
  // The texts only: why.md is Markdown that a scan of the folder would read as a document.
  const texts = readdirSync(join(SCAN_FIXTURES, name)).filter((f) => f.endsWith(".txt")).sort().map((f) => join(SCAN_FIXTURES, name, f));
  const asOf = UNDATED_CASES.has(name) ? [] : ["--as-of", "2025-09-05"];
  const run = await runCli(["scan", ...texts, ...asOf, "--format", "json"]);
  return { outcome: simplify(JSON.parse(run.stdout) as Report), code: run.code, stderr: run.stderr };
}

export function readFixtureJson(name: string, file: "expected.json" | "recorded.json"): ScanOutcome {
  return JSON.parse(readFileSync(join(SCAN_FIXTURES, name, file), "utf8")) as ScanOutcome;
}
