/**
 * The check after a number's digits (grammar/after-number.ts) must never turn away an anchor where
 * the grammar finds something: the temporal layer with the check gives exactly the mentions it
 * gives without it, on random sentences made of numbers, the characters written after them and
 * date vocabulary, and on every sentence (and every whole text) of the seeds and the State of the
 * Union addresses. Each part of the check must also be needed: without it, some of the same random
 * sentences read otherwise.
 */
import { realTexts } from "../helpers/real-texts.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/extract/sentences.js";
import { anchorOffsets } from "../../src/values/temporal/anchors.js";
import { AFTER_NUMBER, mayStartAtNumber } from "../../src/values/temporal/grammar/after-number.js";
import { AFTER_THE } from "../../src/values/temporal/grammar/after-the.js";
import { findTemporal } from "../../src/values/temporal/index.js";

const OPTIONS = { asOf: "2025-09-05" };

describe("mayStartAtNumber", () => {
  // written by hand: after which characters a date, a time or a length of time can go on from a number
  const table: [string, boolean][] = [
    ["1854 was a hard year", true],
    ["1854, the year", true],
    ["7 March", true],
    ["31st of May", true],
    ["the 70's", true],
    ["6-week course", true],
    ["4/7/1921", true],
    ["9⁄11", true],
    ["5½ weeks", true],
    ["3.5 months", true],
    ["11:20", true],
    ["8pm", true],
    ["6\u00a0days", true],
    ["6\u2009hours", true],
    ["72 hours", true],
    ["3_x times a year", true],
    ["12–14 June", true],
    ["4,210,775 dollars", false],
    ["81; and", false],
    ["35% of", false],
    ["14) and", false],
    ["250° north", false],
    ["5. The end", false],
    ["3: the list", false],
    ["2.", false],
    ["77", false],
    ["123456", false],
    ["12345,", false],
    ["farmers", true],
    ["$", true],
  ];
  it.each(table)("%s → %s", (text, expected) => {
    expect(mayStartAtNumber(text, 0)).toBe(expected);
  });
  it("reads the number only at its first digit: inside a figure the anchor is where its run starts", () => {
    // "$4,210,775": anchors at 4, 210 and 775; a comma follows the first two, the end the last
    const text = "$4,210,775";
    expect(anchorOffsets(text).map((at) => mayStartAtNumber(text, at))).toEqual([false, false, false]);
  });
});

// Numbers as texts write them, written out here (not taken from the check under test)
const digits = ["1", "3", "4", "7", "9", "11", "12", "19", "24", "31", "41", "60", "80", "300", "470", "1865", "1997", "2025", "0800", "12345", "199701"];
// what may stand right after the digits: sure things for a date, and the figures' own signs
const glue = [
  "", "", "", " ", " ", " ", "\u00a0", "\u2009", ",", ";", ")", "%", ".", ":", "-", "–", "—", "/", "⁄", "'", "’", "½", "¼", "¾",
  "st", "nd", "rd", "th", "s", "BC", "AD", "pm", "am", "h", "hrs", "x", "_", "°", "?", "!", "\"",
];
// and what may follow that
const after = [
  "", "", "May", "March", "June", "of May", "years", "days", "months", "weeks", "minutes", "hours", "century", "half of 2025",
  "quarter", "BC", "B.C.", "AD", "a.m.", "p.m.", "GMT", "UTC", "to 45 minutes", "and 10 March", "or 3 days", "times a year",
  "ago", "later", "consecutive days", "fiscal year", "people", "dollars", "million", "1/2 years", "2 months", "30", "45 p.m.",
  "11", "04/2025", "12.2025", "s", "000 troops", "s and 80's", "s or 90’s",
];
const before = ["", "", "", "in", "since", "from", "between", "the", "about", "$", "at", "by", "early", "late", "No.", "page", "on", "the early"];
const number = fc
  .tuple(fc.constantFrom(...before), fc.constantFrom(...digits), fc.constantFrom(...glue), fc.constantFrom(...after))
  .map(([b, d, g, a]) => `${b}${b ? " " : ""}${d}${g}${a}`);
const words = ["the", "war", "ended", "and", "a", "treaty", "was", "signed", "it", "cost", "we", "spent", "over", "in", "of", "last", "year"];
const token = fc.oneof({ arbitrary: number, weight: 3 }, { arbitrary: fc.constantFrom(...words), weight: 2 });
const sentence = fc
  .array(token, { minLength: 1, maxLength: 10 })
  .map((parts) => parts.join(" ") + ".");

let drawn: string[] | null = null;
/** The same 20,000 sentences for both tests below: any part left out of the check shows in them. */
function samples(): string[] {
  return (drawn ??= fc.sample(sentence, { numRuns: 20_000, seed: 20261206 }));
}

describe("findTemporal with the check after a number's digits", () => {
  it("finds what the grammar finds without it, on 20,000 random sentences of numbers and date vocabulary", () => {
    let turnedAway = 0;
    let found = 0;
    for (const s of samples()) {
      const expected = findTemporal(s, OPTIONS, AFTER_THE, null);
      expect(findTemporal(s, OPTIONS), s).toEqual(expected);
      found += expected.length;
      turnedAway += anchorOffsets(s).filter((at) => !mayStartAtNumber(s, at)).length;
    }
    // the sentences both hold dates and reach the check
    expect(found).toBeGreaterThan(10_000);
    expect(turnedAway).toBeGreaterThan(10_000);
  });

  it("would miss dates without any one of its parts: the same sentences tell every part's absence", () => {
    const withAll = new Map<string, string>();
    const read = (s: string, parts: typeof AFTER_NUMBER): string => JSON.stringify(findTemporal(s, OPTIONS, AFTER_THE, parts));
    const unneeded = AFTER_NUMBER.filter((part) => {
      const less = AFTER_NUMBER.filter((p) => p !== part);
      return !samples().some((s) => {
        let all = withAll.get(s);
        if (all === undefined) withAll.set(s, (all = read(s, AFTER_NUMBER)));
        return read(s, less) !== all;
      });
    }).map((part) => part.name);
    expect(unneeded).toEqual([]);
  });

  it("finds what the grammar finds without it, on every sentence and every text of the seeds and the State of the Union addresses", () => {
    let turnedAway = 0;
    for (const { file: f, text } of realTexts()) {
      expect(findTemporal(text, OPTIONS), f).toEqual(findTemporal(text, OPTIONS, AFTER_THE, null));
      for (const { text: s } of splitSentences(text)) {
        expect(findTemporal(s, OPTIONS), s).toEqual(findTemporal(s, OPTIONS, AFTER_THE, null));
        turnedAway += anchorOffsets(s).filter((at) => !mayStartAtNumber(s, at)).length;
      }
    }
    expect(turnedAway).toBeGreaterThan(1000);
  });
});
