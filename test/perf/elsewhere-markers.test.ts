/**
 * elsewhereSpans looks for the first letters of a marker and runs the marker's expression only
 * where they stand; it must give exactly what one search of the whole expression gives
 * (elsewhereSpansInOneSearch): on random sentences made of the markers' words, their look-alikes
 * and the words that may follow them, in any case, and on every sentence of the seeds and the State
 * of the Union corpus. nameMentions compares a sentence's words with a name's where both are ASCII;
 * it must find what the name's expression finds (mentionsByExpression) on random names and sentences,
 * with letters that fold into ASCII ones ("ſ", the Kelvin sign), accents, digits and apostrophes.
 */
import { realTexts } from "../helpers/real-texts.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/extract/sentences.js";
import { elsewhereSpans, elsewhereSpansInOneSearch, mentionsByExpression, nameMentions } from "../../src/group/elsewhere.js";


const words = [
  // the markers' own words and their forms
  "follows", "followed", "following", "comes", "come", "came", "coming", "after", "since", "is", "was", "marks", "marked",
  "echoes", "recalled", "mirrors", "resembled", "than", "unlike", "like", "similar", "to", "compared", "with", "worst",
  "deadliest", "most", "violent", "earlier", "previous", "prior", "past", "who", "which", "that", "had", "also", "once",
  "on", "the", "heels", "of", "more", "rather", "would", "looks",
  // what may come after them
  "two", "three", "several", "one", "ones", "those", "an", "a", "another", "others", "similar", "recent", "string",
  "series", "last", "this", "week", "year's", "month’s", "third", "latest", "such", "in", "at", "near", "days", "times",
  // look-alikes: the markers' letters inside other words, and letters that fold to theirs
  "this", "island", "Thames", "pastry", "whom", "thank", "mostly", "Wasp", "comet", "aftermath", "Sinceré", "ſince",
  "\u212Aeld", "FOLLOWS", "Unlike", "IS", "éarlier", "the2", "_was", "Keld", "Brill", "2024", "12",
];
const gaps = [" ", " ", " ", "  ", "", ", ", "; ", ". ", "-", " - ", "\u2014", "(", ")", "'", "’s ", "\n", "\u00a0", ": "];
const sentence = fc
  .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...gaps), fc.boolean()), { maxLength: 40 })
  .map((p) => p.map(([w, g, upper]) => (upper ? w.charAt(0).toUpperCase() + w.slice(1) : w) + g).join(""));

describe("elsewhereSpans", () => {
  it("gives what one search of the markers gives, on random sentences", () => {
    let found = 0;
    fc.assert(
      fc.property(sentence, (s) => {
        const expected = elsewhereSpansInOneSearch(s);
        found += expected.length;
        expect(elsewhereSpans(s), s).toEqual(expected);
      }),
      { numRuns: 20_000, seed: 20261205 },
    );
    // the random sentences hold markers, not only look-alikes
    expect(found).toBeGreaterThan(1000);
  });

  it("gives what one search of the markers gives, on every sentence of the seeds and the State of the Union corpus", () => {
    let spans = 0;
    for (const { text } of realTexts()) {
      for (const { text: s } of splitSentences(text)) {
        const expected = elsewhereSpansInOneSearch(s);
        expect(elsewhereSpans(s), s).toEqual(expected);
        spans += expected.length;
      }
    }
    expect(spans).toBeGreaterThan(100);
  });
});

const nameWords = ["Keld", "keld", "KELD", "Brill", "Ashby", "New", "new", "Port", "O'Neill", "o’neill", "Route", "66", "6", "San", "José", "Jose", "ſan", "\u212Aeld", "Zoë", "Zoe", "e\u0301", "𝐀da", "Ada", "Mt", "st"];
const joins = [" ", " ", ". ", "-", "'", "’", ", ", "_", "  ", "\u00a0", "\u0301", "é", "𝐀", "2", "x"];
const name = fc.array(fc.tuple(fc.constantFrom(...nameWords), fc.constantFrom(" ", ". ", "-", "'")), { minLength: 1, maxLength: 3 }).map((p) => p.map(([w, g], i) => (i > 0 ? g : "") + w).join(""));
const text = fc.array(fc.tuple(fc.constantFrom(...nameWords, "the", "in", "and", "Keldon", "Brills", "A"), fc.constantFrom(...joins)), { maxLength: 30 }).map((p) => p.map(([w, g]) => w + g).join(""));

describe("nameMentions", () => {
  it("finds what the name's expression finds, on random names and sentences", () => {
    let found = 0;
    fc.assert(
      fc.property(name, text, fc.boolean(), (n, t, lower) => {
        const written = lower ? n.toLowerCase() : n;
        const expected = mentionsByExpression(t, written);
        found += expected.length;
        expect(nameMentions(t, written), `${written} in ${t}`).toEqual(expected);
      }),
      // each new name compiles its expression: a few thousand names
      { numRuns: 2000, seed: 20261205 },
    );
    expect(found).toBeGreaterThan(80);
  });

  it.each([
    ["a name of two words, in another case", "Ships left New  york and Port Keld.", "new york", [11]],
    ["each mention, not inside a longer word", "Keld, Keldon and keld-Brill.", "keld", [0, 17]],
    ["a name with an apostrophe", "Ann O’Neill and Bo O'Neill spoke.", "o'neill", [4, 19]],
    ["a long s folds into s", "The ſan Remo talks.", "san remo", [4]],
    ["nothing for a name of no letters", "Keld.", "--", []],
  ])("%s", (_name, sentence, n, expected) => {
    expect(nameMentions(sentence, n)).toEqual(expected);
  });
});
