/**
 * Calendar dates as news pages print them on a dateline or a publication line, found in one line
 * of text. Owns the written forms, not what a line means (header-date.ts) nor which way a numeric
 * date reads (numeric-order.ts):
 *
 *   May 2, 2013 · MAY 3, 2013 · Sep 15 2013 · Dec. 20 2005 · May 3rd, 2013     month first
 *   14 June 2013 · 09th June 2013 · 16 Sep 2013                                day first
 *   2013-09-26 · 2012.08.08                                                    year first
 *   05 / 02 / 2013 · 5/14/2010 · 08.07.2012 · 12 / 16 / 08                      numeric (order open)
 *   Dec-19-05                                                                  month name, two-digit year
 *   APR 28 · Nov 11                                                            no year (the caller finds one)
 *
 * A date may be glued to what follows ("3 March 2012-09:40am", "27 / 09 / 2013-Turkmenistan") and,
 * in an all-capitals line, to the word before it ("… DA SAYSSEPTEMBER 19, 2013"). Each expression
 * runs once over a line of bounded length, so a line costs time linear in its length.
 */
import type { IsoDay } from "../../types.js";
import { monthNumber } from "../../values/temporal/lexicon.js";
import { monthWords } from "../../values/calendar-words.js";

export interface WrittenDate {
  /** [start, end) in the line. */
  start: number;
  end: number;
  /** Null when the line gives no year ("APR 28"). */
  year: number | null;
  month: number;
  day: number;
  /**
   * For a numeric date whose first two numbers could be read either way ("05 / 02 / 2013"): the
   * reading with day and month swapped. The first reading is month first ("/" and "-") or day
   * first ("."), as those separators are mostly used.
   */
  swapped?: { month: number; day: number };
  /** The separator of a numeric date, or "name" when the month is written as a word, "iso" for year first. */
  form: "name" | "iso" | "/" | "." | "-";
  /** The year was written with two digits ("12 / 16 / 08"). */
  shortYear: boolean;
  /** For numeric dates: the first two numbers in the order written ("05 / 02 / 2013" → [5, 2]). */
  written?: readonly [number, number];
  /** For dates with a month name: whether the day came first ("14 June") or the month ("June 14"). */
  nameOrder?: "day-first" | "month-first";
}

/** A month's name in full or cut short (the expressions ignore case), and its period. */
const MONTH = `(${monthWords({ forms: "both" }).toLowerCase()})\\.?`;
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const SP = "[ \\t\\u00a0]*";

/** "May 2, 2013", "MAY 3, 2013", "Jul 07, 2012", "Sep 15 2013", "Dec. 20 2005", "May 3rd, 2013", "APR 28". */
const MONTH_FIRST = new RegExp(`${MONTH}${SP}${DAY}(?![\\d:.])(?:${SP},?${SP}(\\d{4})(?!\\d))?`, "gi");
/** "14 June 2013", "09th June 2013", "16 Sep 2013", "4 November, 2011". */
const DAY_FIRST = new RegExp(`(?<![\\d.:/])${DAY}${SP}(?:of${SP})?${MONTH}(?:${SP},?${SP}(\\d{4})(?!\\d))?`, "gi");
/** "2013-09-26", "2012.08.08", "2013/05/03". */
const YEAR_FIRST = /(?<![\d./-])(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?![\d])/g;
/** "05 / 02 / 2013", "5/14/2010", "08.07.2012", "12 / 16 / 08", "16-08-2011". */
const NUMERIC = /(?<![\d./-])(\d{1,2})([ \t]*\/[ \t]*|\.|-)(\d{1,2})\2(\d{4}|\d{2})(?![\d]|\/|\.\d)/g;
/** "Dec-19-05" */
const MONTH_DAY_SHORT_YEAR = new RegExp(`${MONTH}-(\\d{1,2})-(\\d{2})(?!\\d)`, "gi");

export function monthOf(word: string): number {
  return monthNumber(word) ?? 0;
}

