/** Nationalities, their nouns for a person, and cities: what the gazetteer reads them as. Phrases written for this test. */
import { describe, expect, it } from "vitest";
import { countriesIn, isCity } from "../../../src/extract/gazetteer.js";

describe("nationalities and their nouns for a person", () => {
  it.each([
    ["a Chilean miner", ["Chile"]],
    ["Englishman Tom Reed", ["United Kingdom"]],
    ["a Frenchwoman and two Irishmen", ["France", "Ireland"]],
    ["a New Zealander", ["New Zealand"]],
    ["the Greeks", ["Greece"]],
    // a demonym's variant spelling names the same country
    ["crewmen, all Somalian nationals", ["Somalia"]],
    // must not: a name that only contains one ("Chileans" is a demonym, "Englishmanor" no word of the table)
    ["Englishmanor Lane", []],
  ])("%s → %j", (text, countries) => {
    expect(countriesIn(text)).toEqual(countries);
  });
});

describe("cities of the table", () => {
  it.each([
    ["Paris", true],
    ["Tehran", true],
    ["Abu Dhabi", true],
    ["Dubai", true],
    ["French", false],
    ["Iranian", false],
    ["Britain", false],
    ["U.S.", false],
  ])("%s → %s", (name, expected) => {
    expect(isCity(name)).toBe(expected);
  });
});
