/**
 * A clock time, a weekday and a date written together ("7 p.m. Friday, March 21"): the date names
 * the day of the clock time, not the weekday of the report's own week. Sentences written for this
 * test (made-up teams, halls and people); reference date 2025-03-08, a Saturday.
 */
import { describe, expect, it } from "vitest";
import { findTemporal } from "../../../src/values/temporal/index.js";

const AS_OF = "2025-03-08";

function mentions(sentence: string): [string, string | undefined][] {
  return findTemporal(sentence, { asOf: AS_OF })
    .filter((m) => m.kind === "date" || m.kind === "time")
    .map((m) => [m.text, m.timex?.value]);
}

describe("must match: the date after the weekday names the clock's day", () => {
  it.each([
    ["The Otters would host the Larks at 7 p.m. Friday, March 21 at Pell Arena.", "7 p.m. Friday", "2025-03-21T19:00"],
    ["The council votes at 10 a.m. on Tuesday, April 1, in the old hall.", "10 a.m. on Tuesday", "2025-04-01T10:00"],
    ["Doors open at 6:30 p.m. Sunday, March 30 for the final.", "6:30 p.m. Sunday", "2025-03-30T18:30"],
    // a date written before the report's day, the past
    ["The fire was reported at 4 a.m. Monday, Feb. 24, by a neighbour.", "4 a.m. Monday", "2025-02-24T04:00"],
  ])("%s → %s = %s", (sentence, expr, value) => {
    expect(mentions(sentence)).toContainEqual([expr, value]);
  });
  it("the date stays a mention of its own, with the same day", () => {
    const found = mentions("The Otters would host the Larks at 7 p.m. Friday, March 21 at Pell Arena.");
    expect(found).toContainEqual(["March 21", "2025-03-21"]);
  });
});

describe("must not match: no date after the weekday, the weekday is placed as before", () => {
  it.each([
    // a count after the comma is no date
    ["At 7 p.m. Friday, 40 people gathered on Vane Street.", "7 p.m. Friday", "2025-03-07T19:00"],
    // nothing after the weekday
    ["A van struck Ivo Pratt around 9 p.m. Thursday on Cole Road.", "9 p.m. Thursday", "2025-03-06T21:00"],
    // a name after the comma
    ["The gate closed at 5 p.m. Friday, Mayor Hale said.", "5 p.m. Friday", "2025-03-07T17:00"],
  ])("%s → %s = %s", (sentence, expr, value) => {
    expect(mentions(sentence)).toContainEqual([expr, value]);
  });
});
