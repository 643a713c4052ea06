/**
 * A story's longer names are learnt where a sentence writes "the" and the name's words
 * (participants.ts learnStoryNames). writtenAfterThe compares the sentence's characters in lower
 * case where neither the words nor the sentence hold anything a case-insensitive expression could
 * fold otherwise; it must answer as the expression does (writtenAfterTheByExpression) on random
 * sentences and names — with spaces of every kind, letters that fold into ASCII ones ("ſ", the
 * Kelvin sign), accents, letters beyond the basic plane, hyphens and apostrophes — and on every
 * sentence of the seeds and the State of the Union addresses, with the names of their capitalized runs.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { realTexts } from "../helpers/real-texts.js";
import { splitSentences } from "../../src/extract/sentences.js";
import { writtenAfterThe, writtenAfterTheByExpression } from "../../src/group/participants.js";

const nameWords = ["ashby", "gazette", "hawks", "hartwell", "o'dell", "st.", "twin-oaks", "keld", "zoë", "eden", "a", "s"];
const spaces = [" ", " ", "  ", "\t", "\n", "\u00a0", "\u2009", "\u3000", "", "-", ".", ","];
const others = ["the", "The", "THE", "tHe", "then", "other", "bathe", "of", "and", "said", "ſ", "\u212Aeld", "𝐀", "é", "2", "x"];
const name = fc.array(fc.constantFrom(...nameWords), { minLength: 1, maxLength: 3 });
/** The words as a sentence may write them: either case, an s as "ſ", a k as the Kelvin sign. */
const written = (w: string): fc.Arbitrary<string> =>
  fc.constantFrom("same", "upper", "title", "fold").map((how) =>
    how === "upper" ? w.toUpperCase() : how === "title" ? w.charAt(0).toUpperCase() + w.slice(1) : how === "fold" ? w.replace(/s/g, "ſ").replace(/k/g, "\u212A") : w,
  );
const filler = fc.array(fc.tuple(fc.constantFrom(...others, ...nameWords), fc.constantFrom(...spaces)), { maxLength: 12 }).map((p) => p.map(([w, g]) => w + g).join(""));
const sentenceFor = (words: readonly string[]): fc.Arbitrary<string> =>
  fc
    .tuple(
      filler,
      fc.constantFrom("the", "The", "THE", "athe", "the"),
      fc.array(fc.tuple(fc.constantFrom(...spaces), fc.constantFrom(...spaces.slice(0, 5))), { minLength: words.length, maxLength: words.length }),
      fc.tuple(...words.map(written)),
      fc.constantFrom("", " ", "s", "'s", ".", "x", "é", "2"),
      filler,
    )
    .map(([a, the, gaps, ws, end, b]) => a + the + ws.map((w, i) => gaps[i]![0] + gaps[i]![1] + w).join("") + end + " " + b);

describe("writtenAfterThe", () => {
  it("answers as its expression does, on random sentences and names", () => {
    let found = 0;
    fc.assert(
      fc.property(name.chain((words) => fc.tuple(fc.constant(words), fc.oneof(sentenceFor(words), filler))), ([words, s]) => {
        const expected = writtenAfterTheByExpression(s, words);
        if (expected) found++;
        expect(writtenAfterThe(s, words), `${words.join(" ")} in ${JSON.stringify(s)}`).toBe(expected);
      }),
      { numRuns: 10_000, seed: 20261205 },
    );
    // the random sentences write the names after "the", not only elsewhere
    expect(found).toBeGreaterThan(1000);
  });

  it("answers as its expression does, on every sentence of the seeds and the State of the Union addresses", () => {
    const CAPITALIZED_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+/gu;
    let asked = 0;
    let found = 0;
    for (const { text } of realTexts()) {
      for (const { text: s } of splitSentences(text)) {
        for (const [run] of s.matchAll(CAPITALIZED_RUN)) {
          const words = run.toLowerCase().split(/\s+/);
          const expected = writtenAfterTheByExpression(s, words);
          asked++;
          if (expected) found++;
          expect(writtenAfterThe(s, words), `${run} in ${s}`).toBe(expected);
        }
      }
    }
    expect(asked).toBeGreaterThan(1000);
    expect(found).toBeGreaterThan(50);
  });

  it.each([
    ["the name after 'the'", "Fans of the Hartwell Hawks cheered.", ["hartwell", "hawks"], true],
    ["in capitals, across a line break", "FANS OF THE HARTWELL\nHAWKS CHEERED.", ["hartwell", "hawks"], true],
    ["no 'the' before it", "Hartwell Hawks fans cheered.", ["hartwell", "hawks"], false],
    ["'the' inside a word", "They bathe Hartwell Hawks fans.", ["hartwell", "hawks"], false],
    ["a longer last word", "Fans of the Hartwell Hawkses cheered.", ["hartwell", "hawks"], false],
    ["a possessive after the name", "the Ashby Gazette's editor", ["ashby", "gazette"], true],
    ["a long s folds into s", "the Aſhby Gazette", ["ashby", "gazette"], true],
  ])("%s", (_name, s, words, expected) => {
    expect(writtenAfterThe(s, words)).toBe(expected);
    expect(writtenAfterTheByExpression(s, words)).toBe(expected);
  });
});
