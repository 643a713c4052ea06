/**
 * Numbers stated without digits of precision: vague magnitudes ("hundreds of thousands",
 * "millions", "dozens", "several thousand") and fractions ("a third", "two-thirds", "half").
 * Owns their tables and the intervals they stand for.
 *
 * NOTE: each vague magnitude covers [2 × unit, next magnitude − 1], so the words tile the number
 * line without gaps: "dozens" 24–199, "hundreds" 200–999, "thousands" 2,000–9,999,
 * "tens of thousands" 20,000–99,999, "hundreds of thousands" 200,000–999,999, "millions"
 * 2,000,000–999,999,999 (the next word up is "billions").
 */
import { FRACTION_WORDS, UNIT_WORDS } from "./number-words.js";
import { wordTable } from "../word-table.js";

export interface Magnitude {
  min: number;
  max: number;
}

const PLURAL_SCALE = wordTable<number>({
  dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
});
const SINGULAR_SCALE = wordTable<number>({
  dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
});

/** The magnitude word that comes next (exclusive upper limit of a vague magnitude). */
const NEXT: Readonly<Record<number, number>> = { 12: 200, 20: 200, 100: 1000, 1e3: 1e4, 1e6: 1e9, 1e9: 1e12, 1e12: 1e15 };

export const VAGUE_SOURCE = String.raw`(?:tens|hundreds|dozens|scores)\s+of\s+(?:thousands|millions|billions)|(?:several|a\s+few|a\s+couple\s+of)\s+(?:dozen|hundred|thousand|million|billion)|dozens|scores(?=\s+of\s)|hundreds|thousands|millions|billions|trillions`;

/** "hundreds of thousands" → 200,000–999,999; "several thousand" → 2,000–9,999; "dozens" → 24–199. */
export function vagueMagnitude(phrase: string): Magnitude | null {
  const words = phrase.toLowerCase().split(/\s+/);
  const last = words[words.length - 1]!;
  if (words.length === 3 && words[1] === "of") {
    // "tens of thousands", "hundreds of millions"
    const inner = PLURAL_SCALE[last];
    const outer = words[0] === "tens" ? 10 : PLURAL_SCALE[words[0]!];
    if (inner === undefined || outer === undefined) return null;
    const unit = inner * outer;
    return { min: 2 * unit, max: unit * 10 - 1 };
  }
  if (words[0] === "several" || words[0] === "a") {
    const unit = SINGULAR_SCALE[last];
    if (unit === undefined) return null;
    if (words[1] === "couple") return { min: 2 * unit, max: 3 * unit };
    return { min: 2 * unit, max: (NEXT[unit] ?? unit * 10) - 1 };
  }
  const unit = PLURAL_SCALE[last];
  if (unit === undefined) return null;
  const min = last === "dozens" ? 24 : last === "scores" ? 40 : 2 * unit;
  return { min, max: (NEXT[unit] ?? unit * 10) - 1 };
}

export const FRACTION_SOURCE = String.raw`(?:a|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)|half(?=\s+(?:of|the|a|an|its|their|his|her|all)\s)`;

export interface Fraction {
  numerator: number;
  denominator: number;
  /** A singular denominator ("a third") is only a fraction when "of" or a scale word follows. */
  singular: boolean;
}

/** "two-thirds" → 2/3, "a quarter" → 1/4, "half" → 1/2. */
export function parseFraction(phrase: string): Fraction | null {
  const words = phrase.toLowerCase().split(/[\s-]+/);
  if (words.length === 1 && words[0] === "half") return { numerator: 1, denominator: 2, singular: true };
  const [num, den] = words;
  if (num === undefined || den === undefined) return null;
  const numerator = num === "a" ? 1 : UNIT_WORDS[num];
  const denominator = FRACTION_WORDS[den];
  if (numerator === undefined || denominator === undefined) return null;
  // "seven quarters", "two halves", "four quarters": as many parts as a whole has or more count
  // parts (quarters of play, halves of a match), not a share of one whole
  if (numerator >= denominator) return null;
  return { numerator, denominator, singular: !den.endsWith("s") };
}
