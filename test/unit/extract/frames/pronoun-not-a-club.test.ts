/**
 * "He" or "she" is the one person a sentence named before it (extract/frames/participants.ts
 * onlyNameBefore); a name after "the" is a club, a firm or a ship, never that person, and still
 * counts as a name (two names: unknown). Sentences
 * written for this test (made-up clubs and people); the doers read by hand.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const agents = (sentence: string, value: string): string[] => frame(sentence, value).participants.filter((p) => p.role === "agent").map((p) => p.key);

describe("'he' after a name", () => {
  it("must: the one person named before it", () => {
    expect(agents("A scan on Tom Kerr showed he will miss three games.", "three")).toEqual(["tom kerr"]);
  });
  it.each([
    ["The guard was put on the injured list by the Keld Rovers, meaning he will miss the last two games.", "two"],
    ["The scan ordered by the Dunmore Hawks showed she will miss three games.", "three"],
    // two names, one of them a club's: unknown, not the other name
    ["The Dunmore Hawks met in Keld so that he could hear why he should stay three years.", "three years"],
  ])("must not: a name after 'the' (%s)", (sentence, value) => {
    expect(agents(sentence, value)).toEqual([]);
  });
});
