/**
 * "twice" and "thrice" as counts of times: "was postponed twice" is the count "postponed two
 * times" would be. Not a multiplier or a rate. Sentences written for this test; the values
 * expected were read by hand.
 */
import { describe, expect, it } from "vitest";
import { findQuantities } from "../../../src/values/quantity/index.js";
import { frame } from "../extract/frames/helpers.js";

const timesIn = (text: string): { text: string; nominal: number | null; counted: string | null }[] =>
  findQuantities(text)
    .filter((m) => m.counted === "times")
    .map((m) => ({ text: m.text, nominal: m.value?.type === "quantity" ? m.value.nominal : null, counted: m.counted ?? null }));

describe("must read a count of times", () => {
  it.each([
    ["The regatta was postponed twice because of gales.", "twice", 2],
    ["The twice delayed launch finally went ahead in Kourou.", "twice", 2],
    ["Harlow has thrice won the county cup.", "thrice", 3],
    ["She was nominated twice, and lost both times.", "twice", 2],
    ["The bridge flooded twice in the wake of the storms.", "twice", 2],
  ])("%s → %s = %d times", (text, value, n) => {
    expect(timesIn(text)).toEqual([{ text: value, nominal: n, counted: "times" }]);
  });

  it("compares with the same count written as a word", () => {
    expect(timesIn("The regatta was postponed two times.")).toEqual([{ text: "two", nominal: 2, counted: "times" }]);
  });

  it("gives the verb it counts as the predicate", () => {
    expect(frame("The regatta was postponed twice because of gales.", "twice").predicate?.lemma).toBe("postpone");
  });
});

describe("must not read a multiplier or a rate", () => {
  it.each([
    "Sales were twice as high in Bergen.",
    "The new hall is twice the size of the old one.",
    "Rents rose to twice that in a decade.",
    "The ferry sails twice a week in winter.",
    "Take the tablets twice daily.",
    "The fund paid out twice what it took in.",
    "He earns twice his old salary.",
    "Their output grows at a pace twice ours.",
    "The post boat calls twice in each month.",
    "The plan was checked and checked twice over.",
  ])("%s", (text) => {
    expect(timesIn(text)).toEqual([]);
  });
});
