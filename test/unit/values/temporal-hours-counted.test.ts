/**
 * Counts of hours (minutes) before or after a moment: the days that moment can fall on, counted
 * from the day the text has reached; and a past event counted back from the last day reached that
 * was not still ahead of the creation time. Sentences written for this test; dates worked out by
 * hand from the creation time 2019-11-15 (a Friday).
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import type { DateValue } from "../../../src/types.js";

const AS_OF = "2019-11-15";
const dateOf = (text: string, shown: string): DateValue | undefined => {
  const m = findMentions(text, { asOf: AS_OF }).find((x) => x.text === shown);
  return m?.value?.type === "date" ? m.value : undefined;
};

describe("must match: the days an hour count can land on", () => {
  it.each<[string, string, string, string]>([
    // Friday the 15th; 18 hours before some moment of it is Thursday or Friday
    ["The ferry sank on Friday. A storm warning had gone out 18 hours earlier.", "18 hours earlier", "2019-11-14", "2019-11-15"],
    // Tuesday the 12th; 30 hours after it is Wednesday or Thursday
    ["The bridge closed on Tuesday. It reopened 30 hours later.", "30 hours later", "2019-11-13", "2019-11-14"],
    // two days and a bit before the creation day
    ["The fire started 50 hours ago.", "50 hours ago", "2019-11-12", "2019-11-13"],
    // a team that advances to play on a day still ahead: its past win is counted from Friday, not from Sunday
    [
      "The Hawks beat Ohio on Friday night and advance to play Sunday. The Hawks, who had beaten Iowa only 20 hours earlier, were tired.",
      "20 hours earlier", "2019-11-14", "2019-11-15",
    ],
  ])("%s → %s = %s…%s", (text, shown, start, end) => {
    const v = dateOf(text, shown);
    expect(v, shown).toBeDefined();
    expect([v!.start, v!.end]).toEqual([start, end]);
  });
});

describe("must not match", () => {
  it.each<[string, string, string]>([
    // a team that advances to play on a weekday: the coming one, not the one just past
    ["The Hawks won and advance to play Sunday in the final.", "Sunday", "2019-11-10"],
    ["The Hawks won and move on to face Ohio on Tuesday.", "Tuesday", "2019-11-12"],
    // an hour count is never pinned to the day of a later, scheduled game
    [
      "The Hawks beat Ohio on Friday and advance to play Sunday. The Hawks, who had beaten Iowa 20 hours earlier, were tired.",
      "20 hours earlier", "2019-11-17",
    ],
  ])("%s: %s is not %s", (text, shown, wrong) => {
    const v = dateOf(text, shown);
    expect(v, shown).toBeDefined();
    expect([v!.start, v!.end]).not.toContain(wrong);
  });
});
