/**
 * Contractions set with a typographic apostrophe (’, U+2019) read as the same words set with a straight
 * one: "didn’t" negates its verb, "they’ll" and "won’t" look ahead; and a quotation closed before a value
 * keeps its verb and negation to itself. Sentences written for this test.
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

describe("quoted speech closed before a value is the speaker's clause: its verb and negation are not the value's", () => {
  it.each([
    ["“They didn’t have to shoot him,” Jon Ortiz, 19, said after the rally.", "19"],
    ["\"They never had to shoot him,\" Jon Ortiz, 19, said after the rally.", "19"],
  ])("%s → %s not negated, no shooting", (sentence, value) => {
    const f = frame(sentence, value);
    expect(f.modality).not.toContain("negated");
    expect(f.predicate?.lemma).not.toBe("shoot");
  });
  it.each([
    ["“We did not lose 12 games,” the coach said.", "12", "lose"],
    ["The so-called “surge” sent 30,000 troops.", "30,000", "send"],
  ])("%s → %s keeps its verb %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
});

describe("a quoted title or phrase is no speech: the value after it keeps the verb of its clause", () => {
  it.each([
    ["The spending is made up of $40 million for \"aid to farmers,\" 12 million dollars for roads, and more.", "12 million dollars"],
  ])("%s → %s has a verb", (sentence, value) => {
    expect(frame(sentence, value).predicate).not.toBeNull();
  });
});
