/**
 * A verb in the past written with a prefix and a hyphen ("re-elected") has the prefix and its base
 * as its lemma ("re-elect"), as a compound verb split by the tokenizer has (frames/predicate.ts
 * hyphenCompound). Sentences written for this test (made-up clubs and people).
 */
import { describe, expect, it } from "vitest";
import { tagSentence } from "../../../src/extract/tag/tagger.js";
import { frame } from "./frames/helpers.js";

function lemmaOf(sentence: string, word: string): string | undefined {
  return tagSentence(sentence).find((t) => t.text === word)?.lemma;
}

describe("must match: prefix and base", () => {
  it.each([
    ["The club re-signed defender Ivo Marsh on Monday.", "re-signed", "re-sign"],
    ["Voters re-elected the mayor in May.", "re-elected", "re-elect"],
    ["The crew re-opened the bridge on Friday.", "re-opened", "re-open"],
  ])("%s: %s → %s", (sentence, word, lemma) => {
    expect(lemmaOf(sentence, word)).toBe(lemma);
  });
  it("a date of a re-signing has that predicate", () => {
    expect(frame("On Monday, the club re-signed defender Ivo Marsh.", "Monday").predicate?.lemma).toBe("re-sign");
  });
});

describe("must not match: no hyphenated prefix, or no base", () => {
  it.each([
    // another verb, written without a hyphen
    ["The coach resigned on Monday.", "resigned", "resign"],
    // a plain past
    ["The club signed Ivo Marsh on Monday.", "signed", "sign"],
  ])("%s: %s → %s", (sentence, word, lemma) => {
    expect(lemmaOf(sentence, word)).toBe(lemma);
  });
});
