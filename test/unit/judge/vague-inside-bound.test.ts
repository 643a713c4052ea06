/**
 * A vague length or count with no one number ("a few minutes", two to five) set against a bound in
 * another unit ("less than an hour", sixty minutes at most): when the whole of the vague figure lies
 * on the bound's side, the bound holds of it and the two agree. "Nearly", which says close to its
 * figure, is no such bound. Verdicts worked out by hand: an hour is 60 minutes, a day 24 hours.
 */
import { describe, expect, it } from "vitest";
import { comparePair } from "../../../src/judge/judge.js";
import type { Claim } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

const vague = (text: string, lo: number, hi: number, unit: string): Claim => claim(qty(lo, hi, { unit, nominal: null, approximate: true }), { text });
const upTo = (text: string, n: number, unit: string): Claim => claim(qty(null, n, { unit, nominal: n, qualifier: "up to" }), { text });
const over = (text: string, n: number, unit: string): Claim => claim(qty(n, null, { unit, nominal: n, qualifier: "over" }), { text });
const nearly = (text: string, n: number, unit: string): Claim => claim(qty(null, n, { unit, nominal: n, approximate: true, qualifier: "nearly" }), { text });

describe("a vague figure inside a bound in another unit: must agree", () => {
  it.each<[string, Claim, Claim]>([
    ["left 'a few minutes' after arriving, 'less than an hour' after", upTo("less than an hour", 1, "hour"), vague("a few minutes", 2, 5, "minute")],
    ["'several hours' of talks, 'under two days' of talks", upTo("under two days", 2, "day"), vague("several hours", 3, 9, "hour")],
    ["'more than a day' at sea, 'several days' at sea", over("more than a day", 1, "day"), vague("several days", 3, 9, "day")],
  ])("%s", (_name, a, b) => {
    expect(comparePair(a, b, true).verdict).toBe("agree");
    expect(comparePair(b, a, true).verdict).toBe("agree");
  });
});

describe("must not agree", () => {
  it.each<[string, Claim, Claim]>([
    // "nearly an hour" is close to an hour, not a few minutes
    ["'nearly an hour' against 'a few minutes'", nearly("nearly an hour", 1, "hour"), vague("a few minutes", 2, 5, "minute")],
    // the vague figure reaches past the bound: it only overlaps
    ["'under two hours' against 'a couple of hours' read as one to three", upTo("under two hours", 2, "hour"), vague("a couple of hours", 60, 180, "minute")],
  ])("%s", (_name, a, b) => {
    expect(comparePair(a, b, true).verdict).not.toBe("agree");
    expect(comparePair(b, a, true).verdict).not.toBe("agree");
  });
});
