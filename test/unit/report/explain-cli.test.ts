import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Report } from "../../../src/types.js";
import { makeClaim, makeFinding, makeReport, year } from "../../helpers/make-report.js";
import { runCli } from "../../helpers/run-cli.js";

const a = makeClaim({ id: "c-a", document: "a.txt", text: "in 1997", value: year(1997) });
const b = makeClaim({ id: "c-b", document: "b.txt", text: "in 1996", value: year(1996) });
const saved = makeReport({ claims: [a, b], findings: [makeFinding({ id: "f-0123abcd", claims: ["c-a", "c-b"], reason: "They differ." })] });

function savedReportFile(report: unknown): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), "relcheck-explain-"));
  writeFileSync(join(dir, "report.json"), typeof report === "string" ? report : JSON.stringify(report));
  return { dir, file: "report.json" };
}

describe("relcheck explain --report FILE", () => {
  it("explains a finding of a saved JSON report by a unique id prefix", async () => {
    const { dir, file } = savedReportFile(saved);
    const run = await runCli(["explain", "f-0123", "--report", file], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain("Finding f-0123abcd: contradict");
    expect(run.stdout).toContain("b.txt 1996 [1996-01-01 … 1996-12-31] ends before a.txt 1997 [1997-01-01 … 1997-12-31] begins (1 day apart)");
  });

  it("fails with one line and exit 2 for an unknown id, a file that is no report, or no input", async () => {
    const { dir, file } = savedReportFile(saved);
    const unknown = await runCli(["explain", "f-9999", "--report", file], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("relcheck: no finding 'f-9999' in this report (known findings: f-0123abcd)\n");

    const notReport = savedReportFile({ hello: 1 });
    const bad = await runCli(["explain", "f-0123", "--report", notReport.file], { cwd: notReport.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^relcheck: report\.json: not a relcheck report/);

    const none = await runCli(["explain", "f-0123"], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toBe("relcheck: explain needs the PATHS the finding came from, or --report FILE\n");
  });
});

describe("relcheck explain on a fresh scan of the seeds", () => {
  it("explains each finding the scan reports, and scan --explain prints the same", async () => {
    const json = await runCli(["scan", "seeds/", "--format", "json"]);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.findings.length).toBeGreaterThan(0);
    const finding = report.findings[0]!;
    const run = await runCli(["explain", finding.id, "seeds/"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Finding ${finding.id}: ${finding.verdict}`);
    expect(run.stdout).toContain(`(rule ${finding.rule}`);
    expect(run.stdout).toMatch(/\nComparison: /);
    expect(run.stdout).toContain(`Verdict: ${finding.verdict}. ${finding.reason}`);
    const viaScan = await runCli(["scan", "seeds/", "--explain", finding.id]);
    expect(viaScan).toEqual({ code: 0, stdout: run.stdout, stderr: "" });
  });
});
