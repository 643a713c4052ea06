/**
 * A clock time that names no day of its own takes the day its text last named, which in a report
 * of several happenings may be another happening's; where its report names the day another
 * report's clock falls on for that clock's happening, the two are compared by clock, agreeing or
 * diverging, never contradicting (group/borrowed-clock-days.ts). Sentences, names, places and
 * times were written for this test; the expected answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { borrowedClockDayGroups, borrowedDayMeets } from "../../../src/group/borrowed-clock-days.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim } from "../../../src/types.js";
import { claim } from "./pair-verdicts.js";

// a report of the trial: the flood at Orlby on Tuesday 11 March 2031; the dam inspected on Monday 10 March
const TRIAL = [
  "The river flooded Orlby on Tuesday, March 11, 2031.",
  "The dam had been inspected on Monday, March 10, 2031.",
  "Rescuers reached the flooded school at about 9:15 a.m.",
].join(" ");
const TRIAL_VOTE = [
  "The council voted on the levee on Tuesday, March 11, 2031.",
  "The dam had been inspected on Monday, March 10, 2031.",
  "Rescuers reached the flooded school at about 9:15 a.m.",
].join(" ");
const TRIAL_OWN_DAY = [
  "The river flooded Orlby on Tuesday, March 11, 2031.",
  "Rescuers reached the flooded school at about 9:15 a.m. Monday.",
].join(" ");

const bareIn = (text: string, value = "9:15 a.m."): Claim => claim(text, value, "trial.txt", "2031-09-02");
const trialDays = (text: string): Claim[] =>
  ["Tuesday, March 11, 2031", "Monday, March 10, 2031"].flatMap((v) => {
    try {
      return [claim(text, v, "trial.txt", "2031-09-02")];
    } catch {
      return [];
    }
  });

// reports of the day of the flood (Tuesday 11 March)
const flood = (): Claim => claim("A farmer reported the flood at about 9 a.m., police said.", "9 a.m.", "farm.txt", "2031-03-11");
const floodLate = (): Claim => claim("A farmer reported the flood at about 10 a.m., police said.", "10 a.m.", "late.txt", "2031-03-11");

describe("a clock that borrowed its day, set against another report's clock (borrowedDayMeets)", () => {
  it("must: about 9:15 a.m. (read as Monday's) in a report that dates the flooding Tuesday / a farmer reported the flood at about 9 a.m. on Tuesday", () => {
    const bare = bareIn(TRIAL);
    expect(bare.value.type === "date" && bare.value.start).toBe("2031-03-10");
    expect(borrowedDayMeets(bare, flood(), trialDays(TRIAL))).toBe(true);
  });

  it.each<[string, () => [Claim, Claim, Claim[]]]>([
    ["about 10 a.m.: half an hour or more apart", () => [bareIn(TRIAL), floodLate(), trialDays(TRIAL)]],
    ["its report names Tuesday for a vote only: another kind of happening", () => [bareIn(TRIAL_VOTE), flood(), trialDays(TRIAL_VOTE)]],
    ["the clock names its own day (9:15 a.m. Monday)", () => [bareIn(TRIAL_OWN_DAY, "9:15 a.m. Monday"), flood(), trialDays(TRIAL_OWN_DAY)]],
    ["two clocks of one report", () => [bareIn(TRIAL), { ...flood(), document: "trial.txt" }, trialDays(TRIAL)]],
  ])("must not: %s", (_name, make) => {
    const [bare, other, days] = make();
    expect(borrowedDayMeets(bare, other, days)).toBe(false);
  });
});

describe("groups of a clock that borrowed its day (borrowedClockDayGroups)", () => {
  it("about 9:15 and about 9 a.m. of the flood: one group, compared by clock, never contradict", () => {
    const [bare, other] = [bareIn(TRIAL), flood()];
    const made = borrowedClockDayGroups([bare, other, ...trialDays(TRIAL)], []);
    expect(made).toHaveLength(1);
    expect(made[0]!.moments).toBe(true);
    expect(made[0]!.claims.map((c) => c.id).sort()).toEqual([bare.id, other.id].sort());
    // about 9:15 (9:00 to 9:30) and about 9 (8:45 to 9:15) overlap only
    expect(judgeGroup(made[0]!).map((f) => f.verdict)).toEqual(["diverge"]);
  });

  it("shortly after 9 a.m. and shortly after 9 a.m.: they agree", () => {
    const text = TRIAL.replace("at about 9:15 a.m.", "shortly after 9 a.m.");
    const bare = claim(text, "9 a.m.", "trial.txt", "2031-09-02");
    const other = claim("A farmer reported the flood shortly after 9 a.m., police said.", "9 a.m.", "farm.txt", "2031-03-11");
    const made = borrowedClockDayGroups([bare, other, ...trialDays(text)], []);
    expect(made).toHaveLength(1);
    expect(judgeGroup(made[0]!).map((f) => f.verdict)).toEqual(["agree"]);
  });

  it.each<[string, () => Claim[]]>([
    ["about 10 a.m.", () => [bareIn(TRIAL), floodLate(), ...trialDays(TRIAL)]],
    ["a report that names Tuesday for a vote", () => [bareIn(TRIAL_VOTE), flood(), ...trialDays(TRIAL_VOTE)]],
  ])("must not group: %s", (_name, make) => {
    expect(borrowedClockDayGroups(make(), [])).toEqual([]);
  });
});
