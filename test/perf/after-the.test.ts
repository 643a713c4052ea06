/**
 * The check on the word after "the" (grammar/after-the.ts) must never turn away an anchor where
 * the grammar finds something: the temporal layer with the check gives exactly the mentions it
 * gives without it, on random sentences made of date vocabulary and on every sentence (and every
 * whole text) of the seeds and the State of the Union addresses.
 */
import { realTexts } from "../helpers/real-texts.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/extract/sentences.js";
import { anchorOffsets } from "../../src/values/temporal/anchors.js";
import { AFTER_THE, mayStartAt } from "../../src/values/temporal/grammar/after-the.js";
import { findTemporal } from "../../src/values/temporal/index.js";

const OPTIONS = { asOf: "2025-09-05" };

describe("mayStartAt", () => {
  // written by hand: where a date can go on after "the", and where it cannot
  const table: [string, boolean][] = [
    ["the end of the decade", true],
    ["the late 1980s", true],
    ["the mid-1970s", true],
    ["the 1960s", true],
    ["the '70s", true],
    ["The following week", true],
    ["the twenty-first century", true],
    ["the third straight month", true],
    ["the near term", true],
    ["the\u00a0past\u00a0year", true],
    ["the Easter holiday", true],
    ["the, said he", true],
    ["the budget for next year", false],
    ["The farmers of the valley", false],
    ["the  harvest of 1887", false],
    ["the\nthirdly", false],
    ["these years", true],
    ["then", true],
    ["the nineteen sixties", true],
    ["the eighteen nineties", true],
  ];
  it.each(table)("%s → %s", (text, expected) => {
    expect(mayStartAt(text, 0)).toBe(expected);
  });
});

const theWords = ["the", "The", "the", "the", "the  ", "the\u00a0"];
// Words a date may or may not go on with after "the", written out here (not taken from the set
// under test, so that a word left out of the set still shows up in the sentences).
const followers = [
  "beginning", "start", "end", "middle", "close", "early", "mid", "late", "week", "morning", "afternoon", "evening", "night",
  "fall", "spring", "summer", "autumn", "winter", "fiscal", "latter", "last", "final", "day", "month", "year", "entire", "whole",
  "full", "same", "past", "next", "coming", "previous", "following", "initial", "very", "preceding", "succeeding", "intervening",
  "ensuing", "recent", "years", "months", "weeks", "days", "decades", "centuries", "hours", "quarter", "this", "current", "that",
  "future", "present", "weekend", "near", "long", "short", "foreseeable", "time", "first", "second", "third", "fourth", "fifth",
  "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
  "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty", "twenty-first", "thirtieth", "half", "season", "era", "period", "decade",
  "century", "twenties", "nineties", "holiday", "term", "moment", "other", "old", "last-minute", "dawn", "eve", "weekly",
  "nineteen", "eighteen",
];
const others = [
  "budget", "people", "nation", "farmers", "thirdly", "yearly", "weekends", "ages", "era", "term", "period", "session", "hours",
  "springs", "firsts", "daytime", "nights", "previously", "lately", "closing", "ending", "starts", "most", "best", "a", "an", "one",
  "two", "several", "few", "of", "in", "on", "at", "and", "or", "to", "from", "between", "since", "by", "until", "ago", "before",
  "after", "earlier", "later", "prior", "ahead", "ever", "row", "consecutive", "straight", "successive", "trading", "hours", "half",
  "quarter", "today", "yesterday", "tomorrow", "now", "May", "March", "June", "April", "Monday", "Friday", "Christmas", "Easter",
  "New Year's Day", "Q3", "FY2009", "1999", "2025", "12", "3rd", "21st", "1990s", "'80s", "’90s", "60s", "12:30", "p.m.", "BC",
  "last", "next", "year", "month", "week", "day", "decade", "century", "morning", "evening", "night", "very", "same",
];
const gaps = [" ", " ", " ", " ", "-", ", ", ". ", "\n", "\u00a0"];
// "the" is drawn mostly right before a word of the set, and the words that finish a date
// ("of", years, units, "ago", "ahead" …) come often, so that many-word dates are put together
const tails = [
  "of", "of the", "of 2020", "of the year", "of this month", "of next week", "of May", "of March 3", "half", "half of 2021",
  "quarter", "quarter of 2019", "fiscal quarter", "century", "centuries", "straight weeks", "consecutive day", "day in a row",
  "future", "being", "term", "ahead", "first century", "end", "’s end", "1990s", "three days", "two years", "few months", "week", "year", "month",
  "morning", "before", "after", "last year", "year ago", "year earlier", "summer", "week of June 2", "quarter-end",
  "sixties", "nineties", "fifties",
];
const the = fc
  .tuple(fc.constantFrom(...theWords), fc.constantFrom(...followers), fc.option(fc.tuple(fc.constantFrom(...gaps), fc.constantFrom(...tails))))
  .map(([t, w, tail]) => `${t} ${w}${tail ? tail[0] + tail[1] : ""}`);
