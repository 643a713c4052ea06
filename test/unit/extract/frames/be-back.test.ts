/**
 * "Back" right after a form of "be" tells a return ("was back for three games"): the predicate
 * "be back", of the return class, not a verb read further back. Sentences written for this test
 * (made-up clubs and people); what each must give was decided by reading the sentence.
 */
import { describe, expect, it } from "vitest";
import { classesOf } from "../../../../src/group/predicate-classes.js";
import { frame } from "./helpers.js";

describe("must match: be back", () => {
  it.each([
    ["While Cole has returned and started the past five games, Dunn was back for only two games.", "two", "be back"],
    ["The crews were back at work on Monday.", "Monday", "be back"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
  it("is of the return class, as 'came back' is", () => {
    expect(classesOf("be back")).toContain("return");
    expect(classesOf("come back")).toContain("return");
  });
});

describe("must not match: 'back' that is no return after 'be'", () => {
  it.each([
    ["a noun after an article", "Ivo was a back for the Otters for three seasons.", "three", "be back"],
    ["a participle between", "He was sent back to the minors for two weeks.", "two weeks", "be back"],
    ["no 'back'", "Dunn was out for only two games.", "two", "be back"],
  ])("%s: %s", (_what, sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).not.toBe(lemma);
  });
});
