/**
 * "in parts of Keld", "across much of Norland": a region of a place lies in it, so the frame gives
 * the place. Sentences written for this test; expected places read from them.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const places = (sentence: string, value: string): string[] =>
  frame(sentence, value)
    .participants.filter((p) => p.role === "place")
    .map((p) => p.key);

describe("a region of a place", () => {
  it.each([
    ["Power failed in parts of Keld on Tuesday evening.", "Tuesday evening", "keld"],
    ["Snow closed roads across much of Norland on Friday.", "Friday", "norland"],
    ["Water was cut in most of Dunmore on Monday.", "Monday", "dunmore"],
  ])("must give the place: %s", (sentence, value, expected) => {
    expect(places(sentence, value)).toContain(expected);
  });

  it.each([
    // must not: "parts" that are no region ("spare parts of Kell cars" is what was sold, not where)
    ["The shop sold 40 spare parts of Kell engines on Monday.", "40"],
  ])("must not give a place: %s", (sentence, value) => {
    expect(places(sentence, value)).toEqual([]);
  });
});
