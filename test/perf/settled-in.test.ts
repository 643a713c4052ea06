/**
 * settledIn compares a name's words with the sentence's characters where neither holds a letter
 * or a digit beyond ASCII, instead of running one case-insensitive expression per word; it must
 * answer as the expressions do (settledInByExpression): on random names and sentences made of
 * locatives, names, their look-alikes, letters that fold into ASCII ones ("ſ", the Kelvin sign),
 * accents, digits and possessives, and on every sentence of the seeds and the State of the Union
 * addresses with the capitalized runs each one holds.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { realTexts } from "../helpers/real-texts.js";
import { splitSentences } from "../../src/extract/sentences.js";
import { settledIn, settledInByExpression } from "../../src/group/participants.js";

const nameWords = ["Keld", "keld", "KELD", "Brill", "Ashby", "Vale", "Mount", "Mt", "Tor", "Hut", "St", "O'Dell", "o’dell", "66", "Route", "ſt", "\u212Aeld", "Zoë", "Zoe", "Éden", "Eden"];
const otherWords = ["in", "at", "near", "off", "outside", "within", "IN", "At", "the", "The", "THE", "of", "lived", "said", "Keldon", "Brills", "thee", "inn", "a", "2", "within"];
const gaps = [" ", " ", "  ", ". ", ", ", "-", "'s ", "’s ", "\u00a0", "\n", "", "(", ") ", "é", "2"];
const name = fc
  .array(fc.tuple(fc.constantFrom(...nameWords), fc.constantFrom(" ", ". ", "-", " ")), { minLength: 1, maxLength: 3 })
  .map((p) => p.map(([w, g], i) => (i > 0 ? g : "") + w).join(""));
const sentence = fc
  .array(fc.tuple(fc.constantFrom(...nameWords, ...otherWords, ...otherWords), fc.constantFrom(...gaps)), { maxLength: 30 })
  .map((p) => p.map(([w, g]) => w + g).join(""));

/** The name as a sentence may write it: each letter in either case, an s as "ſ", a k as the Kelvin sign, a gap widened. */
const writtenAs = (n: string): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom("same", "upper", "lower", "fold"), { minLength: n.length, maxLength: n.length }).map((how) =>
    [...n]
      .map((ch, i) => {
        const h = how[i];
        if (h === "upper") return ch.toUpperCase();
        if (h === "lower") return ch.toLowerCase();
        if (h === "fold") return ch === "s" ? "ſ" : ch === "k" || ch === "K" ? "\u212A" : ch === " " ? "  " : ch;
        return ch;
      })
      .join(""),
  );
/** A sentence that sets the name (as written) after a locative, between random words. */
const placing = name.chain((n) =>
  fc.tuple(fc.constant(n), sentence, fc.constantFrom(...otherWords.slice(0, 6)), fc.constantFrom(" ", "  ", "\u00a0", "\n"), fc.constantFrom("", "the ", "The ", "the  "), writtenAs(n), fc.constantFrom(...gaps), sentence),
);

describe("settledIn", () => {
  it("answers as the words' expressions do, on random names and sentences", () => {
    let settled = 0;
    fc.assert(
      fc.property(fc.oneof(fc.tuple(name, sentence), placing.map(([n, a, loc, sp, the, w, g, b]) => [n, `${a}${loc}${sp}${the}${w}${g}${b}`] as [string, string])), fc.boolean(), ([n, s], lower) => {
        const written = lower ? n.toLowerCase() : n;
        const expected = settledInByExpression(s, written);
        if (expected) settled++;
        expect(settledIn(s, written), `${written} in ${s}`).toBe(expected);
      }),
      { numRuns: 20_000, seed: 20261205 },
    );
    // the random sentences set names after a locative, not only elsewhere
    expect(settled).toBeGreaterThan(3000);
  });

  it("answers as the words' expressions do, on every sentence of the seeds and the State of the Union addresses", () => {
    const CAPITALIZED_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/gu;
    let asked = 0;
    let settled = 0;
    for (const { text } of realTexts()) {
      for (const { text: s } of splitSentences(text)) {
        for (const [run] of s.matchAll(CAPITALIZED_RUN)) {
          const n = run.toLowerCase();
          const expected = settledInByExpression(s, n);
          asked++;
          if (expected) settled++;
          expect(settledIn(s, n), `${n} in ${s}`).toBe(expected);
        }
      }
    }
    expect(asked).toBeGreaterThan(1000);
    expect(settled).toBeGreaterThan(50);
  });

  it.each([
    ["a town after a locative", "The man, who had lived in Ashby, fell.", "ashby", true],
    ["a name after a locative and the article", "He fell near the Keld Hut on Sunday.", "keld hut", true],
    ["a name written in capitals", "Snow fell AT KELD overnight.", "keld", true],
    ["a name before the verb", "Ashby police said two men fell.", "ashby", false],
    ["a possessive says whose, not where", "In Ann Vale's words, it was a long day.", "ann vale", false],
    ["a longer word is not the name", "They met in Keldon.", "keld", false],
    ["a long s folds into s", "They met in the ſt Tor hut.", "st tor", true],
    ["the Kelvin sign folds into k", "They met in \u212Aeld.", "keld", true],
  ])("%s", (_name, s, n, expected) => {
    expect(settledIn(s, n)).toBe(expected);
    expect(settledInByExpression(s, n)).toBe(expected);
  });
});
