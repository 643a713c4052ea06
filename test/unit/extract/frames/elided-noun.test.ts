/**
 * A bare count takes the noun a figure before it in its sentence names (frames/elided-noun.ts).
 * Sentences written for this test; the expected readings were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("a bare count takes the noun of the figure before it", () => {
  it.each<[string, string, string]>([
    // must read: the noun given once, the later count leaves it out
    ["Ann Vale led the Hawks with 13 points, while Rick Moss added 12 for the Hawks.", "12", "point"],
    ["Her 21 points bettered her career high of 19.", "19", "point"],
    ["Police arrested 12 people and released 3 on Friday.", "3", "person"],
  ])("%s → %s counts %s", (sentence, value, counted) => {
    expect(frame(sentence, value).counted).toBe(counted);
  });

  it.each<[string, string, string | null]>([
    // must not: a count with its own noun, a unit, a year, no counted figure before it
    ["Police found 12 people and 3 cars.", "3", "car"],
    ["The Hawks scored 70 points in 2019.", "2019", null],
    ["He gave 12 interviews and paid $40 for the room.", "$40", "money"],
    ["The two sides met 3 times, and 12 was the final tally.", "12", null],
    // nor the attribute of a figure with a unit: a bare count is not money, a length or a weight
    ["The Owls gave Sam Lark a deal worth $40 million last summer and have lost eight of 10.", "eight", null],
    ["The crew walked 12 miles on Monday and rested for 3 on Tuesday.", "3", null],
  ])("%s → %s counts %s", (sentence, value, counted) => {
    expect(frame(sentence, value).counted).toBe(counted);
  });
});
