/**
 * Areas of floors and plots written in square feet, square metres or square yards are areas, in
 * the unit written; a length in feet or metres stays a length, and "square" that is no unit stays
 * out. Factors are the defined ones (a foot is 0.3048 m, a yard 0.9144 m); expected readings worked
 * out by hand from each sentence, written for this test.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import { dimensionOf, factorOf } from "../../../src/values/quantity/dimensions.js";

const read = (text: string): string[] =>
  findMentions(text, { asOf: "2020-06-01" }).flatMap((m) => (m.kind === "quantity" && m.value?.type === "quantity" ? [`${m.text}|${m.value.unit}|${m.value.min}|${m.value.max}`] : []));

describe("must match: an area of a floor or a plot", () => {
  it.each([
    ["The owner put the barn at 8,500 square feet.", "8,500 square feet|ft2|8500|8500"],
    ["The flat on Elm Row has 640 sq ft of living space.", "640 sq ft|ft2|640|640"],
    ["The shop covers 85 square metres.", "85 square metres|m2|85|85"],
    ["The plot measures 90 m² in all.", "90 m²|m2|90|90"],
    ["A 300-square-yard lawn lies behind it.", "300-square-yard|yd2|300|300"],
  ])("%s → %s", (text, expected) => {
    expect(read(text)).toContain(expected);
  });
  it.each([
    ["ft2", 0.09290304],
    ["m2", 1],
    ["yd2", 0.83612736],
  ])("%s is an area of %f square metres", (unit, factor) => {
    expect(dimensionOf(unit)).toBe("area");
    expect(factorOf(unit)).toBeCloseTo(factor, 10);
  });
});

describe("must not match: lengths, and squares that are no unit", () => {
  it.each([
    ["The flames rose 20 feet above the roof.", "20 feet|ft|20|20"],
    ["The wall is 4 metres high.", "4 metres|m|4|4"],
  ])("%s → %s", (text, expected) => {
    expect(read(text)).toContain(expected);
  });
  it("three square meals a day are no area", () => {
    expect(read("The shelter served 300 square meals a day.").some((r) => /ft2|m2|yd2/.test(r))).toBe(false);
  });
});
