/**
 * A length anchored to another happening ("married three weeks before he was killed") is read as
 * the day it tells once its report states the anchor's day, and is compared with the dates other
 * reports give its happening ("married about two weeks ago"): agree where they meet, diverge where
 * they miss, never contradict (group/anchored-days.ts). Sentences, names, places and days were
 * written for this test; the expected answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { anchoredDayGroups, datesTheLength, dayOfAnchoredLength } from "../../../src/group/anchored-days.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim } from "../../../src/types.js";
import { claimsOfText } from "../extract/frames/helpers.js";

/** The claims of a one-report text, of one story. */
function report(text: string, doc: string, day: string): Claim[] {
  return claimsOfText(text, day).map((c) => ({ ...c, document: doc, story: "s-1" }));
}
const find = (claims: Claim[], text: string): Claim => {
  const c = claims.find((x) => x.text === text);
  if (!c) throw new Error(`no claim “${text}”`);
  return c;
};

// a ferryman, Ivo Brand, killed at Tarn on Friday 14 March 2031; he had wed Mira Hale about 21 February
const TRIAL = report("Ivo Brand was killed at Tarn on March 14, 2031. Mira Hale, who married Brand three weeks before he was killed, spoke to the court.", "trial.txt", "2031-11-20");
const TRIAL_TWO_DAYS = report("Ivo Brand was killed at Tarn on March 14, 2031. A man was shot at Tarn on March 10, 2031. Mira Hale, who married Brand three weeks before he was killed, spoke to the court.", "trial2.txt", "2031-11-20");
const TRIAL_NO_DAY = report("Mira Hale, who married Brand three weeks before he was killed, spoke to the court.", "trial3.txt", "2031-11-20");
const NEWS = report("Brand had married about two weeks ago, his brother said.", "news.txt", "2031-03-16");
const NEWS_AGREES = report("Brand had married about three weeks ago, his brother said.", "news2.txt", "2031-03-15");
const NEWS_OLD = report("Brand had first married in 2019, his brother said.", "news3.txt", "2031-03-16");

describe("the day a length anchored to a happening tells (dayOfAnchoredLength)", () => {
  it("three weeks before he was killed, in a report that dates the killing 14 March → 21 February", () => {
    expect(dayOfAnchoredLength(find(TRIAL, "three weeks"), TRIAL)?.start).toBe("2031-02-21");
  });
  it.each<[string, Claim[]]>([
    ["its report dates a shooting too, on another day: which day is the anchor's is left open", TRIAL_TWO_DAYS],
    ["its report dates no killing", TRIAL_NO_DAY],
  ])("must not: %s", (_name, claims) => {
    expect(dayOfAnchoredLength(find(claims, "three weeks"), claims)).toBeNull();
  });
});

describe("dates of other reports for the length's happening (datesTheLength, anchoredDayGroups)", () => {
  const length = find(TRIAL, "three weeks");
  const day = dayOfAnchoredLength(length, TRIAL)!;

  it("married about two weeks ago (a report of 16 March: late February or early March) may tell it", () => {
    expect(datesTheLength(length, day, find(NEWS, "about two weeks ago"))).toBe(true);
  });

  it("married in 2019 is another marriage: too far from the day read", () => {
    expect(datesTheLength(length, day, find(NEWS_OLD, "2019"))).toBe(false);
  });

  it("the killing's own day is another kind of happening", () => {
    expect(datesTheLength(length, day, find(TRIAL_TWO_DAYS, "March 10, 2031"))).toBe(false);
  });

  const verdictOf = (other: Claim[]): string[] => {
    const made = anchoredDayGroups([...TRIAL, ...other], []);
    expect(made).toHaveLength(1);
    return judgeGroup(made[0]!).map((f) => f.verdict);
  };

  it("three weeks before the killing (21 February) and about two weeks ago (the week of 27 February): diverge, never contradict", () => {
    expect(verdictOf(NEWS)).toEqual(["diverge"]);
  });

  it("three weeks before the killing and about three weeks ago (the week of 17 February, a report of 15 March): agree", () => {
    expect(verdictOf(NEWS_AGREES)).toEqual(["agree"]);
  });

  it("no group for a length whose report dates no killing", () => {
    expect(anchoredDayGroups([...TRIAL_NO_DAY, ...NEWS], [])).toEqual([]);
  });
});
