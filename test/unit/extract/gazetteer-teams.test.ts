/** A place's name that opens a team's name names the team, not the country. Phrases written for this test. */
import { describe, expect, it } from "vitest";
import { countriesIn } from "../../../src/extract/gazetteer.js";

describe("a capital that opens a team's name", () => {
  it.each([
    ["the Washington Nationals made an offer", []],
    ["an offer from the London Broncos.", []],
    // must not: the capital standing for its country, a headline's verb, a list of capitals, demonyms
    ["Washington officials said", ["United States"]],
    ["Washington Warns Iran", ["Iran", "United States"]],
    ["Kabul Denies Report", ["Afghanistan"]],
    ["Islamabad Says", ["Pakistan"]],
    ["Washington, Moscow and Beijing", ["China", "Soviet Union", "United States"]],
    ["American Airlines", ["United States"]],
  ])("%s → %j", (text, countries) => {
    expect(countriesIn(text)).toEqual(countries);
  });
});
