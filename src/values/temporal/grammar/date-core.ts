/**
 * Calendar expressions as written, before modifiers: "19 April 2025", "April 19th", "May 30, 2025",
 * "2025-04-19", "19/04/2025", "9/11", "August 2021", "Aug. 2021", "1997", "the 1990s" core
 * "1990s", "'90s", "nineteen sixties", "20th century", "summer 2024", "first half of 2025", "Q3 2024", a bare month
 * ("in July"). A core may lack its year (the range or the reference date supplies it).
 */
import { isValidDay } from "../calendar.js";
import { continuesNumber, endsLikeYear, isYearNumber } from "../guards.js";
import { HOLIDAY, eventYear, fixedHoliday, holidayDay } from "../holidays.js";
import { MONTH, MONTH_FULL, ORDINAL, SEASON, WEEKDAY, cap, monthNumber, ordinalValue, seasonCode } from "../lexicon.js";
import type { Season } from "../periods.js";
import { at, before, stickies } from "./hit.js";
import { wordTable } from "../../word-table.js";

export type CoreForm = "day" | "month" | "year" | "decade" | "century" | "season" | "half" | "quarter";

export interface Core {
  start: number;
  end: number;
  form: CoreForm;
  /** null when the text gives no year ("April 19", "in July"). */
  y: number | null;
  m?: number;
  d?: number;
  season?: Season;
  /** Half (1–2) or quarter (1–4). */
  index?: number;
  /** A year before the common era ("493 BC"): no calendar days, TIMEX "BC0493". */
  bc?: boolean;
  /** A fiscal year ("fiscal 2008", "FY2007"): its days depend on the organization, TIMEX "FY2008". */
  fiscal?: boolean;
  /** A named day ("Christmas", "Thanksgiving"): its date in a year comes from holidays.ts. */
  holiday?: string;
  pattern: string;
}

