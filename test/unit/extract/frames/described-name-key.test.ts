/**
 * A participant written as a few words of description before a full name ("veteran Ivo Marsh",
 * "running back Cal Dunn") is keyed by the name, so that one person is one participant whether a
 * report describes him or not. Sentences written for this test (made-up clubs and people); what
 * each must give was decided by reading the sentence.
 */
import { describe, expect, it } from "vitest";
import { describedName } from "../../../../src/extract/frames/name-key.js";
import { frame } from "./helpers.js";

const patients = (sentence: string, value: string): string[] =>
  frame(sentence, value).participants.filter((p) => p.role === "patient").map((p) => p.key);

describe("must match: the name is the key", () => {
  it.each([
    ["The Otters signed veteran Ivo Marsh on Monday.", "Monday", "ivo marsh"],
    ["On Friday the club waived rookie defender Cal Dunn.", "Friday", "cal dunn"],
    // a title in -ing before the name opens the object
    ["On Tuesday, the Otters re-signed running back Ray Holt.", "Tuesday", "ray holt"],
  ])("%s → %s: %s", (sentence, value, key) => {
    expect(patients(sentence, value)).toEqual([key]);
  });
});

describe("must not match: no full name ending the phrase", () => {
  it.each([
    ["the mountain climber"],
    ["rookie Dunn"],
    ["Ivo Marsh's brother"],
    ["a man who once played for Ivo Marsh"],
    ["off Cape Merrow"],
    ["coach of Pell City"],
  ])("%s", (text) => {
    expect(describedName(text)).toBeNull();
  });
  it("a described name keeps the name", () => {
    expect(describedName("the club's new coach Ana Diaz")).toBe("Ana Diaz");
  });
});
