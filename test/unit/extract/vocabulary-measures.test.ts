/**
 * A rule's measure expressions in the vocabulary matcher are the rule's own global expressions
 * (terms.ts termsRegex), tested once per value as a plain test would: from the start of the text,
 * whatever the previous test left in lastIndex (measureFits).
 */
import { describe, expect, it } from "vitest";
import { termsRegex } from "../../../src/extract/terms.js";
import { measureFits } from "../../../src/extract/vocabulary.js";

const re = termsRegex(["fatalit*", "killed", "death toll"]);

// [text, whether a measure of fatalities fits it]
const ROWS: [string, boolean][] = [
  ["rose killed rise", true],
  ["the death toll in the valley", true],
  ["Two fatalities were counted", true],
  ["FATALITY", true],
  ["a late kill, then the killed", true],
  ["the deathtoll", true],
  ["the toll of death", false],
  ["unkilled crops", false],
  ["killedd", false],
  ["nonfatality", false],
  ["", false],
];

describe("measureFits", () => {
  it.each(ROWS)("%j → %s", (text, fits) => {
    expect(measureFits(re, text)).toBe(fits);
  });

  it("answers the same when the same text is tested again (a match at the end does not carry over)", () => {
    for (const [text, fits] of ROWS) {
      expect(measureFits(re, text)).toBe(fits);
      expect(measureFits(re, text)).toBe(fits);
    }
    // after a match near the end of a long text, a short text that matches at its start
    expect(measureFits(re, "many words before the last one was killed")).toBe(true);
    expect(measureFits(re, "killed")).toBe(true);
  });

  it("has no measure without an expression", () => {
    expect(measureFits(null, "killed")).toBe(false);
  });
});
