/**
 * Strict comparisons leave out their own number: "fewer than 40 boats" is not a report of 40 boats,
 * and "under the $3 billion others quoted" disputes that figure. Inclusive bounds ("at least",
 * "up to", "as many as", "no more than") keep their number. Expected verdicts worked out by hand.
 */
import { describe, expect, it } from "vitest";
import { comparePair } from "../../../src/judge/judge.js";
import { strictComparison } from "../../../src/values/quantity/qualifiers.js";
import type { Claim, Qualifier, Verdict } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

const exact = (text: string, n: number, unit = "USD"): Claim => claim(qty(n, n, { unit, nominal: n }), { text });
const above = (text: string, n: number, q: Qualifier = "over", unit = "USD"): Claim => claim(qty(n, null, { unit, nominal: n, qualifier: q }), { text });
const below = (text: string, n: number, q: Qualifier = "up to", unit = "USD"): Claim => claim(qty(null, n, { unit, nominal: n, qualifier: q }), { text });

describe("strictComparison: which qualifier phrases leave out their number", () => {
  const strict = ["fewer than 40 boats", "less than the $3 billion", "more than 12", "over $5 million", "above 7%", "below 2 percent", "under 30", "in excess of 900 tonnes", "exceeding 15", "just over 600", "greater than 1,000"];
  const inclusive = ["at least 12", "up to $5 million", "as many as 30", "no more than 4", "not less than 10", "a maximum of 8", "nearly 100", "about 40", "40 or more", "40", "overall 40"];
  it.each(strict)("strict: %s", (text) => expect(strictComparison(text)).toBe(true));
  it.each(inclusive)("inclusive: %s", (text) => expect(strictComparison(text)).toBe(false));
});

describe("comparePair: a figure that meets a strict bound only at its number", () => {
  const cases: [string, Claim, Claim, Verdict][] = [
    ["'under the $3 billion' disputes '$3 billion'", below("under the $3 billion", 3e9), exact("$3 billion", 3e9), "diverge"],
    ["'fewer than 40' is not 40", below("fewer than 40", 40, "up to", "boat"), exact("40", 40, "boat"), "diverge"],
    ["'more than 12' is not 12", above("more than 12", 12, "over", "person"), exact("12", 12, "person"), "diverge"],
    ["'up to $5 million' holds $5 million", below("up to $5 million", 5e6), exact("$5 million", 5e6), "agree"],
    ["'at least 12' holds 12", above("at least 12", 12, "at least", "person"), exact("12", 12, "person"), "agree"],
    ["'as many as 30' holds 30", below("as many as 30", 30, "up to", "person"), exact("30", 30, "person"), "agree"],
    ["'more than 12' holds 15", above("more than 12", 12, "over", "person"), exact("15", 15, "person"), "agree"],
    ["'less than $3 billion' holds $2.4 billion", below("less than $3 billion", 3e9), exact("$2.4 billion", 2.4e9), "agree"],
  ];
  it.each(cases)("%s", (_name, a, b, verdict) => {
    expect(comparePair(a, b, true).verdict).toBe(verdict);
    expect(comparePair(b, a, true).verdict).toBe(verdict);
  });

  it("never makes a strict bound and its own number contradict: the exact figure may be rounded", () => {
    expect(comparePair(above("over $2.6 million", 2.6e6), exact("$2.6 million", 2.6e6), true).verdict).not.toBe("contradict");
  });
});
