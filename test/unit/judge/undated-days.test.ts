/**
 * Judging days and clock times of reports that no date can be given (group/undated-days.ts,
 * judge/undated-days.ts): the same weekday or clock time agrees, different ones diverge (but two
 * weekdays of one happening that has one day contradict: one-day-weekdays.test.ts), and none is set
 * against a calendar day. Reports invented.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scan } from "../../../src/index.js";
import { fixesTheSame } from "../../../src/group/undated-days.js";
import type { IsoDay, RelativeDay, UndatedDayValue } from "../../../src/types.js";

const value = (relative: RelativeDay, approximate = false): UndatedDayValue => ({ type: "date", start: null, end: null, granularity: relative.time ? "part" : "day", approximate, relative });

describe("fixesTheSame", () => {
  const same: [RelativeDay, boolean, RelativeDay, boolean][] = [
    [{ weekday: "friday" }, false, { weekday: "friday", part: "late" }, false],
    [{ time: "17:30" }, false, { time: "17:30", weekday: "friday" }, false],
    [{ time: "17:30" }, true, { time: "17:20" }, false],
    [{ month: 11, day: 18 }, false, { month: 11, day: 18 }, false],
    [{ daysFromReport: -1 }, false, { daysFromReport: -1, part: "night" }, false],
  ];
  it.each(same)("%j and %j fix the same", (a, ax, b, bx) => {
    expect(fixesTheSame(value(a, ax), value(b, bx))).toBe(true);
  });
  const apart: [RelativeDay, boolean, RelativeDay, boolean][] = [
    [{ weekday: "friday" }, false, { weekday: "saturday" }, false],
    [{ time: "17:30" }, false, { time: "17:35" }, false],
    [{ time: "10:30" }, true, { time: "17:30" }, true],
    [{ time: "17:30", weekday: "friday" }, false, { time: "17:30", weekday: "thursday" }, false],
    [{ month: 11, day: 18 }, false, { month: 11, day: 19 }, false],
  ];
  it.each(apart)("%j and %j differ", (a, ax, b, bx) => {
    expect(fixesTheSame(value(a, ax), value(b, bx))).toBe(false);
  });
});

describe("findings between undated reports", () => {
  const root = mkdtempSync(join(tmpdir(), "relcheck-undated-judge-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;

  /** Scans texts as one folder (`dates`: a manifest date by file index); the findings with their claims' texts by side. */
  function findings(texts: readonly string[], dates: Readonly<Record<number, IsoDay>> = {}): { verdict: string; basis: string; sides: string[][] }[] {
    const dir = join(root, `case${n++}`);
    mkdirSync(dir);
    const names = texts.map((t, i) => {
      writeFileSync(join(dir, `r${i}.txt`), `${t}\n`);
      return `r${i}.txt`;
    });
    const manifest = Object.fromEntries(Object.entries(dates).map(([i, d]) => [names[Number(i)]!, d]));
    const report = scan({ paths: names, cwd: dir, ...(Object.keys(manifest).length > 0 ? { manifest } : {}) });
    const text = new Map(report.claims.map((c) => [c.id, `${c.document}: ${c.text}`]));
    return report.findings.map((f) => ({ verdict: f.verdict, basis: f.basis.kind, sides: (f.sides ?? [f.claims]).map((s) => s.map((id) => text.get(id)!)) }));
  }

  it("agrees on one weekday", () => {
    const fs = findings(["A bomb exploded at the Harlow savings bank in Dunmere on Friday.", "A bomb exploded at the Harlow savings bank in Dunmere late Friday, police said."]);
    expect(fs).toContainEqual({ verdict: "agree", basis: "equal", sides: [["r0.txt: Friday", "r1.txt: late Friday"]] });
  });

  it("agrees on one clock time within its stated precision", () => {
    const fs = findings(["The bomb exploded at the Harlow savings bank in Dunmere at 5:30 p.m.", "The bomb exploded at the Harlow savings bank in Dunmere at about 5:30 p.m."]);
    expect(fs.map((f) => f.verdict)).toEqual(["agree"]);
  });

  it("diverges, never contradicts, on two weekdays of a happening that may last days", () => {
    const fs = findings(["A fire destroyed the Harlow grain store in Dunmere on Friday.", "A fire destroyed the Harlow grain store in Dunmere on Saturday."]);
    expect(fs).toEqual([{ verdict: "diverge", basis: "undated-reports", sides: [["r0.txt: Friday"], ["r1.txt: Saturday"]] }]);
  });

  it("contradicts on two weekdays of one blast, which has one day", () => {
    const fs = findings(["A bomb exploded at the Harlow savings bank in Dunmere on Friday.", "A bomb exploded at the Harlow savings bank in Dunmere on Saturday."]);
    expect(fs).toEqual([{ verdict: "contradict", basis: "undated-one-day", sides: [["r0.txt: Friday"], ["r1.txt: Saturday"]] }]);
  });

  it("diverges, never contradicts, on two clock times of one happening", () => {
    const fs = findings(["The bomb exploded at the Harlow savings bank in Dunmere at 5:30 p.m.", "The bomb exploded at the Harlow savings bank in Dunmere at 9:15 p.m."]);
    expect(fs.map((f) => [f.verdict, f.basis])).toEqual([["diverge", "undated-reports"]]);
  });

  it("sets no two happenings against each other", () => {
    const fs = findings(["A bomb exploded at the Harlow savings bank in Dunmere on Friday.", "On Saturday police arrested a man in Dunmere, who was charged over the Harlow bank blast."]);
    expect(fs.filter((f) => f.verdict !== "agree")).toEqual([]);
  });

  it("sets no day of an 'after …' phrase against the day of the verb it follows", () => {
    const fs = findings(["A man was charged with murder after a shooting at the Harlow bank in Dunmere Friday.", "A Dunmere man was charged Saturday with murder over the Harlow bank shooting."]);
    expect(fs.filter((f) => f.verdict !== "agree")).toEqual([]);
  });

  it("sets no two sayings of different days against each other", () => {
    const fs = findings(["Dunmere police said Friday that the Harlow bank would stay shut.", "Dunmere police said Saturday that the Harlow bank would stay shut."]);
    expect(fs.filter((f) => f.verdict !== "agree")).toEqual([]);
  });

  it("agrees on one month alone, and sets two months against nothing", () => {
    const same = findings(["In January, an anchor cut the Pellan cable off Dunmere, the operator said.", "The Pellan cable off Dunmere was also cut in January by an anchor."]);
    expect(same).toContainEqual({ verdict: "agree", basis: "equal", sides: [["r0.txt: January", "r1.txt: January"]] });
    const other = findings(["In January, an anchor cut the Pellan cable off Dunmere, the operator said.", "The Pellan cable off Dunmere was also cut in March by an anchor."]);
    expect(other.filter((f) => f.sides.flat().some((s) => /January|March/.test(s)))).toEqual([]);
  });

  it("agrees on one count of years before the report, and sets two against nothing", () => {
    const same = findings(["The Harlow savings bank in Dunmere was robbed three years ago.", "Three years ago robbers emptied the Harlow savings bank in Dunmere."]);
    expect(same).toContainEqual({ verdict: "agree", basis: "equal", sides: [["r0.txt: three years ago", "r1.txt: Three years ago"]] });
    const other = findings(["The Harlow savings bank in Dunmere was robbed three years ago.", "Five years ago robbers emptied the Harlow savings bank in Dunmere."]);
    expect(other.filter((f) => f.sides.flat().some((s) => /years ago/.test(s)))).toEqual([]);
  });

  it("sets no two sayings of one clock time together: two moments of saying", () => {
    const fs = findings(["Staff at the Harlow savings bank in Dunmere were told at 5:30 p.m. to leave the building.", "Nobody at the Harlow savings bank in Dunmere was hurt, a teller said around 5:30 p.m."]);
    expect(fs.filter((f) => f.sides.flat().some((s) => s.includes("5:30")))).toEqual([]);
  });

  it("sets no undated weekday against a calendar day", () => {
    const fs = findings(["A bomb exploded at the Harlow savings bank in Dunmere on Friday.", "A bomb exploded at the Harlow savings bank in Dunmere on Saturday."], { 0: "2031-05-14" });
    expect(fs).toEqual([]);
  });
});
