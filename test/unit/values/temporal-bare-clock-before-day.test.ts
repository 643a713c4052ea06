/**
 * A bare clock time "H:MM" with no a.m./p.m. and no "at" before it is a time of day when a day word
 * and a part of the day, or a part of the day alone, follow it: "just after 4:10 Monday morning",
 * "9:40 this morning". A ratio, a score or a verse before a bare day word stays no time of day.
 * Sentences written for these tests (made-up people and places); reference date 2025-03-08, a Saturday.
 */
import { describe, expect, it } from "vitest";
import { findTemporal } from "../../../src/values/temporal/index.js";

const AS_OF = "2025-03-08";

function times(sentence: string): [string, string | undefined][] {
  return findTemporal(sentence, { asOf: AS_OF })
    .filter((m) => m.kind === "time")
    .map((m) => [m.text, m.timex?.value]);
}

describe("must match: a bare clock time before a day word and a part of the day", () => {
  it.each([
    ["Just after 4:10 Thursday morning a neighbour phoned in the blaze on Oak Row.", "4:10 Thursday morning", "2025-03-06T04:10"],
    ["Shortly before 11:45 Friday night the barn on Kell Farm caught fire.", "11:45 Friday night", "2025-03-07T23:45"],
    ["Crews left the mill some time after 9:10 yesterday morning.", "9:10 yesterday morning", "2025-03-07T09:10"],
    ["The ferry docked past 10:20 tonight, the harbour master said.", "10:20 tonight", "2025-03-08T22:20"],
    ["Residents were let back in after 9:40 this morning.", "9:40", "2025-03-08T09:40"],
    ["The last train pulled out after 7:15 in the evening.", "7:15", "2025-03-08T19:15"],
  ])("%s → %s = %s", (sentence, text, value) => {
    expect(times(sentence)).toContainEqual([text, value]);
  });
});

describe("must not match: a bare H:MM with no part of the day after it", () => {
  it.each([
    ["Rovers won 2:1 Sunday at the Dell.", "2:1"],
    ["The pastor read Psalm 4:12 Sunday to the congregation.", "4:12"],
    ["Polls closed shortly after 8:30 and counting began.", "8:30"],
    ["The board passed it by a 3:1 margin Tuesday evening.", "3:1"],
    // the small hours after a night belong to the next day, and noon is no morning hour
    ["Sirens sounded near 2:15 Friday night in the harbour.", "2:15"],
    ["Doors opened past 12:30 Monday morning at the depot.", "12:30"],
  ])("%s: no time read at %s", (sentence, text) => {
    expect(times(sentence).some(([t]) => t.startsWith(text))).toBe(false);
  });
});
