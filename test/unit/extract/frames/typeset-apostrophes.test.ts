/**
 * Contractions set with a typographic apostrophe (’, U+2019) read as the same words set with a straight
 * one: "didn’t" negates its verb, "they’ll" and "won’t" look ahead. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { findTemporal } from "../../../../src/values/temporal/index.js";
import { frame } from "./helpers.js";

describe("a contraction with a typeset apostrophe negates its verb, as with a straight one", () => {
  it.each([
    ["Rescuers didn’t find 12 survivors in the rubble.", "12"],
    ["Rescuers didn't find 12 survivors in the rubble.", "12"],
    ["The gunman didn’t shoot 3 of the guards.", "3"],
  ])("%s → %s negated", (sentence, value) => {
    expect(frame(sentence, value).modality).toContain("negated");
  });
  it.each([
    ["Rescuers found 12 survivors in the rubble, didn’t they?", "12"],
    ["It’s said that 40 people died.", "40"],
  ])("%s → %s not negated", (sentence, value) => {
    expect(frame(sentence, value).modality).not.toContain("negated");
  });
});

describe("a typeset contraction of will looks ahead", () => {
  it("they’ll is a forecast", () => {
    expect(frame("They’ll hire 400 workers at the plant.", "400").modality).toContain("forecast");
  });
  // Reference date a Friday, 2025-09-05: "August 28" is nearer behind, so only a cue of the future
  // moves it to the next year.
  it.each([
    ["The ferry won’t sail until the inspection on August 28.", "August 28", "2026-08-28"],
    ["We’ll know the result on August 28.", "August 28", "2026-08-28"],
    ["We'll know the result on August 28.", "August 28", "2026-08-28"],
    ["We’d know the result on August 28.", "August 28", "2025-08-28"],
  ])("%s → %s", (text, expr, expected) => {
    expect(findTemporal(text, { asOf: "2025-09-05" }).find((x) => x.text === expr)?.timex?.value).toBe(expected);
  });
});
