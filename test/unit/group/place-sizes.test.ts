/**
 * The size of a place told as its modifier ("the nine-acre site") belongs to
 * the place, whatever verb its sentence carries, so two reports that give it tell one figure.
 * Sentences written for this test; which are modifiers and which pairs are one was decided by
 * reading them.
 */
import { describe, expect, it } from "vitest";
import { oneSizeOfAPlace, sizeAsModifier } from "../../../src/group/place-sizes.js";
import type { Claim } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

function size(sentence: string, text: string, n: number, unit = "acre", story = "s-1", actors: string[] = []): Claim {
  return claim(qty(n, n, { nominal: n, unit }), { sentence, text, length: text.length, offset: sentence.indexOf(text), story, actors });
}

describe("sizeAsModifier", () => {
  it.each([
    ["The plant stood on a nine acre site near the rail yard.", "nine acre"],
    ["A guard drove around the 9-acre dairy complex at dawn.", "9"],
    ["Flames rose over the whole 12-acre block.", "12-acre"],
    ["They bought a 2,000-square-foot home in Keld.", "2,000", "ft2"],
  ])("must: %s", (sentence, text, unit = "acre") => {
    expect(sizeAsModifier(size(sentence, text, 9, unit))).toBe(true);
  });
  it.each([
    ["The fire burned nine acres on Monday.", "nine acres"],
    ["The farm keeps 9 acres of pasture.", "9"],
    ["The plant stood on 9 acres.", "9"],
  ])("must not: %s", (sentence, text) => {
    expect(sizeAsModifier(size(sentence, text, 9))).toBe(false);
  });
  it("must not: a length that is no area", () => {
    expect(sizeAsModifier(size("They sailed a 30-foot boat to Leith.", "30-foot", 30, "foot"))).toBe(false);
  });
});

describe("oneSizeOfAPlace", () => {
  const drove = size("A guard drove around the 9-acre plant at dawn.", "9-acre", 9);
  it("must: one size told with two verbs in one story", () => {
    expect(oneSizeOfAPlace(drove, size("The plant stood on a nine acre site.", "nine acre", 9))).toBe(true);
  });
  it("must not: another story, or sentences that name different people", () => {
    expect(oneSizeOfAPlace(drove, size("The plant stood on a nine acre site.", "nine acre", 9, "acre", "s-2"))).toBe(false);
    const a = size("Ana Berg drove around the 9-acre plant at dawn.", "9-acre", 9, "acre", "s-1", ["name:ana berg"]);
    const b = size("Lev Marsh bought a 9-acre park last year.", "9-acre", 9, "acre", "s-1", ["name:lev marsh"]);
    expect(oneSizeOfAPlace(a, b)).toBe(false);
  });
});
