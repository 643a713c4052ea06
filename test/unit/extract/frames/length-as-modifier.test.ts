/**
 * A length of time told as a modifier ("a four year spell", "a two-year stint", "their 12-week
 * course": a determiner before it, a unit in the singular at its end) modifies the noun after it:
 * that noun is never the phrase's verb, even where a tagger reads it as one ("spell"), and the verb
 * after the noun ("living", "working") is what the length measures. A length in the plural before
 * a verb is that verb's subject, as before. Sentences written for this test; predicates read by hand.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("must read the verb after the modified noun", () => {
  it.each([
    ["She came back to Whitby after a four year spell living in Leeds.", "four year", "live"],
    ["The pair married after a three week spell courting in Rome.", "three week", "court"],
    ["He returned after a two-year stint working in Dubai.", "two-year", "work"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
});

describe("must not skip a verb: a plural length is the subject of the verb after it", () => {
  it.each([
    ["Four years passed before the case closed.", "Four years", "pass"],
    ["Two weeks remained before the vote in Hull.", "Two weeks", "remain"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
  it("a four year spell is never read as a verb 'spell'", () => {
    expect(frame("She came back to Whitby after a four year spell living in Leeds.", "four year").predicate?.lemma).not.toBe("spell");
  });
});
