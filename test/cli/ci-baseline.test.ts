/**
 * The CI scenario end to end, in-process: baseline the seeds, then change the sources the way a
 * pull request would and check what `scan --baseline` reports and how it exits.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Baseline, Report } from "../../src/types.js";
import { removeWorkspace, runCli, seedFiles, workspaceWithSeeds } from "../unit/ci/run-cli.js";

const BASELINE = "relcheck-baseline.json";

// A new source that dates the Doha Agreement a year before the seeds do (they say 2020).
const CONTRADICTING_ARTICLE = [
  "Talks in Qatar, revisited",
  "",
  "The Doha Agreement of February 2019 between Washington and the Taliban set out the terms of the foreign troop withdrawal.",
  "",
  "Officials in Islamabad and Kabul still argue over what it meant for Pakistan, for Afghanistan and for the Taliban.",
  "",
].join("\n");

// Editorial boilerplate with no date or number in it.
const UNRELATED_PARAGRAPHS = [
  "Editor's note: this article has been lightly edited for style and clarity.",
  "",
  "Readers who spot an error are invited to write to the editorial desk, which reviews every message it receives.",
  "",
  "",
].join("\n");

const REPORT_SCHEMA = fileURLToPath(new URL("../../schema/report.schema.json", import.meta.url));
const validateReport = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(REPORT_SCHEMA, "utf8")));

let dir: string;
const scanJson = async (...extra: string[]) => {
  const run = await runCli(["scan", "seeds/", "--format", "json", ...extra], dir);
  return { ...run, report: JSON.parse(run.stdout) as Report };
};
const failing = (report: Report) => report.findings.filter((f) => f.verdict !== "agree");
const ids = (report: Report) => report.findings.map((f) => f.id).sort();

describe("scan --baseline through a pull request's changes", () => {
  let original: Report;

  beforeAll(async () => {
    dir = workspaceWithSeeds();
    original = (await scanJson()).report;
  });
  afterAll(() => removeWorkspace(dir));

  it("the seeds have findings that fail a plain scan", async () => {
    expect(failing(original).length).toBeGreaterThan(0);
    expect((await scanJson()).code).toBe(1);
  });

  it("baseline writes the current contradictions and divergences, sorted, with topics and quotes", async () => {
    const run = await runCli(["baseline", "seeds/"], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^relcheck: baseline of \d+ findings? \(\d+ contradict, \d+ diverge\) written to relcheck-baseline\.json\n$/);
    const text = readFileSync(join(dir, BASELINE), "utf8");
    const baseline = JSON.parse(text) as Baseline;
    expect(baseline.findings.map((e) => e.id).sort()).toEqual(failing(original).map((f) => f.id).sort());
    for (const entry of baseline.findings) {
      expect(entry.topic).not.toBe("");
      expect(entry.claims.length).toBeGreaterThanOrEqual(2);
      for (const claim of entry.claims) expect(claim.quote).toContain(claim.text);
    }
    // regenerating from unchanged sources gives the same bytes
    await runCli(["baseline", "seeds/", "--output", "again.json"], dir);
    expect(readFileSync(join(dir, "again.json"), "utf8")).toBe(text);
  });

  it("scan with the baseline exits 0 and lists no contradiction or divergence", async () => {
    const { code, report, stderr } = await scanJson("--baseline", BASELINE);
    expect(code).toBe(0);
    expect(failing(report)).toEqual([]);
    expect(report.baseline).toMatchObject({ file: BASELINE, new: [], stale: [] });
    expect(report.baseline!.known.sort()).toEqual(failing(original).map((f) => f.id).sort());
    expect(stderr).toContain(`relcheck: baseline ${BASELINE}: ${failing(original).length} known finding`);
    expect((await runCli(["scan", "seeds/", "--baseline", BASELINE, "--fail-on", "diverge"], dir)).code).toBe(0);
    expect(validateReport(report), JSON.stringify(validateReport.errors?.slice(0, 3))).toBe(true);
  });

  it("inserting unrelated paragraphs at the top of every seed keeps every fingerprint", async () => {
    for (const file of seedFiles(dir)) {
      const path = join(dir, "seeds", file);
      writeFileSync(path, UNRELATED_PARAGRAPHS + readFileSync(path, "utf8"));
    }
    const plain = (await scanJson()).report;
    expect(ids(plain)).toEqual(ids(original));
    // the claims did move
    expect(plain.claims.map((c) => c.line)).not.toEqual(original.claims.map((c) => c.line));
    const { code, report } = await scanJson("--baseline", BASELINE);
    expect(code).toBe(0);
    expect(report.baseline).toMatchObject({ new: [], stale: [] });
  });

  it("listing the files in another order keeps every fingerprint", async () => {
    const files = seedFiles(dir).reverse().map((f) => `seeds/${f}`);
    const run = await runCli(["scan", ...files, "--format", "json"], dir);
    expect(ids(JSON.parse(run.stdout) as Report)).toEqual(ids(original));
  });

  let added: string[] = [];
  it("an article that contradicts a seed fails the scan, and only its finding is reported", async () => {
    writeFileSync(join(dir, "seeds", "005_new_article.txt"), CONTRADICTING_ARTICLE);
    const { code, report, stderr } = await scanJson("--baseline", BASELINE);
    expect(code).toBe(1);
    const shown = failing(report);
    expect(shown).toHaveLength(1);
    const [finding] = shown;
    expect(finding!.verdict).toBe("contradict");
    const documents = finding!.claims.map((id) => report.claims.find((c) => c.id === id)!.document);
    expect(documents).toContain("seeds/005_new_article.txt");
    expect(report.baseline!.new).toEqual([finding!.id]);
    expect(stderr).toMatch(/, 1 new\n/);
    added = [finding!.id];
  });

  it("the same new finding keeps its fingerprint when its article moves down the page", async () => {
    const path = join(dir, "seeds", "005_new_article.txt");
    writeFileSync(path, UNRELATED_PARAGRAPHS + readFileSync(path, "utf8"));
    const { code, report } = await scanJson("--baseline", BASELINE);
    expect(code).toBe(1);
    expect(report.baseline!.new).toEqual(added);
  });

  it("removing the article leaves nothing new and nothing stale", async () => {
    rmSync(join(dir, "seeds", "005_new_article.txt"));
    const { code, report, stderr } = await scanJson("--baseline", BASELINE);
    expect(code).toBe(0);
    expect(report.baseline).toMatchObject({ new: [], stale: [] });
    expect(stderr).not.toMatch(/stale/);
  });

  it("a baseline entry that no longer occurs is listed as stale, and --prune drops it", async () => {
    const baseline = JSON.parse(readFileSync(join(dir, BASELINE), "utf8")) as Baseline;
    const gone = { ...baseline.findings[0]!, id: "f-00000000deadbeef", topic: "a finding fixed since" };
    writeFileSync(join(dir, BASELINE), JSON.stringify({ ...baseline, findings: [...baseline.findings, gone] }, null, 2));

    const listed = await scanJson("--baseline", BASELINE);
    expect(listed.code).toBe(0);
    expect(listed.report.baseline!.stale.map((e) => e.id)).toEqual(["f-00000000deadbeef"]);
    expect(listed.stderr).toContain("1 stale entry no longer occurs (f-00000000deadbeef: a finding fixed since); --prune drops it");
    expect(readFileSync(join(dir, BASELINE), "utf8")).toContain("f-00000000deadbeef");

    const pruned = await scanJson("--baseline", BASELINE, "--prune");
    expect(pruned.code).toBe(0);
    const after = JSON.parse(readFileSync(join(dir, BASELINE), "utf8")) as Baseline;
    expect(after.findings.map((e) => e.id)).toEqual(baseline.findings.map((e) => e.id));
    expect((await scanJson("--baseline", BASELINE)).report.baseline!.stale).toEqual([]);
  });

  it("a missing or broken baseline file is a usage error (exit 2), not a pass", async () => {
    const missing = await runCli(["scan", "seeds/", "--baseline", "nope.json"], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("relcheck: nope.json: cannot read the baseline: no such file; create it with `relcheck baseline PATHS`\n");
    writeFileSync(join(dir, "broken.json"), '{"schema": "relcheck/baseline@1",');
    const broken = await runCli(["scan", "seeds/", "--baseline", "broken.json"], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^relcheck: broken\.json:1:\d+: not a valid baseline file/);
    expect((await runCli(["scan", "seeds/", "--prune"], dir)).code).toBe(2);
    expect(existsSync(join(dir, "nope.json"))).toBe(false);
  });
});
