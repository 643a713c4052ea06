/**
 * A date after "by" or "as of" is the time of report only when it is not later than the report:
 * "by 2013" in a report of 2010 is a deadline, and the figure is reported on its document's date.
 * Sentences written for this test; expected days worked out by hand from the words and the
 * document's date.
 */
import { describe, expect, it } from "vitest";
import { isTimeOfReport } from "../../../../src/extract/frames/deadlines.js";
import { claimsOfText, readings } from "./helpers.js";

function reportedAt(sentence: string, value: string, date: string): string | null {
  const r = readings(sentence, date).find((x) => x.value.mention.text === value);
  if (!r) throw new Error(`no “${value}” in “${sentence}”`);
  return r.reportedAt;
}

describe("time of report against a deadline", () => {
  it.each<[string, string, string, string]>([
    // must be a deadline (the document's own date is the time of report)
    ["The town of Marrowby plans to plant 5,000 trees by 2013.", "5,000", "2010-05-04", "2010-05-04"],
    ["Crews will clear 40 miles of road by Friday.", "40 miles", "2024-03-05", "2024-03-05"],
    ["The league hopes to sign 12 new clubs by 2010.", "12", "2010-03-09", "2010-03-09"],
    ["As of next year, 300 more buses will run.", "300", "2024-03-05", "2024-03-05"],
    // must stay the time of report (not later than the report)
    ["By 2008 the Corvel works had sold 300 units.", "300", "2010-05-04", "2008-12-31"],
    ["By Monday night 40 homes had been lost to the flood.", "40", "2024-03-05", "2024-03-04"],
    ["As of Tuesday, 12 hikers were still missing.", "12", "2024-03-06", "2024-03-05"],
  ])("%s → %s reported %s (document of %s)", (sentence, value, date, expected) => {
    expect(reportedAt(sentence, value, date)).toBe(expected);
  });
});

describe("the deadline stays the figure's time frame", () => {
  it("keeps 2013 as the frame of a figure due by 2013, reported in 2010", () => {
    const c = claimsOfText("The town of Marrowby plans to plant 5,000 trees by 2013.", "2010-05-04").find((x) => x.text === "5,000");
    expect(c?.frame).toMatchObject({ start: "2013-01-01", end: "2013-12-31" });
    expect(c?.claimFrame?.time.reportedAt).toBe("2010-05-04");
  });
});

describe("isTimeOfReport", () => {
  const year = (y: number) => ({ type: "date" as const, start: `${y}-01-01`, end: `${y}-12-31`, granularity: "year" as const, approximate: false });
  it("holds for a date up to the report's day, and for any date when the report's day is unknown", () => {
    expect(isTimeOfReport(year(2008), "2010-05-04")).toBe(true);
    expect(isTimeOfReport(year(2013), null)).toBe(true);
  });
  it("does not hold for a date later than, or running past, the report's day", () => {
    expect(isTimeOfReport(year(2013), "2010-05-04")).toBe(false);
    expect(isTimeOfReport(year(2010), "2010-05-04")).toBe(false);
  });
});
