/** Who a sentence names: countries and other proper names. Sentences written for this test. */
import { describe, expect, it } from "vitest";
import { actorsOf } from "../../../src/extract/actors.js";

describe("actorsOf: titles and nationalities before a name", () => {
  it.each([
    ["a rank written short is no part of the name", "Sgt. Ivy Lund said 3 men fled.", [], ["ivy lund"]],
    ["a noun of nationality before a person's name", "Welshman Ivor Pugh fell 600m.", ["United Kingdom"], ["ivor pugh"]],
    ["a nationality and a title before a name", "Greek Finance Minister Ana Vlachou said 3 banks shut.", ["Greece"], ["ana vlachou"]],
    // must not: a company named after its country, a newspaper named after its capital
    ["a nationality before one word names a company", "Danish Maritime cut 300 jobs.", ["Denmark"], []],
    ["a capital's newspaper", "The Washington Post said 3 died.", ["United States"], []],
    // a month or a day written short is a date's word, no one's name
    ["a month written short", "Ivy Lund hurt her wrist on Oct. 19 and missed 4 races.", [], ["ivy lund"]],
    ["a month written short after a place", "Two barns at Dunmore burned on Sept. 9.", [], ["dunmore"]],
    ["a number word after a dateline's dash", "KELD, May 2 — Three men were hurt.", [], []],
    ["a name after a dateline's dash stays a name", "KELD, May 2 — Ivy Lund was hurt.", [], ["ivy lund"]],
    ["a day and a month written short", "The vote, set for Thurs., Feb. 2, drew 300 people.", [], []],
  ] as const)("%s", (_name, sentence, countries, names) => {
    const a = actorsOf(sentence);
    expect(a.countries).toEqual(countries);
    expect(a.names).toEqual(names);
  });
});

describe("actorsOf: a news outlet credited with the report is no actor", () => {
  it.each([
    ["told the outlet", "He fired 6 shots, sources told the Keld Daily News.", []],
    ["according to the outlet", "Ivy Lund, 30, was hurt, according to the Harbour Post.", ["ivy lund"]],
    ["the outlet reported", "The Dunmore Times reported that 4 men fled.", []],
    ["the verb of telling before its outlet", "Ivy Lund, 30, died at home, said the Harbour Post.", ["ivy lund"]],
    ["an outlet named with a noun of its medium", "The cause of the fire is not known, said the Orby Democrat newspaper.", []],
    ["the outlet stated", "She died at 4 p.m. at her home in Keld, the Harbour Post stated.", ["keld"]],
    // must not: an outlet that is in the story, and a name ending in a word of an outlet's that is credited with nothing
    ["an outlet sold", "The Harbour Post was sold for $3 million.", ["harbour post"]],
    ["a person's name", "Ivy Lund joined the Keld Press Club in 2010.", ["ivy lund", "keld press club"]],
    ["a newspaper in the story, with its medium named", "The Orby Democrat newspaper cut 40 jobs.", ["orby democrat"]],
    ["a person after a verb of telling", "The fire started at noon, said Ivy Lund of Keld.", ["ivy lund", "keld"]],
  ] as const)("%s", (_name, sentence, names) => {
    expect(actorsOf(sentence).names).toEqual(names);
  });
});
