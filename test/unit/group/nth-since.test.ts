/**
 * The start of a count told as "the Nth … since" a date, or "the Nth …
 * after it was sent … in" that date, in two reports: one start, one month, an agreement. Another
 * ordinal or another counted thing is another count. Sentences written for this test; the expected
 * results decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { groupClaims } from "../../../src/group/group.js";
import { nthSince, oneNthSince } from "../../../src/group/nth-since.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim, Finding } from "../../../src/types.js";
import { claimsOfText } from "../extract/frames/helpers.js";

/** The date claim written `value` in a one-sentence document reported on `day`, in story s-1. */
function claim(sentence: string, value: string, day = "2031-11-02"): Claim {
  const c = claimsOfText(sentence, day).find((x) => x.text === value && x.value.type === "date");
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”`);
  return { ...c, document: `${sentence.slice(0, 14)}-${day}.txt`, story: "s-1" };
}

describe("a date that starts a count told with an ordinal", () => {
  it.each([
    ["The coastguard cutter Merrow seized a smuggling skiff off Keld on Friday, its fourth successful anti-smuggling raid since June.", "June", "4 raid"],
    ["It was the fourth anti-smuggling raid carried out by the Merrow after it was posted to the Keld coast in June.", "June", "4 raid"],
    ["This is the 4th raid by the cutter since June.", "June", "4 raid"],
    // no ordinal, or the date is not the count's start
    ["The Merrow has seized smuggling skiffs since June.", "June", null],
    ["The fourth raid took place in June.", "June", null],
  ])("“%s” (%s) → %s", (sentence, value, start) => {
    expect(nthSince(claim(sentence, value))).toBe(start);
  });
});

describe("one start, or not", () => {
  it("must be one: the fourth raid since June, and the fourth raid after the posting in June", () => {
    const a = claim("The coastguard cutter Merrow seized a smuggling skiff off Keld on Friday, its fourth successful anti-smuggling raid since June.", "June");
    const b = claim("It was the fourth anti-smuggling raid carried out by the Merrow after it was posted to the Keld coast in June.", "June", "2031-11-03");
    expect(oneNthSince(a, b)).toBe(true);
  });

  it.each([
    ["The coastguard cutter Merrow seized a smuggling skiff off Keld on Friday, its fourth successful anti-smuggling raid since June.", "It was the fifth anti-smuggling raid carried out by the Merrow after it was posted to the Keld coast in June."],
    ["The coastguard cutter Merrow seized a smuggling skiff off Keld on Friday, its fourth successful anti-smuggling raid since June.", "It was the fourth rescue carried out by the Merrow after it was posted to the Keld coast in June."],
  ])("must not be one: “%s” and “%s”", (s1, s2) => {
    const [a, b] = [claim(s1, "June"), claim(s2, "June", "2031-11-03")];
    expect(oneNthSince(a, b)).toBe(false);
  });
});

const judge = (claims: Claim[]): Finding[] => groupClaims(claims, []).flatMap(judgeGroup);
const verdicts = (findings: Finding[], claims: Claim[]): string[] =>
  findings.filter((f) => claims.every((c) => f.claims.includes(c.id))).map((f) => f.verdict);

describe("grouped and judged", () => {
  it("agrees: one start of a count told with two verbs", () => {
    const a = claim("The coastguard cutter Merrow seized a smuggling skiff off Keld on Friday, its fourth successful anti-smuggling raid since June.", "June");
    const b = claim("It was the fourth anti-smuggling raid carried out by the Merrow after it was posted to the Keld coast in June.", "June", "2031-11-03");
    expect(verdicts(judge([a, b]), [a, b])).toEqual(["agree"]);
  });

  it("does not bring together two counts of another ordinal", () => {
    const a = claim("The coastguard cutter Merrow seized a smuggling skiff off Keld on Friday, its fourth successful anti-smuggling raid since June.", "June");
    const b = claim("It was the fifth anti-smuggling raid carried out by the Merrow after it was posted to the Keld coast in June.", "June", "2031-11-03");
    expect(verdicts(judge([a, b]), [a, b])).toEqual([]);
  });
});
