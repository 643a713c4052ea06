/**
 * A rule's trigger that is a word of a league's name before its contest ("the Valley Conference
 * tournament") names no meeting (extract/contest-names.ts); "the day" after a thing ranked among
 * the day's ("his third trifecta of the day") dates nothing (values/temporal/grammar/relative.ts).
 * Sentences written for this test; the expected readings were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { contestBodyName } from "../../../src/extract/contest-names.js";
import { findMentions } from "../../../src/values/index.js";
import { claimsOfText } from "./frames/helpers.js";

const triggerAt = (sentence: string, word: string): { text: string; start: number; end: number } => {
  const start = sentence.indexOf(word);
  return { text: word, start, end: start + word.length };
};

describe("contestBodyName", () => {
  it.each<[string, string, boolean]>([
    // must match: a capitalized trigger in a name, a contest noun after it
    ["The Owls beat Rye 70-61 on Friday in the Lakes Valley Conference tournament.", "Conference", true],
    ["They won the Great Plains Conference title in March.", "Conference", true],
    ["The Owls are top of the East Coast Conference standings.", "Conference", true],
    // must not match
    ["The Munich Trade Conference opened on Friday.", "Conference", false],
    ["Rye lost in the conference tournament on Friday.", "conference", false],
    ["A Conference tournament was held in 2019.", "Conference", false],
  ])("%s (%s) → %s", (sentence, word, expected) => {
    expect(contestBodyName(sentence, triggerAt(sentence, word))).toBe(expected);
  });

  it("takes no meeting's date from a league's name before its contest", () => {
    const claims = claimsOfText("The Owls beat Rye 70-61 on Friday in the quarterfinals of the Lakes Valley Conference tournament.", "2024-03-09");
    expect(claims.filter((c) => c.rule === "meetings").map((c) => c.text)).toEqual([]);
  });

  it("still dates a conference that meets", () => {
    const claims = claimsOfText("Ministers met at the conference in Oslo on 4 May 2023.", "2024-03-09");
    expect(claims.filter((c) => c.rule === "meetings").map((c) => c.text)).toEqual(["4 May 2023"]);
  });
});

describe("'the day' after a thing ranked among the day's", () => {
  const dayMentions = (text: string): string[] => findMentions(text, { asOf: "2024-03-08" }).filter((m) => m.text === "the day" && m.value !== null).map((m) => m.text);
  it.each([
    "The Owls took their first double-digit lead of the day at 40-30.",
    "Cole hit his third trifecta of the day.",
    "It was his only mistake of the day.",
  ])("must not date: %s", (text) => {
    expect(dayMentions(text)).toEqual([]);
  });
  it.each([
    "Shares closed the day 2% higher on Friday.",
    "The index fell 40 points at the close of the day.",
  ])("must still date: %s", (text) => {
    expect(dayMentions(text)).toEqual(["the day"]);
  });
});
