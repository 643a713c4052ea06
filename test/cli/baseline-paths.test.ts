/**
 * One baseline for every spelling of the same files: documents are named relative to the
 * baseline file, while reports keep the paths as the user named them.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Baseline, Report } from "../../src/types.js";
import { runCli } from "../helpers/run-cli.js";

const SEEDS = fileURLToPath(new URL("../../seeds/", import.meta.url));
let dir: string;
let known: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "relcheck-baseline-paths-"));
  cpSync(SEEDS, join(dir, "articles"), { recursive: true });
  symlinkSync("articles", join(dir, "alias"));
  const made = await runCli(["baseline", "articles/"], { cwd: dir });
  expect(made.code).toBe(0);
  known = (JSON.parse(readFileSync(join(dir, "relcheck-baseline.json"), "utf8")) as Baseline).findings.length;
  expect(known).toBeGreaterThan(0);
  mkdirSync(join(dir, "ci"));
  const other = await runCli(["baseline", "articles", "-o", "ci/accepted.json"], { cwd: dir });
  expect(other.code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const clean = () => `relcheck: baseline BASE: ${known} known findings not shown, 0 new\n`;

describe("scan --baseline with the paths spelled another way", () => {
  it.each([
    ["the same spelling", ".", ["articles/"], "relcheck-baseline.json"],
    ["an absolute path", ".", ["$DIR/articles"], "relcheck-baseline.json"],
    ["from inside the folder", "articles", ["."], "../relcheck-baseline.json"],
    ["single files from inside the folder", "articles", ["*.txt"], "../relcheck-baseline.json"],
    ["through a symbolic link", ".", ["alias"], "relcheck-baseline.json"],
    ["a baseline in another folder", "articles", ["."], "../ci/accepted.json"],
    ["a baseline in another folder, named absolutely", ".", ["./articles//"], "$DIR/ci/accepted.json"],
  ])("%s: every finding known, none stale", async (_name, where, paths, base) => {
    const expand = (s: string) => s.replace("$DIR", dir);
    const run = await runCli(["scan", ...paths.map(expand), "--baseline", expand(base), "-f", "json"], { cwd: join(dir, where) });
    expect(run.stderr).toBe(clean().replace("BASE", expand(base)));
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.baseline).toMatchObject({ new: [], stale: [] });
    expect(report.baseline!.known).toHaveLength(known);
  });

  it("records documents relative to the baseline file and keeps the report's paths as named", async () => {
    const inCi = JSON.parse(readFileSync(join(dir, "ci/accepted.json"), "utf8")) as Baseline;
    const documents = new Set(inCi.findings.flatMap((e) => e.claims.map((c) => c.document)));
    expect([...documents].every((d) => d.startsWith("../articles/"))).toBe(true);
    const run = await runCli(["scan", join(dir, "articles"), "-f", "json"], { cwd: dir });
    const report = JSON.parse(run.stdout) as Report;
    expect(report.documents.every((d) => d.path.startsWith(`${dir}/articles/`))).toBe(true);
  });

  it("still reports a finding the baseline does not hold as new, whatever the spelling", async () => {
    const added = join(dir, "articles", "later.txt");
    writeFileSync(
      added,
      "Talks in Qatar\n\nThe Doha Agreement of February 2019 between Washington and the Taliban set out the terms of the withdrawal.\n\nOfficials in Islamabad and Kabul still argue over what it meant for Pakistan, for Afghanistan and for the Taliban.\n",
    );
    try {
      const run = await runCli(["scan", ".", "--baseline", "../ci/accepted.json", "-f", "json"], { cwd: join(dir, "articles") });
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout) as Report;
      expect(report.baseline!.new).toHaveLength(1);
      expect(report.baseline!.stale).toEqual([]);
      const finding = report.findings.find((f) => f.id === report.baseline!.new[0]);
      expect(finding?.verdict).toBe("contradict");
      expect(report.claims.filter((c) => finding!.claims.includes(c.id)).map((c) => c.document)).toContain("later.txt");
    } finally {
      rmSync(added);
    }
  });
});
