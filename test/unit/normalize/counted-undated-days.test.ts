/**
 * Days a report that no date can be given counts from a day it named before
 * (normalize/counted-undated-days.ts), weeks counted from the report's own, and years counted back
 * with a year near them (normalize/undated-days.ts). Sentences invented.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scan } from "../../../src/index.js";
import { stepOf } from "../../../src/normalize/counted-undated-days.js";
import { relativeDayOf } from "../../../src/normalize/undated-days.js";
import type { Claim } from "../../../src/types.js";

describe("stepOf", () => {
  it.each([
    ["the day before", { days: -1, part: null }],
    ["day before", { days: -1, part: null }],
    ["the night before", { days: -1, part: "night" }],
    ["the day after", { days: 1, part: null }],
    ["the next day", { days: 1, part: null }],
    ["the following morning", { days: 1, part: "morning" }],
    ["the previous day", { days: -1, part: null }],
    ["Earlier in the day", { days: 0, part: "earlier" }],
    ["later that day", { days: 0, part: "later" }],
    ["that same day", { days: 0, part: null }],
  ])("%j is a step of a day", (text, step) => {
    expect(stepOf(text)).toEqual(step);
  });
  it.each(["the day", "that day", "Friday", "the day before the vote", "two days later", "the year before", "earlier this year"])("%j is no step of a day", (text) => {
    expect(stepOf(text)).toBeNull();
  });
});

describe("relativeDayOf: weeks counted from the report", () => {
  it.each([
    ["last week", { weeksFromReport: -1 }],
    ["this week", { weeksFromReport: 0 }],
    ["next week", { weeksFromReport: 1 }],
    ["early next week", { weeksFromReport: 1, part: "early" }],
    ["later this week", { weeksFromReport: 0, part: "later" }],
  ])("%j", (text, expected) => {
    expect(relativeDayOf(text)).toEqual(expected);
  });
  it.each(["last weekend", "the week", "two weeks", "a week-long strike"])("%j fixes no week", (text) => {
    expect(relativeDayOf(text)?.weeksFromReport).toBeUndefined();
  });
});

describe("undated claims counted from a day the report named", () => {
  const dir = mkdtempSync(join(tmpdir(), "relcheck-counted-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function claimsOf(text: string): Claim[] {
    const name = `t${Math.random().toString(36).slice(2)}.txt`;
    writeFileSync(join(dir, name), `${text}\n`);
    return scan({ paths: [name], cwd: dir, asOf: null }).claims;
  }
  /** What each undated claim fixes, by its words. */
  const undated = (cs: readonly Claim[]): Record<string, unknown> =>
    Object.fromEntries(cs.filter((c) => c.value.type === "date" && c.value.start === null).map((c) => [c.text, c.value.type === "date" && c.value.start === null ? c.value.relative : null]));

  const must: [string, Record<string, unknown>][] = [
    ["Harlow police said Saturday the two guards were dead at the scene of the blast the day before.", { "day before": { weekday: "friday" } }],
    ["A bomb exploded at the Orsay mill in Dunmere late Tuesday. Earlier in the day a caller had warned the Pellan bank.", { "Earlier in the day": { weekday: "tuesday", part: "earlier" } }],
    ["The Corvale ferry left Pellan on Monday and sank off Dunmere the next day.", { "next day": { weekday: "tuesday" } }],
    ["Fire crews were called to the Orsay mill in Dunmere yesterday after a blast the day before.", { "day before": { daysFromReport: -2 } }],
    ["The Harlow savings bank in Dunmere was robbed three years ago.", { "three years ago": { yearsFromReport: -3 } }],
    // a year near years counted back joins no date with them
    ["The name of the Dunmere donor stayed secret from 1961 until three years ago.", { "three years ago": { yearsFromReport: -3 } }],
    ["The Pellan ferry link will be restored early next week, the operator said.", { "early next week": { weeksFromReport: 1, part: "early" } }],
    ["Crews from Dunmere repaired the Pellan cable last week.", { "last week": { weeksFromReport: -1 } }],
  ];
  it.each(must)("an undated claim in %j", (text, expected) => {
    expect(undated(claimsOf(text))).toMatchObject(expected);
  });

  it("says what a counted day was counted from", () => {
    const c = claimsOf("Harlow police said Saturday the two guards were dead at the scene of the blast the day before.").find((x) => x.text === "day before");
    expect(c?.provenance).toContain("date:counted-from:Saturday");
  });

  const mustNot: [string, string][] = [
    // no day named before it: its anchor is unknown
    ["The two guards were dead at the scene of the blast the day before, Harlow police said.", "day before"],
    // a month and a day is no weekday to count from
    ["The Corvale ferry left Pellan on Nov. 18 and sank off Dunmere the next day.", "next day"],
    // a year near the day it counts from: a calendar date, not the report's news
    ["The Orsay mill burned on a Sunday in 1972, and the owner fled the day before.", "day before"],
    // a week of something else, or a stretch up to now
    ["Arlo Venn missed the last week of the Dunmere season with a sprained knee.", "last week"],
    ["Crews expect more faults on the Pellan cable in the next week.", "next week"],
    // the day named before is a stated date of a dated year
    ["The Corvale ferry left Pellan on Friday, March 3, 2017 and sank off Dunmere the next day.", "next day"],
  ];
  it.each(mustNot)("no counted claim in %j", (text, words) => {
    expect(Object.keys(undated(claimsOf(text)))).not.toContain(words);
  });
});
