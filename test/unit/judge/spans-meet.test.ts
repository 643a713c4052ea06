/**
 * spansAllMeet (judge.ts): whether every two claims' spans meet, so that no pair of them can
 * contradict (a contradiction is of disjoint spans) and a partition of one document has nothing to
 * report. Figures written for this test; expected answers worked out by hand from the spans.
 */
import { describe, expect, it } from "vitest";
import { judgingOf } from "../../../src/judge/claim-facts.js";
import { judgeGroup, spansAllMeet } from "../../../src/judge/judge.js";
import type { Claim, ClaimGroup } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

/** Figures of one document, exact or ranges [min, max]. */
function figures(values: readonly [number, number][], document = "one.txt"): Claim[] {
  return values.map(([min, max], k) => claim(qty(min, max, { nominal: min === max ? min : null }), { document, offset: k * 40, text: min === max ? String(min) : `${min} to ${max}` }));
}

const meet = (values: readonly [number, number][]): boolean => {
  const claims = figures(values);
  return spansAllMeet(claims, judgingOf({ cardinality: "single", claims }));
};

describe("spansAllMeet", () => {
  it.each<[string, [number, number][], boolean]>([
    ["one figure told many times", [[2, 2], [2, 2], [2, 2], [2, 2]], true],
    ["two ranges that overlap", [[2, 4], [3, 5]], true],
    ["three ranges around one figure", [[1, 5], [3, 8], [4, 4]], true],
    ["two figures", [[2, 2], [3, 3]], false],
    ["ranges that meet two by two but not all three", [[2, 4], [3, 5], [5, 6]], false],
    ["far apart", [[10, 10], [900, 900]], false],
  ])("%s", (_, values, expected) => {
    expect(meet(values)).toBe(expected);
  });

  it("a sum compared at its story's rate is not asked (its span widens pair by pair)", () => {
    const claims = figures([[2, 2], [2, 2]]).map((c) => ({ ...c, exchange: 1.3 }));
    expect(spansAllMeet(claims, judgingOf({ cardinality: "single", claims }))).toBe(false);
  });
});

describe("a partition of one document", () => {
  const group = (claims: Claim[]): ClaimGroup => ({ key: "g", rule: "r", topic: "a topic", cardinality: "single", claims, identity: [] });
  it("reports nothing when all its figures agree", () => {
    expect(judgeGroup(group(figures([[2, 2], [2, 2], [2, 2]])))).toEqual([]);
  });
});

describe("a claim's span read alone is the span of its facts", () => {
  // (figures written for this test: rounded, bounded, estimated and told in two units of one dimension)
  const told = (n: number, text: string, extra: Partial<Parameters<typeof qty>[2]> = {}, sentence = `Officials counted ${text} at the depot.`): Claim =>
    claim(qty(n, n, { nominal: n, ...extra }), { text, sentence, document: "one.txt" });
  it.each<[string, Claim[], [number, number][]]>([
    ["a round figure spans its rounding", [told(300, "300 crates", { unit: "crate" }), told(310, "310 crates", { unit: "crate" })], [[250, 350], [305, 315]]],
    ["an estimate of the group widens every figure", [told(4000, "4,000 people"), told(4000, "an estimated 4,000 people", { qualifier: "estimated", approximate: true })], [[3500, 4500], [3500, 4500]]],
    ["a length in feet and one in metres, in metres", [told(2000, "2,000 feet", { unit: "ft" }), told(600, "600 metres", { unit: "m" })], [[579, 640], [550, 650]]],
  ])("%s", (_, claims, rough) => {
    const j = judgingOf({ cardinality: "single", claims });
    claims.forEach((c, k) => {
      const alone = j.span(c);
      // before its facts are read, then after: the same span either way
      expect(alone).toEqual(judgingOf({ cardinality: "single", claims }).facts(c).span);
      expect(j.facts(c).span).toEqual(alone);
      expect(alone.lo).toBeGreaterThan(rough[k]![0] - 1);
      expect(alone.hi).toBeLessThan(rough[k]![1] + 1);
    });
  });
});
