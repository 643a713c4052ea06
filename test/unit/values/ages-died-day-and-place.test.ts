/**
 * An age after "died": a day named with no preposition may come before the phrase of where, and the
 * age is still a count of years ("died yesterday in a city hospital at 88"). Sentences written for
 * this test; the ages read by hand.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";

const ages = (text: string) =>
  findMentions(text, { asOf: "2020-06-30" })
    .filter((m) => m.counted === "age")
    .map((m) => [m.text, m.value?.type === "quantity" ? m.value.nominal : null, m.value?.type === "quantity" ? m.value.unit : null]);

describe("must match: a day, then where, then the age", () => {
  it.each<[string, number]>([
    ["The composer, who died yesterday in a Vienna clinic at 88, wrote six operas.", 88],
    ["Lina Marsh died Tuesday at her home in Galway aged 93.", 93],
    ["The senator died Sunday morning in hospital at 71, aides said.", 71],
    ["The old goalkeeper passed away today in Porto at 80.", 80],
  ])("%s → %d", (sentence, years) => {
    expect(ages(sentence)).toContainEqual([String(years), years, "year"]);
  });
});

describe("must not match: a clock time or a low number after the same words", () => {
  it.each<[string, string]>([
    ["The patient died yesterday in the ward at 4 in the morning.", "4"],
    ["He died Monday in hospital at 11:40, his family said.", "11"],
    ["She died today at home at 3 p.m.", "3"],
  ])("%s: %s is no age", (sentence, text) => {
    expect(ages(sentence).map(([t]) => t)).not.toContain(text);
  });
});
