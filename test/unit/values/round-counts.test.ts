/**
 * Counts told in a round word ("a dozen", "two dozen", "half a dozen") are about that many, as
 * "about 12" is; a count stated to be precise ("exactly a dozen") stays exact. Sentences written
 * for this test; expected values worked out by hand from the words.
 */
import { describe, expect, it } from "vitest";
import { findQuantities } from "../../../src/values/quantity/index.js";
import type { QuantityValue } from "../../../src/types.js";

function only(sentence: string, text: string): QuantityValue {
  const found = findQuantities(sentence).filter((m) => m.text === text);
  expect(found, `mentions: ${JSON.stringify(findQuantities(sentence).map((m) => m.text))}`).toHaveLength(1);
  return found[0]!.value as QuantityValue;
}

describe("round counts", () => {
  it.each<[string, string, number]>([
    ["A dozen lanterns hung over the Varrow pier.", "A dozen", 12],
    ["The guard fired a dozen rounds at the van.", "a dozen", 12],
    ["Two dozen engines raced to the Pellham mill.", "Two dozen", 24],
    ["Half a dozen ferries were held at Osk harbour.", "Half a dozen", 6],
    ["Police found the dozen crates in a barn near Tumby.", "dozen", 12],
    ["A score of villagers fled Tarnby before the flood.", "A score of", 20],
    ["Two score of cattle drowned at Helm ford.", "Two score of", 40],
  ])("must read round: %s → %s about %d", (sentence, text, n) => {
    expect(only(sentence, text)).toMatchObject({ min: n - 0.5, max: n + 0.5, nominal: n, approximate: true, qualifier: null });
  });

  it.each<[string, string, Partial<QuantityValue>]>([
    ["Twelve lanterns hung over the Varrow pier.", "Twelve", { min: 12, max: 12, approximate: false }],
    ["The guard fired 12 rounds at the van.", "12", { min: 12, max: 12, approximate: false }],
    ["The baker packed exactly a dozen rolls.", "a dozen", { min: 12, max: 12, approximate: false, qualifier: null }],
    ["Precisely two dozen chairs were set out in Marlow hall.", "two dozen", { min: 24, max: 24, approximate: false }],
    // a qualifier of its own keeps its reading
    ["More than a dozen boats sank off Kell point.", "More than a dozen", { min: 12, max: null, qualifier: "over" }],
    ["About a dozen boats sank off Kell point.", "About a dozen", { min: 11.5, max: 12.5, qualifier: "around" }],
    // "half a million" is no round count of a dozen, and stays as it was read
    ["Half a million visitors came to Brell last year.", "Half a million", { min: 500_000, max: 500_000, approximate: false }],
    ["More than a score of fishermen were rescued off Kell point.", "More than a score of", { min: 20, max: null, qualifier: "over" }],
  ])("must not read round: %s → %s", (sentence, text, value) => {
    expect(only(sentence, text)).toMatchObject(value);
  });

  it.each<[string]>([
    ["Osk won the final by a score of 3-1."],
    ["Her essay earned a score of ninety points."],
    ["The Tarnby side kept a score of top marks all term."],
    ["Nobody recalls the score of the Helm derby."],
  ])("must not read a score of a game or a test as a count: %s", (sentence) => {
    expect(findQuantities(sentence).filter((m) => /score/i.test(m.text))).toEqual([]);
  });
});
