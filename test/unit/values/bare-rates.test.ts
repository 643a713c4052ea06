/**
 * A rate below one written from its decimal point with no unit, as sport writes a share of wins or
 * of hits in three digits (".300", "(.667)", and "(. 556)" as a tokenizer spaced it inside a
 * bracket), is that fraction (0.556), never a count of 556 (values/quantity/index.ts bareRate).
 * A point that ends a word or a figure is no decimal point, and a spaced point outside a bracket
 * may be a sentence's end.
 * Sentences written for this test; the expected values were worked out by reading them.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import type { Mention } from "../../../src/types.js";

const mentions = (text: string): Mention[] => findMentions(text, { asOf: "2018-08-20" });
const at = (text: string, written: string): Mention | undefined => mentions(text).find((m) => m.text === written);

describe("a three-digit rate written from its point is a fraction: must match", () => {
  it.each<[string, string, number]>([
    ["Okafor batted .318 over the summer.", ".318", 0.318],
    ["The Gulls finished 48-34 (.585) and won the division.", ".585", 0.585],
    ["Under Brandt the side went 61-51 (. 545) in two years.", ". 545", 0.545],
    ["Her .702 save rate led the league.", ".702", 0.702],
  ])("%s → %s is %d", (text, written, n) => {
    expect(at(text, written)?.value).toMatchObject({ type: "quantity", min: n, max: n });
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
  it("a point glued to a word is no decimal point", () => {
    expect(mentions("Prices rose fast.250 stalls closed.").some((m) => m.value?.type === "quantity" && m.value.min === 0.25)).toBe(false);
  });
});
