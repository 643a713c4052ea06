/**
 * properNameRuns (src/extract/proper-names.ts) turns a word away by its first character before
 * running its expressions, and asks where a sentence starts only of capitalized words; it must
 * find exactly the runs of the version before (test/perf/reference/proper-names.ts): on random
 * sentences of names, initials, abbreviations, function words, numbers and punctuation, and on
 * every sentence of the seeds and the State of the Union addresses.
 */
import { realTexts } from "../helpers/real-texts.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { properNameRuns } from "../../src/extract/proper-names.js";
import { splitSentences } from "../../src/extract/sentences.js";
import { properNameRuns as referenceRuns } from "./reference/proper-names.js";


const words = [
  "The", "the", "In", "in", "Our", "Last", "One", "I", "NATO", "XXXIV", "F-16", "U.S.", "U.S.-led", "J.", "N.", "Mr.", "St.", "Dr", "Sgt.",
  "Ann", "Cole", "Dunmore", "Keld", "Ewan", "Dale's", "O’Neill", "Élodie", "Ölund", "élan", "über", "ägypt", "Kabul.", "river", "said", "met",
  "2021", "12th", "٣", "x", "and", "of", "Two", "Wyoming", "Utah", "McAdam", "iPhone", "eBay", "A", "a",
];
const gaps = [" ", " ", " ", "", ", ", ". ", " - ", " — ", ": ", "; ", "? ", "\" ", "“", "(", ") ", "\n", "  ", ".", "'"];
const sentence = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...gaps)), { maxLength: 30 }).map((p) => p.map(([w, g]) => w + g).join(""));

describe("properNameRuns", () => {
  it("finds the runs of the version before, on random sentences", () => {
    fc.assert(
      fc.property(sentence, (s) => {
        expect(properNameRuns(s), s).toEqual(referenceRuns(s));
      }),
      { numRuns: 20000, seed: 20261205 },
    );
  });

  it("finds the runs of the version before, on every sentence of the seeds and the addresses", () => {
    let runs = 0;
    for (const { text } of realTexts()) {
      for (const { text: s } of splitSentences(text)) {
        const expected = referenceRuns(s);
        expect(properNameRuns(s), s).toEqual(expected);
        runs += expected.length;
      }
    }
    expect(runs).toBeGreaterThan(1000);
  });

  it("reads names as written by hand (a sentence's first word is a function word, not a name)", () => {
    expect(properNameRuns("Yesterday Mr. Ewan Dale met Ann Cole in Dunmore, Keld.")).toEqual(["Mr. Ewan Dale", "Ann Cole", "Dunmore", "Keld"]);
    expect(properNameRuns("In 2021 the NATO team and 12 others left.")).toEqual([]);
  });
});
