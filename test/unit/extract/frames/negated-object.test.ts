/**
 * A value in the object of a negated verb is not stated as a fact: "the ministry has not confirmed 40
 * deaths" does not say that 40 died. A preposition or a clause of its own between the verb and the
 * value keeps the value out of the negation. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("a value in the object of a negated verb is negated", () => {
  it.each([
    ["The health ministry has not confirmed 40 deaths from the flood.", "40"],
    ["The health ministry hasn't confirmed 40 deaths from the flood.", "40"],
    ["The health ministry hasn’t yet confirmed 40 deaths from the flood.", "40"],
    ["The district didn't close 20 schools after the storm.", "20"],
    ["The district did not close 20 schools after the storm.", "20"],
    ["Investigators never recovered the 3 rifles from the lake.", "3"],
    ["Officials could not confirm 500 deaths before dawn.", "500"],
  ])("%s → %s negated", (sentence, value) => {
    expect(frame(sentence, value).modality).toContain("negated");
  });
});

describe("a value outside the negated verb's object is not negated", () => {
  it.each([
    ["The ministry has confirmed 40 deaths from the flood.", "40"],
    ["The bridge was not reopened until 1990.", "1990"],
    ["The ministry did not confirm the deaths until early 2021.", "early 2021"],
    ["The mill did not say whether 200 jobs would go.", "200"],
    ["Officers did not stop the car, and 3 people were hurt.", "3"],
    ["The district closed 20 schools, not 30.", "20"],
    ["Not since 1998 have 12 inches of snow fallen here.", "12"],
  ])("%s → %s not negated", (sentence, value) => {
    expect(frame(sentence, value).modality).not.toContain("negated");
  });
});
