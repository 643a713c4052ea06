/**
 * nextFigure (src/extract/vocabulary.ts) looks at the first character of each token instead of
 * running an expression on it; it must find the same token as the expression it replaces,
 * /^[$€£¥]|^\d/, on random tokens.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextFigure } from "../../src/extract/vocabulary.js";
import type { TaggedToken } from "../../src/types.js";

function byExpression(tokens: readonly TaggedToken[], from: number): number {
  for (let i = from + 1; i < tokens.length; i++) if (/^[$€£¥]|^\d/.test(tokens[i]!.text)) return i;
  return tokens.length;
}

const token = (text: string): TaggedToken => ({ text, start: 0, end: text.length, pos: "X", lemma: text });
const text = fc.oneof(
  fc.constantFrom("", "$", "€", "£", "¥", "US$", "0", "9", "12", "3rd", "٣", "５", "¢", "₹", "a", "one", "-", ".", "£5", "€2bn", "x9", " 5"),
  fc.string({ maxLength: 4 }),
  fc.string({ unit: "binary", maxLength: 3 }),
);

describe("nextFigure", () => {
  it("finds the token the expression finds, on random tokens", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), fc.integer({ min: -1, max: 12 }), (texts, from) => {
        const tokens = texts.map(token);
        expect(nextFigure(tokens, from)).toBe(byExpression(tokens, from));
      }),
      { numRuns: 20000, seed: 20261205 },
    );
  });

  it("stops at a digit or a currency sign, not at other signs or digits of other scripts", () => {
    // written by hand: index of the first figure after token 0
    expect(nextFigure(["fell", "to", "$5"].map(token), 0)).toBe(2);
    expect(nextFigure(["fell", "by", "two", "per", "cent"].map(token), 0)).toBe(5);
    expect(nextFigure(["won", "by", "٣", "or", "€3"].map(token), 0)).toBe(4);
  });
});
