/**
 * A year that dates one contest, prize or yearly show, told by outlets
 * with different words ("the 1994 league title", "the championship side in 1994"), is one past
 * happening: the two years agree. The same year told of another kind of thing (a season, an
 * all-star pick), a year reckoned from the day of writing, or two contests named apart, is no
 * agreement. Sentences written for this test; the expected results decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { contestOfYear, oneContestOfAYear } from "../../../src/group/contest-years.js";
import { groupClaims } from "../../../src/group/group.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim, Finding } from "../../../src/types.js";
import { claimsOfText } from "../extract/frames/helpers.js";

/** The date claim written `value` in a one-sentence document reported on `day`, in story s-1. */
function claim(sentence: string, value: string, day = "2031-05-02"): Claim {
  const c = claimsOfText(sentence, day).find((x) => x.text === value && x.value.type === "date");
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”`);
  return { ...c, document: `${sentence.slice(0, 14)}-${day}.txt`, story: "s-1" };
}

describe("the contest a year dates", () => {
  it.each([
    ["Orme was the captain of the Hawks' 1994 NHL title side.", "1994", "title"],
    ["Orme skated for the Hawks and played on their last championship side in 1994.", "1994", "title"],
    ["The three-time all-star (1994, '96, '97) led the Hawks to six playoff runs, including a league crown in 1994.", "1994", "title"],
    ["Orme was taken in the third round of the 1990 NHL Draft by the Hawks.", "1990", "draft"],
    ["Orme was a third-round draft pick of the Hawks in 1990 and stayed nine years.", "1990", "draft"],
    ["She first hosted during the 2009 ceremony.", "2009", "show"],
    ["In 2009, she rescued the Emmys after a dull year.", "2009", "show"],
    ["For the 2009 show, she follows a comic the critics panned.", "2009", "show"],
    ["In 2009, she launched her own talk show.", "2009", null],
    // another kind of thing, or no noun of a contest beside the year
    ["Orme made the all-star team in 1994.", "1994", null],
    ["Orme joined the Hawks in 1990 from a college side.", "1990", null],
    ["The 1994 season was his best.", "1994", null],
    ["In 1994, Orme bought a farm near the lake.", "1994", null],
  ])("“%s” (%s) → %s", (sentence, value, kind) => {
    expect(contestOfYear(claim(sentence, value))?.kind ?? null).toBe(kind);
  });
});

describe("one contest of a year, or not", () => {
  it.each([
    ["Orme was the captain of the Hawks' 1994 NHL title side.", "1994", "Orme skated for the Hawks and played on their last championship side in 1994.", "1994"],
    ["Orme was taken in the third round of the 1990 NHL Draft by the Hawks.", "1990", "Orme was a third-round draft pick of the Hawks in 1990 and stayed nine years.", "1990"],
  ])("must be one: “%s” (%s) and “%s” (%s)", (s1, v1, s2, v2) => {
    const [a, b] = [claim(s1, v1), claim(s2, v2, "2031-05-03")];
    expect(oneContestOfAYear(a, b)).toBe(true);
    expect(oneContestOfAYear(b, a)).toBe(true);
  });

  it.each([
    // a title and a draft of one year
    ["Orme was the captain of the Hawks' 1994 NHL title side.", "1994", "Dane was taken in the first round of the 1994 NHL Draft.", "1994"],
    // two titles named apart
    ["Kell won the WBA title in 2005 in Leeds.", "2005", "Rios held the 2005 WBC title for a month.", "2005"],
    // a contest and an all-star year
    ["Orme was the captain of the Hawks' 1994 NHL title side.", "1994", "Orme made the all-star team in 1994.", "1994"],
  ])("must not be one: “%s” (%s) and “%s” (%s)", (s1, v1, s2, v2) => {
    const [a, b] = [claim(s1, v1), claim(s2, v2, "2031-05-03")];
    expect(oneContestOfAYear(a, b)).toBe(false);
    expect(oneContestOfAYear(b, a)).toBe(false);
  });
});

const judge = (claims: Claim[]): Finding[] => groupClaims(claims, []).flatMap(judgeGroup);
const verdicts = (findings: Finding[], claims: Claim[]): string[] =>
  findings.filter((f) => claims.every((c) => f.claims.includes(c.id))).map((f) => f.verdict);

describe("grouped and judged", () => {
  it("agrees: one title year told as a title side and a championship side", () => {
    const a = claim("Orme was the captain of the Hawks' 1994 NHL title side.", "1994");
    const b = claim("Orme skated for the Hawks and played on their last championship side in 1994.", "1994", "2031-05-03");
    expect(verdicts(judge([a, b]), [a, b])).toEqual(["agree"]);
  });

  it("does not bring together a title year and an all-star year", () => {
    const a = claim("Orme was the captain of the Hawks' 1994 NHL title side.", "1994");
    const b = claim("Orme made the all-star team in 1994.", "1994", "2031-05-03");
    expect(verdicts(judge([a, b]), [a, b])).toEqual([]);
  });
});
