/**
 * Ages are quantities of unit year (or month…) that count "age": a person's age is a claim about
 * age, never a toll. Sentences written for this test: the age expected, then sentences whose
 * numbers are not ages.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import { findQuantities } from "../../../src/values/quantity/index.js";

const ages = (text: string) => findMentions(text, { asOf: "2020-06-30" }).filter((m) => m.counted === "age");

describe("ages: must match", () => {
  it.each<[string, string, number | [number, number], string?]>([
    ["A 45-year-old man was arrested at the scene.", "45-year-old", 45],
    ["the 16-year-old was shot by officers", "16-year-old", 16],
    ["A six-year-old girl was pulled from the water.", "six-year-old", 6],
    ["twenty-two-year-old Maria Lopez won the race", "twenty-two-year-old", 22],
    ["a six-month-old baby survived", "six-month-old", 6, "month"],
    ["The driver, who is 52 years old, was unhurt.", "52 years old", 52],
    ["applicants must be at least 25 years of age", "at least 25 years of age", 25],
    ["a woman aged 22 was taken to hospital", "22", 22],
    ["He retired at the age of 70.", "70", 70],
    ["children aged 5 to 11 were vaccinated", "5 to 11", [5, 11]],
    ["The actor died at 84 in his home.", "84", 84],
    // a surname like a short weekday, with no period, is a name
    ["The driver, Li Sun, 45, was unhurt.", "45", 45],
    // a short phrase of where or when between the verb and the age
    ["Crime boss dies in U. S. prison at 79", "79", 79],
    ["The poet died at home in Leeds at 90.", "90", 90],
    ["She died in a Dorset hospice aged 81.", "81", 81],
    ["The former senator, who died on Sunday aged 91, served four terms.", "91", 91],
    // a day with no preposition, a manner adverb
    ["The painter died Tuesday at 86.", "86", 86],
    ["Her uncle passed away yesterday aged 79.", "79", 79],
    ["The bandleader died peacefully at 93 in Lisbon.", "93", 93],
    ["The coach died suddenly on Monday aged 54.", "54", 54],
    ["The jockey died this morning at 71.", "71", 71],
    ["He was 77.", "77", 77],
    ["She was only 15 when she left school.", "15", 15],
    ["The striker, who turns 29 on Friday, signed a new deal.", "29", 29],
    ["Police named the victim as Dana Kowal, 63, of Millbrook.", "63", 63],
    ["Torres, 28, has scored in every game this month.", "28", 28],
    ["The passenger, 41, was flown to hospital.", "41", 41],
    ["the suspect, Jon Pike, 38.", "38", 38],
    ["Jane Roe (45) was charged on Monday.", "45", 45],
    ["a man in his 60s was seen leaving", "60s", [60, 69]],
    ["In Heraklion, Nikos Papas, 52, spoke to the crowd.", "52", 52],
    // the apposition closed by "and from" and a place
    ["Ian Moss, 31 and from Hull, was held overnight.", "31", 31],
    ["The rider, 19 and from Galway, was unhurt.", "19", 19],
    ["a woman in her early thirties", "early thirties", [30, 33]],
  ])("%s", (text, written, value, unit = "year") => {
    const found = ages(text);
    expect(found.map((m) => m.text)).toEqual([written]);
    const [min, max] = typeof value === "number" ? [value, value] : value;
    expect(found[0]!.value).toMatchObject({ type: "quantity", unit, ...(written.startsWith("at least") ? { min } : { min, max }) });
    expect(found[0]!.kind).toBe("quantity");
  });

  it("two ages after 'ages … and'", () => {
    expect(ages("two men, ages 47 and 48, were shot").map((m) => m.text)).toEqual(["47", "48"]);
  });

  it("a qualified age is a bound", () => {
    expect(ages("202 of them are under 45 years old")[0]).toMatchObject({ text: "under 45 years old", value: { min: null, max: 45, unit: "year" } });
  });

  it("an age is the only reading of its words: no duration and no bare count", () => {
    const all = findMentions("A 45-year-old man and Dana Kowal, 63, were hurt.", { asOf: null });
    expect(all.map((m) => [m.kind, m.text, m.counted])).toEqual([
      ["quantity", "45-year-old", "age"],
      ["quantity", "63", "age"],
    ]);
    // the TimeML reading of the compound is kept on the age
    expect(all[0]!.timex).toEqual({ type: "DURATION", value: "P45Y", mod: null });
    // the quantity grammar alone gives the same ages (the layered value layer relies on it)
    expect(findQuantities("Dana Kowal, 63, was hurt.").map((m) => [m.text, m.counted])).toEqual([["63", "age"]]);
  });
});

describe("ages: must not match", () => {
  it.each([
    "In Kabul, 12 were killed and 30 wounded.",
    "On Monday, 14 people were arrested.",
    // a weekday cut short, with its period, is no name
    "On Thurs., 14 people were arrested.",
    "Arrests by day: Tues., 14; Thurs., 30; Sat., 9.",
    "The attack on March 9, 2013, left 3 dead.",
    "The patient died at 3 a.m. on Tuesday.",
    "They died at 4 in the morning.",
    "Two men died in the blaze at 3.",
    "He died in the crash at 2:15.",
    "The patient died Tuesday at 5 p.m.",
    "She died suddenly at 6 in the evening.",
    "Two miners died Friday at 11.",
    "The talks lasted 12 years.",
    "The index turned 180 degrees.",
    "He has served 20 years in prison.",
    "Colts 20, Chiefs 13 at the half.",
    "The team beat Boston, 5-3, on Sunday.",
    "In Heraklion, 10,000 people marched.",
    "Of the crew: killed, 4; wounded, 11.",
    "Interstate 75, north of the city, was closed.",
    "Chapter 11, the longest, covers the war.",
    "the 1960s saw growth",
    // a count after a place, with "from" but no "and": not an apposition
    "Police held 30 fans in Leeds, 12 from Hull.",
    "In Leeds, 12 and from then on more came.",
  ])("%s", (text) => {
    expect(ages(text).map((m) => m.text)).toEqual([]);
  });
});

describe("an age told with the day of a birthday", () => {
  it.each<[string, string, number]>([
    ["The crowd sang to the coach, who was 71 on Sunday.", "71", 71],
    ["Her grandmother, who turned 90 on Friday, was there.", "90", 90],
    // "whose was" is the slip of "who was": "whose" never goes before a verb
    ["The crowd sang to the coach, whose was 71 on Sunday.", "71", 71],
    ["He is 45 today.", "45", 45],
  ])("%s → %s", (text, written, n) => {
    expect(ages(text).map((m) => [m.text, m.value?.type === "quantity" ? m.value.min : null])).toEqual([[written, n]]);
  });
  it.each([
    "He was 12 on the list of seeds.",
    "She was 3 on the day, two under par.",
    "The firm, whose profit was 12 on Monday, grew.",
  ])("%s has no age", (text) => {
    expect(ages(text).map((m) => m.text)).toEqual([]);
  });
});
