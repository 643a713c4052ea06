/**
 * Two families of year-less dates, in sentences written for these tests (made-up people and towns):
 *
 * - a day of a month the text has already named with its year takes that year when the creation
 *   time alone would put the day in an earlier year than the creation time's own ("robbed in
 *   August 2019 … a week after the August 3 break-in", read in 2021, is 2019, not 2020);
 * - a participle after "be" and one adverb in -ly ("is to be formally sentenced", "will be
 *   officially opened") is no past cue: the day after it looks ahead.
 */
import { describe, expect, it } from "vitest";
import { findTemporal } from "../../../src/values/temporal/index.js";

function valueOf(text: string, expr: string, asOf: string): string | undefined {
  const found = findTemporal(text, { asOf }).find((m) => m.text === expr);
  return found?.timex?.value;
}

describe("must match: a year-less day takes the year its month was named with", () => {
  it.each([
    // the month and its year earlier in the same sentence
    ["2021-05-10", "Pavel Dorn was robbed on August 9, 2019 near Elm Quay, a week after the August 2 break-in.", "August 2", "2019-08-02"],
    // the month and its year in an earlier paragraph
    ["2021-02-14", "The mill at Brackwater burned in October 2018.\nA court heard on Monday that the fire was set.\nThe night watchman left at 10 p.m. on October 12, the court heard.", "October 12", "2018-10-12"],
    // a day named with a weekday
    ["2020-03-01", "Rosa Lint vanished in November 2017. She was last seen on Tuesday, November 14, near the ferry.", "Tuesday, November 14", "2017-11-14"],
  ])("read on %s: %s → %s = %s", (asOf, text, expr, value) => {
    expect(valueOf(text, expr, asOf)).toBe(value);
  });
});

describe("must not match: the creation time keeps the day, or the day looks ahead", () => {
  it.each([
    // the day falls in the creation time's own year: news leaves that year out
    ["2021-06-20", "Turnout was low in May 2019. This year's May 2 vote drew more people.", "May 2", "2021-05-02"],
    // no month named with a year: the latest past occurrence stays
    ["2021-05-10", "Pavel Dorn was robbed in 2019, a week after the August 2 break-in.", "August 2", "2020-08-02"],
    // a different month was named with its year
    ["2021-05-10", "Pavel Dorn was robbed in July 2019, a week after the August 2 break-in.", "August 2", "2020-08-02"],
    // a day that looks ahead is next one, whatever year its month was named with
    ["2021-05-10", "The first hearing was in June 2019. The next one will be held on June 3.", "June 3", "2021-06-03"],
  ])("read on %s: %s → %s = %s", (asOf, text, expr, value) => {
    expect(valueOf(text, expr, asOf)).toBe(value);
  });
});

describe("a participle after be and an adverb in -ly looks ahead", () => {
  it.each([
    ["2022-04-04", "Ivo Brandt is to be formally sentenced May 3 by a judge in Tarnby.", "May 3", "2022-05-03"],
    ["2022-04-04", "The new bridge at Kell will be officially opened June 9.", "June 9", "2022-06-09"],
  ])("must match (read on %s): %s → %s = %s", (asOf, text, expr, value) => {
    expect(valueOf(text, expr, asOf)).toBe(value);
  });
  it.each([
    // the past tense before the adverb is the cue: the day is behind
    ["2022-04-04", "Ivo Brandt was formally charged March 30 in Tarnby.", "March 30", "2022-03-30"],
    // an adverb with no "be" before it leaves the participle a past cue
    ["2022-04-04", "The family quietly moved May 3 to a farm near Kell.", "May 3", "2021-05-03"],
  ])("must not match (read on %s): %s → %s = %s", (asOf, text, expr, value) => {
    expect(valueOf(text, expr, asOf)).toBe(value);
  });
});
