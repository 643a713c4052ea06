/**
 * A date that frames the clause after it: with "have" as that clause's own verb ("Last week he had
 * a setback"), and after an opening phrase set off by a comma ("With Ivo hurt, on Monday the club
 * signed a back"). Sentences written for this test (made-up clubs and people); what each must give
 * was decided by reading the sentence.
 */
import { describe, expect, it } from "vitest";
import type { TaggedToken } from "../../../../src/types.js";
import { tagSentence } from "../../../../src/extract/tag/tagger.js";
import { afterOpeningPhrase } from "../../../../src/extract/frames/opening-phrase.js";
import { frame } from "./helpers.js";

describe("must match: the clause's verb after the date", () => {
  it.each([
    ["Last week he had a setback in training.", "Last week", "have"],
    // (a light verb gives way to the event its object names)
    ["On Monday she had surgery on her knee.", "Monday", "surgery"],
    ["With the season over, on Monday the club fired its coach.", "Monday", "fire"],
    ["\"With Ivo, last week during practice he had a setback,\" the coach said.", "last week", "have"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
});

/** Where the date's first word is in the tagged sentence. */
function dateAt(tokens: readonly TaggedToken[], word: string): number {
  return tokens.findIndex((t) => t.text === word);
}

describe("must not match: no opening phrase before the date", () => {
  it.each([
    ["a clause with a verb before the comma", "The club said, on Monday the coach left.", "Monday"],
    ["a conjunction opens the sentence", "When Ivo fell, last week the club signed a back.", "last"],
    ["the date does not follow the comma", "With Ivo hurt, the club on Monday signed a back.", "Monday"],
    ["no comma at all", "With Ivo hurt on Monday the club signed a back.", "Monday"],
  ])("%s: %s", (_what, sentence, word) => {
    const tokens = tagSentence(sentence);
    expect(afterOpeningPhrase(tokens, dateAt(tokens, word))).toBe(false);
  });
  it("'have' before a participle stays an auxiliary", () => {
    expect(frame("Last week he had signed a new deal.", "Last week").predicate?.lemma).toBe("sign");
  });
});
