/**
 * Forms of figures that news text and tokenized corpora print: "two or three" as a range, scale
 * words glued by a hyphen ("$2.6-million"), MM for million ("$200MM"), a comparison with an article
 * ("more than the $21 million"), a currency name glued to the number ("euro110 billion"), and
 * thousands separators followed by a space ("2, 000ft"). Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import type { Mention } from "../../../src/types.js";

const quantities = (text: string): Mention[] => findMentions(text, { asOf: "2020-06-30" }).filter((m) => m.kind === "quantity");

describe("must match", () => {
  it.each<[string, string, { min: number | null; max: number | null; unit: string }]>([
    ["Police saw two or three trucks leave.", "two or three", { min: 2, max: 3, unit: "truck" }],
    ["Police said 40 or 50 of them ran off.", "40 or 50", { min: 40, max: 50, unit: "" }],
    ["Seven or eight seamen were hurt.", "Seven or eight", { min: 7, max: 8, unit: "person" }],
    ["The repairs need 3 or 4 buses.", "3 or 4", { min: 3, max: 4, unit: "bus" }],
    ["The thieves took a $2.6-million haul.", "$2.6-million", { min: 2.6e6, max: 2.6e6, unit: "USD" }],
    ["They fled with a two-million-euro haul of rings.", "two-million-euro", { min: 2e6, max: 2e6, unit: "EUR" }],
    ["Lyon hit by 3 mn-euro art raid", "3 mn-euro", { min: 3e6, max: 3e6, unit: "EUR" }],
    ["He paid with a 10-dollar bill.", "10-dollar", { min: 10, max: 10, unit: "USD" }],
    ["a $143-billion rescue", "$143-billion", { min: 143e9, max: 143e9, unit: "USD" }],
    ["The club offered a $200MM deal.", "$200MM", { min: 200e6, max: 200e6, unit: "USD" }],
    ["He asked for $27.5MM a year.", "$27.5MM", { min: 27.5e6, max: 27.5e6, unit: "USD" }],
    ["They want more than the $21 million offered.", "more than the $21 million", { min: 21e6, max: null, unit: "USD" }],
    ["It pays less than the 300 promised.", "less than the 300", { min: null, max: 300, unit: "" }],
    ["Lenders agreed a euro110 billion rescue.", "euro110 billion", { min: 110e9, max: 110e9, unit: "EUR" }],
    ["He fell 2, 000ft to the glacier.", "2, 000ft", { min: 2000, max: 2000, unit: "ft" }],
    ["It cost $12, 500 to repair.", "$12, 500", { min: 12500, max: 12500, unit: "USD" }],
  ])("%s", (text, written, value) => {
    const found = quantities(text).filter((m) => m.text === written);
    expect(found.map((m) => m.text)).toEqual([written]);
    expect(found[0]!.value).toMatchObject(value);
  });
});

describe("must not match", () => {
  it.each<[string, string[]]>([
    ["The vote is 1 or 2,000 people away.", ["1", "2,000"]], // too far apart for a range
    ["It happened in 2009 or 2010.", []], // years, not counts
    ["Choose 5 or 3 of them.", ["5", "3"]], // the second is not the larger
    ["They lost 3 or more games.", ["3 or more"]], // a bound, not a range
    ["See items 5, 100 and 7 in the list.", ["5", "100", "7"]], // a list: no unit, no currency
    ["The euro 10 years ago was weaker.", []], // a currency name apart from the number
    ["The wall is 20 mm thick.", ["20 mm"]], // millimetres, not million
    ["He talked about the 300 people there.", ["300"]], // "about the" is no qualifier
  ])("%s", (text, written) => {
    expect(quantities(text).map((m) => m.text)).toEqual(written);
  });
});

describe("pounds that weigh, pounds that pay", () => {
  it.each<[string, string, string]>([
    // a word of weight before the figure, or a substance after it: a weight
    ["The suspect, weighing about 180 pounds, fled on foot.", "about 180 pounds", "lb"],
    ["Agents seized 40 pounds of cocaine at the border.", "40 pounds", "lb"],
    ["The recipe needs 5 pounds of flour.", "5 pounds", "lb"],
    ["The boxer weighed in at 147 pounds on Friday.", "147 pounds", "lb"],
    // a sign, a scale word or "sterling": money, even beside a word of weight
    ["The heavy fine came to 300 pounds.", "300 pounds", "GBP"],
    ["The club paid 40 million pounds for the striker.", "40 million pounds", "GBP"],
    ["Tickets cost 25 pounds each.", "25 pounds", "GBP"],
    ["The heaviest penalty was 5,000 pounds sterling.", "5,000 pounds sterling", "GBP"],
  ])("%s", (text, written, unit) => {
    const found = quantities(text).filter((m) => m.text === written);
    expect(found.map((m) => m.text)).toEqual([written]);
    expect(found[0]!.value).toMatchObject({ unit });
  });
});

describe("a hyphen after a figure: a compound, a suspended compound, or a dash", () => {
  it.each<[string, string, string]>([
    ["The club sent a 10-member delegation.", "10", "person"],
    // suspended: the first figure counts what the second compound names
    ["Boxers then fought four- and six-round bouts.", "four", "round"],
    ["Boxers then fought four-and six-round bouts.", "four", "round"],
    ["Crews laid 20- and 40-metre pipes.", "20", "metre"], // (a width in bits, "32- and 64-bit versions", names a build: noise)
    // a dash before a function word: no compound, nothing counted by it
    ["She was a mother of 12-another woman was also hurt.", "12", ""],
    ["Two girls, aged 6 and 8-and a neighbour were hurt.", "8", "year"], // an age, still not "and"
  ])("%s", (text, written, unit) => {
    const found = quantities(text).filter((m) => m.text === written);
    expect(found.map((m) => m.text)).toEqual([written]);
    expect(found[0]!.value).toMatchObject({ unit });
  });
});
