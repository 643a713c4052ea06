/**
 * Stated precision: the step of the last digit a figure states, and what that makes of pairs of
 * figures. Expected steps and verdicts worked out by hand from the digits as written.
 */
import { describe, expect, it } from "vitest";
import { comparePair } from "../../../src/judge/judge.js";
import { judgingOf } from "../../../src/judge/claim-facts.js";
import { spanOf, statedStep } from "../../../src/judge/precision.js";
import type { Claim, Verdict } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

const figure = (text: string, n: number, unit = "person", extra: Parameters<typeof qty>[2] = {}): Claim =>
  claim(qty(n, n, { unit, nominal: n, ...extra }), { text });

describe("statedStep: the place value of the last digit stated", () => {
  const cases: [string, Claim, boolean, number | null][] = [
    ["one decimal of a percentage", figure("4.2%", 4.2, "percent"), false, 0.1],
    ["whole billions", figure("$69 billion", 69e9, "USD"), false, 1e9],
    ["tenths of a billion", figure("$68.7 billion", 68.7e9, "USD"), false, 1e8],
    ["a scale left outside the quote", figure("$8.5", 8.5e6, "USD"), false, 1e5],
    ["a plain count", figure("12", 12), false, 1],
    ["trailing zeros of a fact are exact", figure("20,000", 20_000), false, 1],
    ["trailing zeros of an estimate round", figure("20,000", 20_000), true, 10_000],
    ["an estimate without trailing zeros", figure("21,500", 21_500), true, 100],
    ["number words", figure("sixteen", 16), false, 1],
    ["number words with a scale", figure("two million", 2e6), false, 1e6],
    ["number words of an estimate", figure("two hundred", 200), true, 100],
    ["number words with a fraction state its last decimal", figure("six point four", 6.4), false, 0.1],
    ["a fraction of a scale word", figure("half a million", 5e5), false, 1e5],
    ["an approximation has its own tolerance", claim(qty(35_000, 45_000, { approximate: true, qualifier: "around", nominal: 40_000 }), { text: "about 40,000" }), false, null],
    ["an open bound states no precision", claim(qty(2800, null, { qualifier: "over", nominal: 2800 }), { text: "over 2,800" }), false, null],
  ];
  it.each(cases)("%s", (_name, c, estimate, step) => {
    expect(statedStep(c, estimate)).toBe(step);
  });

  it("a span stops short of both ends, so neighbouring figures do not meet", () => {
    const twelve = spanOf(figure("12", 12));
    const thirteen = spanOf(figure("13", 13));
    expect(twelve.lo).toBeGreaterThan(11.5);
    expect(twelve.hi).toBeLessThan(12.5);
    expect(twelve.hi).toBeLessThan(thirteen.lo);
    expect(spanOf(figure("$69 billion", 69e9, "USD"))).toEqual({ lo: expect.closeTo(68.5e9, -4), hi: expect.closeTo(69.5e9, -4) });
  });
});

describe("comparePair: figures agree within their stated precision", () => {
  const cases: [string, Claim, Claim, Verdict, string][] = [
    ["$68.7 billion is a rounding of $69 billion", figure("$68.7 billion", 68.7e9, "USD"), figure("$69 billion", 69e9, "USD"), "agree", "refinement"],
    ["4.2 against 4.4 still contradicts", figure("4.2%", 4.2, "percent"), figure("4.4%", 4.4, "percent"), "contradict", "disjoint-intervals"],
    ["4.2 against 4.3: the spans only touch", figure("4.2%", 4.2, "percent"), figure("4.3%", 4.3, "percent"), "contradict", "disjoint-intervals"],
    ["4.24 rounds to 4.2", figure("4.2%", 4.2, "percent"), figure("4.24%", 4.24, "percent"), "agree", "refinement"],
    ["12 and 13 people", figure("12", 12), figure("13", 13), "contradict", "disjoint-intervals"],
    ["$1.2 million covers $1,249,000", figure("$1.2 million", 1.2e6, "USD"), figure("$1,249,000", 1_249_000, "USD"), "agree", "refinement"],
    ["20,000 and 21,000 as facts", figure("20,000", 20_000), figure("21,000", 21_000), "contradict", "disjoint-intervals"],
    ["three and at least three", figure("three", 3), claim(qty(3, null, { qualifier: "at least", nominal: 3 }), { text: "at least three" }), "agree", "refinement"],
  ];
  it.each(cases)("%s", (_name, a, b, verdict, basis) => {
    const result = comparePair(a, b, true);
    expect(result.verdict).toBe(verdict);
    expect(result.basis.kind).toBe(basis);
  });

  it("names the finer figure as the refinement", () => {
    const fine = figure("$68.7 billion", 68.7e9, "USD");
    const coarse = figure("$69 billion", 69e9, "USD");
    expect(comparePair(coarse, fine, true).basis).toEqual({ kind: "refinement", finer: fine.id, coarser: coarse.id });
  });

  it("estimates round their trailing zeros: 20,000 covers 21,000 when one source estimates both", () => {
    const j = judgingOf({ cardinality: "single", estimates: true });
    const a = claim(qty(20_000, 20_000), { text: "20,000", document: "a.txt", claimFrame: frameSaidBy("police") });
    const b = claim(qty(21_000, 21_000), { text: "21,000", document: "b.txt", claimFrame: frameSaidBy("police") });
    expect(comparePair(a, b, j).verdict).toBe("agree");
  });
});

function frameSaidBy(attribution: string): NonNullable<Claim["claimFrame"]> {
  return { counted: "person", predicate: { lemma: "march", voice: "active" }, participants: [], time: { tally: false, reportedAt: "2010-05-05" }, attribution, modality: [] };
}
