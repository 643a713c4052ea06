/**
 * A number as written, before qualifiers and units: digits with separators and decimals
 * ("2,800", "1.7", "1,234,567.5"), an optional scale ("1.7 million", "2.5bn", "10k", "3 lakh"),
 * or number words ("sixteen", "two hundred", "a dozen"). Owns exact decimal arithmetic (the value
 * is built from the digit string, so "1.7 million" is exactly 1700000) and the stated precision
 * (`step`: the place value of the last significant digit stated).
 */
import { SCALE_WORDS, parseNumberWords } from "./number-words.js";
import { wordTable } from "../word-table.js";

export interface StatedNumber {
  value: number;
  /** Place value of the last significant digit: "1.2 million" → 100000, "40,000" → 10000, "16" → 1. */
  step: number;
  /** Offset just after the number and its scale. */
  end: number;
  /** Scale word or abbreviation applied ("million", "bn", "k"), or null. */
  scale: string | null;
  /** The digits had neither separators, decimals nor scale: "2021" (a possible year). */
  bare: boolean;
  /** Written in words ("sixteen") rather than digits. */
  words: boolean;
  /** A glued "m" ("5m") that is million after a currency and metres otherwise. */
  ambiguousM: boolean;
}

const SCALE_AFTER = /(?:\s+|(?<=\d)-?)(millions?|billions?|trillions?|thousands?|hundred|lakhs?|lac|crores?)\b|(?<=\d)\s?(bn|mn|mln|tn|trn|MM)\b|(?<=\d)(b|m|k|K|M)(?![A-Za-z0-9])/y;

/**
 * Plural scale words, as older and British texts write them ("$2.3 millions", "five millions of
 * dollars"): the same factor as the singular. Not after a bare four-digit number, which may be a
 * year before a vague magnitude ("In 2020 millions of people fled").
 */
const PLURAL_SCALES = wordTable<number>({ millions: 1e6, billions: 1e9, trillions: 1e12, thousands: 1e3 });
const PLURAL_SCALE_AFTER = /\s+(millions|billions|trillions|thousands)\b/iy;

/** The plural scale word just after `end` ("five" + " millions"): its factor and where it ends, or null. */
export function pluralScaleAfter(text: string, end: number): { word: string; factor: number; end: number } | null {
  PLURAL_SCALE_AFTER.lastIndex = end;
  const m = PLURAL_SCALE_AFTER.exec(text);
  return m ? { word: m[1]!, factor: PLURAL_SCALES[m[1]!.toLowerCase()]!, end: PLURAL_SCALE_AFTER.lastIndex } : null;
}

const ABBREVIATIONS = wordTable<number>({
  bn: 1e9, b: 1e9, mn: 1e6, mln: 1e6, m: 1e6, tn: 1e12, trn: 1e12, k: 1e3, mm: 1e6,
});

/** Builds mantissa × 10^exp exactly through the decimal string ("17" × 10^5 → 1700000). */
function decimal(mantissa: string, exp: number): number {
  return Number(`${mantissa}e${exp}`);
}

/**
 * Reads digits `raw` (already matched at [start, end)) and an optional scale after them.
 */
export function readDigits(text: string, raw: string, end: number): StatedNumber {
  const plain = raw.replace(/,/g, "");
  const [intPart, fracPart = ""] = plain.split(".") as [string, string?];
  let exp = -fracPart.length;
  let mantissa = (intPart + fracPart).replace(/^0+(?=\d)/, "");
  let scale: string | null = null;
  let ambiguousM = false;
  SCALE_AFTER.lastIndex = end;
  const m = SCALE_AFTER.exec(text);
  const possibleYear = /^\d{4}$/.test(raw);
  if (m && !(m[1] !== undefined && m[1].toLowerCase() in PLURAL_SCALES && possibleYear)) {
    const word = (m[1] ?? m[2] ?? m[3])!;
    const lower = word.toLowerCase();
    const factor = SCALE_WORDS[lower] ?? PLURAL_SCALES[lower] ?? ABBREVIATIONS[lower] ?? 1;
    exp += Math.round(Math.log10(factor));
    scale = word;
    ambiguousM = lower === "m" && m[3] !== undefined;
    end = SCALE_AFTER.lastIndex;
  }
  // precision: decimals state their last digit; otherwise trailing zeros are not significant
  let stepExp = exp;
  if (fracPart.length === 0) {
    const zeros = /0*$/.exec(mantissa)![0].length;
    stepExp += mantissa === "0" ? 0 : zeros;
  }
  if (mantissa === "") mantissa = "0";
  return {
    value: decimal(mantissa, exp),
    step: decimal("1", stepExp),
    end,
    scale,
    bare: scale === null && !raw.includes(",") && !raw.includes("."),
    words: false,
    ambiguousM,
  };
}

/**
 * Reads number words at [start, start + raw.length): "two hundred and fifty", "a million"; with
 * `text` (the whole text `start` points into), a plural scale word that follows too: "five millions".
 */
export function readWords(raw: string, start: number, text?: string): StatedNumber | null {
  const parsed = parseNumberWords(raw);
  if (!parsed) return null;
  const words = raw.slice(0, parsed.length);
  const scaleWord = /\b(million|billion|trillion|thousand|hundred|dozen|lakhs?|lac|crores?)$/i.exec(words);
  const end = start + parsed.length;
  // Only after the whole phrase was read: "two hundred" + " millions", not "two" + " hundred …".
  const plural = text !== undefined && end === start + raw.length ? pluralScaleAfter(text, end) : null;
  const value = plural ? parsed.value * plural.factor : parsed.value;
  return {
    value,
    step: stepOf(value),
    end: plural ? plural.end : end,
    scale: plural ? plural.word : scaleWord ? scaleWord[1]! : null,
    bare: false,
    words: true,
    ambiguousM: false,
  };
}

/** Place value of the last non-zero digit of an integer (1 for fractions of one). */
export function stepOf(value: number): number {
  if (!Number.isInteger(value) || value === 0) {
    const decimals = (String(value).split(".")[1] ?? "").length;
    return decimal("1", -decimals);
  }
  let step = 1;
  while (value % (step * 10) === 0) step *= 10;
  return step;
}
