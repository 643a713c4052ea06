/**
 * A day and the clock time told after it ("Friday at about 6 p.m."): the day is one claim and the
 * clock time another, of the same day (normalize/clock-of-day.ts). Sentences, names and times
 * written for this test; the expected answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { clockStartInDayTime } from "../../../src/normalize/clock-of-day.js";
import { clockOf } from "../../../src/group/clock-spans.js";
import { claimsOfText } from "../extract/frames/helpers.js";

const clockPart = (text: string): string | null => {
  const at = clockStartInDayTime(text);
  return at < 0 ? null : text.slice(at);
};

describe("where the clock starts in a day told with its clock", () => {
  it.each([
    ["Sunday at 2:45 p. m. ET", "2:45 p. m. ET"],
    ["Friday at about 6 p.m.", "about 6 p.m."],
    ["on Monday, at 7.20am", "7.20am"],
    ["Tuesday 4 March 2031, at 10:12am", "10:12am"],
    ["Thursday evening at 8", "8"],
    ["Wednesday shortly after noon", "shortly after noon"],
    ["Saturday around 11:05 p.m.", "around 11:05 p.m."],
  ])("%s → %s", (text, expected) => {
    expect(clockPart(text)).toBe(expected);
  });

  it.each(["Tuesday 4 March 2031", "Friday night", "9:15 a.m. Monday", "3 June"])("no clock after the day in %s", (text) => {
    expect(clockPart(text)).toBeNull();
  });
});

describe("a day told with its clock gives two claims", () => {
  it("the day and the clock time, both of that day", () => {
    const claims = claimsOfText("The Hornets play the Dayton Flyers on Sunday at 2:45 p.m. ET in the second round.", "2031-03-13");
    const texts = claims.filter((c) => c.value.type === "date").map((c) => c.text);
    expect(texts).toContain("2:45 p.m. ET");
    const clock = claims.find((c) => c.text === "2:45 p.m. ET")!;
    expect(clock.value).toMatchObject({ type: "date", start: "2031-03-16", end: "2031-03-16" });
    expect(clockOf(clock)).toBe(14 * 60 + 45);
    // the day's claim is the day alone, where it was
    const day = claims.find((c) => c.text === "Sunday")!;
    expect(day.value).toMatchObject({ type: "date", start: "2031-03-16", end: "2031-03-16" });
    expect(clockOf(day)).toBeNull();
    expect(texts.filter((t) => t.includes("2:45"))).toEqual(["2:45 p.m. ET"]);
  });

  it("past the digits of a stated date", () => {
    const claims = claimsOfText("On Tuesday 4 March 2031, at 10:12am firefighters were sent to a barn in Keld.", "2031-03-05");
    const clock = claims.find((c) => c.text === "10:12am");
    expect(clock?.value).toMatchObject({ type: "date", start: "2031-03-04" });
    expect(claims.find((c) => c.text === "Tuesday 4 March 2031")?.value).toMatchObject({ type: "date", start: "2031-03-04" });
  });

  it.each([
    // the clock before its day is one claim of the day already (normalize.ts dateClaimStart)
    ["The Hornets play the Dayton Flyers at 2:45 p.m. Sunday in the second round.", "2:45"],
    // a day with no clock after it
    ["The Hornets play the Dayton Flyers on Sunday in the second round.", "Sunday"],
  ])("no second claim: %s", (sentence, part) => {
    const claims = claimsOfText(sentence, "2031-03-13").filter((c) => c.value.type === "date" && c.text.includes(part));
    expect(claims).toHaveLength(1);
  });
});
