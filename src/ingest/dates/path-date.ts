/**
 * A document's date from its file path, for archives whose texts state none but whose names do.
 * By default:
 *   - a date written YYYY-MM-DD anywhere in the path ("news/2025-04-19-talks.md",
 *     "2025-04-19/kabul.txt"); the one nearest the file name wins;
 *   - a file name that begins with a year from 1700 to 2100 followed by "_" or "-"
 *     ("1793_george_washington.txt" → 1793; "1000_customers.md" has none).
 * relcheck.yml can add patterns (`dates: paths:`), tried before the defaults, in which {year},
 * {month} and {day} stand for the parts of the date and * for any run of characters within one
 * folder or file name: "archive/{year}/{month}/{day}/*", "*_{day}.{month}.{year}.txt". A
 * pattern may match anywhere in the path (relative to the working directory, "/" separators);
 * {month} also takes a month's name or abbreviation ("2013/may/03").
 */
import { RE2JS } from "re2js";
import type { DateConfidence, IsoDay } from "../../types.js";
import { isoDay, monthOf, validDay } from "./written-dates.js";
import { wordTable } from "../../values/word-table.js";
import { monthWords } from "../../values/calendar-words.js";
import { fileName } from "../../values/file-name.js";

export interface PathDate {
  date: IsoDay;
  confidence: DateConfidence;
}

/** A user's path pattern, compiled (RE2: linear in the path, whatever the pattern). */
export interface PathPattern {
  source: string;
  re: RE2JS;
  /** Group number of each part (0 = absent). */
  year: number;
  month: number;
  day: number;
}

/** A month's name in full or cut short, in small letters (the expression ignores case). */
const MONTH_NAMES = monthWords({ forms: "both" }).toLowerCase();
const PART = wordTable<string>({
  year: "(\\d{4})",
  month: `(0?[1-9]|1[0-2]|${MONTH_NAMES})`,
  day: "(0?[1-9]|[12]\\d|3[01])",
});

/**
 * "archive/{year}/{month}/*" → an expression; throws with a one-line message when the pattern
 * names no {year}, names a part twice, or uses a placeholder it does not know.
 */
export function compilePathPattern(source: string): PathPattern {
  let re = "";
  const groups: Record<string, number> = { year: 0, month: 0, day: 0 };
  let group = 0;
  for (const token of source.split(/(\{[^{}]*\}|\*)/)) {
    if (token === "") continue;
    if (token === "*") {
      re += "[^/]*?";
      continue;
    }
    const name = /^\{([^{}]*)\}$/.exec(token)?.[1];
    if (name === undefined) {
      re += token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      continue;
    }
    if (!(name in PART)) throw new Error(`unknown placeholder {${name}} (use {year}, {month}, {day} or *)`);
    if (groups[name]) throw new Error(`{${name}} appears twice`);
    groups[name] = ++group;
    re += PART[name];
  }
  if (!groups.year) throw new Error("a date pattern needs {year}");
  if (groups.day && !groups.month) throw new Error("a date pattern with {day} needs {month}");
  return { source, re: RE2JS.compile(`(?:^|[^\\dA-Za-z])${re}(?:$|[^\\d])`, RE2JS.CASE_INSENSITIVE), year: groups.year!, month: groups.month!, day: groups.day! };
}

const ISO_IN_PATH = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
const LEADING_YEAR = /^(\d{4})[_-]/;

/** The last valid match of a pattern in the path: the one nearest the file name. */
function byPattern(path: string, p: PathPattern): PathDate | null {
  let found: PathDate | null = null;
  const m = p.re.matcher(path);
  while (m.find()) {
    const year = Number(m.group(p.year));
    const monthText = p.month ? m.group(p.month) : null;
    const month = monthText === null ? null : /^\d/.test(monthText) ? Number(monthText) : monthOf(monthText);
    const day = p.day ? Number(m.group(p.day)) : null;
    if (month === null) found = { date: isoDay(year, 1, 1), confidence: "low" };
    else if (day === null) found = { date: isoDay(year, month, 1), confidence: "medium" };
    else if (validDay(year, month, day)) found = { date: isoDay(year, month, day), confidence: "high" };
  }
  return found;
}

/**
 * The date a path gives: the user's patterns first, then the defaults. A year alone stands for
 * its first day and a month for its first day, as a bare year does elsewhere in relcheck; their
 * confidence says so.
 */
export function pathDate(path: string, patterns: readonly PathPattern[] = []): PathDate | null {
  const normalized = path.split("\\").join("/");
  for (const p of patterns) {
    const found = byPattern(normalized, p);
    if (found) return found;
  }
  let iso: PathDate | null = null;
  for (const m of normalized.matchAll(ISO_IN_PATH)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (validDay(y, mo, d)) iso = { date: isoDay(y, mo, d), confidence: "high" };
  }
  if (iso) return iso;
  const lead = LEADING_YEAR.exec(fileName(normalized));
  const year = lead ? Number(lead[1]) : 0;
  return year >= 1700 && year <= 2100 ? { date: isoDay(year, 1, 1), confidence: "low" } : null;
}
