/**
 * A word in -ing and its noun before a person's name are a title ("running back", "acting
 * director"), not the verb a date or a figure hangs on. Sentences written for this test (made-up
 * clubs, people and days); what each must give was decided by reading the sentence.
 */
import { describe, expect, it } from "vitest";
import { tagSentence } from "../../../../src/extract/tag/tagger.js";
import { titleBeforeName } from "../../../../src/extract/frames/title-before-name.js";
import { frame } from "./helpers.js";

/** Whether the word `word` of the sentence is read as opening a title before a name. */
function isTitle(sentence: string, word: string): boolean {
  const tokens = tagSentence(sentence);
  const i = tokens.findIndex((t) => t.text === word);
  if (i < 0) throw new Error(`no “${word}” in “${sentence}”`);
  return titleBeforeName(tokens, i);
}

describe("must match: the clause's own verb, past a title before a name", () => {
  it.each([
    ["On March 3, veteran running back Ivo Marsh went on the injured list.", "March 3", "go"],
    ["The Larks placed running back Tom Ley on the injured list Thursday.", "Thursday", "place"],
    ["The board named acting director Ann Lee on Monday.", "Monday", "name"],
    ["On Friday, the club's leading scorer Ana Diaz signed a new deal.", "Friday", "sign"],
    ["The Otters waived reserve running back Cal Dunn on Tuesday.", "Tuesday", "waive"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
});

describe("must not match: an -ing word that is a verb", () => {
  it.each([
    ["after a preposition", "After beating champion Tom Ley, she retired.", "beating"],
    ["after an auxiliary", "Police were questioning bar owner Ray Holt on Sunday.", "questioning"],
    ["after 'to'", "He admitted to hiding fugitive Ivo Marsh for a week.", "hiding"],
    ["no proper name after its noun", "The team kept running drills on Monday.", "running"],
    ["a day after its next word, not a name", "A witness saw him running away Tuesday.", "running"],
    ["a month after its next word", "Crews began clearing roads March 4.", "clearing"],
  ])("%s: %s", (_what, sentence, word) => {
    expect(isTitle(sentence, word)).toBe(false);
  });
  it("the verb of 'questioning' stays the date's predicate", () => {
    expect(frame("Police were questioning bar owner Ray Holt on Sunday.", "Sunday").predicate?.lemma).toBe("question");
  });
});
