/**
 * The counted component asks CAPACITY_WORDS before CAPACITY_BEFORE (frames/counted.ts): the words
 * must be there whenever the expression matches, or a capacity would be read as a count. Held to
 * that on the phrases the expression's header lists, on the same phrases in other cases and with
 * the characters that fold onto ASCII letters under its flags, and on windows of words put
 * together at random from the expression's own words and others.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CAPACITY_BEFORE, CAPACITY_WORDS } from "../../src/extract/frames/counted.js";

const FORMS = [
  "The barge was licensed to carry ",
  "a ferry certified to transport up to ",
  "The hall was built to seat ",
  "the room is meant to accommodate only ",
  "The lift can hold up to ",
  "The boat could only carry ",
  "the new arena has a capacity of ",
  "a stadium with capacity for ",
  "There is room for ",
  "The old bridge was limited to ",
  "entry was limited to just ",
  "numbers were limited at the door to ",
];

/** "ſ" (long s) and "K" (Kelvin sign) fold onto s and k under the expression's flags. */
const FOLDED = (s: string): string => s.replace(/s/g, "\u017f").replace(/k/g, "\u212a");

describe("CAPACITY_WORDS", () => {
  it("is found wherever CAPACITY_BEFORE matches: the listed phrases, in any case", () => {
    for (const form of FORMS) {
      for (const text of [form, form.toUpperCase(), FOLDED(form), FOLDED(form.toUpperCase())]) {
        expect(CAPACITY_BEFORE.test(text), text).toBe(true);
        expect(CAPACITY_WORDS.test(text), text).toBe(true);
      }
    }
  });

  it("is found wherever CAPACITY_BEFORE matches: windows of words put together at random", () => {
    const words = ["licensed", "certified", "permitted", "allowed", "designed", "built", "rated", "able", "meant", "only", "to", "can", "could", "up", "just", "of", "for", "limited", "capacity", "room", "the", "boat", "was", "crew", "carry", "hold", "seat", "take", "accommodate", "transport", "Seat", "ſeat", "taKe"];
    const window = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }).map((ws) => `${ws.join(" ")} `);
    let matched = 0;
    fc.assert(
      fc.property(window, (text) => {
        if (CAPACITY_BEFORE.test(text)) {
          matched++;
          return CAPACITY_WORDS.test(text);
        }
        return true;
      }),
      { numRuns: 20000 },
    );
    expect(matched).toBeGreaterThan(0);
  });

  it("is not found before a plain count", () => {
    for (const text of ["The ferry was carrying ", "Police rescued ", "the fire damaged "]) expect(CAPACITY_BEFORE.test(text), text).toBe(false);
    expect(CAPACITY_WORDS.test("Police rescued ")).toBe(false);
  });
});
