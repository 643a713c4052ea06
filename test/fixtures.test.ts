/**
 * Folder-per-case scans (fixtures/scan/<case>/): every .txt of the folder is scanned together
 * (reference date 2025-09-05) and the findings — rule, verdict and the quoted claims — are
 * compared with expected.json. A missing expected.json is written; UPDATE_SNAPSHOTS=1 rewrites
 * them all (review the diff before committing).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Report } from "../src/types.js";
import { runCli } from "./helpers/run-cli.js";

const ROOT = "fixtures/scan";
const update = process.env.UPDATE_SNAPSHOTS === "1";

function simplify(report: Report): unknown {
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

describe.each(readdirSync(ROOT).sort())("fixtures/scan/%s", (name) => {
  it("reports the expected findings", async () => {
    const dir = join(ROOT, name);
    const run = await runCli(["scan", dir, "--as-of", "2025-09-05", "--format", "json"]);
    expect(run.stderr).toBe("");
    const actual = simplify(JSON.parse(run.stdout) as Report);
    const file = join(dir, "expected.json");
    if (update || !existsSync(file)) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(file, "utf8")));
    expect(run.code).toBe((actual as { exitCode: number }).exitCode);
  });
});
