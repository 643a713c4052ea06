/**
 * The broader numeric grammar: number words, scales, currencies, percent and measures, ranges,
 * vague magnitudes, fractions and ordinals. Each row: sentence → the one mention expected.
 */
import { describe, expect, it } from "vitest";
import { findQuantities } from "../../../src/values/quantity/index.js";
import type { QuantityValue } from "../../../src/types.js";

type Row = [sentence: string, text: string, value: Partial<Omit<QuantityValue, "type">>, counted?: string | null];

function check([sentence, text, value, counted]: Row, kind: "quantity" | "ordinal" = "quantity"): void {
  const all = findQuantities(sentence);
  const found = all.filter((m) => m.text === text);
  expect(found, `mentions: ${JSON.stringify(all.map((m) => m.text))}`).toHaveLength(1);
  expect(found[0]!.kind).toBe(kind);
  expect(found[0]!.value).toMatchObject(value);
  if (counted !== undefined) expect(found[0]!.counted).toBe(counted);
}

describe("number words", () => {
  it.each<Row>([
    ["sixteen soldiers", "sixteen", { min: 16, max: 16, nominal: 16, unit: "person" }, "soldiers"],
    ["twenty-one provinces", "twenty-one", { nominal: 21, unit: "province" }, "provinces"],
    ["two hundred and fifty thousand people", "two hundred and fifty thousand", { nominal: 250_000, unit: "person" }],
    ["a dozen soldiers", "a dozen", { nominal: 12 }],
    ["a million Afghans", "a million", { nominal: 1e6, unit: "person" }, "afghans"],
    ["one and a half million refugees", "one and a half million", { nominal: 1.5e6, unit: "person" }],
    ["two and a half years", "two and a half", { nominal: 2.5, unit: "year" }],
    ["about three million people", "about three million", { min: 2.5e6, max: 3.5e6, qualifier: "around" }],
    ["nearly two hundred trucks", "nearly two hundred", { min: 180, max: 200, qualifier: "nearly", unit: "truck" }],
    ["half a million people", "half a million", { nominal: 500_000, unit: "person" }],
  ])("%s", (...row) => check(row));

  it("does not join separate numbers", () => {
    expect(findQuantities("two and three").map((m) => m.text)).toEqual(["two", "three"]);
    expect(findQuantities("twenty thirty").map((m) => m.text)).toEqual(["twenty", "thirty"]);
  });
});

describe("digits and scales", () => {
  it.each<Row>([
    ["1,234,567.5 units", "1,234,567.5", { nominal: 1_234_567.5, unit: "unit" }],
    ["2.5bn", "2.5bn", { nominal: 2.5e9 }],
    ["a $3bn loan", "$3bn", { nominal: 3e9, unit: "USD" }, "loan"],
    ["10k runners", "10k", { nominal: 10_000, unit: "runner" }],
    ["3 lakh families", "3 lakh", { nominal: 300_000, unit: "family" }],
    ["₹2,000 crore", "₹2,000 crore", { nominal: 2e10, unit: "INR" }],
    ["the 5m people", "5m", { nominal: 5e6, unit: "person" }],
    ["a 30m wall", "30m", { nominal: 30, unit: "m" }],
  ])("%s", (...row) => check(row));

  it("keeps stated precision: 2.3 million is exact to the decimal", () => {
    check(["around 2.3 million", "around 2.3 million", { min: 2_250_000, max: 2_350_000, nominal: 2_300_000 }]);
  });
});

describe("currencies", () => {
  it.each<Row>([
    ["£5 million", "£5 million", { nominal: 5e6, unit: "GBP" }],
    ["€30m", "€30m", { nominal: 3e7, unit: "EUR" }],
    ["US$5m", "US$5m", { nominal: 5e6, unit: "USD" }],
    ["5 million USD", "5 million USD", { nominal: 5e6, unit: "USD" }],
    ["Rs 500 billion", "Rs 500 billion", { nominal: 5e11, unit: "PKR" }],
    ["PKR 1.2bn", "PKR 1.2bn", { nominal: 1.2e9, unit: "PKR" }],
    ["Rs.500 per month", "Rs.500", { nominal: 500, unit: "PKR" }],
    ["200 Afghanis", "200 Afghanis", { nominal: 200, unit: "AFN" }, null],
    ["3 billion yuan", "3 billion yuan", { nominal: 3e9, unit: "CNY" }],
    ["500 dollars", "500 dollars", { nominal: 500, unit: "USD" }],
    ["40 million euros", "40 million euros", { nominal: 4e7, unit: "EUR" }],
    ["¥100", "¥100", { nominal: 100, unit: "JPY" }],
    ["thousands of dollars", "thousands of dollars", { min: 2000, max: 9999, unit: "USD", nominal: null }],
  ])("%s", (...row) => check(row));
});

