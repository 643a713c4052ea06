/**
 * findQuantities: input sentence → expected quantity mentions (text, value, counted).
 * The figures of the seed articles come first, then the general grammar.
 */
import { describe, expect, it } from "vitest";
import { findQuantities } from "../../../src/values/quantity/index.js";
import type { Mention, QuantityValue } from "../../../src/types.js";

type Expected = { text: string; kind?: "quantity" | "ordinal"; counted?: string | null } & Partial<Omit<QuantityValue, "type">>;

function only(sentence: string, expected: Expected): Mention {
  const found = findQuantities(sentence).filter((m) => m.text === expected.text);
  expect(found, `no mention "${expected.text}" in ${JSON.stringify(findQuantities(sentence).map((m) => m.text))}`).toHaveLength(1);
  const m = found[0]!;
  expect(m.kind).toBe(expected.kind ?? "quantity");
  expect(sentence.slice(m.offset, m.offset + m.length)).toBe(m.text);
  expect(m.timex).toBeNull();
  expect(m.relative).toBe(false);
  const { text: _t, kind: _k, counted, ...value } = expected;
  expect(m.value).toMatchObject({ type: "quantity", ...value });
  if (counted !== undefined) expect(m.counted).toBe(counted);
  return m;
}

const SEED_FIGURES: [string, Expected][] = [
  ["The statement followed a surge of militant attacks inside Pakistan, with over 2,800 fatalities since 2021.",
    { text: "over 2,800", min: 2800, max: null, unit: "person", qualifier: "over", approximate: false, nominal: 2800, counted: "fatalities" }],
  ["It ordered 1.7 million undocumented Afghan refugees to leave starting in late 2023.",
    { text: "1.7 million", min: 1_700_000, max: 1_700_000, unit: "person", qualifier: null, nominal: 1_700_000, counted: "undocumented afghan refugees" }],
  ["Although bilateral trade grew to nearly $1 billion in the first half of 2025, persistent attacks remain.",
    { text: "nearly $1 billion", min: 900_000_000, max: 1_000_000_000, unit: "USD", qualifier: "nearly", approximate: true, nominal: 1e9, counted: null }],
  ["Pakistan has imposed a 10% fee on Afghan imports via its ports.",
    { text: "10%", min: 10, max: 10, unit: "percent", qualifier: null, nominal: 10, counted: "fee" }],
  ["While India committed over $2 billion to roads, hospitals, and schools, Pakistan could not.",
    { text: "over $2 billion", min: 2e9, max: null, unit: "USD", qualifier: "over", counted: null }],
  ["This followed an audacious TTP attack on a border post in Makin which left 16 security personnel dead.",
    { text: "16", min: 16, max: 16, unit: "person", nominal: 16, counted: "security personnel" }],
  ["Around 1.2 million Afghan refugees have been repatriated so far.",
    { text: "Around 1.2 million", min: 1_150_000, max: 1_250_000, unit: "person", qualifier: "around", approximate: true, nominal: 1_200_000, counted: "afghan refugees" }],
  ["As of 2023, Pakistan hosts an estimated 3 million Afghan refugees, the majority of whom have lived there for decades.",
    { text: "an estimated 3 million", min: 2_500_000, max: 3_500_000, unit: "person", qualifier: "estimated", approximate: true, nominal: 3e6, counted: "afghan refugees" }],
  ["Pakistani fighter jets carried out air strikes against TTP hideouts at four locations in Paktika province.",
    { text: "four", min: 4, max: 4, unit: "location", nominal: 4, counted: "locations" }],
  ["Dar went again to Kabul for the trilateral meeting — his third visit in five months.",
    { text: "third", kind: "ordinal", min: 3, max: 3, unit: "ordinal", nominal: 3, counted: "visit" }],
  ["After Kabul fell, hundreds of thousands of Afghan refugees entered Pakistan.",
    { text: "hundreds of thousands", min: 200_000, max: 999_999, unit: "person", approximate: true, nominal: null, counted: "afghan refugees" }],
  ["The displacement of millions of Afghans into Pakistan strained services.",
    { text: "millions", min: 2_000_000, max: 999_999_999, unit: "person", approximate: true, nominal: null, counted: "afghans" }],
  ["The relationship between the two countries has consequently shifted.",
    { text: "two", min: 2, max: 2, unit: "country", counted: "countries" }],
  ["The objectives of this study are three-fold.", { text: "three-fold", min: 3, max: 3, unit: "times" }],
];

describe("findQuantities: the figures of the seed articles", () => {
  it.each(SEED_FIGURES)("%s", (sentence, expected) => {
    only(sentence, expected);
  });
});

