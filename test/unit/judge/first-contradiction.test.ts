/**
 * worst-pair.ts pairwise with firstContradictionFinal: when every contradicting pair's spans are
 * disjoint (so each fits 0), the first contradiction in claim order is the pair the whole
 * pairwise search keeps. Figures and documents written for this test; the expected pairs were
 * worked out by hand.
 */
import { describe, expect, it } from "vitest";
import { comparePair } from "../../../src/judge/judge.js";
import { pairwise } from "../../../src/judge/worst-pair.js";
import type { Claim } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

/** Exact figures, each in its own document unless a document is given: [figure, document]. */
function figures(rows: readonly [number, string][]): Claim[] {
  return rows.map(([n, document], k) => claim(qty(n, n), { document, offset: k * 30, text: String(n) }));
}

const compare = (a: Claim, b: Claim) => comparePair(a, b, true);

describe("pairwise, stopping at the first contradiction", () => {
  it.each<[string, [number, string][], [number, number] | null]>([
    ["10 and 10 agree; 10 and 40 of two documents contradict first", [[10, "a"], [10, "b"], [40, "c"], [70, "d"]], [0, 2]],
    ["the first figure agrees with all; the second and fourth contradict", [[25, "a"], [25, "b"], [25, "c"], [90, "d"]], [0, 3]],
    ["no contradiction: the best agreement", [[12, "a"], [12, "b"], [12, "c"]], [0, 1]],
  ])("%s", (_, rows, expected) => {
    const claims = figures(rows);
    const whole = pairwise(claims, compare);
    const first = pairwise(claims, compare, undefined, true);
    expect(first).toEqual(whole);
    expect(first && [first.i, first.j]).toEqual(expected);
  });
});
