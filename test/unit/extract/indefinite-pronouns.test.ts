/**
 * Indefinite pronouns are pronouns, whatever the model took them for (extract/tag/indefinite-pronouns.ts).
 * Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { tagSentence } from "../../../src/extract/tag/tagger.js";

const posOf = (sentence: string, word: string): string | undefined => tagSentence(sentence).find((t) => t.text === word)?.pos;

describe("indefinite pronouns", () => {
  it.each([
    ["They said they were proud of everything the Harlow crew did in 2031.", "everything"],
    ["Everything changed at the Varn mill in May 2031.", "Everything"],
    ["The coach said the move had nothing to do with the 12 games Osric missed.", "nothing"],
    ["Someone called the Keld station at 9 p.m. on Friday.", "Someone"],
    ["Police asked anybody who saw the two vans to come forward.", "anybody"],
  ])("must be a pronoun: %s (%s)", (sentence, word) => {
    expect(posOf(sentence, word)).toBe("PRON");
  });

  it.each([
    ["Every thing in the Varn depot was counted twice in 2031.", "thing", "NOUN"],
    ["The figures were somewhat lower in 2031.", "somewhat", "ADV"],
  ])("must not touch: %s (%s)", (sentence, word, pos) => {
    expect(posOf(sentence, word)).toBe(pos);
  });

  it("a figure after the pronoun takes no predicate from it", () => {
    const tokens = tagSentence("Osric said he was proud of everything the Harlow crew did in its 12 seasons.");
    expect(tokens.filter((t) => t.pos === "VERB").map((t) => t.lemma)).not.toContain("everything");
  });
});
