/** A city's name inside a treaty's name tells where it was signed, not where the sentence's events happened. Phrases written for this test. */
import { describe, expect, it } from "vitest";
import { countriesIn } from "../../../src/extract/gazetteer.js";

describe("a city inside the name of a treaty, an accord or a pact", () => {
  it.each([
    // must match: the city names no country
    ["the raids broke the Oslo Peace Accords within a week", []],
    ["the border was drawn under the Treaty of Vienna", []],
    ["prisoners held against the Geneva Conventions", []],
    ["the Madrid Protocol was signed by both sides", []],
    ["after the Peace of Rome the two armies left the valley", []],
    // a country's own name in a treaty's name names its parties
    ["the Japan Fisheries Agreement of that year", ["Japan"]],
    ["the China Trade Pact", ["China"]],
    // must not match: the city is where something happened
    ["talks in Oslo ended without an accord", ["Norway"]],
    ["the two leaders signed the accord in Vienna", ["Austria"]],
    ["a Geneva court ruled on the treaty", ["Switzerland"]],
    ["Madrid said the agreement would hold", ["Spain"]],
  ])("%s → %j", (text, countries) => {
    expect(countriesIn(text)).toEqual(countries);
  });
});
