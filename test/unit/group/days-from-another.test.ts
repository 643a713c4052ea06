/**
 * A day counted from another happening ("the previous day", "the day before", "two days later")
 * joins the day other reports state for the happening it dates, and is compared with it as a
 * reckoning: it agrees where the days meet and diverges where they miss, never contradicts
 * (group/days-from-another.ts). Sentences, names, places and days were written for this test; the
 * expected answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { daysFromAnotherGroups, mayDateTheOther } from "../../../src/group/days-from-another.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim } from "../../../src/types.js";
import { claim, verdicts } from "./pair-verdicts.js";

// the flood of Friday 7 March 2031 at Orlby; an earlier fire at a mill, Monday 3 March
const FIRE_BEFORE = "The flood reached Orlby on Friday, 7 March 2031. Firefighters were still at the mill, where a fire had broken out the previous day.";
const FIRE_STATED = "Firefighters had put out the March 3 fire at the Orlby mill.";
const FIRE_MONDAY = "A fire broke out at the Orlby mill on Monday.";
const FIRE_THURSDAY = "A fire broke out at the Orlby mill on Thursday, March 6.";
const FIRE_FRIDAY = "A fire broke out at the Orlby mill on March 7.";
const FIRE_SATURDAY = "A fire broke out at the Orlby mill on March 8.";
const FIRE_FEBRUARY = "A fire broke out at the Orlby mill on February 20.";
const VOTE_MONDAY = "The council voted on the new levee on Monday.";
const FIRE_OTHER_DAY = "Another fire broke out at the Orlby mill on March 1.";
const LATER = "Police arrested the driver on Tuesday, 4 March 2031. He was charged two days later.";
const CHARGED_STATED = "The driver was charged on March 7.";

const counted = (): Claim => claim(FIRE_BEFORE, "previous day", "a.txt", "2031-03-08");

describe("a stated day that may date the happening a counted day dates (mayDateTheOther)", () => {
  it.each<[string, Claim]>([
    // counted back from 7 March: 6 March; the fire of 3 March lies before, four days from it
    ["the March 3 fire", claim(FIRE_STATED, "March 3", "b.txt", "2031-03-10")],
    ["a fire on Monday (3 March)", claim(FIRE_MONDAY, "Monday", "c.txt", "2031-03-04")],
    ["a fire on March 6, the very day counted", claim(FIRE_THURSDAY, "Thursday, March 6", "d.txt", "2031-03-08")],
  ])("must: the previous day / %s", (_name, stated) => {
    expect(mayDateTheOther(counted(), stated)).toBe(true);
  });

  it.each<[string, Claim]>([
    ["a fire on the day it is counted from (7 March)", claim(FIRE_FRIDAY, "March 7", "e.txt", "2031-03-08")],
    ["a fire after it (8 March)", claim(FIRE_SATURDAY, "March 8", "f.txt", "2031-03-09")],
    ["a fire more than a week before it", claim(FIRE_FEBRUARY, "February 20", "g.txt", "2031-03-08")],
    ["a vote on Monday: another kind of happening", claim(VOTE_MONDAY, "Monday", "h.txt", "2031-03-04")],
    ["the same report", claim(FIRE_STATED, "March 3", "a.txt", "2031-03-08")],
  ])("must not: the previous day / %s", (_name, stated) => {
    expect(mayDateTheOther(counted(), stated)).toBe(false);
  });

  it("two days later (6 March, from 4 March) / charged on March 7: after the day it is counted from", () => {
    const later = claim(LATER, "two days later", "a.txt", "2031-03-08");
    expect(mayDateTheOther(later, claim(CHARGED_STATED, "March 7", "b.txt", "2031-03-08"))).toBe(true);
  });

  it("a day counted from another is not a stated day", () => {
    const other = { ...counted(), document: "z.txt" };
    expect(mayDateTheOther(counted(), other)).toBe(false);
  });
});

describe("groups of a counted day and the stated day of its happening (daysFromAnotherGroups)", () => {
  it("the previous day (6 March) and the March 3 fire: one group, they diverge", () => {
    const [a, b] = [counted(), claim(FIRE_STATED, "March 3", "b.txt", "2031-03-10")];
    const made = daysFromAnotherGroups([a, b], []);
    expect(made).toHaveLength(1);
    expect(made[0]!.claims.map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
    expect(judgeGroup(made[0]!).map((f) => f.verdict)).toEqual(["diverge"]);
  });

  it("through the whole grouping: diverge, never contradict", () => {
    const v = verdicts(counted(), claim(FIRE_MONDAY, "Monday", "c.txt", "2031-03-04"));
    expect(v).toContain("diverge");
    expect(v).not.toContain("contradict");
  });

  it("two fires stated on two days near it: which one it dates is left open, no group", () => {
    const a = counted();
    const b = claim(FIRE_STATED, "March 3", "b.txt", "2031-03-10");
    const c = claim(FIRE_OTHER_DAY, "March 1", "c.txt", "2031-03-10");
    expect(daysFromAnotherGroups([a, b, c], [])).toEqual([]);
  });

  it.each<[string, Claim]>([
    ["a vote on Monday", claim(VOTE_MONDAY, "Monday", "h.txt", "2031-03-04")],
    ["a fire on the day it is counted from", claim(FIRE_FRIDAY, "March 7", "e.txt", "2031-03-08")],
  ])("must not group: the previous day / %s", (_name, other) => {
    expect(daysFromAnotherGroups([counted(), other], [])).toEqual([]);
  });

  it("forms the same groups whatever the order of the claims", () => {
    const a = counted();
    const b = claim(FIRE_STATED, "March 3", "b.txt", "2031-03-10");
    const c = claim(FIRE_MONDAY, "Monday", "c.txt", "2031-03-04");
    const ids = (cs: Claim[]) => daysFromAnotherGroups(cs, []).map((g) => g.claims.map((x) => x.id).sort());
    expect(ids([a, b, c])).toEqual(ids([c, b, a]));
  });
});
