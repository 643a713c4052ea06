/**
 * Words of the temporal grammar and their meanings: months, weekdays, seasons, number words,
 * ordinals and time units. Regex sources here are case-sensitive except for a sentence-initial
 * capital (see `cap`), because month names are capitalized in English ("May 2025", not "you may").
 */
import type { Season } from "./periods.js";
import { wordTable } from "../word-table.js";
import { MONTH_STEMS, WEEKDAY_STEMS, monthWords, weekdayWords } from "../calendar-words.js";

/** "early|late" → "[Ee]arly|[Ll]ate": lower case, or capitalized at a sentence start. */
export function cap(alternatives: string): string {
  return alternatives
    .split("|")
    .map((w) => (/^[a-z]/.test(w) ? `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}` : w))
    .join("|");
}

/** Full month names, and abbreviations that must carry a period unless a number follows. */
export const MONTH_FULL = monthWords();
export const MONTH_ABBR = monthWords({ forms: "short" });
/** A month name as written: "April", "Aug.", "Sept." (the period is part of the match). */
export const MONTH = `(?:${MONTH_FULL}|(?:${MONTH_ABBR})\\.?)`;

const MONTH_INDEX = wordTable<number>(Object.fromEntries(MONTH_STEMS.map((m, i) => [m.toLowerCase(), i + 1])));

/** "Aug." → 8, "September" → 9; null if not a month. */
export function monthNumber(word: string): number | null {
  return MONTH_INDEX[word.slice(0, 3).toLowerCase()] ?? null;
}

export const WEEKDAY = weekdayWords();
const WEEKDAY_INDEX: readonly string[] = WEEKDAY_STEMS.map((w) => w.toLowerCase());
/** 1 = Monday … 7 = Sunday (ISO); the TIMEX week-day digit. */
export function weekdayNumber(word: string): number | null {
  const i = WEEKDAY_INDEX.indexOf(word.slice(0, 3).toLowerCase());
  return i < 0 ? null : i + 1;
}

export const SEASON = cap("spring|summer|autumn|fall|winter");
export function seasonCode(word: string): Season {
  const w = word.toLowerCase();
  return w === "spring" ? "SP" : w === "summer" ? "SU" : w === "winter" ? "WI" : "FA";
}

const NUMBER_WORDS = wordTable<number>({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, "a hundred": 100, "one hundred": 100, dozen: 12, "a dozen": 12,
  "a couple of": 2, "a couple": 2, couple: 2, "a half": 0.5, half: 0.5,
});
/** Counts that name no exact number: "several years" → PXY. */
const VAGUE_COUNTS = new Set(["several", "a few", "few", "many", "some", "a number of", "numerous", "dozens of", "the last few", "the past few", "a couple of", "couple of"]);

/**
 * A compound number word below a hundred, its tens and its unit written with a hyphen or, as
 * many reports and transcripts write it, with a space: "twenty-one", "thirty four", "Sixty-five".
 * The unit word belongs to the tens word before it, never a count of its own:
 * "thirty four years" is 34 years, not "four years" after a stray "thirty".
 */
const COMPOUND_NUMBER_WORD = `(?:${cap("twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety")})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?`;

/** Regex source for a count: "four", "twenty-one", "thirty four", "12", "2.5", "a", "several", "a few". */
export const COUNT =
  `(?:\\d+(?:\\.\\d+)?|${COMPOUND_NUMBER_WORD}|${cap("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen")}|${cap("a couple of|a few|a dozen|a hundred|a number of|dozens of|several|many|numerous|a|an|one hundred")})`;

/** "twenty-one" → 21, "a" → 1, "several" → null (vague), "12" → 12; undefined if not a count. */
export function countValue(word: string): number | null | undefined {
  const w = word.toLowerCase().trim();
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  if (VAGUE_COUNTS.has(w)) return null;
  const direct = NUMBER_WORDS[w];
  if (direct !== undefined) return direct;
  const parts = w.split(/[- ]/);
  if (parts.length === 2) {
    const tens = NUMBER_WORDS[parts[0]!];
    const ones = NUMBER_WORDS[parts[1]!];
    if (tens !== undefined && ones !== undefined && tens >= 20 && ones < 10) return tens + ones;
  }
  return undefined;
}

export const ORDINAL_WORDS = wordTable<number>({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, "twenty-first": 21, "twenty first": 21, last: 4, final: 4,
});
export const ORDINAL = `(?:\\d{1,2}(?:st|nd|rd|th)|${cap("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first")})`;
export function ordinalValue(word: string): number | null {
  const w = word.toLowerCase();
  const digits = /^(\d+)(st|nd|rd|th)$/.exec(w);
  if (digits) return Number(digits[1]);
  return ORDINAL_WORDS[w] ?? null;
}

/** Time units, singular or plural: "year", "months", "centuries". */
export const UNIT = "(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ie)|millenni(?:um|a))s?";
export type Unit = "second" | "minute" | "hour" | "day" | "week" | "fortnight" | "month" | "quarter" | "year" | "decade" | "century" | "millennium";
export function unitOf(word: string): Unit {
  const w = word.toLowerCase();
  if (w.startsWith("centur")) return "century";
  if (w.startsWith("millenni")) return "millennium";
  return w.replace(/s$/, "") as Unit;
}

/** TIMEX duration for n units: 4 years → P4Y, 2 decades → P20Y, 24 hours → PT24H; n null → PXY ("decades" too). */
export function durationTimex(n: number | null, unit: Unit): string {
  const scale: Record<Unit, [number, string, boolean]> = {
    second: [1, "S", true], minute: [1, "M", true], hour: [1, "H", true],
    day: [1, "D", false], week: [1, "W", false], fortnight: [2, "W", false], month: [1, "M", false],
    quarter: [1, "Q", false], year: [1, "Y", false], decade: [10, "Y", false], century: [100, "Y", false],
    millennium: [1000, "Y", false],
  };
  const [factor, letter, time] = scale[unit];
  // "decades", "centuries": some number of years, as TIMEX3 counts a decade (P10Y) and a century (P100Y)
  if (n === null) return `P${time ? "T" : ""}X${letter}`;
  const amount = Math.round(n * factor * 100) / 100;
  return `P${time ? "T" : ""}${amount}${letter}`;
}
