/**
 * Mixed numbers: a whole number with a fraction ("4½", "4 1/2"), and the plain-text leftovers of
 * a vulgar fraction glued to its whole part ("41/2 months", tokenized "41 / 2 months"), which
 * are 4½ and never a count of 2 (the denominator) or 41. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import type { Mention, QuantityValue } from "../../../src/types.js";

const figures = (text: string): Mention[] =>
  findMentions(text, { asOf: "2021-03-01" }).filter((m) => m.value?.type === "quantity");

describe("must match: a mixed number is one figure", () => {
  it.each<[string, string, number, string]>([
    ["She spent 3½ years in exile.", "3½ years", 3.5, "year"],
    ["She spent 3 ½ years in exile.", "3 ½ years", 3.5, "year"],
    ["The hearing lasted 2 1/2 hours.", "2 1/2 hours", 2.5, "hour"],
    ["The hearing lasted 2-1/2 hours.", "2-1/2 hours", 2.5, "hour"],
    ["The talks ran for about 6 3/4 hours.", "about 6 3/4 hours", 6.75, "hour"],
    // "½" turned into "1/2" and glued to the whole part, with or without spaces around the slash
    ["The clerk served 61/2 months in jail.", "61/2 months", 6.5, "month"],
    ["The clerk served 61 / 2 months in jail.", "61 / 2 months", 6.5, "month"],
    ["The march covered 121/2 miles.", "121/2 miles", 12.5, "mi"],
    ["The village raised $2½ million for the bridge.", "$2½ million", 2.5e6, "USD"],
  ])("%s → %s = %d %s", (text, shown, value, unit) => {
    const hit = figures(text).find((m) => m.text === shown);
    expect(hit, figures(text).map((m) => m.text).join(" | ")).toBeDefined();
    const v = hit!.value as QuantityValue;
    expect(v.nominal ?? v.min).toBe(value);
    expect(v.unit).toBe(unit);
  });
});

describe("must not match: the denominator is not a count, a bare glued form is not a mixed number", () => {
  it.each<[string, number[]]>([
    // neither 2 months nor 41 of anything
    ["The clerk served 61 / 2 months in jail.", [2, 61]],
    ["The clerk served 61/2 months in jail.", [2, 61]],
    // a glued form with no unit after it may be a ratio or a tally: no mixed reading
    ["The committee voted 11/2 in favour.", [1.5]],
    ["About 21/2 of the cases were closed.", [2.5]],
    // a fraction under one is not a mixed number
    ["Nearly 3/4 of the roads were shut.", [3.75, 4]],
  ])("%s has none of %j", (text, values) => {
    const read = figures(text).map((m) => (m.value as QuantityValue).nominal ?? (m.value as QuantityValue).min);
    for (const v of values) expect(read, figures(text).map((m) => m.text).join(" | ")).not.toContain(v);
  });
});
