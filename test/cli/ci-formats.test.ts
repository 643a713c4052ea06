/**
 * CI outputs of `relcheck scan` on the seeds: several formats in one run, SARIF that validates
 * and points at the claims, GitHub annotations and job summary, and the exit-code flags.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type * as Sarif from "sarif";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/types.js";
import { removeWorkspace, runCli, workspaceWithSeeds } from "../unit/ci/run-cli.js";
import { sarifSchemaErrors } from "../unit/ci/sarif-schema.js";

let dir: string;
let report: Report;
beforeAll(async () => {
  dir = workspaceWithSeeds();
  report = JSON.parse((await runCli(["scan", "seeds/", "--format", "json"], dir)).stdout) as Report;
});
afterAll(() => removeWorkspace(dir));

const read = (file: string) => readFileSync(join(dir, file), "utf8");

describe("several formats in one run", () => {
  it("prints the table on stdout and writes SARIF and CSV files, with the exit code of a plain scan", async () => {
    const plain = await runCli(["scan", "seeds/"], dir);
    const run = await runCli(["scan", "seeds/", "--format", "table", "--format", "sarif=out.sarif", "--format", "csv=out.csv"], dir);
    expect(run.code).toBe(plain.code);
    expect(run.stdout).toBe(plain.stdout);
    expect(sarifSchemaErrors(JSON.parse(read("out.sarif")))).toEqual([]);
    const rows = parse(read("out.csv"), { columns: true, bom: true }) as Record<string, string>[];
    expect(new Set(rows.map((r) => r.finding_id))).toEqual(new Set(report.findings.map((f) => f.id)));
  });

  it("keeps --output for the format given without a file, and writing a file never changes the exit code", async () => {
    const toStdout = await runCli(["scan", "seeds/", "--format", "json"], dir);
    const toFile = await runCli(["scan", "seeds/", "--format", "json", "--output", "report.json"], dir);
    expect(toFile.code).toBe(toStdout.code);
    expect(toFile.stdout).toBe("");
    expect(read("report.json")).toBe(toStdout.stdout);
    const mixed = await runCli(["scan", "seeds/", "-f", "json", "-f", "sarif=s.sarif", "-o", "r.json"], dir);
    expect(mixed.code).toBe(toStdout.code);
    expect(read("r.json")).toBe(toStdout.stdout);
  });

  it.each([
    [["--format", "json", "--format", "csv"], /only one format can go to stdout/],
    [["--format", "json=a.out", "--format", "csv=a.out"], /both write to a\.out/],
    [["--format", "sarif=x", "--output", "y"], /every --format already names its file/],
    [["--format", "xml"], /--format 'xml' is not one of: .*sarif.*github/],
    [["--format", "json="], /needs a file name/],
    [["--fail-on", "agree"], /--fail-on 'agree' is not one of: contradict, diverge, never/],
    [["--max-findings", "-1"], /--max-findings '-1' is not a whole number/],
    [["--format", "sarif=seeds/000_744e97d6b28ddd22.txt"], /refusing to write the report over an input file/],
  ])("%j is a usage error (exit 2)", async (args, message) => {
    const run = await runCli(["scan", "seeds/", ...args], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.split("\n").filter(Boolean)).toHaveLength(1);
  });
});

describe("--fail-on and --max-findings", () => {
  const count = (verdict: string) => report.findings.filter((f) => f.verdict === verdict).length;
  it("exits 1 on contradictions by default, never with --fail-on never", async () => {
    expect(count("contradict")).toBeGreaterThan(0);
    expect((await runCli(["scan", "seeds/"], dir)).code).toBe(1);
    expect((await runCli(["scan", "seeds/", "--fail-on", "never"], dir)).code).toBe(0);
  });

  it("tolerates up to --max-findings failing findings", async () => {
    const contradictions = String(count("contradict"));
    expect((await runCli(["scan", "seeds/", "--max-findings", contradictions], dir)).code).toBe(0);
    const fewer = String(count("contradict") - 1);
    expect((await runCli(["scan", "seeds/", "--max-findings", fewer], dir)).code).toBe(1);
    const all = String(count("contradict") + count("diverge"));
    expect((await runCli(["scan", "seeds/", "--fail-on", "diverge", "--max-findings", contradictions], dir)).code).toBe(count("diverge") > 0 ? 1 : 0);
    expect((await runCli(["scan", "seeds/", "--fail-on", "diverge", "--max-findings", all], dir)).code).toBe(0);
  });
});

describe("SARIF of the seeds", () => {
  let log: Sarif.Log;
  beforeAll(async () => {
    const run = await runCli(["scan", "seeds/", "--format", "sarif"], dir);
    log = JSON.parse(run.stdout) as Sarif.Log;
  });

  it("validates against the SARIF 2.1.0 schema", () => {
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it("has one result per contradiction and divergence, and one rule per loaded rule", () => {
    const results = log.runs[0]!.results!;
    expect(results).toHaveLength(report.findings.filter((f) => f.verdict !== "agree").length);
    const rules = log.runs[0]!.tool.driver.rules!;
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of results) expect(rules[r.ruleIndex!]!.id).toBe(r.ruleId);
    for (const rule of rules) {
      // built-in rules are named the same on every machine, whatever the working directory; a
      // topic read from claim frames alone has no file
      expect(rule.properties!.file).toMatch(rule.id.startsWith("frame:") ? /^\(claim frames\)$/ : /^rules\/[a-z0-9-]+\.yml \(built in\)$/);
      expect(rule.fullDescription!.text).toBe(rule.fullDescription!.text.trim());
      expect(rule.help!.text).not.toMatch(/\n{3}/);
    }
  });

  it("every location's region holds the claim's text at that line and column", () => {
    for (const result of log.runs[0]!.results!) {
      const locations = [...result.locations!, ...(result.relatedLocations ?? [])];
      for (const { physicalLocation } of locations) {
        const file = decodeURIComponent(physicalLocation!.artifactLocation!.uri!);
        const region = physicalLocation!.region!;
        const line = read(file).split(/\r\n|\r|\n/)[region.startLine! - 1]!;
        expect(region.endLine).toBe(region.startLine);
        expect(line.slice(region.startColumn! - 1, region.endColumn! - 1)).toBe(region.snippet!.text);
      }
    }
  });

  it("locates each result at its finding's first claim, and the other claims as related locations", () => {
    const claims = new Map(report.claims.map((c) => [c.id, c]));
    const results = log.runs[0]!.results!;
    for (const finding of report.findings.filter((f) => f.verdict !== "agree")) {
      const result = results.find((r) => r.partialFingerprints?.["relcheckFinding/v1"] === finding.id);
      expect(result?.level).toBe(finding.verdict === "contradict" ? "error" : "warning");
      const where = [...result!.locations!, ...(result!.relatedLocations ?? [])].map((l) => [
        decodeURIComponent(l.physicalLocation!.artifactLocation!.uri!),
        l.physicalLocation!.region!.startLine,
        l.physicalLocation!.region!.startColumn,
      ]);
      expect(where).toEqual(finding.claims.map((id) => claims.get(id)!).map((c) => [c.document, c.line, c.column]));
    }
  });
});

describe("GitHub annotations and job summary", () => {
  it("annotates each contradiction and divergence, and appends a summary to $GITHUB_STEP_SUMMARY", async () => {
    writeFileSync(join(dir, "summary.md"), "# earlier step\n");
    const run = await runCli(["scan", "seeds/", "--format", "github"], dir, { GITHUB_STEP_SUMMARY: join(dir, "summary.md") });
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split("\n");
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice)( [a-zA-Z]+=[^,:]*(,[a-zA-Z]+=[^,:]*)*)?::/);
    const errors = lines.filter((l) => l.startsWith("::error "));
    expect(errors).toHaveLength(report.findings.filter((f) => f.verdict === "contradict").length);
    for (const finding of report.findings.filter((f) => f.verdict === "contradict")) {
      const first = report.claims.find((c) => c.id === finding.claims[0])!;
      const at = `::error file=${first.document},line=${first.line},endLine=${first.line},col=${first.column},`;
      expect(errors.filter((l) => l.startsWith(at) && l.endsWith(`fingerprint ${finding.id}`))).toHaveLength(1);
    }
    const summary = read("summary.md");
    expect(summary.startsWith("# earlier step\n## relcheck: ")).toBe(true);
    expect(summary).toContain("| Finding | Verdict | Topic | Claims | Why |");
  });

  it("writes no summary outside GitHub Actions", async () => {
    const run = await runCli(["scan", "seeds/", "--format", "github", "--format", "json=r2.json"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/summary/);
  });
});
