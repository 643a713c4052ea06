/**
 * A match's clock ("stopped the bout at 2:56 of the sixth round") is minutes and seconds into a
 * round or a period, a length of time in seconds, not a time of day. Sentences written for this
 * test; the seconds worked out by hand.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";

const read = (text: string) =>
  findMentions(text, { asOf: "2020-03-02" })
    .filter((m) => m.kind === "duration" || m.kind === "time")
    .map((m) => [m.text, m.kind, m.value?.type === "quantity" ? m.value.nominal : null]);

describe("must match: a match's clock", () => {
  it.each<[string, string, number]>([
    ["The referee waved it off at 1:48 of the ninth round.", "1:48", 108],
    ["Dale scored at 12:05 of the second period.", "12:05", 725],
    ["Her goal came at 3:20 into the second half.", "3:20", 200],
    ["The bout ended at 2:59 with the champion on his knees.", "2:59", 179],
    ["The ref stepped in at 0:45, a stoppage the crowd booed.", "0:45", 45],
    ["Vane was down at 2:10 in the fourth round and did not beat the count.", "2:10", 130],
  ])("%s → %s = %d seconds", (sentence, text, seconds) => {
    expect(read(sentence)).toContainEqual([text, "duration", seconds]);
  });
});

describe("must not match: times of day", () => {
  it.each<[string, string]>([
    ["The ferry stopped at 2:56 near the pier.", "2:56"],
    ["The referee reached the ground at 9:30 in the morning.", "9:30"],
    ["The talks began at 9:30 in the first quarter of the year.", "9:30"],
    ["Polls closed at 8:00 on Sunday.", "8:00"],
    // rounds of ammunition, a round of talks
    ["Troops fired forty rounds at 3:15 near the bridge.", "3:15"],
    ["The fourth round of talks opened at 10:30.", "10:30"],
    // past twenty minutes no round or period runs
    ["The referee's flight landed at 21:15.", "21:15"],
  ])("%s keeps %s a time of day", (sentence, text) => {
    const found = read(sentence).filter(([t]) => t === text || String(t).startsWith(text));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every(([, kind]) => kind === "time")).toBe(true);
  });
});
