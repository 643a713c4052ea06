/**
 * A time frame closed by "through" or "until" runs from the year the figure is written in up to
 * that date, not over the closing year alone. Values worked out by hand from the wording.
 */
import { describe, expect, it } from "vitest";
import { frameValue } from "../../../src/normalize/normalize.js";
import type { Candidate, DateValue } from "../../../src/types.js";

const year = (y: number): DateValue => ({ type: "date", start: `${y}-01-01`, end: `${y}-12-31`, granularity: "year", approximate: false });
const framed = (signal: string, value: DateValue): Candidate["frame"] => ({ signal, mention: { value } as never });

describe("frameValue: a span closed by through/until", () => {
  it.each([
    // a salary "through 2019" written in 2012: the years 2012-2019
    ["through", year(2019), "2012-06-05", { type: "range", start: "2012-01-01", end: "2019-12-31", granularity: "year" }],
    ["until", year(2019), "2012-06-05", { type: "range", start: "2012-01-01", end: "2019-12-31", granularity: "year" }],
    // two reports of one year frame it alike
    ["through", year(2019), "2012-11-30", { type: "range", start: "2012-01-01", end: "2019-12-31", granularity: "year" }],
  ] as const)("%s %o written %s", (signal, value, asOf, expected) => {
    expect(frameValue(framed(signal, value), asOf)).toEqual(expected);
  });

  it.each([
    // the closing year is the writing year, or earlier: nothing to widen
    ["through", year(2012), "2012-06-05"],
    ["until", year(2010), "2012-06-05"],
    // the document's date unknown: the stated year stays
    ["through", year(2019), null],
    // other frame words keep their own reading: "in 2019" is 2019
    ["in", year(2019), "2012-06-05"],
    ["by", year(2019), "2012-06-05"],
  ] as const)("%s %o written %s stays as stated", (signal, value, asOf) => {
    expect(frameValue(framed(signal, value), asOf)).toEqual(value);
  });
});
