/**
 * What used to pass without a word now says so: flags that would make a run do nothing or less
 * than asked are usage errors (exit 2) or warnings, each one line saying what to do; a run that
 * exits 1 names what failed it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "relcheck-surprise-"));
  mkdirSync(join(dir, "news"));
  writeFileSync(join(dir, "news", "a.txt"), "Pakistan recognised the Taliban government in 1997.\n");
  writeFileSync(join(dir, "news", "b.txt"), "Islamabad recognized the Taliban regime in 1996.\n");
  writeFileSync(join(dir, "news", "c.txt"), "The Taliban took power in Kabul in August 2021.\n");
  writeFileSync(join(dir, "news", "d.txt"), "Since the takeover of August 2021, aid has fallen.\n");
  mkdirSync(join(dir, "empty-rules"));
  writeFileSync(join(dir, "a-file"), "not a folder\n");
  return dir;
}

describe("usage errors instead of a silent run", () => {
  it.each([
    [["--no-builtin-rules"], /^relcheck: --no-builtin-rules leaves no rules to scan with: add --rules DIR/],
    [["--no-builtin-rules", "--rules", "empty-rules"], /^relcheck: empty-rules: no rule files \(\*\.yml, \*\.yaml\) in this rules folder; add one/],
    [["--rules", "empty-rules"], /^relcheck: empty-rules: no rule files/],
    [["--as-of", ""], /^relcheck: --as-of '' is not a date \(expected YYYY-MM-DD/],
    [["--cache-dir", "a-file"], /^relcheck: --cache-dir a-file is a file; name a folder/],
    [["--cache-dir", "a-file/cache"], /^relcheck: --cache-dir a-file\/cache cannot be made: .*a-file is a file/],
  ])("scan news %j: exit 2, one line", async (flags, line) => {
    const run = await runCli(["scan", "news", "--format", "json", ...flags], { cwd: workspace() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(line);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stdout).toBe("");
  });

  it.each([["baseline"], ["mentions"]])("%s: --as-of '' is refused too", async (command) => {
    const run = await runCli([command, "news", "--as-of", ""], { cwd: workspace() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^relcheck: --as-of '' is not a date/);
  });
});

describe("warnings", () => {
  it("warns that --csv-bom does nothing without CSV output, and runs", async () => {
    const dir = workspace();
    const json = await runCli(["scan", "news", "--format", "json", "--csv-bom"], { cwd: dir });
    expect(json.stderr).toContain("relcheck: warning: --csv-bom applies to CSV output only; add --format csv (or csv=FILE), or drop --csv-bom\n");
    expect(JSON.parse(json.stdout).findings.length).toBeGreaterThan(0);
    const csv = await runCli(["scan", "news", "--format", "json", "--format", "csv=out.csv", "--csv-bom"], { cwd: dir });
    expect(csv.stderr).not.toContain("--csv-bom");
  });

  it("warns about manifest entries that name no scanned file, in one line and in the report", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "dates.yml"), "news/a.txt: 2025-01-10\nnews/z.txt: 2025-01-11\narticles/b.txt: 2025-01-12\n");
    const run = await runCli(["scan", "news", "--format", "json", "--manifest", "dates.yml"], { cwd: dir });
    const line = "dates.yml: 2 entries name no scanned file (news/z.txt, articles/b.txt); paths are relative to the manifest's folder";
    expect(run.stderr).toContain(`relcheck: warning: ${line}\n`);
    const report = JSON.parse(run.stdout);
    expect(report.diagnostics).toContainEqual({ code: "RC111", severity: "warning", file: "dates.yml", message: line.slice("dates.yml: ".length) });
    expect(report.documents.find((d: { path: string }) => d.path === "news/a.txt").dateSource).toBe("manifest");
  });

  it("says nothing when every manifest entry is scanned", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "dates.yml"), "news/a.txt: 2025-01-10\n");
    const run = await runCli(["scan", "news", "--format", "json", "--manifest", "dates.yml", "--fail-on", "never"], { cwd: dir });
    expect(run.stderr).toBe("");
  });
});

describe("exit 1 says why", () => {
  it.each([
    [[], "relcheck: 1 contradiction fails the run (--fail-on contradict)\n"],
    [["--fail-on", "diverge"], "relcheck: 1 contradiction fails the run (--fail-on diverge)\n"],
  ])("scan news %j", async (flags, line) => {
    const run = await runCli(["scan", "news", "--format", "json", ...flags], { cwd: workspace() });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(line);
  });

  it("prints no such line when the run passes", async () => {
    for (const flags of [["--fail-on", "never"], ["--max-findings", "1"]]) {
      const run = await runCli(["scan", "news", "--format", "json", ...flags], { cwd: workspace() });
      expect(run.code).toBe(0);
      expect(run.stderr).toBe("");
    }
  });

  it("counts findings beyond --max-findings, and new ones against a baseline", async () => {
    const seeds = await runCli(["scan", "seeds/", "--fail-on", "diverge", "--max-findings", "1", "--format", "json"]);
    expect(seeds.code).toBe(1);
    expect(seeds.stderr).toBe("relcheck: 1 contradiction and 2 divergences fail the run (--fail-on diverge, more than --max-findings 1)\n");
    const dir = workspace();
    // A baseline of the two texts that agree: the contradiction between the other two is new.
    expect((await runCli(["baseline", "news/c.txt", "news/d.txt", "-o", "baseline.json"], { cwd: dir })).code).toBe(0);
    const run = await runCli(["scan", "news", "--format", "json", "--baseline", "baseline.json"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd().split("\n").at(-1)).toBe("relcheck: 1 new contradiction not in the baseline fails the run (--fail-on contradict)");
  });
});
