/**
 * The tense that places a year-less date: "may" in lower case is a modal that looks ahead, but "May"
 * with a capital is the month (or a name) and no cue of tense; past forms that the "-ed" ending does
 * not reach ("died", "fled", "shot", "sued", "caught") look back. Forms that are also a present ("cut",
 * "read") are no past cue. Sentences written for this test; reference date 2025-09-05, a Friday.
 */
import { describe, expect, it } from "vitest";
import { findTemporal } from "../../../src/values/temporal/index.js";

const AS_OF = "2025-09-05";

function dateOf(text: string, expr: string): string | undefined {
  const m = findTemporal(text, { asOf: AS_OF }).find((x) => x.text === expr);
  return m?.timex?.value;
}

describe("must look back: a past form the -ed ending does not reach, before a date that would be nearer ahead", () => {
  it.each([
    ["The old judge died November 14 after a long illness.", "November 14", "2024-11-14"],
    ["The family fled on December 2 with only two suitcases.", "December 2", "2024-12-02"],
    ["A hunter shot the wolf on October 28 near the ridge.", "October 28", "2024-10-28"],
    ["The tenants sued the landlord on November 20.", "November 20", "2024-11-20"],
    ["Rangers caught the poacher on 1 December.", "1 December", "2024-12-01"],
  ])("%s", (text, expr, expected) => {
    expect(dateOf(text, expr)).toBe(expected);
  });
});

describe("must look ahead: the modal \"may\" in lower case, before a date that would be nearer behind", () => {
  it.each([
    ["The council may vote on the levy on 20 August.", "20 August", "2026-08-20"],
    ["Forecasters say it may snow on the pass on August 28.", "August 28", "2026-08-28"],
  ])("%s", (text, expr, expected) => {
    expect(dateOf(text, expr)).toBe(expected);
  });
});

describe("must not look ahead or back by a word that is no cue", () => {
  it.each([
    // the month "May" is no modal: the nearest August 30 is the one just gone
    ["In May and again on August 30 the river burst its banks.", "August 30", "2025-08-30"],
    ["Talks between Theresa May and the envoy on August 30 in Brussels, a day of no statements.", "August 30", "2025-08-30"],
    // a past form that is also a present is no past cue against "will"
    ["Crews will cut the ribbon on 30 August.", "30 August", "2026-08-30"],
    ["The mayor will read the names on August 30.", "August 30", "2026-08-30"],
  ])("%s", (text, expr, expected) => {
    expect(dateOf(text, expr)).toBe(expected);
  });
});