const END = "(?![\\p{L}\\p{N}_])";
const ORD_SUFFIX = "(?:st|nd|rd|th)?";
const RE = stickies({
  iso: /(\d{4})-(\d{2})-(\d{2})(?![\d-])/y,
  slashed: /(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/.]\d)/y,
  nineEleven: /9\/11(?![\d/])/y,
  /** "the 9-11 attacks", "the 9-11 Commission": the named day written with a dash, only before a word of that day ("9-11 days" is a range) */
  nineElevenDash: /9[-\u2010\u2013]11(?=[\s\u00a0]+(?:attacks?|era|terror\w*|hijack\w*|[Cc]ommission|bombings?)\b)/y,
  dayMonth: new RegExp(`(\\d{1,2})${ORD_SUFFIX}(?:[\\s\\u00a0]+of)?[\\s\\u00a0]+(${MONTH})${END}`, "yu"),
  monthDay: new RegExp(`(${MONTH})[\\s\\u00a0]+(\\d{1,2})${ORD_SUFFIX}(?![\\p{L}\\p{N}_]|[.,]\\d)`, "yu"),
  /** ", 2025" after a day and month */
  yearAfter: /,?[\s\u00a0]+(\d{4})/y,
  /** "in 2012", "of 2009" after a named day: "Valentine's Day in 2012", "Christmas of 2009" */
  yearOfDay: /[\s\u00a0]+(?:in|of)[\s\u00a0]+(\d{4})/y,
  monthYear: new RegExp(`(${MONTH}),?[\\s\\u00a0]+(?:of[\\s\\u00a0]+)?(\\d{4})${END}`, "yu"),
  month: new RegExp(`(${MONTH})${END}`, "yu"),
  year: /\d{4}/y,
  fiscal: /(?:FY|[Ff]iscal(?:[\s\u00a0]+year)?)[\s\u00a0]?(?:(\d{4})|['’]?(\d{2}))(?![\p{L}\p{N}_])/yu,
  /** "493 BC", "490 B.C.", "9 AD", "AD 9" */
  era: /(\d{1,4})[\s\u00a0]?(BCE|BC|B\.C\.|AD|A\.D\.|CE)(?![\p{L}\p{N}_])/yu,
  eraFirst: /(?:AD|A\.D\.)[\s\u00a0]?(\d{1,4})(?![\p{L}\p{N}_])/yu,
  fall: /([Ff]all)(?![\p{L}\p{N}_])/yu,
  bareSeason: new RegExp(`(${SEASON.split("|").filter((w) => !/all$/.test(w)).join("|")})${END}`, "yu"),
  decade: /(\d{3})0['’]?s(?![\p{L}\p{N}_])/yu,
  /** "the 470s BC" */
  bcDecade: /(\d{1,3})0s[\s\u00a0]?(?:BCE|BC|B\.C\.)(?![\p{L}\p{N}_])/yu,
  shortDecade: /['’](\d)0['’]?s(?![\p{L}\p{N}_])/yu,
  bareDecade: /(\d)0['’]?s(?![\p{L}\p{N}_])/yu,
  shortYear: /['’](\d{2})(?![\p{L}\p{N}_'’])/yu,
  /** "20th century", "19th and 20th centuries" (the first shares the second's word) */
  century: new RegExp(`(${ORDINAL})(?:[\\s-]+[Cc]entur(?:y|ies)|(?=[\\s\\u00a0]+(?:and|or|to)[\\s\\u00a0]+${ORDINAL}[\\s-]+[Cc]enturies))${END}`, "yu"),
  season: new RegExp(`(${SEASON})(?:[\\s\\u00a0]+of)?[\\s\\u00a0]+(\\d{4})${END}`, "yu"),
  half: new RegExp(`(${cap("first|second|1st|2nd|latter")})[\\s\\u00a0]+half[\\s\\u00a0]+of(?:[\\s\\u00a0]+the[\\s\\u00a0]+year)?[\\s\\u00a0]+(\\d{4})${END}`, "yu"),
  quarter: new RegExp(`(${cap("first|second|third|fourth|final|last|1st|2nd|3rd|4th")})[\\s\\u00a0]+(?:fiscal[\\s\\u00a0]+|financial[\\s\\u00a0]+)?quarter(?:[\\s\\u00a0]+of)?(?:[\\s\\u00a0]+the[\\s\\u00a0]+year)?[\\s\\u00a0]+(\\d{4})${END}`, "yu"),
  /** "1990's first quarter", "2024’s second half" */
  yearsPart: new RegExp(`(\\d{4})['’]s[\\s\\u00a0]+(${cap("first|second|third|fourth|final|last|1st|2nd|3rd|4th")})[\\s\\u00a0]+(?:fiscal[\\s\\u00a0]+)?(quarter|half)${END}`, "yu"),
  /** "the 1989 fiscal year", "its 2008-fiscal-year report" */
  yearFiscal: /(\d{4})[\s\u00a0-]+fiscal[\s\u00a0-]+year(?![\p{L}\p{N}_])/yu,
  qYear: /([QH])([1-4])[\s\u00a0]*(?:of[\s\u00a0]+)?(?:FY[\s\u00a0]*)?(\d{4})(?![\p{L}\p{N}_])/yu,
  /** "Christmas", "Christmas Day 2007", "Easter Monday"; not "Easter Island", "a Christmas tree" */
  holiday: new RegExp(`(${HOLIDAY})(?![\\p{L}\\p{N}_]|[\\s\\u00a0]+(?:Islands?|[Tt]rees?|[Cc]ards?|[Cc]arols?|[Ee]ggs?|[Bb]unny|Rising|Offensive|Uprising|[Pp]arade))`, "yu"),
  yearQ: /(\d{4})[\s\u00a0]*[-/]?[\s\u00a0]*([QH])([1-4])(?![\p{L}\p{N}_])/yu,
  /** "nineteen sixties", "Eighteen-Nineties": a decade written in words */
  wordDecade: /([Nn]ineteen|[Ee]ighteen|NINETEEN|EIGHTEEN)[\s\u00a0-]+(tens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|Tens|Twenties|Thirties|Forties|Fifties|Sixties|Seventies|Eighties|Nineties|TENS|TWENTIES|THIRTIES|FORTIES|FIFTIES|SIXTIES|SEVENTIES|EIGHTIES|NINETIES)(?![\p{L}\p{N}_])/yu,
});
/** The decade a word of tens names in a decade written in words ("sixties" → 60). */
const DECADE_WORDS = wordTable<number>({ tens: 10, twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 });
const FULL_NAMES = new Set(MONTH_FULL.split("|"));
const SEASON_FIRST_MONTH = { SP: 3, SU: 6, FA: 9, WI: 12 } as const;
/** A season without a year needs a determiner or preposition: "the winter", "in spring", "that summer". */
const FALL_CUE = /(?:\b(?:[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil|[Tt]hrough|[Ss]ince|[Tt]hat)[\s\u00a0]+the|\b(?:[Ee]arly|[Ll]ate|[Mm]id))[\s\u00a0-]+$/;
/** A season without a year needs a determiner, a possessive or a preposition: "in spring", "their autumn meetings". */
const SEASON_CUE = /\b(?:[Tt]he|[Ii]n|[Dd]uring|[Tt]hat|[Bb]y|[Uu]ntil|[Ss]ince|[Tt]hrough|[Tt]hroughout|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id|[Ff]rom|[Tt]o|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Oo]ur)[\s\u00a0-]+$/;

/**
 * A season named alone is a time ("but spring shows signs of hope", "winter came early"), except
 * "fall" (a verb and a noun, see FALL_CUE) and "spring" as a thing or a leap ("hot springs",
 * "spring water", "spring into action", "the Arab Spring").
 */
const SPRING_THING_BEFORE = /\b(?:[Hh]ot|[Mm]ineral|[Cc]oil|[Ll]eaf|[Bb]ox|[Ww]ater|[Aa]rab|[Pp]rague|[Mm]ain)[\s\u00a0-]+$/;
const SPRING_THING_AFTER = /^(?:s\b|-?(?:loaded|board|water|roll|clean|mattress|onion|chicken)|[\s\u00a0]+(?:up|into|to|from|back|forth|open|loose|water|board|roll|onions?|rolls?)\b)/;
function bareSeasonIsTime(text: string, pos: number, word: string): boolean {
  // Capitalized mid-sentence with no cue before it, a season is a name ("Operation Winter"): only at a sentence start.
  if (/^[A-Z]/.test(word) && !/(?:^|[.!?:;"“(]\s*)$/.test(before(text, pos, 4))) return false;
  if (!/^[Ss]pring$/.test(word)) return true;
  return !SPRING_THING_BEFORE.test(before(text, pos, 12)) && !SPRING_THING_AFTER.test(text.slice(pos + 6, pos + 20));
}

/** "the 70s" and "the 70s and 80s" are decades; "in their 70s" is an age. */
const BARE_DECADE_CUE = /(?:\b[Tt]he|\d0['’]?s,?[\s\u00a0]+(?:and|or|to)|\b(?:[Ee]arly|[Ll]ate|[Mm]id))[\s\u00a0-]+$/;
/** "since '82", "in '08": an apostrophe year after a preposition. */
const SHORT_YEAR_CUE = /\b(?:[Ss]ince|[Ii]n|[Oo]f|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]y|[Bb]efore|[Aa]fter|[Cc]lass of)[\s\u00a0]+$/;

/** NOTE: two-digit years up to '30 and decades up to the '20s are this century ("'08", "'20s"); later ones the last ("'82", "'90s"). */
function twoDigitYear(yy: number, pivot = 30): number {
  return yy + (yy <= pivot ? 2000 : 1900);
}

/** A bare month name is a date only after one of these words: "in July", "since May", "late August". */
const BARE_MONTH_CUE = new RegExp(`(?:\\b(?:${cap("in|since|until|till|by|from|through|during|of|on|to|before|after|early|mid|late|last|this|next|and|or|between|until|throughout|end|beginning|start|middle")})|[Pp]ost|[Pp]re)[\\s\\u00a0-]+(?:(?:${WEEKDAY}|the|early|mid|late)[\\s\\u00a0-]+)?$`);

/** The year that may follow a day and month: "19 April[ 2025]", "May 30[, 2025]". */
function yearAfter(text: string, pos: number): { y: number; end: number } | null {
  const m = at(RE.yearAfter, text, pos);
  if (!m) return null;
  const end = pos + m[0].length;
  return endsLikeYear(text, end - 4, end) ? { y: Number(m[1]), end } : null;
}

function yearOfDay(text: string, pos: number): { y: number; end: number } | null {
  const m = at(RE.yearOfDay, text, pos);
  if (!m) return null;
  const end = pos + m[0].length;
  return endsLikeYear(text, end - 4, end) ? { y: Number(m[1]), end } : null;
}

/**
 * The core calendar expression starting exactly at `pos`, longest form first. `continuation`
 * is set for the second endpoint of a range ("19–[21 April 2025]"), whose number follows a dash.
 */
export function parseCore(text: string, pos: number, continuation = false): Core | null {
  const c = text.charCodeAt(pos);
  const digit = c >= 48 && c <= 57;
  if (digit) {
    if (!continuation && continuesNumber(text, pos)) return null;
    let m = at(RE.iso, text, pos);
    if (m) {
      const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
      if (isValidDay(y, mo, d)) return { start: pos, end: pos + m[0].length, form: "day", y, m: mo, d, pattern: "date/iso" };
    }
    m = at(RE.slashed, text, pos);
    if (m) {
      const a = Number(m[1]), b = Number(m[2]), y = Number(m[3]);
      // 19/04/2025 (day first) or 04/19/2025 (month first); 04/05/2025 is ambiguous and skipped.
      const [d, mo] = a > 12 && b <= 12 ? [a, b] : b > 12 && a <= 12 ? [b, a] : [0, 0];
      if (d && isValidDay(y, mo, d)) return { start: pos, end: pos + m[0].length, form: "day", y, m: mo, d, pattern: "date/numeric" };
    }
    m = at(RE.nineEleven, text, pos) ?? at(RE.nineElevenDash, text, pos);
    if (m) return { start: pos, end: pos + m[0].length, form: "day", y: 2001, m: 9, d: 11, pattern: "date/nine-eleven" };
    m = at(RE.dayMonth, text, pos);
    if (m) {
      const d = Number(m[1]), mo = monthNumber(m[2]!)!;
      const withYear = yearAfter(text, pos + m[0].length);
      if (isValidDay(withYear?.y ?? 2000, mo, d)) {
        return withYear
          ? { start: pos, end: withYear.end, form: "day", y: withYear.y, m: mo, d, pattern: "date/day-month-year" }
          : { start: pos, end: pos + m[0].length, form: "day", y: null, m: mo, d, pattern: "date/day-month" };
      }
    }
    m = at(RE.era, text, pos);
    if (m && Number(m[1]) > 0) {
      const bc = /B/.test(m[2]!);
      return { start: pos, end: pos + m[0].length, form: "year", y: bc ? -Number(m[1]) : Number(m[1]), bc, pattern: bc ? "date/year-bc" : "date/year-ad" };
    }
    m = at(RE.yearsPart, text, pos);
    if (m) {
      const half = m[3] === "half";
      const index = /final|last/i.test(m[2]!) ? (half ? 2 : 4) : ordinalValue(m[2]!) ?? 0;
      if (index >= 1 && index <= (half ? 2 : 4)) return { start: pos, end: pos + m[0].length, form: half ? "half" : "quarter", y: Number(m[1]), index, pattern: half ? "date/half-year" : "date/quarter-year" };
    }
    m = at(RE.yearFiscal, text, pos);
    if (m && !continuesNumber(text, pos)) return { start: pos, end: pos + m[0].length, form: "year", y: Number(m[1]), fiscal: true, pattern: "date/fiscal-year" };
    m = at(RE.bcDecade, text, pos);
    if (m) return { start: pos, end: pos + m[0].length, form: "decade", y: -Number(m[1]) * 10, bc: true, pattern: "date/decade-bc" };
    m = at(RE.decade, text, pos);
    // "the 1980's" is a decade; "1990's first quarter" is the year's
    if (m && (!/['’]/.test(m[0]) || BARE_DECADE_CUE.test(before(text, pos, 12)))) {
      return { start: pos, end: pos + m[0].length, form: "decade", y: Number(m[1]) * 10, pattern: "date/decade" };
    }
    m = at(RE.bareDecade, text, pos);
    if (m && BARE_DECADE_CUE.test(before(text, pos, 12))) {
      return { start: pos, end: pos + m[0].length, form: "decade", y: twoDigitYear(Number(m[1]) * 10, 20), pattern: "date/short-decade" };
    }
    m = at(RE.century, text, pos);
    if (m) return centuryCore(text, pos, m);
    m = at(RE.yearQ, text, pos);
    if (m) return partCore(pos, m[0].length, Number(m[1]), m[2]!, Number(m[3]));
    m = at(RE.half, text, pos) ?? null;
    if (m) return { start: pos, end: pos + m[0].length, form: "half", y: Number(m[2]), index: ordinalValue(m[1]!) === 2 ? 2 : 1, pattern: "date/half-year" };
    m = at(RE.quarter, text, pos);
    if (m) return { start: pos, end: pos + m[0].length, form: "quarter", y: Number(m[2]), index: Math.min(4, ordinalValue(m[1]!) ?? 4), pattern: "date/quarter-year" };
    m = at(RE.year, text, pos);
    if (m && isYearNumber(text, pos, pos + 4)) return { start: pos, end: pos + 4, form: "year", y: Number(m[0]), pattern: "date/year" };
    return null;
  }
  if (c === 39 || c === 0x2019) {
    const y = at(RE.shortYear, text, pos);
    if (y && SHORT_YEAR_CUE.test(before(text, pos, 12))) {
      return { start: pos, end: pos + y[0].length, form: "year", y: twoDigitYear(Number(y[1])), pattern: "date/short-year" };
    }
    const m = at(RE.shortDecade, text, pos);
    if (m) {
      return { start: pos, end: pos + m[0].length, form: "decade", y: twoDigitYear(Number(m[1]) * 10, 20), pattern: "date/short-decade" };
    }
    return null;
  }
  if (c === 70 || c === 102) {
    // "fiscal 2008", "FY2007", "FY '08"
    const m = at(RE.fiscal, text, pos);
    if (m) {
      const y = m[1] ? Number(m[1]) : twoDigitYear(Number(m[2]));
      if (y >= 1900 && y <= 2199) return { start: pos, end: pos + m[0].length, form: "year", y, fiscal: true, pattern: "date/fiscal-year" };
    }
  }
  if (c === 81 || c === 72) {
    // Q3 2024, H1 2025
    const m = at(RE.qYear, text, pos);
    if (m) return partCore(pos, m[0].length, Number(m[3]), m[1]!, Number(m[2]));
  }
  if (c === 78 || c === 110 || c === 69 || c === 101) {
    // "the nineteen sixties", "the late nineteen eighties": a decade in words, never a count of nineteen
    const w = at(RE.wordDecade, text, pos);
    if (w) return { start: pos, end: pos + w[0].length, form: "decade", y: (/^n/i.test(w[1]!) ? 1900 : 1800) + DECADE_WORDS[w[2]!.toLowerCase()]!, pattern: "date/decade-words" };
  }
  // Named days: "Christmas", "Thanksgiving Day 2024"
  let m = at(RE.holiday, text, pos);
  if (m) {
    const name = m[1]!;
    const event = eventYear(name);
    // (a named day's year may follow with "in" or "of": "Valentine's Day in 2012" is that year's, not this one's)
    const withYear = event === null ? (yearAfter(text, pos + m[0].length) ?? yearOfDay(text, pos + m[0].length)) : null;
    if (event !== null) {
      const day = holidayDay(name, event)!;
      return { start: pos, end: pos + m[0].length, form: "day", y: event, m: day.m, d: day.d, holiday: name, pattern: "date/named-day" };
    }
    const day = holidayDay(name, withYear?.y ?? 2000)!;
    const fixed = fixedHoliday(name);
    return { start: pos, end: withYear?.end ?? pos + m[0].length, form: "day", y: withYear?.y ?? null, m: day.m, d: fixed ? day.d : undefined, holiday: name, pattern: withYear ? "date/holiday-year" : "date/holiday" };
  }
  // Month-first forms.
  m = at(RE.monthDay, text, pos);
  if (m) {
    const mo = monthNumber(m[1]!)!, d = Number(m[2]);
    const withYear = yearAfter(text, pos + m[0].length);
    if (isValidDay(withYear?.y ?? 2000, mo, d)) {
      return withYear
        ? { start: pos, end: withYear.end, form: "day", y: withYear.y, m: mo, d, pattern: "date/month-day-year" }
        : { start: pos, end: pos + m[0].length, form: "day", y: null, m: mo, d, pattern: "date/month-day" };
    }
  }
  m = at(RE.monthYear, text, pos);
  if (m) {
    if (endsLikeYear(text, pos + m[0].length - 4, pos + m[0].length)) {
      return { start: pos, end: pos + m[0].length, form: "month", y: Number(m[2]), m: monthNumber(m[1]!)!, pattern: "date/month-year" };
    }
  }
  m = at(RE.season, text, pos);
  if (m) return { start: pos, end: pos + m[0].length, form: "season", y: Number(m[2]), season: seasonCode(m[1]!), pattern: "date/season-year" };
  m = at(RE.eraFirst, text, pos);
  if (m && Number(m[1]) > 0) return { start: pos, end: pos + m[0].length, form: "year", y: Number(m[1]), pattern: "date/year-ad" };
  // "in the winter", "that summer": a season without a year, placed like a month without one
  m = at(RE.bareSeason, text, pos);
  if (!m && (c === 70 || c === 102)) {
    // "fall" is also a verb and a noun ("the fall of Rome"): a season only in "in the fall,", "late fall"
    m = at(RE.fall, text, pos);
    if (m && !(FALL_CUE.test(before(text, pos, 16)) && !/^[\s\u00a0]+(?:of|in)\b/.test(text.slice(pos + 4, pos + 8)))) m = null;
  }
  if (m && (SEASON_CUE.test(before(text, pos, 24)) || bareSeasonIsTime(text, pos, m[1]!))) {
    const season = seasonCode(m[1]!);
    return { start: pos, end: pos + m[0].length, form: "season", y: null, season, m: SEASON_FIRST_MONTH[season], pattern: "date/season" };
  }
  m = at(RE.half, text, pos);
  if (m) return { start: pos, end: pos + m[0].length, form: "half", y: Number(m[2]), index: ordinalValue(m[1]!) === 2 || /latter/i.test(m[1]!) ? 2 : 1, pattern: "date/half-year" };
  m = at(RE.quarter, text, pos);
  if (m) return { start: pos, end: pos + m[0].length, form: "quarter", y: Number(m[2]), index: Math.min(4, ordinalValue(m[1]!) ?? 4), pattern: "date/quarter-year" };
  m = at(RE.century, text, pos);
  if (m) return centuryCore(text, pos, m);
  // A full month name is a date ("reported their January sales"); "May", "March" and abbreviations
  // need a cue word before them ("in May", "since Aug."): "May" is also a verb, "the Long March" a name.
  m = at(RE.month, text, pos);
  const written = m?.[1] ?? "";
  const isFullName = FULL_NAMES.has(written);
  if (m && (isFullName || (written.endsWith(".") && written !== "May.")) && (continuation || (isFullName && written !== "May" && written !== "March") || BARE_MONTH_CUE.test(before(text, pos, 30)))) {
    return { start: pos, end: pos + m[0].length, form: "month", y: null, m: monthNumber(m[1]!)!, pattern: "date/month" };
  }
  return null;
}

function centuryCore(text: string, pos: number, m: RegExpExecArray): Core | null {
  const n = ordinalValue(m[1]!);
  if (n === null || n < 1 || n > 22) return null;
  const end = pos + m[0].length;
  // "the 5th century BC": BC04
  const era = BC_AFTER.exec(text.slice(end, end + 6));
  if (era) return { start: pos, end: end + era[0].length, form: "century", y: -(n - 1) * 100, bc: true, pattern: "date/century-bc" };
  return { start: pos, end, form: "century", y: (n - 1) * 100, pattern: "date/century" };
}

/** " BC" after a number: the era of a century or a decade. */
const BC_AFTER = /^[\s\u00a0]?(?:BCE|BC|B\.C\.)(?![\p{L}\p{N}_])/u;

function partCore(pos: number, length: number, y: number, letter: string, index: number): Core | null {
  if (letter === "H" && index > 2) return null;
  return { start: pos, end: pos + length, form: letter === "Q" ? "quarter" : "half", y, index, pattern: letter === "Q" ? "date/quarter-code" : "date/half-code" };
}
