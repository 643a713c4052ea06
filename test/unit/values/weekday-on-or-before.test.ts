import { describe, expect, it } from "vitest";
import { dayNumber, weekdayOnOrBefore } from "../../../src/values/intervals.js";

// Thursday 29 May 1997: 0 = Sunday … 6 = Saturday.
describe("weekdayOnOrBefore", () => {
  const cases: [string, number, string][] = [
    ["1997-05-29", 1, "1997-05-26"], // Monday before a Thursday
    ["1997-05-29", 4, "1997-05-29"], // the day itself
    ["1997-05-29", 5, "1997-05-23"], // Friday: the week before
    ["1997-05-29", 0, "1997-05-25"], // Sunday
    ["1997-06-01", 6, "1997-05-31"], // across a month's end
    ["2001-01-01", 0, "2000-12-31"], // across a year's end (Monday 1 January)
  ];
  for (const [report, weekday, expected] of cases) {
    it(`${weekday} on or before ${report} is ${expected}`, () => {
      expect(weekdayOnOrBefore(report, weekday)).toBe(dayNumber(expected));
    });
  }
});
