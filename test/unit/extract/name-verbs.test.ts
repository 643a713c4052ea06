/**
 * A surname that is also a verb form, read by the tagger as the verb, is a proper noun where the
 * same document names a person by it (name-verbs.ts); elsewhere a capitalized verb stays a verb.
 * Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { namedAsPerson, retagNamesReadAsVerbs } from "../../../src/extract/tag/name-verbs.js";
import { tagSentence } from "../../../src/extract/tag/tagger.js";
import { splitSentences } from "../../../src/extract/sentences.js";

/** The tags of `word` in each sentence of `document` that holds it, after the correction. */
function tagsOf(document: string, word: string): string[] {
  const sentences = splitSentences(document);
  const tagged = sentences.map((s) => tagSentence(s.text));
  retagNamesReadAsVerbs(tagged, sentences);
  return tagged.flatMap((tokens) => tokens.filter((t) => t.text === word).map((t) => `${t.pos}/${t.lemma}`));
}

describe("names read as verbs", () => {
  it.each([
    // a full name in the document: the surname alone is the name, inside a sentence or opening it before a comma
    ["Agent Dana Felt retired in 2004. The bureau hired Felt in 1979. Felt, 71, said the files were lost.", "Felt", ["PROPN/felt", "PROPN/felt", "PROPN/felt"]],
    // a title before it
    ["Mr. Felt left the agency in 1990. Officials said they thanked Felt for 30 years of work.", "Felt", ["PROPN/felt", "PROPN/felt"]],
    // an age between commas, the only sign
    ["Browning, 58, was arrested on Friday. A neighbour saw Browning leave at 9 p.m.", "Browning", ["PROPN/browning", "PROPN/browning"]],
    // a name given in full elsewhere in the document
    ["Lee Manning testified for two hours on Monday. Manning said the fee was 40 dollars. The panel thanked Manning on 4 June.", "Manning", ["PROPN/manning", "PROPN/manning", "PROPN/manning"]],
  ])("%s: %s is a name", (document, word, tags) => {
    expect(tagsOf(document, word)).toEqual(tags);
  });

  it.each([
    // no capital: a verb, even where the document names someone so
    ["Agent Dana Felt retired in 2004. She felt the floor shake at 3 a.m.", "felt", ["VERB/feel"]],
    // opening its sentence before its object, no such name in the document
    ["Manning the pumps, the crew bailed for 6 hours. Two sailors were rescued.", "Manning", ["VERB/man"]],
    // a headline-case line, no such name in the document
    ["Residents Felt Tremors For 10 Minutes\nPeople in two towns felt the ground move on Sunday.", "Felt", ["VERB/feel"]],
  ])("%s: %s stays a verb", (document, word, tags) => {
    expect(tagsOf(document, word)).toEqual(tags);
  });

  it("a word of a law's name is no person's: the tagger's reading stands", () => {
    expect(tagsOf("Congress passed the Keld Welfare Act in 1990. It extended this Act for a period of six months.", "Act")).toEqual(["VERB/act", "VERB/act"]);
  });

  it("opening its sentence before its object, where the document names a person so, stays a verb", () => {
    // (only a sentence's first word before a verb or a comma may be the name)
    expect(tagsOf("Ada Manning chairs the board. Manning the desk on 3 May, she took 40 calls.", "Manning")).toEqual(["PROPN/manning", "VERB/man"]);
  });
});

describe("namedAsPerson", () => {
  it.each([
    ["Felt", ["Agent Dana Felt retired in 2004."]],
    ["Felt", ["The files were lost, Felt, 71, said on Monday."]],
    ["Felt", ["Officials praised W. D. Felt's work."]],
    ["Hunt", ["Police questioned Mrs. Hunt at home."]],
  ])("%s is named as a person in %s", (word, texts) => {
    expect(namedAsPerson(word, texts.map((text) => ({ text })))).toBe(true);
  });
  it.each([
    ["Felt", ["Residents Felt Tremors For Hours"]],
    ["Felt", ["She felt it."]],
    ["Felt", ["The Felt Hat Company closed in 1990."]],
    ["Hunt", ["The Hunt began on Monday."]],
    // a word of an institution's name, not a person's
    ["Act", ["Congress passed the Keld Welfare Act in 1990."]],
  ])("%s is not named as a person in %s", (word, texts) => {
    expect(namedAsPerson(word, texts.map((text) => ({ text })))).toBe(false);
  });
});
