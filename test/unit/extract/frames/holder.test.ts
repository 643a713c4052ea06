/**
 * Whose measure a size, weight or age is: the phrase the value stands in, or the subject it is
 * said of. Sentences written for this test; the holders read by hand.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const holderOf = (sentence: string, value: string): string | null => frame(sentence, value).participants.find((p) => p.role === "holder")?.text ?? null;

describe("the holder of a measure", () => {
  it.each([
    ["The 40-metre vessel had left Tarn at noon.", "40-metre", "The 40-metre vessel"],
    ["The Kestrel Dawn was 44 metres long.", "44 metres", "The Kestrel Dawn"],
    ["Divers said the ship, which is 50 metres long, lay on its side.", "50 metres", "the ship"],
    ["The old tower measures 120 metres.", "120 metres", "The old tower"],
    ["The new footbridge is 80 metres long.", "80 metres", "The new footbridge"],
  ])("%s (%s) → %s", (sentence, value, holder) => {
    expect(holderOf(sentence, value)).toBe(holder);
  });

  it.each([
    // a distance covered or a distance from somewhere is no measure of a thing
    ["The ship sailed 40 miles before dawn.", "40 miles"],
    ["The wall stands 3 metres from the road.", "3 metres"],
    // a count is no measure
    ["The ship had a crew of 11.", "11"],
    // "is" without an adjective of size says no measure of the subject
    ["The distance is 12 kilometres.", "12 kilometres"],
  ])("%s (%s) → no holder", (sentence, value) => {
    expect(holderOf(sentence, value)).toBeNull();
  });
});

describe("a person's weight among their measures after 'is'", () => {
  it.each([
    // must: the subject of "is", a name or a pronoun that opens the sentence
    ["Police said Varga is 5-foot-10, 170 pounds, with a scar on his chin.", "170 pounds", "Varga"],
    ["She is 5 feet 4 inches tall, weighing 120 pounds, and was last seen in Keld.", "120 pounds", "She"],
  ])("%s (%s) → %s", (sentence, value, holder) => {
    expect(holderOf(sentence, value)).toBe(holder);
  });

  it.each([
    // must not: a weight with a verb of its own, a weight with no "is" before it, a thing's weight
    ["Varga lifted 170 pounds at the gym.", "170 pounds"],
    ["The crate is 5 feet wide, 170 pounds, and made of oak.", "170 pounds"],
  ])("%s (%s) → no person", (sentence, value) => {
    const h = holderOf(sentence, value);
    expect(h === "Varga" || h === "The crate" || h === "crate").toBe(false);
  });
});
