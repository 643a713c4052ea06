/**
 * Every output of a scan of reports that no date can be given (fixtures/scan/undated-warehouse-fire):
 * each format runs without failing and prints the days and clock times as an undated report's
 * ("Tuesday (report undated)"), never as an empty or invalid calendar day; so do explain, a
 * baseline written and read back, and mentions.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import type { Report } from "../../src/types.js";

const DIR = "fixtures/scan/undated-warehouse-fire";
const TEXTS = ["a.txt", "b.txt", "c.txt"].map((f) => join(DIR, f));

describe("reporters on undated reports", () => {
  const tmp = mkdtempSync(join(tmpdir(), "relcheck-undated-formats-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("json: start and end null exactly where `relative` is given", async () => {
    const run = await runCli(["scan", ...TEXTS, "--format", "json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    const undated = report.claims.filter((c) => c.value.type === "date" && c.value.start === null);
    expect(undated.map((c) => c.text).sort()).toEqual(["9:40 p.m.", "9:40 p.m.", "January", "January", "Monday", "Tuesday", "Wednesday", "late Tuesday", "three years ago", "three years ago"]);
    for (const c of report.claims) if (c.value.type === "date") expect(c.value.start === null).toBe("relative" in c.value);
    expect(report.summary).toMatchObject({ contradict: 0, diverge: 1, agree: 3 });
  });

  it.each(["table", "csv", "markdown", "html", "github", "sarif"])("%s prints the days readably", async (format) => {
    const run = await runCli(["scan", ...TEXTS, "--format", format]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("Tuesday (report undated)");
    expect(run.stdout).not.toMatch(/\bnull\b.*report undated|Invalid Date|NaN/);
  });

  // (the formats that list agreements too)
  it.each(["table", "csv", "markdown", "html"])("%s prints a month alone and years counted back readably", async (format) => {
    const run = await runCli(["scan", ...TEXTS, "--format", format]);
    expect(run.stdout).toContain("January (report undated)");
    expect(run.stdout).toContain("3 years before the report (report undated)");
  });

  it("explain says the claims have no calendar day", async () => {
    const report = JSON.parse((await runCli(["scan", ...TEXTS, "--format", "json"])).stdout) as Report;
    const diverging = report.findings.find((f) => f.verdict === "diverge")!;
    const run = await runCli(["explain", diverging.id, ...TEXTS]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Monday (report undated)");
    expect(run.stdout).toContain("undated reports");
  });

  it("a baseline is written and read back", async () => {
    const file = join(tmp, "baseline.json");
    expect((await runCli(["baseline", ...TEXTS, "-o", file])).code).toBe(0);
    expect(readFileSync(file, "utf8")).toContain('"text": "Monday"');
    const run = await runCli(["scan", ...TEXTS, "--baseline", file, "--format", "json"]);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Report).baseline?.known.length).toBe(1);
  });

  it("mentions lists the expressions", async () => {
    const run = await runCli(["mentions", TEXTS[0]!]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Tuesday");
    expect(run.stdout).toContain("9:40 p.m.");
  });
});
