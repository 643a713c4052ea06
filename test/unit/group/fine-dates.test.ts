/**
 * A part of one day ("Thursday night") or a week is told as finely as a day; a part of a year or a decade
 * ("early 1970", "the early 1970s") is not, and a part of a year within a part of a decade is no
 * figure told twice (group/same-figure.ts fineDate). Reports written for this test.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scan } from "../../../src/index.js";
import { fineDate } from "../../../src/group/same-figure.js";
import type { Value } from "../../../src/types.js";
import { claim, date } from "../../helpers/claims.js";

describe("fineDate", () => {
  it.each<[string, Value]>([
    ["a day", date("2031-05-01")],
    ["a part of one day (Thursday night)", date("2031-05-01", "2031-05-01", "part")],
    ["days (1-5 April)", date("2031-04-01", "2031-04-05", "day")],
    ["last week", date("2031-04-07", "2031-04-13", "part")],
    ["the weekend", date("2031-04-12", "2031-04-13", "part")],
  ])("must: %s", (_, v) => expect(fineDate(claim(v))).toBe(true));

  it.each<[string, Value]>([
    ["early 1970", date("1970-01-01", "1970-04-30", "part")],
    ["the early 1970s", date("1970-01-01", "1973-12-31", "part")],
    ["a month", date("2031-05-01", "2031-05-31", "month")],
    ["a year", date("2031-01-01", "2031-12-31", "year")],
  ])("must not: %s", (_, v) => expect(fineDate(claim(v))).toBe(false));
});

describe("a part of a year and a part of its decade in two reports", () => {
  const root = mkdtempSync(join(tmpdir(), "relcheck-fine-dates-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;

  function findings(a: string, b: string): string[] {
    const dir = join(root, `case${n++}`);
    mkdirSync(dir);
    [a, b].forEach((t, i) => writeFileSync(join(dir, `r${i}.txt`), `Ottoline Marsh, the Corvel Gazette's source, dies at 90\n\n${t}\n`));
    const report = scan({ paths: ["r0.txt", "r1.txt"], cwd: dir });
    const text = new Map(report.claims.map((c) => [c.id, c.text]));
    return report.findings.map((f) => `${f.verdict}: ${f.claims.map((id) => text.get(id)).sort().join(" / ")}`);
  }

  it("must not: early 1970 joins the early nineteen seventies", () => {
    const found = findings(
      "Ottoline Marsh was the Corvel Gazette's source for its reports on the Brenning affair in the early nineteen seventies. In early 1970, while waiting in a corridor of the Brenning ministry, Marsh met a young clerk.",
      "Marsh guided the Corvel Gazette through the Brenning affair in the early nineteen seventies, the paper said.",
    );
    expect(found.filter((f) => f.includes("early 1970") && f.includes("seventies"))).toEqual([]);
  });
});
