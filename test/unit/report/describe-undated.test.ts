/**
 * The words a reader sees for a day or clock time of a report that no date can be given
 * (report/describe-undated.ts): each kind of relative value, with "(report undated)".
 */
import { describe, expect, it } from "vitest";
import { describeUndated } from "../../../src/report/describe-undated.js";
import type { RelativeDay, UndatedDayValue } from "../../../src/types.js";

const value = (relative: RelativeDay, approximate = false): UndatedDayValue => ({ type: "date", start: null, end: null, granularity: "day", approximate, relative });

describe("describeUndated", () => {
  const cases: [RelativeDay, boolean, string][] = [
    [{ weekday: "friday" }, false, "Friday (report undated)"],
    [{ weekday: "friday", part: "late" }, false, "late Friday (report undated)"],
    [{ daysFromReport: -1 }, false, "the day before the report (report undated)"],
    [{ month: 11, day: 18 }, false, "18 November (report undated)"],
    [{ time: "17:30" }, true, "around 17:30 (report undated)"],
    [{ month: 1 }, false, "January (report undated)"],
    [{ month: 1, part: "late" }, false, "late January (report undated)"],
    [{ yearsFromReport: -3 }, false, "3 years before the report (report undated)"],
    [{ yearsFromReport: -1 }, true, "around a year before the report (report undated)"],
    [{ yearsFromReport: 0, part: "earlier" }, false, "earlier in the report's year (report undated)"],
    [{ weekday: "friday", part: "earlier" }, false, "earlier on Friday (report undated)"],
    [{ weeksFromReport: 1, part: "early" }, false, "early in the week after the report's (report undated)"],
    [{ weeksFromReport: -1 }, false, "the week before the report's (report undated)"],
  ];
  it.each(cases)("%j (approximate: %s) reads %j", (relative, approximate, words) => {
    expect(describeUndated(value(relative, approximate))).toBe(words);
  });
});
