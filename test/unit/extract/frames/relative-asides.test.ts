/**
 * The asides of residence and relative clauses set off by commas (participants.ts relativeAsides):
 * the words between two commas (or a comma and a clause's end) that open with who, whom, whose or
 * which, or hold a word of residence, in any case. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { relativeAsides } from "../../../../src/extract/frames/participants.js";
import { tagSentence } from "../../../../src/extract/tag/tagger.js";

/** The words of each aside, commas left out. */
const asides = (sentence: string): string[] => {
  const tokens = tagSentence(sentence);
  return relativeAsides(tokens).map(([a, b]) => tokens.slice(a + 1, b).map((t) => t.text).join(" "));
};

describe("relativeAsides", () => {
  it.each([
    ["A driver, who had lived in Tarnby for years, was hurt on 4 May.", ["who had lived in Tarnby for years"]],
    ["A driver, WHO had moved away, was hurt on 4 May.", ["WHO had moved away"]],
    ["The nurse, originally from Keld, won 3 prizes.", ["originally from Keld"]],
    ["The nurse, but Living in Ostby, won 3 prizes.", ["but Living in Ostby"]],
    ["The mayor, a Harwick native, met 40 traders.", ["a Harwick native"]],
    ["The boat, which sank in 1990; was found in 2004.", ["which sank in 1990"]],
    ["The team, as it lives now, won 3 games.", ["as it lives now"]],
    ["The clerk, whose car was hit, and the guard, whom police named, left at 9 pm.", ["whose car was hit", "whom police named"]],
  ])("%s", (sentence, expected) => {
    expect(asides(sentence)).toEqual(expected);
  });

  it.each([
    "The mayor, a keen walker, met 40 traders.",
    "In Keld, police arrested 12 people.",
    "The team, as it stands now, won 3 games.",
    "Two men, both of whom fled, were seen at 9 pm.",
    "The boat sank in 1990 with 12 aboard.",
  ])("%s has none", (sentence) => {
    expect(asides(sentence)).toEqual([]);
  });
});
