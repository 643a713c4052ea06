/**
 * A part of a span too short to be cut in thirds of whole days ("late in the day") is that span:
 * its start never falls after its end. Sentences written for this test; reference date 2019-03-15.
 */
import { describe, expect, it } from "vitest";
import { findTemporal } from "../../../src/values/temporal/index.js";

const spanOf = (sentence: string, text: string): [string, string] | undefined => {
  const v = findTemporal(sentence, { asOf: "2019-03-15" }).find((x) => x.text === text)?.value;
  return v?.type === "date" ? [v.start, v.end] : undefined;
};

describe("a part of a day", () => {
  it.each<[string, string, [string, string]]>([
    ["The Brill index rebounded late in the day after a sharp fall.", "late in the day", ["2019-03-15", "2019-03-15"]],
    ["Shares in Keld slid early in the day on weak orders.", "early in the day", ["2019-03-15", "2019-03-15"]],
    // must not change: a year's part keeps its thirds
    ["The bridge at Brill opens late this year.", "late this year", ["2019-09-01", "2019-12-31"]],
  ])("%s", (sentence, text, span) => {
    expect(spanOf(sentence, text)).toEqual(span);
  });
});
