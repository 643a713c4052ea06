/**
 * English number words → numbers: "sixteen", "twenty-one", "two hundred and fifty thousand",
 * "a dozen", "a million", "one and a half". Owns the word tables; knows nothing of units or
 * qualifiers. Ordinal words ("third", "twenty-first") and fraction words ("thirds") live here too.
 */
import { wordTable } from "../word-table.js";

export const UNIT_WORDS = wordTable<number>({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
});

export const TENS_WORDS = wordTable<number>({
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Multipliers that close a group: "two hundred", "three million". */
export const SCALE_WORDS = wordTable<number>({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  lakh: 1e5, lakhs: 1e5, lac: 1e5, crore: 1e7, crores: 1e7,
});

export const ORDINAL_WORDS = wordTable<number>({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40,
  fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
  thousandth: 1000, millionth: 1e6,
});

/** Denominators of fraction words: "half" 2, "thirds" 3, "quarter" 4 … */
export const FRACTION_WORDS = wordTable<number>({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4,
  fifth: 5, fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8,
  ninth: 9, ninths: 9, tenth: 10, tenths: 10,
});

const alternation = (table: Readonly<Record<string, number>>): string =>
  Object.keys(table).sort((a, b) => b.length - a.length).join("|");

/** One cardinal word (no ordinals), longest first so "sixteen" beats "six". */
export const CARDINAL_WORD_SOURCE = `(?:${alternation({ ...UNIT_WORDS, ...TENS_WORDS, ...SCALE_WORDS, dozen: 12 })})`;
export const ORDINAL_WORD_SOURCE = `(?:(?:${alternation(TENS_WORDS)})-)?(?:${alternation(ORDINAL_WORDS)})`;

export interface WordNumber {
  value: number;
  /** Characters of the input consumed (a trailing "and …" that does not continue the number is left). */
  length: number;
}

const TOKEN = /[a-z]+|[^a-z]+/gy;

type WordKind = "unit" | "teen" | "tens" | "hundred" | "scale" | "dozen" | "and" | "a";

/**
 * Reads a run of cardinal words: "two hundred and fifty thousand" → 250000, "a dozen" → 12,
 * "one and a half" → 1.5, "twenty-one" → 21, "two and a half million" → 2500000. "and" is only
 * read after hundred/thousand/… ("two hundred and fifty"), so "two and three" stops after "two";
 * "one two" stops after "one". Returns null if no word is read.
 */
export function parseNumberWords(input: string): WordNumber | null {
  const lower = input.toLowerCase();
  const words: { word: string; end: number }[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(lower); m; m = TOKEN.exec(lower)) {
    if (/^[a-z]/.test(m[0])) words.push({ word: m[0], end: TOKEN.lastIndex });
  }
  let total = 0;
  let current = 0;
  let last: WordKind | null = null;
  let end = 0;
  let seen = false;
  const follows = (...kinds: (WordKind | null)[]): boolean => kinds.includes(last);
  for (let i = 0; i < words.length; i++) {
    const { word } = words[i]!;
    if (word === "a" || word === "an") {
      const next = words[i + 1]?.word;
      if (last === null && next !== undefined && (next === "dozen" || next in SCALE_WORDS)) {
        current = 1;
        last = "a";
        continue;
      }
      break;
    }
    if (word === "and") {
      // "one and a half", "two million and a half"
      if (seen && words[i + 1]?.word === "a" && words[i + 2]?.word === "half") {
        const next = words[i + 3]?.word;
        if (next !== undefined && next in SCALE_WORDS && next !== "hundred") {
          // "two and a half million": the half belongs to the group before the scale
          current += 0.5;
        } else if (last === "scale") {
          total += 0.5 * lastScale(words[i - 1]!.word);
        } else current += 0.5;
        i += 2;
        end = words[i]!.end;
        last = "unit";
        continue;
      }
      const next = words[i + 1]?.word;
      if (follows("hundred", "scale") && next !== undefined && (next in UNIT_WORDS || next in TENS_WORDS)) {
        last = "and";
        continue;
      }
      break;
    }
    if (word in UNIT_WORDS) {
      const n = UNIT_WORDS[word]!;
      const teen = n >= 10;
      if (!follows(null, "hundred", "scale", "and") && !(follows("tens") && !teen)) break;
      current += n;
      last = teen ? "teen" : "unit";
    } else if (word in TENS_WORDS) {
      if (!follows(null, "hundred", "scale", "and")) break;
      current += TENS_WORDS[word]!;
      last = "tens";
    } else if (word === "dozen") {
      if (!follows(null, "a", "unit", "teen", "tens")) break;
      current = (current || 1) * 12;
      last = "dozen";
    } else if (word === "hundred") {
      if (!follows(null, "a", "unit", "teen", "tens")) break;
      current = (current || 1) * 100;
      last = "hundred";
    } else if (word in SCALE_WORDS) {
      if (follows("scale") && SCALE_WORDS[word]! >= lastScale(words[i - 1]!.word)) break;
      total += (current || 1) * SCALE_WORDS[word]!;
      current = 0;
      last = "scale";
    } else break;
    seen = true;
    end = words[i]!.end;
  }
  if (!seen) return null;
  return { value: total + current, length: end };
}

function lastScale(word: string): number {
  return SCALE_WORDS[word] ?? 1;
}
