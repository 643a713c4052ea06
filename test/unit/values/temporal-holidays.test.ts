/**
 * Named days: the date each holiday falls on in a given year — fixed days, n-th weekdays of a
 * month and days counted from Easter (checked against published calendars).
 */
import { describe, expect, it } from "vitest";
import { easterSunday, holidayDay } from "../../../src/values/temporal/holidays.js";

const iso = (d: { y: number; m: number; d: number } | null) => (d ? `${d.y}-${String(d.m).padStart(2, "0")}-${String(d.d).padStart(2, "0")}` : null);

describe("holidays", () => {
  it.each([
    [2000, "2000-04-23"], [2008, "2008-03-23"], [2011, "2011-04-24"], [2019, "2019-04-21"], [2024, "2024-03-31"], [2025, "2025-04-20"], [1943, "1943-04-25"],
  ])("Easter %i is %s", (y, day) => {
    expect(iso(easterSunday(y))).toBe(day);
  });

  it.each([
    ["Christmas Eve", 2023, "2023-12-24"],
    ["New Year’s Day", 2024, "2024-01-01"],
    ["Thanksgiving", 2024, "2024-11-28"],
    ["Black Friday", 2023, "2023-11-24"],
    ["Labor Day", 2025, "2025-09-01"],
    ["Memorial Day", 2024, "2024-05-27"],
    ["Martin Luther King Day", 2011, "2011-01-17"],
    ["Good Friday", 2019, "2019-04-19"],
    ["Easter Monday", 2025, "2025-04-21"],
    ["Mother's Day", 2025, "2025-05-11"],
  ])("%s %i is %s", (name, y, day) => {
    expect(iso(holidayDay(name, y))).toBe(day);
  });

  it("days of history keep their year", () => {
    expect([iso(holidayDay("Black Monday", 2020)), iso(holidayDay("D-Day", 1990))]).toEqual(["1987-10-19", "1944-06-06"]);
  });

  it("knows nothing of other names", () => {
    expect(holidayDay("Founders Week", 2025)).toBeNull();
  });
});