const token = fc.oneof(
  { arbitrary: the, weight: 8 },
  { arbitrary: fc.constantFrom(...theWords), weight: 2 },
  { arbitrary: fc.constantFrom(...followers), weight: 2 },
  { arbitrary: fc.constantFrom(...others), weight: 5 },
);
const sentence = fc
  .array(fc.tuple(token, fc.constantFrom(...gaps)), { minLength: 1, maxLength: 14 })
  .map((parts) => parts.map(([w, g]) => w + g).join("") + ".");

let drawn: string[] | null = null;
/** The same 20,000 sentences for both tests below: any word left out of the set shows in them. */
function samples(): string[] {
  return (drawn ??= fc.sample(sentence, { numRuns: 20_000, seed: 20261205 }));
}

describe("findTemporal with the check after 'the'", () => {
  it("finds what the grammar finds without it, on 20,000 random sentences of date vocabulary", () => {
    let turnedAway = 0;
    let found = 0;
    for (const s of samples()) {
      const expected = findTemporal(s, OPTIONS, null);
      expect(findTemporal(s, OPTIONS), s).toEqual(expected);
      found += expected.length;
      turnedAway += anchorOffsets(s).filter((at) => !mayStartAt(s, at)).length;
    }
    // the sentences both hold dates and reach the check
    expect(found).toBeGreaterThan(10_000);
    expect(turnedAway).toBeGreaterThan(2_000);
  });

  it("would miss dates without any one of its words: the same sentences tell every word's absence", () => {
    const withAll = new Map<string, string>();
    const read = (s: string, words: ReadonlySet<string>): string => JSON.stringify(findTemporal(s, OPTIONS, words));
    const unneeded = [...AFTER_THE].filter((word) => {
      const less = new Set(AFTER_THE);
      less.delete(word);
      // only sentences where the word follows "the" can tell
      const telling = new RegExp(`\\b[Tt]he[\\s\\u00a0]+${word}(?![a-z])`);
      return !samples().some((s) => {
        if (!telling.test(s)) return false;
        let all = withAll.get(s);
        if (all === undefined) withAll.set(s, (all = read(s, AFTER_THE)));
        return read(s, less) !== all;
      });
    });
    expect(unneeded).toEqual([]);
  });

  it("finds what the grammar finds without it, on every sentence and every text of the seeds and the State of the Union addresses", () => {
    let turnedAway = 0;
    for (const { file: f, text } of realTexts()) {
      expect(findTemporal(text, OPTIONS), f).toEqual(findTemporal(text, OPTIONS, null));
      for (const { text: s } of splitSentences(text)) {
        expect(findTemporal(s, OPTIONS), s).toEqual(findTemporal(s, OPTIONS, null));
        turnedAway += anchorOffsets(s).filter((at) => !mayStartAt(s, at)).length;
      }
    }
    expect(turnedAway).toBeGreaterThan(1000);
  });
});
