/**
 * The date in a page address, as news sites put it in their paths. Owns URL shapes only; the caller
 * decides whether a line is an address (header-date.ts). Spaces are ignored, so an address that a
 * tokenizer spaced out ("http: / / www. x. com / 2013 / may / 03 / …") reads as written.
 *
 *   /2013/05/03/… · /2013/may/03/… · /2013-05-03-… · /20130503/ · _2013_09_14_ · ymd=20081216   day
 *   /2009/POLITICS/03/03/… (a section between year and month)                                     day
 *   /2013/05/… · /apr2009/ · 2005_05_01_archive (a blog's month archive)                           month
 *   /2016/council/…                                                                                year
 *   …redsoxmeet121808 (month, day, year glued to a slug) · /130909-paris-heist (year, month, day
 *   opening a slug): six digits read only when one reading of the two gives a valid day      day (short)
 *
 * Years are those of the web (1990–2039), so article numbers ("0,,20697025,00") are not read as dates.
 */
import { monthOf, validDay } from "./written-dates.js";

export interface UrlDate {
  year: number;
  /** Null when the address names a year only ("/2016/council/"). */
  month: number | null;
  /** Null when the address names a month or a year only. */
  day: number | null;
  /** Read from six digits with a two-digit year: likely, not certain. */
  short?: true;
}

const YEAR = "((?:199|20[0-3])\\d)";
const NAME = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";

/** Tried in order; the first that gives a valid date wins. */
const DAY_SHAPES: { re: RegExp; parts: (m: RegExpExecArray) => [number, number, number] }[] = [
  // /2013/05/03/ · /2013-05-03- · _2013_09_14_ · /2013.05.03
  { re: new RegExp(`(?<!\\d)${YEAR}([-/_.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)`, "g"), parts: (m) => [Number(m[1]), Number(m[3]), Number(m[4])] },
  // /2013/may/03/
  { re: new RegExp(`(?<!\\d)${YEAR}[-/_]${NAME}[-/_](\\d{1,2})(?!\\d)`, "gi"), parts: (m) => [Number(m[1]), monthOf(m[2]!), Number(m[3])] },
  // /2009/POLITICS/03/03/
  { re: new RegExp(`/${YEAR}/[A-Za-z][A-Za-z-]{0,30}/(\\d{1,2})/(\\d{1,2})/`, "g"), parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // 20130503 · ymd=20081216 · -20130504
  { re: new RegExp(`(?<!\\d)${YEAR}(\\d{2})(\\d{2})(?!\\d)`, "g"), parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
];

/**
 * Six digits glued to a slug's words ("meet121808") or opening a slug ("/130909-paris-…"), not a
 * folder or a query number of their own ("/123456/", "id=123456").
 */
const SHORT = /(?:(?<=[a-z])|(?<=[/=_-])(?=\d{6}-[a-z]))(\d{2})(\d{2})(\d{2})(?=$|[-_/?#&.])/gi;

/** A two-digit year of the web: 90–99, 00–39. */
function webYear(yy: number): number | null {
  return yy >= 90 ? 1900 + yy : yy < 40 ? 2000 + yy : null;
}

/** The one valid day of six digits read as month-day-year or as year-month-day; null when none or both are. */
function shortDay(a: number, b: number, c: number): UrlDate | null {
  const readings: UrlDate[] = [];
  const mdy = webYear(c);
  if (mdy !== null && validDay(mdy, a, b)) readings.push({ year: mdy, month: a, day: b, short: true });
  const ymd = webYear(a);
  if (ymd !== null && validDay(ymd, b, c)) readings.push({ year: ymd, month: b, day: c, short: true });
  return readings.length === 1 ? readings[0]! : null;
}

/** A year alone as a folder of the path: "/2016/council/". */
const YEAR_SEGMENT = new RegExp(`/${YEAR}(?:/|$)`);

const MONTH_SHAPES: { re: RegExp; parts: (m: RegExpExecArray) => [number, number] }[] = [
  // /2013/05/ · 2005_05_01_archive (the archive of a month: its first day names the month)
  { re: new RegExp(`(?<!\\d)${YEAR}[-/_](\\d{1,2})(?:[-_]01_archive|/|$)`, "g"), parts: (m) => [Number(m[1]), Number(m[2])] },
  // /apr2009/ · /2009/apr/
  { re: new RegExp(`(?<![a-z])${NAME}[-_]?${YEAR}(?!\\d)`, "gi"), parts: (m) => [Number(m[2]), monthOf(m[1]!)] },
  { re: new RegExp(`(?<!\\d)${YEAR}/${NAME}(?:/|$)`, "gi"), parts: (m) => [Number(m[1]), monthOf(m[2]!)] },
];

/** The address with the spaces a tokenizer put into it taken out, lower-cased for the host. */
export function compactUrl(line: string): string {
  return line.replace(/\s+/g, "");
}

/** Whether a line is nothing but a web address (spaced out or not), possibly after "Source:" or "URL:". */
export function isUrlLine(line: string): boolean {
  const compact = compactUrl(line).replace(/^(?:source|url|link|from):/i, "");
  return /^(?:https?:\/\/|www\.)[^\s"<>]+$/i.test(compact);
}

/** The host of an address line ("boston.redsox.mlb.com"), or null. */
export function hostOf(line: string): string | null {
  const m = /^(?:[a-z]+:)?(?:https?:\/\/)?([^/?#:]+)/i.exec(compactUrl(line).replace(/^(?:source|url|link|from):/i, ""));
  return m ? m[1]!.toLowerCase() : null;
}

/** The date an address states: a day where it gives one, else a month; null when it gives neither. */
export function urlDate(line: string): UrlDate | null {
  const url = compactUrl(line);
  // The path and query only: a host never holds a date ("www.2013.com" is a name).
  const path = url.replace(/^(?:[a-z]+:)?(?:https?:\/\/)?[^/?#]*/i, "");
  for (const shape of DAY_SHAPES) {
    shape.re.lastIndex = 0;
    for (let m = shape.re.exec(path); m; m = shape.re.exec(path)) {
      const [y, mo, d] = shape.parts(m);
      // A month archive ("2005_05_01_archive") names a month, not its first day.
      if (/^[-_]?archive/i.test(path.slice(m.index + m[0].length))) continue;
      if (validDay(y, mo, d)) return { year: y, month: mo, day: d };
    }
  }
  for (const shape of MONTH_SHAPES) {
    shape.re.lastIndex = 0;
    for (let m = shape.re.exec(path); m; m = shape.re.exec(path)) {
      const [y, mo] = shape.parts(m);
      if (mo >= 1 && mo <= 12) return { year: y, month: mo, day: null };
    }
  }
  SHORT.lastIndex = 0;
  for (let m = SHORT.exec(path); m; m = SHORT.exec(path)) {
    const day = shortDay(Number(m[1]), Number(m[2]), Number(m[3]));
    if (day) return day;
  }
  const year = YEAR_SEGMENT.exec(path);
  return year ? { year: Number(year[1]), month: null, day: null } : null;
}
