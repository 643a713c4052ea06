/**
 * An age with a bound said of several people ("61 are under 25 years old") is a band the people of
 * a count fall in: it states nobody's age, so it is no claim. A bound said of one person is still
 * that person's age. Sentences written for this test; expected readings decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { claimsOfText, frame } from "./helpers.js";

describe("an age band of a group is no claim", () => {
  it.each([
    ["Of the 90 recruits, 61 are under 25 years old, and 12 are women.", "under 25 years old"],
    ["Pupils under 11 years old ride the ferry free.", "under 11 years old"],
    ["Entrants must be at least 18 years of age.", "at least 18 years of age"],
    ["Most of them were over 60 years old.", "over 60 years old"],
    ["Those over 70 years of age may vote by post.", "over 70 years of age"],
  ])("%s → %s is a band", (sentence, value) => {
    expect(frame(sentence, value).notAClaim).toBe("age-band");
    expect(claimsOfText(sentence).filter((c) => c.rule === "ages")).toEqual([]);
  });

  it.each([
    ["A driver over 80 years old was unhurt.", "over 80 years old"],
    ["The suspect is under 18 years old.", "under 18 years old"],
    ["The courier, Bo Lind, 52, was hurt.", "52"],
    ["A 45-year-old man was arrested.", "45-year-old"],
    ["Witnesses said the woman was about 40 years old.", "about 40 years old"],
  ])("%s → %s stays one person's age", (sentence, value) => {
    expect(frame(sentence, value).notAClaim).toBeNull();
    expect(claimsOfText(sentence).filter((c) => c.rule === "ages").map((c) => c.text)).toEqual([value]);
  });
});
