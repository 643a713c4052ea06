/**
 * A length of time counted in decades, centuries or millennia keeps the unit the text
 * states ("more than four decades" is over 4 decades, as a reader checking the figure writes it),
 * and is compared with years through one scale (a decade is ten years, a century a hundred).
 * Shorter units a text counts in pairs or threes stay where they were ("a fortnight" is 2 weeks,
 * "a quarter-century" 25 years). Sentences written for this test; values and verdicts worked out
 * by hand.
 */
import { describe, expect, it } from "vitest";
import { comparePair } from "../../../src/judge/judge.js";
import { findMentions } from "../../../src/values/index.js";
import { comparedAs, dimensionOf, sameConverted } from "../../../src/values/quantity/dimensions.js";
import type { Claim, Verdict } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

/** Each duration of a sentence as [text, min, max, unit]. */
const durations = (text: string) =>
  findMentions(text, { asOf: "2022-03-10" })
    .filter((m) => m.kind === "duration" && m.value?.type === "quantity")
    .map((m) => (m.value?.type === "quantity" ? [m.text, m.value.min, m.value.max, m.value.unit] : []));

describe("must match: decades, centuries and millennia are counted in their own unit", () => {
  it.each<[string, string, number | null, number | null, string]>([
    ["The canal has carried barges for more than four decades.", "more than four decades", 4, null, "decade"],
    ["Lina Oduya kept the lighthouse for nearly two decades.", "nearly two decades", 1.8, 2, "decade"],
    ["The abbey's walls have stood for three centuries.", "three centuries", 3, 3, "century"],
    ["The scrolls were kept by one order for two millennia, the guide said.", "two millennia", 2, 2, "millennium"],
    ["The feud between the two villages simmered for a few decades.", "a few decades", 2, 5, "decade"],
    ["Over six decades of farming wore the field thin.", "Over six decades", 6, null, "decade"],
  ])("%s → %s", (sentence, text, min, max, unit) => {
    expect(durations(sentence)).toContainEqual([text, min, max, unit]);
  });
});

describe("must not match: other lengths of time keep their old reading", () => {
  it.each<[string, string, number | null, number | null, string]>([
    // a fortnight is still counted in weeks, a quarter-century in years
    ["The ferry strike lasted a fortnight.", "a fortnight", 2, 2, "week"],
    ["Pavel Strand coached the club for a quarter-century.", "a quarter-century", 25, 25, "year"],
    ["The bakery has been open for thirty years.", "thirty years", 30, 30, "year"],
  ])("%s → %s", (sentence, text, min, max, unit) => {
    expect(durations(sentence)).toContainEqual([text, min, max, unit]);
  });
  it("never reports thirty decades for three", () => {
    expect(durations("The canal has carried barges for more than three decades.").map((d) => d[1])).not.toContain(30);
  });
});

describe("months, years, decades, centuries and millennia are one scale; weeks and days are not on it", () => {
  it("must match: one scale", () => {
    expect(dimensionOf("decade")).toBe(dimensionOf("year"));
    expect(comparedAs("century")).toBe(comparedAs("year"));
    expect(sameConverted(3, "decade", 30, "year")).toBe(true);
    expect(sameConverted(2, "century", 200, "year")).toBe(true);
    expect(sameConverted(1, "millennium", 10, "century")).toBe(true);
    expect(sameConverted(18, "month", 1.5, "year")).toBe(true);
    expect(sameConverted(30, "month", 2.5, "year")).toBe(true);
    expect(sameConverted(3, "decade", 360, "month")).toBe(true);
  });
  it("must not match: other values, or units whose length in years varies", () => {
    expect(sameConverted(4, "decade", 30, "year")).toBe(false);
    expect(sameConverted(18, "month", 2, "year")).toBe(false);
    expect(sameConverted(4.5, "month", 4, "year")).toBe(false);
    expect(dimensionOf("week")).not.toBe(dimensionOf("month"));
    expect(dimensionOf("day")).not.toBe(dimensionOf("year"));
    expect(dimensionOf("week")).not.toBe(dimensionOf("decade"));
  });
});

const over = (text: string, n: number, unit: string): Claim => claim(qty(n, null, { unit, nominal: n, qualifier: "over" }), { text });
const exact = (text: string, n: number, unit: string): Claim => claim(qty(n, n, { unit, nominal: n }), { text });

describe("a figure in decades set against one in years", () => {
  const cases: [string, Claim, Claim, Verdict | "not contradict"][] = [
    // bounds that hold: over 30 years and 42 years
    ["over three decades and 42 years", over("over three decades", 3, "decade"), exact("42 years", 42, "year"), "not contradict"],
    ["five decades and fifty years: one length told twice", exact("five decades", 5, "decade"), exact("fifty years", 50, "year"), "agree"],
    ["two centuries and 200 years", exact("two centuries", 2, "century"), exact("200 years", 200, "year"), "agree"],
    // over 40 years cannot be 25 years
    ["over four decades against 25 years", over("over four decades", 4, "decade"), exact("25 years", 25, "year"), "contradict"],
    ["three decades against 60 years", exact("three decades", 3, "decade"), exact("60 years", 60, "year"), "contradict"],
    // a decade is exactly ten years, no one's rounding: "more than" 30 years only touches 30 years
    ["more than three decades against 30 years: they only touch", over("more than three decades", 3, "decade"), exact("30 years", 30, "year"), "diverge"],
  ];
  it.each(cases)("%s", (_name, a, b, verdict) => {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const got = comparePair(x, y, true).verdict;
      if (verdict === "not contradict") expect(got).not.toBe("contradict");
      else expect(got).toBe(verdict);
    }
  });
});
