/**
 * Which sentences without a value are tagged to look for a count that only the tags show ("one
 * died", "no civilians were hurt", "nobody"): mayCountByTags must let in every sentence where the
 * tags could give such a count (countsByTags), and it lets in no sentence the gate it tightens
 * (a bare "one" after a verb, or "no" before a word) left out.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countsByTags, mayCountByTags, mayCountNone } from "../../../../src/extract/frame-pass.js";
import { tagSentence } from "../../../../src/extract/tag/tagger.js";

describe("mayCountNone: a count of none the tags could show", () => {
  it.each([
    ["'no' before people", "No passengers were hurt in the fall.", true],
    ["'no' before a harm", "There were no injuries at the fair.", true],
    ["'no-one' written with a hyphen", "Luckily no-one was on the bridge.", true],
    ["'nobody'", "Nobody was inside the shed.", true],
    ["'none'", "None of the campers was hurt.", true],
    ["no reports of a harm", "There were no early reports of casualties in Dunmore.", true],
    ["'no' before people of a nation", "No Kelbians were aboard the ferry.", true],
    ["'no' before a word that counts nothing", "There is no doubt the road will open.", false],
    ["'no longer'", "The mill no longer runs on Sundays.", false],
    ["'no reason'", "No reason was given for the delay.", false],
    ["no reports of a delay", "There were no reports of delays on the line.", false],
  ])("%s", (_name, sentence, expected) => {
    expect(mayCountNone(sentence)).toBe(expected);
  });
});

describe("mayCountByTags", () => {
  // The gate as it stood before mayCountNone: a bare "one" near a verb, or "no" before any word.
  const ONE_KEY = /\b(?:[a-z]+(?:ed|ing|t)[ \t]+one\b|one[ \t]+(?:of[ \t]|was\b|were\b|is\b|has\b|had\b|have\b|died\b|dies\b|[a-z]+ed\b))/i;
  const NONE_KEY = /\b(?:no(?:\s+[a-z]|-one\b|body\b)|none\b)/i;
  const wider = (t: string): boolean => (/one/i.test(t) && ONE_KEY.test(t)) || (/no/i.test(t) && NONE_KEY.test(t));

  const piece = fc.constantFrom(
    "No", "no", "no ", "No ", "no-", "none", "nobody", "one", "One ", " one", "some", "body", "not ", "know ",
    "civilians", "Kelbians", "injuries", "damage", "doubt", "longer", "reports of ", "early ", "delays",
    "were", " were hurt", " was", " died", "saw ", "shot ", "the ", "of ", " ", ", ", ".", "-", "'s", "(", ")",
  );
  const sentence = fc.array(piece, { minLength: 1, maxLength: 10 }).map((p) => p.join(""));

  it("lets in every sentence the wider gate let in where the tags give a count, and no other sentence", () => {
    fc.assert(
      fc.property(sentence, (s) => {
        const counts = wider(s) ? countsByTags(s, tagSentence(s), []) : [];
        if (counts.length > 0) expect(mayCountByTags(s)).toBe(true);
        if (mayCountByTags(s)) expect(wider(s)).toBe(true);
      }),
      { numRuns: 3_000 },
    );
  }, 60_000);
});
