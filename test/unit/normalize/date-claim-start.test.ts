/**
 * Where a date's claim starts inside its expression: a leading article and a clock time before
 * the day it falls on say nothing of the date a reader checks. Expressions written for this test.
 */
import { describe, expect, it } from "vitest";
import { dateClaimStart } from "../../../src/normalize/normalize.js";

const claimed = (text: string): string => text.slice(dateClaimStart(text));

describe("dateClaimStart", () => {
  it.each([
    ["the end of July", "end of July"],
    ["The week beginning 17 March 2031", "week beginning 17 March 2031"],
    ["the first half of 2025", "first half of 2025"],
    ["11:30 p. m. on Saturday", "Saturday"],
    ["11am on Friday", "Friday"],
    ["9.15 on Tuesday 4 March", "Tuesday 4 March"],
    ["7 p.m. on 12 May 2024", "12 May 2024"],
    ["the night of Oct. 4", "Oct. 4"],
    ["The morning of 3 June", "3 June"],
    ["evening of Tuesday", "Tuesday"],
    // an occasion, not a day: only the article goes
    ["the night of the vote", "night of the vote"],
  ])("%s → %s", (text, expected) => {
    expect(claimed(text)).toBe(expected);
  });

  it.each(["Thursday night", "10 Nov 11", "1999", "19 April 2025", "early on Friday", "11:30 p.m.", "the", "12 on the dot"])("keeps %s whole", (text) => {
    expect(claimed(text)).toBe(text);
  });
});
