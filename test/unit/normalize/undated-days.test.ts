/**
 * Relative days and clock times of reports that no date can be given (normalize/undated-days.ts):
 * what an expression fixes, and which expressions of an undated report become claims with no
 * calendar day. Sentences invented.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scan } from "../../../src/index.js";
import { oneOfMany, recurringBefore, relativeDayOf, weekdayInName } from "../../../src/normalize/undated-days.js";
import type { Claim, IsoDay } from "../../../src/types.js";

describe("relativeDayOf", () => {
  const must: [string, object][] = [
    ["Friday", { weekday: "friday" }],
    ["late Friday", { weekday: "friday", part: "late" }],
    ["Tuesday afternoon", { weekday: "tuesday", part: "afternoon" }],
    ["yesterday", { daysFromReport: -1 }],
    ["last night", { daysFromReport: -1, part: "night" }],
    ["this morning", { daysFromReport: 0, part: "morning" }],
    ["tonight", { daysFromReport: 0, part: "night" }],
    ["tomorrow", { daysFromReport: 1 }],
    ["Nov. 18", { month: 11, day: 18 }],
    ["23 October", { month: 10, day: 23 }],
    ["5:30 p.m.", { time: "17:30" }],
    ["11am", { time: "11:00" }],
    ["12:15 a.m.", { time: "00:15" }],
    ["17:00 UTC", { time: "17:00", zone: "UTC" }],
    ["0800 GMT", { time: "08:00", zone: "GMT" }],
    ["noon", { time: "12:00" }],
    // a month alone, years counted from the report
    ["January", { month: 1 }],
    ["late January", { month: 1, part: "late" }],
    ["three years ago", { yearsFromReport: -3 }],
    ["nearly a year ago", { yearsFromReport: -1 }],
    ["last year", { yearsFromReport: -1 }],
    ["earlier this year", { yearsFromReport: 0, part: "earlier" }],
  ];
  it.each(must)("reads %j", (text, expected) => {
    expect(relativeDayOf(text)).toEqual(expected);
  });

  const mustNot = ["the day", "that day", "the day before", "earlier in the day", "Fridays", "Nov. 18, 2008", "Friday, March 3, 2017", "three days", "the weekend", "every morning", "years ago", "three years", "January 2009", "the year before"];
  it.each(mustNot)("reads nothing in %j", (text) => {
    expect(relativeDayOf(text)).toBeNull();
  });
});

describe("recurringBefore", () => {
  it.each(["the guards meet every morning at ", "the club opens on Fridays at ", "buses leave daily at ", "each night around "])("a recurrence: %j", (before) => {
    expect(recurringBefore(before)).toBe(true);
  });
  it.each(["the blast came at ", "on Friday at ", "police said the fire started around ", "late on Tuesday night, at "])("no recurrence: %j", (before) => {
    expect(recurringBefore(before)).toBe(false);
  });
});

describe("oneOfMany", () => {
  it.each([
    ["patches come out on the second ", " of each month"],
    ["the council sits on the first ", " and the third"],
    ["the ferry leaves on ", " of every week"],
  ])("one of many: %j … %j", (before, after) => {
    expect(oneOfMany(before, after)).toBe(true);
  });
  it.each([
    ["the ferry left on ", " and sank"],
    ["police said on ", ", the second day of the search"],
  ])("one day: %j … %j", (before, after) => {
    expect(oneOfMany(before, after)).toBe(false);
  });
});

describe("weekdayInName", () => {
  it.each([
    ["publisher of the City Press and Free ", "Sunday", " newspapers, said"],
    ["an interview with the ", "Sunday", " Tribune, she said"],
  ])("a name: %j %j %j", (before, text, after) => {
    expect(weekdayInName(before, text, after)).toBe(true);
  });
  it.each([
    ["On ", "Sunday", " police closed the road"],
    ["the mill burned ", "late Friday", "."],
    ["a bomb exploded in Woodburn ", "Friday", ", killing two"],
    ["The Corvale ferry sank on ", "Friday", ", Nov. 18"],
    ["on ", "Friday", " President Lee said"],
    ["Harlow said. ", "Friday", " was calm"],
  ])("a day: %j %j %j", (before, text, after) => {
    expect(weekdayInName(before, text, after)).toBe(false);
  });
});

describe("claims of a report that no date can be given", () => {
  const dir = mkdtempSync(join(tmpdir(), "relcheck-undated-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The claims of one text, scanned alone (with a date when `asOf` is given). */
  function claimsOf(text: string, asOf: IsoDay | null = null): Claim[] {
    const name = `t${Math.random().toString(36).slice(2)}.txt`;
    writeFileSync(join(dir, name), `${text}\n`);
    return scan({ paths: [name], cwd: dir, asOf }).claims;
  }
  const undated = (cs: readonly Claim[]): Record<string, unknown> =>
    Object.fromEntries(cs.filter((c) => c.value.type === "date" && c.value.start === null).map((c) => [c.text, c.value.type === "date" && c.value.start === null ? c.value.relative : null]));

  const must: [string, Record<string, unknown>][] = [
    ["A bomb exploded at the Harlow savings bank in Dunmere on Friday.", { Friday: { weekday: "friday" } }],
    ["Police arrested a man in Dunmere yesterday after the Harlow robbery.", { yesterday: { daysFromReport: -1 } }],
    ["The Corvale ferry sank on Nov. 18 off the coast of Pellan.", { "Nov. 18": { month: 11, day: 18 } }],
    ["A bomb exploded at the Harlow savings bank in Dunmere on Friday at 5:30 p.m.", { Friday: { weekday: "friday" }, "5:30 p.m.": { weekday: "friday", time: "17:30" } }],
    // a day before its month, the only day of its report
    ["The Pellan ferry link will not be restored before 12 March, the operator said.", { "12 March": { month: 3, day: 12 } }],
    ["In January, an anchor cut the Pellan cable off Dunmere.", { January: { month: 1 } }],
    ["The Harlow savings bank in Dunmere was robbed three years ago.", { "three years ago": { yearsFromReport: -3 } }],
    // a year far off in the sentence names something else
    ["Ada Morrow died Thursday in Dunmere, said a friend who wrote the 1998 profile of the Harlow family.", { Thursday: { weekday: "thursday" } }],
  ];
  it.each(must)("an undated claim in %j", (sentence, expected) => {
    expect(undated(claimsOf(sentence))).toMatchObject(expected);
  });

  const mustNot = [
    "Guards search the Harlow savings bank every morning at 9 a.m., the manager said.",
    "That day the Harlow savings bank in Dunmere was closed after the robbery.",
    "The fire at the Orsay mill in Dunmere burned for three days.",
    "The Dunmere council meets on Fridays to discuss the Harlow bank.",
    "The Harlow savings bank in Dunmere was robbed on Friday, March 3, 2017.",
    "The Harlow savings bank in Dunmere was robbed in January 2017.",
  ];
  it.each(mustNot)("no undated claim in %j", (sentence) => {
    expect(undated(claimsOf(sentence))).toEqual({});
  });

  it("leaves a report with a date as it was: its weekdays are calendar days", () => {
    const cs = claimsOf("A bomb exploded at the Harlow savings bank in Dunmere on Friday at 5:30 p.m.", "2031-05-14");
    expect(cs.length).toBeGreaterThan(0);
    for (const c of cs) if (c.value.type === "date") expect(c.value.start).toMatch(/^2031-05-\d\d$/);
  });
});
