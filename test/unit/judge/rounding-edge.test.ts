/**
 * A finer figure at the very edge of what a coarser one covers is no rounding of it: "six and a
 * half weeks" is neither "six weeks" nor "seven weeks" told more precisely (a half rounds up by one
 * convention and down by another), so the two differ; a finer figure inside the coarser one's span
 * still refines it. Verdicts worked out by hand from the words as written.
 */
import { describe, expect, it } from "vitest";
import { comparePair } from "../../../src/judge/judge.js";
import { roundsTo } from "../../../src/judge/precision.js";
import type { Claim, Verdict } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

const figure = (text: string, n: number, unit: string): Claim => claim(qty(n, n, { unit, nominal: n }), { text });

describe("comparePair: a half at the edge of a whole figure", () => {
  const cases: [string, Claim, Claim, Verdict][] = [
    // must differ
    ["six and a half weeks against six weeks", figure("six and a half weeks", 6.5, "week"), figure("six weeks", 6, "week"), "diverge"],
    ["six and a half weeks against seven weeks", figure("six and a half weeks", 6.5, "week"), figure("seven weeks", 7, "week"), "diverge"],
    ["8.5 against 8 kilograms", figure("8.5 kg", 8.5, "kg"), figure("8 kg", 8, "kg"), "diverge"],
    // must still agree
    ["$41.8 million is a rounding of $42 million", figure("$41.8 million", 41.8e6, "USD"), figure("$42 million", 42e6, "USD"), "agree"],
    ["6.4 weeks rounds to six weeks", figure("6.4 weeks", 6.4, "week"), figure("six weeks", 6, "week"), "agree"],
    ["six and a half weeks told in digits", figure("six and a half weeks", 6.5, "week"), figure("6.5 weeks", 6.5, "week"), "agree"],
    // must still contradict
    ["six weeks against nine weeks", figure("six weeks", 6, "week"), figure("nine weeks", 9, "week"), "contradict"],
  ];
  it.each(cases)("%s", (_name, a, b, verdict) => {
    expect(comparePair(a, b, true).verdict).toBe(verdict);
    expect(comparePair(b, a, true).verdict).toBe(verdict);
  });
});

describe("roundsTo", () => {
  it("holds inside the span and not at its ends", () => {
    expect(roundsTo(41.8, { lo: 41.5, hi: 42.5 })).toBe(true);
    expect(roundsTo(42, { lo: 41.5, hi: 42.5 })).toBe(true);
    expect(roundsTo(42.5, { lo: 41.5000001, hi: 42.4999999 })).toBe(false);
    expect(roundsTo(41.5, { lo: 41.5000001, hi: 42.4999999 })).toBe(false);
  });
});