/** 1-based month and day that exist in `year` (any leap year when the year is unknown). */
export function validDay(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const y = year ?? 2000;
  return day <= new Date(Date.UTC(y, month, 0)).getUTCDate();
}

export function isoDay(year: number, month: number, day: number): IsoDay {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "08" → 2008, "97" → 1997: two-digit years before 50 are this century's, as web pages write them. */
export function expandYear(twoDigits: number): number {
  return twoDigits < 50 ? 2000 + twoDigits : 1900 + twoDigits;
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z]/.test(c);
}

function isUpper(s: string): boolean {
  return s === s.toUpperCase();
}

/**
 * A month name must stand alone ("may" in "maybe" is no month) and be capitalized, as English
 * writes it ("you may 5 times" is no date). The one exception is an all-capitals headline glued to
 * its date ("SAYSSEPTEMBER 19, 2013"): letters before a capitalized month are allowed then.
 */
function monthStandsAlone(line: string, at: number, word: string): boolean {
  if (!/^[A-Z]/.test(word)) return false;
  if (!isLetter(line[at - 1])) return true;
  return isUpper(word) && isUpper(line.slice(Math.max(0, at - 12), at));
}

/** Every date written in `line`, in line order, overlapping ones resolved for the longest. */
export function writtenDates(line: string): WrittenDate[] {
  const found: WrittenDate[] = [];
  for (const m of line.matchAll(MONTH_FIRST)) {
    const month = monthOf(m[1]!);
    const day = Number(m[2]);
    const year = m[3] ? Number(m[3]) : null;
    if (!monthStandsAlone(line, m.index, m[1]!) || isLetter(line[m.index + m[1]!.length]) || !validDay(year, month, day)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, year, month, day, form: "name", shortYear: false, nameOrder: "month-first" });
  }
  for (const m of line.matchAll(DAY_FIRST)) {
    const day = Number(m[1]);
    const month = monthOf(m[2]!);
    const year = m[3] ? Number(m[3]) : null;
    const monthAt = m.index + m[0].indexOf(m[2]!, m[1]!.length);
    if (isLetter(line[m.index - 1]) || !/^[A-Z]/.test(m[2]!) || isLetter(line[monthAt + m[2]!.length]) || !validDay(year, month, day)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, year, month, day, form: "name", shortYear: false, nameOrder: "day-first" });
  }
  for (const m of line.matchAll(YEAR_FIRST)) {
    const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (!validDay(year, month, day)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, year, month, day, form: "iso", shortYear: false });
  }
  for (const m of line.matchAll(NUMERIC)) {
    const sep = m[2]!.trim() as "/" | "." | "-";
    const [a, b] = [Number(m[1]), Number(m[3])];
    const shortYear = m[4]!.length === 2;
    const year = shortYear ? expandYear(Number(m[4])) : Number(m[4]);
    // "/" and "-" are read month first, "." day first, unless the numbers say otherwise.
    const dayFirst = sep === ".";
    const first = dayFirst ? { month: b, day: a } : { month: a, day: b };
    const second = { month: first.day, day: first.month };
    const ok1 = validDay(year, first.month, first.day);
    const ok2 = validDay(year, second.month, second.day);
    if (!ok1 && !ok2) continue;
    const reading = ok1 ? first : second;
    const date: WrittenDate = { start: m.index, end: m.index + m[0].length, year, ...reading, form: sep, shortYear, written: [a, b] };
    if (ok1 && ok2 && a !== b) date.swapped = second;
    found.push(date);
  }
  for (const m of line.matchAll(MONTH_DAY_SHORT_YEAR)) {
    const month = monthOf(m[1]!);
    const day = Number(m[2]);
    const year = expandYear(Number(m[3]));
    if (!monthStandsAlone(line, m.index, m[1]!) || !validDay(year, month, day)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, year, month, day, form: "name", shortYear: true });
  }
  // Longest first at each start; then drop what overlaps an earlier kept date.
  found.sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: WrittenDate[] = [];
  for (const d of found) {
    const last = kept[kept.length - 1];
    if (last && d.start < last.end) continue;
    kept.push(d);
  }
  return kept;
}