describe("findQuantities: qualifiers as bounds", () => {
  const cases: [string, Expected][] = [
    ["more than 700 people died", { text: "more than 700", min: 700, max: null, qualifier: "over", unit: "person" }],
    ["in excess of 40,000 troops", { text: "in excess of 40,000", min: 40_000, max: null, qualifier: "over" }],
    ["upwards of 300 trucks", { text: "upwards of 300", min: 300, qualifier: "over", unit: "truck" }],
    ["at least 12 civilians were killed", { text: "at least 12", min: 12, max: null, qualifier: "at least", unit: "person" }],
    ["no fewer than 9 soldiers", { text: "no fewer than 9", min: 9, qualifier: "at least" }],
    ["up to 500 migrants", { text: "up to 500", min: null, max: 500, qualifier: "up to", unit: "person" }],
    ["as many as 80,000 returnees", { text: "as many as 80,000", max: 80_000, qualifier: "up to", unit: "person" }],
    ["fewer than 20 women", { text: "fewer than 20", max: 20, qualifier: "up to", unit: "person" }],
    ["almost 5,000 children", { text: "almost 5,000", min: 4500, max: 5000, qualifier: "nearly", approximate: true }],
    ["just under 2 million", { text: "just under 2 million", min: 1_800_000, max: 2_000_000, qualifier: "nearly" }],
    ["about 40,000 people", { text: "about 40,000", min: 35_000, max: 45_000, qualifier: "around", approximate: true }],
    ["about 42,000 people", { text: "about 42,000", min: 41_500, max: 42_500, qualifier: "around" }],
    ["some 300 families", { text: "some 300", min: 250, max: 350, qualifier: "around", unit: "family" }],
    ["roughly 2.5 percent", { text: "roughly 2.5 percent", min: 2.45, max: 2.55, qualifier: "around", unit: "percent" }],
    ["~30 vehicles", { text: "~30", min: 25, max: 35, qualifier: "around", unit: "vehicle" }],
    ["estimated 600 deaths", { text: "estimated 600", min: 550, max: 650, qualifier: "estimated", unit: "person" }],
    ["2,800+ fatalities", { text: "2,800+", min: 2800, max: null, qualifier: "at least", unit: "person" }],
    ["300 or more refugees", { text: "300 or more", min: 300, qualifier: "at least", unit: "person" }],
    ["40,000 or so workers", { text: "40,000 or so", min: 35_000, max: 45_000, qualifier: "around", unit: "person" }],
  ];
  it.each(cases)("%s", (sentence, expected) => {
    only(sentence, expected);
  });
});

describe("findQuantities: must not match", () => {
  const families: Record<string, string[]> = {
    "years used as dates": ["It was in 1997 that Pakistan recognised", "since 2021 the situation", "the 2024 TTP attack", "(1979–1989)", "from 2001 to 2021", "the 1990s"],
    "numbers glued to letters or hyphens": ["post-2021 period", "F-16 jets", "COVID-19", "G20 summit", "@MIshaqDar50", "mid-2025"],
    "dates' parts and clock times": ["the 9/11 attacks", "at 10:30 in the morning"],
    "labels": ["see Section 4", "p. 12", "Table 2 shows", "Vision 2030", "Resolution 2593", "No. 7"],
    "identifiers": ["0009-0005-3697-6034", "call 051-920-1234"],
    "pronoun one": ["One of the most significant events", "on the one hand", "no one knew", "a one-sided deal", "a zero-sum game"],
    "list markers": ["(1) first item"],
  };
  for (const [family, sentences] of Object.entries(families)) {
    it.each(sentences)(`${family}: %s`, (sentence) => {
      expect(findQuantities(sentence).filter((m) => m.kind === "quantity").map((m) => m.text)).toEqual([]);
    });
  }
});

describe("findQuantities: years with units are quantities", () => {
  it.each<[string, Expected]>([
    ["a total of 1,997 votes", { text: "1,997", min: 1997, unit: "vote" }],
    ["$2021 was raised", { text: "$2021", min: 2021, unit: "USD" }],
    ["2021 people signed", { text: "2021", min: 2021, unit: "person" }],
  ])("%s", (sentence, expected) => {
    only(sentence, expected);
  });
});

describe("findQuantities: mention shape", () => {
  it("reports offsets into the scanned text and names the pattern", () => {
    const text = "Trade grew to nearly $1 billion.";
    const [m] = findQuantities(text);
    expect(m).toMatchObject({ offset: 14, length: 17, text: "nearly $1 billion", pattern: "quantity/qualified-currency-digits-scale" });
  });
  it("does not lend one qualifier to two numbers", () => {
    expect(findQuantities("300 or more than 400 people").map((m) => m.text)).toEqual(["300 or more", "400"]);
  });
  it("is deterministic", () => {
    const text = "over 2,800 fatalities and 1.7 million refugees";
    expect(JSON.stringify(findQuantities(text))).toBe(JSON.stringify(findQuantities(text)));
  });
});

describe("findQuantities and findNoise: properties", async () => {
  const fc = await import("fast-check");
  const { findNoise } = await import("../../../src/values/noise/index.js");
  const pieces = ["over ", "2,800", " ", "$", "1.7", " million", "%", "-", " to ", "between ", " and ", "three", "-thirds",
    " of ", "refugees", "(", ")", "Smith, 2011", "3.4.", "\n", "Taliban 2.0", "nearly", "a", "half", "9/11", "0009-0005", ".", ",", " or more", " than ", "about ", "£"];
  it("never throws; mentions are in order, do not overlap, and their text is the span", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        for (const found of [findQuantities(text), findNoise(text)]) {
          let reach = 0;
          for (const m of found) {
            expect(m.offset).toBeGreaterThanOrEqual(reach);
            expect(m.length).toBeGreaterThan(0);
            expect(text.slice(m.offset, m.offset + m.length)).toBe(m.text);
            reach = m.offset + m.length;
          }
        }
      }),
      { numRuns: 400, seed: 20250901 },
    );
  });
});
