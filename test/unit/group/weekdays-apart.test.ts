/**
 * One morning's happening told on one weekday by two reports that read it as two weeks
 * (group/weekdays-apart.ts): the weekday named in both sentences, the days whole weeks apart, one
 * clock time in each within half an hour of the other. Sentences, names and times written for this
 * test; the expected answers were decided by reading them. 4 and 11 May 2030 are Saturdays.
 */
import { describe, expect, it } from "vitest";
import { oneWeekdayReadApart, soleClock, weekdayReadApartGroups } from "../../../src/group/weekdays-apart.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim } from "../../../src/types.js";
import { date, toldIn } from "../../helpers/claims.js";

function told(verb: string, sentence: string, text: string, doc: string, day: string, reportedAt: string): Claim {
  return { ...toldIn(date(day), sentence, text, { lemma: verb, voice: "passive", reportedAt }), document: doc, rule: `frame:${verb}/date` };
}

const first = told("call", "On Saturday 4 May, at 7:52am officers were called to a flat in Mill Lane.", "Saturday 4 May", "first.txt", "2030-05-04", "2030-05-06");

describe("the one clock a sentence tells (soleClock)", () => {
  it.each<[string, number | null]>([
    ["On Saturday 4 May, at 7:52am officers were called.", 472],
    ["The pair were found on Saturday about 8.40am.", 520],
    ["The fire was out by 9 p.m., crews said.", 1260],
    ["A 20-year-old was found on Saturday 4 May 2030.", null],
    ["Officers were called at 7:52am and left by 9.10am.", null],
  ])("%s → %s", (sentence, minute) => {
    expect(soleClock(told("call", sentence, "Saturday", "x.txt", "2030-05-04", "2030-05-06"))).toBe(minute);
  });
});

describe("one weekday read as two weeks (oneWeekdayReadApart)", () => {
  it("must be read apart: a follow-up's 'Saturday' a week later, a minute off; the days diverge, never contradict", () => {
    const later = told("call", "A jury heard officers were called at 7.53am on Saturday after a row.", "Saturday", "later.txt", "2030-05-11", "2030-05-14");
    expect(oneWeekdayReadApart(first, later)).toBe(true);
    const made = weekdayReadApartGroups([first, later], []);
    expect(made).toHaveLength(1);
    expect(judgeGroup(made[0]!).map((f) => f.verdict)).toEqual(["diverge"]);
  });

  it.each<[string, Claim]>([
    ["one day (nothing read apart)", told("call", "A jury heard officers were called at 7.53am on Saturday.", "Saturday", "later.txt", "2030-05-04", "2030-05-06")],
    ["a clock an hour later (another moment of the day)", told("call", "A jury heard officers were called at 8.55am on Saturday.", "Saturday", "later.txt", "2030-05-11", "2030-05-14")],
    ["no clock in the sentence", told("call", "A jury heard officers were called on Saturday.", "Saturday", "later.txt", "2030-05-11", "2030-05-14")],
    ["the weekday not named (a date)", told("call", "Officers were called at 7.53am on 11 May.", "11 May", "later.txt", "2030-05-11", "2030-05-14")],
    ["five weeks apart", told("call", "Officers were called at 7.53am on Saturday.", "Saturday", "later.txt", "2030-06-08", "2030-06-10")],
    ["reports a month apart", told("call", "A jury heard officers were called at 7.53am on Saturday.", "Saturday", "later.txt", "2030-05-11", "2030-06-12")],
    ["the same report", told("call", "Officers were called at 7.53am on Saturday.", "Saturday", "first.txt", "2030-05-11", "2030-05-14")],
    ["a happening of its own kind (released)", told("release", "Officers released a man at 7.53am on Saturday.", "Saturday", "later.txt", "2030-05-11", "2030-05-14")],
  ])("must not be read apart: %s", (_name, other) => {
    expect(oneWeekdayReadApart(first, other)).toBe(false);
    expect(weekdayReadApartGroups([first, other], [])).toEqual([]);
  });
});
