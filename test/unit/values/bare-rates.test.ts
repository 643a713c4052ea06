/**
 * A rate below one written from its decimal point with no unit, as sport writes a share of wins or
 * of hits in three digits (".318", "(.667)", and "(. 556)" as a tokenizer spaced it inside a
 * bracket), is no count of 556; with no unit it is no figure a report compares either (a batting
 * average, as test/unit/values/parts-and-points.test.ts already holds for ".310"), so its digits are
 * passed over (values/quantity/index.ts bareRateAt). A spaced point outside a bracket may be a
 * sentence's end: the figure after it is read.
 * Sentences written for this test; the expected values were worked out by reading them.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import type { Mention } from "../../../src/types.js";

const mentions = (text: string): Mention[] => findMentions(text, { asOf: "2018-08-20" });
const quantitiesIn = (text: string, digits: string): Mention[] =>
  mentions(text).filter((m) => m.value?.type === "quantity" && m.text.includes(digits));
const at = (text: string, written: string): Mention | undefined => mentions(text).find((m) => m.text === written);

describe("a three-digit rate written from its point is no count: must match", () => {
  it.each<[string, string]>([
    ["Okafor batted .318 over the summer.", "318"],
    ["The Gulls finished 48-34 (.585) and won the division.", "585"],
    ["Under Brandt the side went 61-51 (. 545) in two years.", "545"],
    ["Her .702 save rate led the league.", "702"],
  ])("%s → no quantity of %s", (text, digits) => {
    expect(quantitiesIn(text, digits)).toEqual([]);
  });
});

describe("a three-digit rate written from its point: must not match", () => {
  it.each<[string, string, number]>([
    // a spaced point outside a bracket may end a sentence: the next one's figure stays
    ["The gates shut at noon. 412 fans were still outside.", "412", 412],
    // not three digits: no rate of this kind, the figure stays as written
    ["Tickets went on sale. 15 were left by noon.", "15", 15],
  ])("%s → %s stays %d", (text, written, n) => {
    expect(at(text, written)?.value).toMatchObject({ min: n, max: n });
  });
  it("a rate with its unit is still read (leadingDecimal): .125 percent", () => {
    expect(at("Rates rose .125 percent in June.", ".125 percent")?.value).toMatchObject({ min: 0.125, max: 0.125, unit: "percent" });
  });
});
