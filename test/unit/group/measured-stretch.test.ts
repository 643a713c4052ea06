/**
 * What a length of time measures, when the sentence says: a capacity ("as coach"), a state ("in a
 * coma", "in hospital"), or the time between two events ("a week after …"); and when two lengths
 * therefore measure different stretches. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { bearingOf, isSpacing, separates, stretchOf } from "../../../src/group/participants.js";
import type { Claim } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

const lengthIn = (sentence: string, text: string, unit: string, n: number): Claim =>
  claim(qty(n, n, { unit }), {
    text,
    sentence,
    claimFrame: {
      counted: unit,
      predicate: { lemma: "spend", voice: "active" },
      participants: [],
      time: { tally: false, reportedAt: null },
      attribution: null,
      modality: [],
    },
  });

describe("stretchOf: must match", () => {
  it.each<[string, string, string, string, string[]]>([
    ["Ruiz spent six seasons as the club's goalkeeping coach before leaving.", "six", "season", "capacity", ["goalkeeping", "coach"]],
    ["She served two terms as mayor of the town.", "two", "term", "capacity", ["mayor", "town"]],
    ["The climber lay in a coma for ten days after the fall.", "ten days", "day", "state", ["coma"]],
    ["He was hospitalized in Leeds for three weeks with a lung infection.", "three weeks", "week", "state", ["hospital"]],
    ["He had been in hospital for three weeks.", "three weeks", "week", "state", ["hospital"]],
    ["The singer died two days after suffering a stroke.", "two days", "day", "elapsed", []],
  ])("%s → %s %j", (sentence, text, unit, kind, words) => {
    expect(stretchOf(lengthIn(sentence, text, unit, 1))).toEqual({ kind, words });
  });
});

describe("stretchOf: must not match", () => {
  it.each<[string, string, string]>([
    ["Ruiz has spent 14 seasons with the club.", "14", "season"],
    ["The clerk served five months in a county jail.", "five months", "month"],
    // a count that is not a length of time
    ["Ruiz coached 40 players as head coach.", "40", "person"],
  ])("%s", (sentence, text, unit) => {
    expect(stretchOf(lengthIn(sentence, text, unit, 1))).toBeNull();
  });
});

describe("separates: lengths of different stretches", () => {
  const total = lengthIn("Ruiz has spent 14 seasons with the club.", "14", "season", 14);
  const asCoach = lengthIn("Ruiz spent six seasons as the club's goalkeeping coach.", "six", "season", 6);
  const asCoach2 = lengthIn("Before that Ruiz spent five seasons as goalkeeping coach of the first team.", "five", "season", 5);
  const asScout = lengthIn("Ruiz spent three seasons as chief scout.", "three", "season", 3);
  const coma = lengthIn("The climber lay in a coma for ten days.", "ten days", "day", 10);
  const hospital = lengthIn("The climber was hospitalized for five weeks.", "five weeks", "week", 5);
  const hospital2 = lengthIn("The climber had been in hospital for four weeks.", "four weeks", "week", 4);
  const after = lengthIn("The climber died ten days after the fall.", "ten days", "day", 10);
  const plain = lengthIn("The climber spent five weeks recovering.", "five weeks", "week", 5);
  it.each<[string, Claim, Claim, boolean]>([
    ["one role against the whole stay", asCoach, total, true],
    ["two roles", asCoach, asScout, true],
    ["one role named two ways", asCoach, asCoach2, false],
    ["a coma against a hospital stay", coma, hospital, true],
    ["a state against the time between two events", hospital, after, true],
    ["two hospital stays", hospital, hospital2, false],
    ["a state against a length that says nothing of what it measures", hospital, plain, false],
    ["two lengths that say nothing", plain, lengthIn("The climber spent four weeks recovering.", "four weeks", "week", 4), false],
  ])("%s → %s", (_name, a, b, expected) => {
    expect(separates(a, b)).toBe(expected);
    expect(separates(b, a)).toBe(expected);
  });
});

const distanceIn = (sentence: string, text: string, n: number): Claim =>
  claim(qty(n, n, { unit: "mi" }), {
    text,
    sentence,
    claimFrame: {
      counted: "distance",
      predicate: { lemma: "lie", voice: "active" },
      participants: [],
      time: { tally: false, reportedAt: null },
      attribution: null,
      modality: [],
    },
  });

describe("bearingOf: the compass word a distance is told with", () => {
  it.each<[string, string, string | null]>([
    ["The depot lies about 30 miles east of Dunmore.", "about 30 miles", "east"],
    ["He was found 30 miles north-west of where he had fled.", "30 miles", "northwest"],
    ["The village is 30 miles (48 km) south of the border.", "30 miles", "south"],
    ["The boat drifted 30 miles northeastward from the harbour.", "30 miles", "northeast"],
    // no compass word: no bearing
    ["The depot lies 30 miles from Dunmore.", "30 miles", null],
    ["Officers chased the van for 30 miles along the coast.", "30 miles", null],
    // a compass word that is not the distance's bearing
    ["The convoy drove 30 miles to the East Gate of the city.", "30 miles", null],
  ])("%s → %s", (sentence, text, bearing) => {
    expect(bearingOf(distanceIn(sentence, text, 30))).toBe(bearing);
  });
});

describe("separates: distances told with different bearings", () => {
  const east = distanceIn("The depot lies about 30 miles east of Dunmore.", "about 30 miles", 30);
  const northwest = distanceIn("He was caught in a Dunmore suburb, 30 miles northwest of where he had fled.", "30 miles", 30);
  const east2 = distanceIn("Kelby is 30 miles east of the city.", "30 miles", 30);
  const plain = distanceIn("The depot lies 30 miles from Dunmore.", "30 miles", 30);
  const hyphen = distanceIn("The camp sits 30 miles north-west of the lake.", "30 miles", 30);
  it.each<[string, Claim, Claim, boolean]>([
    ["east against northwest", east, northwest, true],
    ["east against east", east, east2, false],
    ["a bearing against none", east, plain, false],
    ["north-west written two ways", northwest, hyphen, false],
  ])("%s → %s", (_, a, b, apart) => {
    expect(separates(a, b)).toBe(apart);
  });
});

describe("isSpacing: a distance told as how far apart two things stand, not a way moved", () => {
  it.each<[string, string, number, boolean]>([
    // must match: a spacing
    ["A neighbour was standing 20 feet away when the van hit the gate.", "20 feet", 20, true],
    ["The two huts stand about a mile apart.", "about a mile", 1, true],
    // must not match: a way moved, or a distance from a place that may be either
    ["The van dragged the cyclist 10 feet before it stopped.", "10 feet", 10, false],
    ["Officers chased the van for 30 miles along the coast.", "30 miles", 30, false],
    ["The climber fell 200 feet from the ridge.", "200 feet", 200, false],
  ])("%s → %s", (sentence, text, n, spacing) => {
    expect(isSpacing(distanceIn(sentence, text, n))).toBe(spacing);
  });
});

describe("separates: a spacing against a way moved", () => {
  const standing = distanceIn("A neighbour was standing 20 feet away when the van hit the gate.", "20 feet", 20);
  const dragged = distanceIn("The van dragged the cyclist 10 feet before it stopped.", "10 feet", 10);
  const dragged2 = distanceIn("The cyclist was dragged about 20 feet along Pike Road.", "about 20 feet", 20);
  const lived = distanceIn("Nell Ruiz lived a mile away in Kelby.", "a mile", 1);
  const lived2 = distanceIn("Nell Ruiz had moved about two miles away.", "about two miles", 2);
  it.each<[string, Claim, Claim, boolean]>([
    ["standing away against dragged", standing, dragged, true],
    ["two ways moved", dragged, dragged2, false],
    ["two spacings", lived, lived2, false],
  ])("%s → %s", (_, a, b, apart) => {
    expect(separates(a, b)).toBe(apart);
  });
});
