/**
 * sameDimension: two told quantities the judge may set against each other, by their units alone.
 * Must: one unit; years and decades; minutes and hours. Must not: days and years; a count and a
 * length; a length and a date.
 */
import { describe, expect, it } from "vitest";
import type { Claim } from "../../../src/types.js";
import { sameDimension } from "../../../src/values/quantity/dimensions.js";

function told(unit: string, n: number): Pick<Claim, "value"> {
  return { value: { type: "quantity", min: n, max: n, unit, approximate: false, qualifier: null, nominal: n } as Claim["value"] };
}

describe("sameDimension", () => {
  it.each([
    ["year", 12, "year", 14],
    ["year", 25, "decade", 3],
    ["minute", 90, "hour", 2],
  ])("sets %s and %s side by side", (ua, a, ub, b) => {
    expect(sameDimension(told(ua, a), told(ub, b))).toBe(true);
  });

  it.each([
    ["day", 700, "year", 2],
    ["person", 12, "year", 12],
    ["hour", 6, "km", 6],
  ])("keeps %s and %s apart", (ua, a, ub, b) => {
    expect(sameDimension(told(ua, a), told(ub, b))).toBe(false);
  });

  it("keeps a length apart from a date", () => {
    const date = { value: { type: "date", start: "2011-04-02", end: "2011-04-02" } as unknown as Claim["value"] };
    expect(sameDimension(told("year", 3), date)).toBe(false);
  });
});
