/**
 * One odd minute told in two reports whose days for it were read apart (group/moments.ts
 * momentReadApartGroups): a clock told with no day of its own takes the day its text had reached,
 * and a weekday is read against its report's date, so a follow-up written a week later puts the
 * same moment on another day. The group is compared by clock time (judge/claim-facts.ts). Sentences,
 * names and times written for this test; the expected answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { daysReadApart, momentReadApartGroups, unplacedClock } from "../../../src/group/moments.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim } from "../../../src/types.js";
import { date, toldIn } from "../../helpers/claims.js";

function at(verb: string, sentence: string, text: string, doc: string, day: string, reportedAt: string, provenance: string[] = []): Claim {
  const c = toldIn(date(day), sentence, text, { lemma: verb, voice: "passive", reportedAt, participants: [["patient", "Dale Hurst"]] });
  return { ...c, document: doc, rule: `frame:${verb}/date`, provenance: [...c.provenance, ...provenance] };
}

// 2032-03-06 and 2032-03-13 are Saturdays; 2032-03-09 a Tuesday
const first = at("detain", "Dale Hurst was detained near the ferry landing at about 7.52am.", "7.52am", "first.txt", "2032-03-06", "2032-03-08");

describe("days read apart (daysReadApart)", () => {
  it.each<[string, Claim, Claim]>([
    ["a bare clock in each, two days reached", first, at("detain", "Hurst was detained by the ferry landing around 7.52am.", "7.52am", "later.txt", "2032-03-13", "2032-03-16")],
    [
      "one weekday, a week apart, named in both sentences",
      at("call", "On Saturday 6 March, at 7:52am, officers were called to a flat in Mill Lane.", "7:52am", "a.txt", "2032-03-06", "2032-03-08", ["pattern:date/day-month+clock"]),
      at("call", "A jury heard officers were called at 7.52am on Saturday after a row.", "Saturday", "b.txt", "2032-03-13", "2032-03-16"),
    ],
    [
      "one weekday cut short, a week apart, named in both sentences",
      at("call", "Officers were called at 7.52am Tues. to a flat in Mill Lane.", "Tues.", "a.txt", "2032-03-09", "2032-03-10"),
      at("call", "A jury heard officers were called at 7.52am on Tues., March 9.", "Tues.", "b.txt", "2032-03-16", "2032-03-17"),
    ],
    [
      "one weekday in full and cut short, two weeks apart",
      at("call", "Officers were called at 7.52am on Thursday.", "Thursday", "a.txt", "2032-03-11", "2032-03-12"),
      at("call", "Officers were called at 7.52am Thurs. after a row.", "Thurs.", "b.txt", "2032-03-25", "2032-03-26"),
    ],
    [
      "one weekday, in a headline's capitals",
      at("call", "OFFICERS CALLED AT 7.52AM ON SATURDAY", "SATURDAY", "a.txt", "2032-03-06", "2032-03-08"),
      at("call", "Officers were called at 7.52am on Saturday.", "Saturday", "b.txt", "2032-03-13", "2032-03-16"),
    ],
  ])("must be read apart: %s", (_name, a, b) => {
    expect(daysReadApart(a, b)).toBe(true);
  });

  it.each<[string, Claim, Claim]>([
    [
      "two dates told with their months, no weekday",
      at("call", "Officers were called on 6 March at 7:52am.", "6 March at 7:52am", "a.txt", "2032-03-06", "2032-03-08"),
      at("call", "Officers were called on 13 March at 7:52am.", "13 March at 7:52am", "b.txt", "2032-03-13", "2032-03-16"),
    ],
    [
      "two weekdays that are not one",
      at("call", "Officers were called at 7.52am on Saturday.", "Saturday", "a.txt", "2032-03-06", "2032-03-08"),
      at("call", "Officers were called at 7.52am on Tuesday.", "Tuesday", "b.txt", "2032-03-09", "2032-03-10"),
    ],
    ["one day", first, at("detain", "Hurst was detained by the ferry landing around 7.52am.", "7.52am", "later.txt", "2032-03-06", "2032-03-08")],
    [
      "a verb in small letters that starts like a weekday cut short ('sat.')",
      at("call", "Officers were called at 7.52am, and the judge sat.", "7.52am", "a.txt", "2032-03-06", "2032-03-08", ["pattern:date/day-month+clock"]),
      at("call", "Officers were called at 7.52am on Saturday.", "Saturday", "b.txt", "2032-03-13", "2032-03-16"),
    ],
    [
      "a weekday cut short with no period ('Sun' of a name)",
      at("call", "Officers were called at 7.52am by Sun Ostrow.", "7.52am", "a.txt", "2032-03-07", "2032-03-08", ["pattern:date/day-month+clock"]),
      at("call", "Officers were called at 7.52am on Sunday.", "Sunday", "b.txt", "2032-03-14", "2032-03-16"),
    ],
  ])("must not be read apart: %s", (_name, a, b) => {
    expect(daysReadApart(a, b)).toBe(false);
  });
});

describe("one moment, its days read apart (momentReadApartGroups)", () => {
  const groups = (a: Claim, b: Claim) => momentReadApartGroups([a, b], []);

  it("must join: one odd minute, bare clocks whose days were reached apart; they agree by their clocks", () => {
    const later = at("detain", "Hurst was detained by the ferry landing around 7.52am.", "7.52am", "later.txt", "2032-03-13", "2032-03-16");
    const made = groups(first, later);
    expect(made).toHaveLength(1);
    expect(made[0]!.moments).toBe(true);
    const findings = judgeGroup(made[0]!);
    expect(findings.map((f) => f.verdict)).toEqual(["agree"]);
  });

  it.each<[string, Claim]>([
    ["another minute", at("detain", "Hurst was detained by the ferry landing around 7.53am.", "7.53am", "later.txt", "2032-03-13", "2032-03-16")],
    ["a round minute", at("detain", "Hurst was detained by the ferry landing around 7.45am.", "7.45am", "later.txt", "2032-03-13", "2032-03-16")],
    ["the same report", at("detain", "Hurst was detained by the ferry landing around 7.52am.", "7.52am", "first.txt", "2032-03-13", "2032-03-16")],
    ["a report written long after (not reported together)", at("detain", "Hurst was detained by the ferry landing around 7.52am.", "7.52am", "later.txt", "2032-05-29", "2032-05-31")],
    ["a kind of happening of its own (released)", at("release", "Hurst was released from the station at 7.52am.", "7.52am", "later.txt", "2032-03-13", "2032-03-16")],
    ["one day already (nothing read apart)", at("detain", "Hurst was detained by the ferry landing around 7.52am.", "7.52am", "later.txt", "2032-03-06", "2032-03-08")],
  ])("must not join: %s", (_name, other) => {
    expect(groups(first, other)).toEqual([]);
  });

  it("a round minute is compared as before: days, not clocks", () => {
    const a = at("detain", "Hurst was detained at 8am.", "8am", "a.txt", "2032-03-06", "2032-03-08");
    const b = at("detain", "Hurst was detained at 8am.", "8am", "b.txt", "2032-03-13", "2032-03-16");
    expect(groups(a, b)).toEqual([]);
  });
});

describe("a clock whose day is unknown (unplacedClock) and one moment of its happening", () => {
  const told = (verb: string, sentence: string, text: string, doc: string, day: string, reportedAt: string | null, events: string[]): Claim => {
    const c = toldIn(date(day), sentence, text, { lemma: verb, voice: "active", reportedAt: reportedAt ?? "2000-01-01", participants: events.map((e) => ["event", e] as ["event", string]) });
    const time = { ...c.claimFrame!.time, reportedAt };
    return { ...c, document: doc, rule: `frame:${verb}/date`, claimFrame: { ...c.claimFrame!, time } };
  };
  // the report of the day: "the 2:30 a.m. blaze", on 9 October, written that day
  const ofTheDay = told("blaze", "Crews fought the 2:30 a.m. blaze at the old mill for hours.", "2:30 a.m.", "day.txt", "2031-10-09", "2031-10-09", ["blaze"]);
  // a column of 20 January whose text had reached a date of its own before the clock (2 December)
  const column = told("blaze", "Nobody was inside, and the blaze broke out at 2:30 AM.", "2:30 AM", "column.txt", "2031-12-02", "2032-01-20", ["blaze"]);

  it.each<[string, Claim, boolean]>([
    ["a bare clock whose day is seven weeks before its report (no news of it)", column, true],
    ["a bare clock of an undated report", told("blaze", "The blaze broke out at 2:30 AM.", "2:30 AM", "u.txt", "2031-10-09", null, ["blaze"]), true],
    ["a bare clock on its report's day", ofTheDay, false],
    ["a clock told with its day", told("blaze", "The blaze broke out at 2:30 a.m. Tuesday.", "2:30 a.m. Tuesday", "t.txt", "2032-01-13", "2032-01-20", ["blaze"]), false],
  ])("%s: %s", (_name, c, unplaced) => {
    expect(unplacedClock(c)).toBe(unplaced);
  });

  it("must join: the column's clock and the report of the day's, one happening named in both; they agree by their clocks", () => {
    const made = momentReadApartGroups([ofTheDay, column], []);
    expect(made).toHaveLength(1);
    expect(judgeGroup(made[0]!).map((f) => f.verdict)).toEqual(["agree"]);
  });

  it.each<[string, Claim]>([
    ["another happening at that clock (a meeting)", told("hold", "The council held its meeting at 2:30 AM, an odd hour.", "2:30 AM", "column.txt", "2031-12-02", "2032-01-20", ["meeting"])],
    ["a light verb that names no happening of its own", told("come", "The first word came at 2:30 AM, by text.", "2:30 AM", "column.txt", "2031-12-02", "2032-01-20", [])],
    ["another minute", told("blaze", "Nobody was inside, and the blaze broke out at 2:45 AM.", "2:45 AM", "column.txt", "2031-12-02", "2032-01-20", ["blaze"])],
    ["both placed on their reports' days (two nights of a story)", told("blaze", "Crews fought a 2:30 a.m. blaze at the depot.", "2:30 a.m.", "next.txt", "2031-10-12", "2031-10-12", ["blaze"])],
  ])("must not join: %s", (_name, other) => {
    expect(momentReadApartGroups([ofTheDay, other], [])).toEqual([]);
  });
});
