/**
 * Searches the value layer runs over a whole text before its grammars, written to start from the
 * rarest character they need: each must say yes to exactly the texts its plain spelling does.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CURRENCY_GLUED } from "../../../src/values/quantity/index.js";
import { findQuantities } from "../../../src/values/quantity/index.js";
import { findIdentifiers } from "../../../src/values/noise/identifiers.js";
import { findSectionNumbers } from "../../../src/values/noise/section-numbers.js";

/** The plain spelling: a euro word, or a lone R or lower-case e (a euro sign set as a letter), glued to a digit. */
const PLAIN = /[Ee]uros?\d|(?<![A-Za-z])[Re]\d/;

describe("a currency glued to its amount", () => {
  const yes = ["a bill of euro40 for parking", "Euros250 a month", "fares of R12 each", "R9 million for the dam", "(R3)", "paid euros7", "a e40m fine"];
  const no = ["a bill of 40 euros", "Euro 250", "the R 12 road", "BR9 line", "ER3 ward", "CAR5 rental", "neuron5", "euro-5", "Rs 40", "type5", "E85 fuel"];

  it.each(yes)("finds one in %j", (t) => {
    expect(CURRENCY_GLUED.test(t)).toBe(true);
    expect(PLAIN.test(t)).toBe(true);
  });

  it.each(no)("finds none in %j", (t) => {
    expect(CURRENCY_GLUED.test(t)).toBe(false);
    expect(PLAIN.test(t)).toBe(false);
  });

  it("says yes to exactly the texts the plain spelling does", () => {
    const piece = fc.constantFrom("euro", "Euro", "euros", "Euros", "eur", "R", "r", "xR", "BR", "5", "40", " ", "s", "e", "-", "\n", "é");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const t = parts.join("");
        expect(CURRENCY_GLUED.test(t)).toBe(PLAIN.test(t));
      }),
      { numRuns: 3000, seed: 20261205 },
    );
  });

  it("reads a glued amount with a scale word as money", () => {
    const [m] = findQuantities("The new dam cost R26 million in all.");
    expect(m?.text).toContain("26 million");
    expect(m?.value?.type === "quantity" ? m.value.unit : null).toBe("ZAR");
  });
});

describe("a numbered item (No., Nos., Ref., Tel., Ph.)", () => {
  const numbered = (t: string): string[] => findIdentifiers(t).filter((h) => h.pattern === "identifier/numbered").map((h) => h.text);
  const cases: [string, string[]][] = [
    ["Form No. 12 was filed twice.", ["No. 12"]],
    ["Items Nos. 4-7 are missing", ["Nos. 4-7"]],
    ["quote Ref.4471/2 when you write", ["Ref.4471/2"]],
    ["Tel. 555-0100 or Ph. 555-0199", ["Tel. 555-0100", "Ph. 555-0199"]],
    ["(No.5-No.6)", ["No.5-", "No.6"]],
    // not numbered: the word inside another word, a small letter, no number after the stop
    ["the Casino. 12 tables stood idle", []],
    ["no. 12", []],
    ["Say No. Then leave.", []],
    ["a Telephone. 5 calls", []],
  ];
  it.each(cases)("%j", (t, expected) => {
    expect(numbered(t)).toEqual(expected);
  });

  it("finds the same items, at the same places, as the plain expression", () => {
    const plain = /\b(?:No|Nos|Ref|Tel|Ph)\.\s?\d[\d/-]*\b/gu;
    const piece = fc.constantFrom("No", "Nos", "Ref", "Tel", "Ph", "xNo", "Casino", ".", ". ", " ", "12", "4-7", "/", "-", "\n", "é", "_");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const t = parts.join("");
        const expected = [...t.matchAll(plain)].map((m) => `${m.index}:${m[0]}`);
        expect(findIdentifiers(t).filter((h) => h.pattern === "identifier/numbered" && /^(?:No|Nos|Ref|Tel|Ph)\./.test(h.text)).map((h) => `${h.offset}:${h.text}`)).toEqual(expected);
      }),
      { numRuns: 3000, seed: 20261205 },
    );
  });
});

describe("a numbered heading at a line's start", () => {
  const headings = (t: string): string[] => findSectionNumbers(t).filter((h) => h.pattern === "section-number/heading").map((h) => `${h.offset}:${h.text}`);
  const cases: [string, string[]][] = [
    ["2.1 Scope of the plan\nbody text", ["0:2.1"]],
    ["Intro line\n  3. Costs and budget", ["13:3."]],
    ["first\r\n4.2.1 Method\rtext\r5. Results", ["7:4.2.1", "25:5."]],
    ["after a separator\u20286. Annex", ["18:6."]],
    // not a heading: inside a line, a small letter after it, a number too long
    ["the rate was 2.1 Percent here", []],
    ["1. apples and pears", []],
    ["123. Main points", []],
  ];
  it.each(cases)("%j", (t, expected) => {
    expect(headings(t)).toEqual(expected);
  });

  it("finds the same headings as the expression that looks for a line start everywhere", () => {
    const plain = /^[ \t]*(\d{1,2}(?:\.\d{1,2}){1,4}\.?|\d{1,2}\.)(?=[ \t]+[A-Z\p{Lu}])/gmu;
    const piece = fc.constantFrom("2", "1.", "3.4", ".", " ", "\t", "Costs", "rates", "\n", "\r", "\r\n", "\u2028", "\u2029", "Ä", "x");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const t = parts.join("");
        const expected = [...t.matchAll(plain)].map((m) => `${m.index + m[0].indexOf(m[1]!)}:${m[1]}`);
        expect(headings(t)).toEqual(expected);
      }),
      { numRuns: 3000, seed: 20261205 },
    );
  });
});
