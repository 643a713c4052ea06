/**
 * Mixed numbers: a whole number and a fraction of one, as news writes them — "4½", "4 ½",
 * "4 1/2", "4-1/2" — and as plain-text conversions leave them when the vulgar fraction "½"
 * became "1/2" glued to the whole part: "41/2 months", or, tokenized, "41 / 2 months" (4½, not
 * 41 halves, and never "2 months"). Shared by the quantity and the temporal grammars, so that
 * neither reads the denominator of a fraction as a number of its own.
 */
import { wordTable } from "./word-table.js";

/** Unicode vulgar fractions and their values. */
const VULGAR = wordTable<[number, number]>({
  "½": [1, 2], "⅓": [1, 3], "⅔": [2, 3], "¼": [1, 4], "¾": [3, 4], "⅛": [1, 8], "⅜": [3, 8], "⅝": [5, 8], "⅞": [7, 8],
});
/** The vulgar fractions as one string (the temporal grammar's check after a number reads them too). */
export const VULGAR_FRACTIONS = Object.keys(VULGAR).join("");
const VULGAR_CLASS = `[${VULGAR_FRACTIONS}]`;
const SLASH = "[/⁄]";

/**
 * Source of a mixed number (for use inside a larger expression), with a word after it for the
 * glued forms: "4½", "4 ½", "4 1/2", "4-1/2", "41/2 " and "41 / 2 " (the last two only before a
 * word, as in "41/2 months", so that "11/2" alone, a date or a ratio, is left alone).
 */
export const MIXED_NUMBER_SOURCE =
  String.raw`\d+(?:[\s\u00a0-]?${VULGAR_CLASS}|[\s\u00a0-][1-7]\s?${SLASH}\s?[2348](?![\d/])|1\s?${SLASH}\s?[2348](?=[\s\u00a0-]+[A-Za-z]))(?![\d/⁄])`;

const MIXED = new RegExp(MIXED_NUMBER_SOURCE, "uy");
const PARTS = new RegExp(String.raw`^(\d+)(?:[\s\u00a0-]?(${VULGAR_CLASS})|[\s\u00a0-]([1-7])\s?${SLASH}\s?([2348])|1\s?${SLASH}\s?([2348]))$`, "u");

export interface MixedNumber {
  /** The whole part as written ("4" of "4½", "4" of the glued "41/2"). */
  whole: string;
  numerator: number;
  denominator: number;
  /** Offset just after the fraction. */
  end: number;
  /** Written glued ("41/2"): a reading to trust only before a unit ("41/2 months"). */
  glued: boolean;
}

/** The mixed number starting at `start` of `text`, or null (a proper fraction must be below one). */
export function readMixedNumber(text: string, start: number): MixedNumber | null {
  MIXED.lastIndex = start;
  const m = MIXED.exec(text);
  if (!m) return null;
  const p = PARTS.exec(m[0]);
  if (!p) return null;
  const whole = p[1]!;
  let numerator: number;
  let denominator: number;
  if (p[2] !== undefined) [numerator, denominator] = VULGAR[p[2]]!;
  else if (p[3] !== undefined) {
    numerator = Number(p[3]);
    denominator = Number(p[4]);
  } else {
    // glued: the last "1" of the digits is the fraction's numerator ("41/2" is 4 and 1/2)
    numerator = 1;
    denominator = Number(p[5]);
  }
  if (numerator >= denominator) return null;
  return { whole, numerator, denominator, end: start + m[0].length, glued: p[5] !== undefined };
}

/** The value of a mixed number: 4 + 1/2 = 4.5. */
export function mixedValue(m: MixedNumber): number {
  return Number(m.whole) + m.numerator / m.denominator;
}

/**
 * True when `pos` is just after a number and a slash ("41 / " of "41 / 2 months", "3/" of
 * "3/4"): what starts there is the denominator of a fraction or a part of a date, not a count.
 */
export function afterFractionSlash(text: string, pos: number): boolean {
  return /\d[\s\u00a0]?[/⁄][\s\u00a0]?$/.test(text.slice(Math.max(0, pos - 4), pos));
}