describe("percent, points and measures", () => {
  it.each<Row>([
    ["10 per cent", "10 per cent", { nominal: 10, unit: "percent" }],
    ["10 percent of the population", "10 percent", { nominal: 10, unit: "percent" }, "population"],
    ["2 percentage points", "2 percentage points", { nominal: 2, unit: "percentage-point" }],
    ["50 basis points", "50 basis points", { nominal: 50, unit: "basis-point" }],
    ["300 km", "300 km", { nominal: 300, unit: "km" }],
    ["a 2,640-kilometre border", "2,640-kilometre", { nominal: 2640, unit: "km" }],
    ["50 MW", "50 MW", { nominal: 50, unit: "MW" }],
    ["1,000 tonnes of wheat", "1,000 tonnes", { nominal: 1000, unit: "t" }, "wheat"],
    ["a 10-member delegation", "10", { nominal: 10, unit: "person" }, "member"],
    ["a 15-year plan", "15", { nominal: 15, unit: "year" }, "year"],
  ])("%s", (...row) => check(row));
});

describe("ranges", () => {
  it.each<Row>([
    ["between 300 and 400 people", "between 300 and 400", { min: 300, max: 400, nominal: null, unit: "person" }],
    ["300-400 trucks", "300-400", { min: 300, max: 400, unit: "truck" }],
    ["3-4 million", "3-4 million", { min: 3e6, max: 4e6 }],
    ["from 10 to 20 percent", "from 10 to 20 percent", { min: 10, max: 20, unit: "percent" }],
    ["$3-4bn", "$3-4bn", { min: 3e9, max: 4e9, unit: "USD" }],
    ["between $1 billion and $2 billion", "between $1 billion and $2 billion", { min: 1e9, max: 2e9, unit: "USD" }],
    ["10%-15%", "10%-15%", { min: 10, max: 15, unit: "percent" }],
    ["300 to 400 people", "300 to 400", { min: 300, max: 400, unit: "person" }],
  ])("%s", (...row) => check(row));

  it("reads a score as one pair, a falling pair with no cue as no range, and year spans as no quantity", () => {
    // (a score is one value of two numbers, values/quantity/score-pairs.ts)
    expect(findQuantities("won 3-1").find((m) => m.text === "3-1")?.value).toMatchObject({ unit: "score", pair: [3, 1] });
    expect(findQuantities("see table 3-1 below").map((m) => m.text)).not.toContain("3-1");
    expect(findQuantities("from 1996 to 2001")).toEqual([]);
    expect(findQuantities("between 1000 and 2000 people")[0]).toMatchObject({ value: { min: 1000, max: 2000, unit: "person" } });
  });
});

describe("vague magnitudes", () => {
  it.each<Row>([
    ["hundreds of thousands of Afghan refugees", "hundreds of thousands", { min: 2e5, max: 999_999, approximate: true, nominal: null }, "afghan refugees"],
    ["tens of thousands of migrants", "tens of thousands", { min: 20_000, max: 99_999, unit: "person" }],
    ["thousands fled", "thousands", { min: 2000, max: 9999 }],
    ["millions of Afghans", "millions", { min: 2e6, max: 999_999_999 }, "afghans"],
    ["dozens of civilians", "dozens", { min: 24, max: 199, unit: "person" }],
    ["several thousand troops", "several thousand", { min: 2000, max: 9999, unit: "person" }],
    ["a few hundred protesters", "a few hundred", { min: 200, max: 999, unit: "person" }],
  ])("%s", (...row) => check(row));
});

describe("fractions (percent-like, ±2.5)", () => {
  it.each<Row>([
    ["a third of the refugees", "a third", { nominal: 33.3333333333, min: 30.8333333333, max: 35.8333333333, unit: "percent", approximate: true }, "refugees"],
    ["two-thirds of voters", "two-thirds", { nominal: 66.6666666667, unit: "percent" }, "voters"],
    ["three quarters of the budget", "three quarters", { nominal: 75, unit: "percent" }, "budget"],
    ["half of the population", "half", { nominal: 50, min: 47.5, max: 52.5 }, "population"],
    ["nearly half of the population", "nearly half", { nominal: 50, max: 50, qualifier: "nearly" }],
  ])("%s", (...row) => check(row));

  it("is not a fraction: ordinals and halves of periods", () => {
    expect(findQuantities("a third visit").map((m) => m.kind)).toEqual(["ordinal"]);
    expect(findQuantities("in the first half of 2025").filter((m) => m.kind === "quantity")).toEqual([]);
  });
});

describe("ordinals", () => {
  it.each<Row>([
    ["2nd place", "2nd", { nominal: 2, unit: "ordinal" }, "place"],
    ["the 21st century", "21st", { nominal: 21 }, "century"],
    ["the twenty-first round", "twenty-first", { nominal: 21 }, "round"],
    ["the first Taliban regime", "first", { nominal: 1 }, "taliban regime"],
  ])("%s", (...row) => check(row, "ordinal"));

  it("a second as a unit of time is not a rank", () => {
    expect(findQuantities("wait a second.").filter((m) => m.kind === "ordinal")).toEqual([]);
  });
});
