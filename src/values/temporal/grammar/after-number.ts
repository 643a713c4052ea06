/**
 * A cheap check before the grammar runs at a number: the character right after its digits must be
 * one a date, a time or a length of time can go on with. Most numbers in a text are sums, counts
 * and figures written with a comma ("$4,210,775"), a semicolon or a bracket after their digits,
 * and every parser was tried at each of them for nothing.
 *
 * Each part below is read off the parsers' expressions at the place right after the run of digits
 * that a match starting at a digit opens with (the digits from the anchor on, however many). A
 * match either ends there with four digits (a year, "in 1854"; also a clock of four digits, a
 * range of years, "1854-06-02") or goes on with one of these.
 * Anything else (a comma, a semicolon, a bracket, a per cent sign, the end of the text) leaves
 * nothing to find. test/perf/after-number.test.ts holds the grammar with and without this check to
 * the same mentions on random sentences and on every sentence of the seeds and the addresses, and
 * checks that leaving out any one part changes what those sentences read.
 */
import { VULGAR_FRACTIONS } from "../../mixed-numbers.js";

/** One reason the grammar may go on after a number's digits: `c` is the first character after them, `next` the one after that. */
export interface AfterNumberPart {
  readonly name: string;
  readonly test: (c: number, next: number, digits: number) => boolean;
}

const SPACE = /[\s\u00a0]/;
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === c && SPACE.test(String.fromCharCode(c));
}
const FRACTIONS: ReadonlySet<number> = new Set([...VULGAR_FRACTIONS].map((f) => f.charCodeAt(0)));
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export const AFTER_NUMBER: readonly AfterNumberPart[] = [
  // date-core.ts year, range.ts years, iso, yearQ, yearFiscal, clock.ts military: four digits, with anything after them
  { name: "four digits", test: (_c, _n, digits) => digits === 4 },
  // white space: "9 June" (dayMonth), "300 BC" (era), "6 days" (duration), "4 1/2 months" (mixed), "20 to 30
  // minutes" (sharedUnit), "7 p.m." (meridiem), "3 hours 20 minutes", "5 and 10 March" (dayDay), "2 times a week"
  { name: "space", test: (c) => isSpace(c) },
  // a letter (or "_", a word character of `\w+ times`): ordinals "21st", "2nd half", "the 80s" (bareDecade),
  // "400BC", "9pm", "2hrs", "3x times"
  { name: "letter", test: (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 },
  // "3-day" (duration), "12-14 May" (dayDay), "490–480 BC" (bcYears), "9-10 days" (sharedUnit): hyphen, en and em dash
  { name: "dash", test: (c) => c === 45 || c === 0x2013 || c === 0x2014 },
  // "9/11", "19/04/2025" (slashed), "41/2 weeks" (a glued mixed number, "4" + "1/2")
  { name: "slash", test: (c) => c === 47 || c === 0x2044 },
  // "the 60's" (bareDecade)
  { name: "apostrophe", test: (c) => c === 39 || c === 0x2019 },
  // "4½ months" (mixed number)
  { name: "fraction", test: (c) => FRACTIONS.has(c) },
  // "2.5 years" (a count with decimals), "09.04.2025" (slashed), "10:45", "6.30 p.m." (clock, meridiem): a point or colon before a digit
  { name: "point before a digit", test: (c, next) => (c === 46 || c === 58) && isDigit(next) },
];

/**
 * Whether the grammar may find a temporal expression at `pos`: false only at a number whose
 * digits are followed by none of `parts`.
 */
export function mayStartAtNumber(text: string, pos: number, parts: readonly AfterNumberPart[] = AFTER_NUMBER): boolean {
  if (!isDigit(text.charCodeAt(pos))) return true;
  let q = pos + 1;
  while (isDigit(text.charCodeAt(q))) q++;
  const c = text.charCodeAt(q);
  const next = text.charCodeAt(q + 1);
  for (const part of parts) if (part.test(c, next, q - pos)) return true;
  return false;
}
