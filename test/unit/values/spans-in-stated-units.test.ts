/**
 * A length of time in decades, centuries or millennia keeps the unit the text states, as a
 * fact-checker writes it down ("more than three decades": more than 3 decades), while its
 * dimension compares it with years (a decade is ten years). Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import { dimensionOf, factorOf } from "../../../src/values/quantity/dimensions.js";

const durationOf = (text: string, written: string) => findMentions(text, { asOf: "2020-06-30" }).find((m) => m.kind === "duration" && m.text === written)?.value;

describe("must match: the stated unit and count", () => {
  it.each<[string, string, number | null, number | null, string]>([
    ["The feud ran for more than four decades in Brill.", "more than four decades", 4, null, "decade"],
    ["The abbey stood for nearly two centuries.", "nearly two centuries", 1.8, 2, "century"],
    ["The dam held for three decades.", "three decades", 3, 3, "decade"],
  ])("%s", (text, written, min, max, unit) => {
    expect(durationOf(text, written)).toMatchObject({ min, max, unit });
  });
});

describe("must not match: other spans keep their own readings", () => {
  it.each<[string, string, number, string]>([
    ["The mill ran for 30 years.", "30 years", 30, "year"],
    ["After a quarter-century of silence the choir sang.", "a quarter-century", 25, "year"], // a fraction of a century, in years
    ["The strike lasted a fortnight.", "a fortnight", 2, "week"],
  ])("%s", (text, written, n, unit) => {
    expect(durationOf(text, written)).toMatchObject({ min: n, max: n, unit });
  });
});

describe("a decade and a century are years of one dimension", () => {
  it("ten years in a decade, a hundred in a century, twelve months in a year; weeks stay out", () => {
    expect([dimensionOf("decade"), factorOf("decade"), dimensionOf("century"), factorOf("century"), dimensionOf("year")]).toEqual(["years", 10, "years", 100, "years"]);
    expect([dimensionOf("month"), factorOf("month") * 12]).toEqual(["years", 1]);
    expect(dimensionOf("week")).not.toBe("years");
  });
});
