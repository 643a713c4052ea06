/**
 * A cheap check before the grammar runs at "the": the word after it must be one a date can go on
 * with. Many anchors are a bare "the" near a date word ("the country spent two years …"), and
 * every parser was tried there for nothing.
 *
 * The words below are read off the parsers' expressions, each at the place where "the" opens
 * them. Only a lower-case word is ever turned away: after "the" a digit, an apostrophe, a
 * capital ("the Easter weekend", "the Last Week"), any other sign, or no space at all leaves the
 * grammar to decide. test/perf/after-the.test.ts holds the grammar with and without this check
 * to the same mentions on random sentences and on every sentence of the seeds and the addresses.
 */
import { ORDINAL_WORDS } from "../lexicon.js";

const WORDS = [
  // date.ts: "the end of 2024" (partOf), "the late 1990s" (part), "the week of May 3" (weekFrom),
  // "the first week of March" (weekOf), "the morning of April 19" (dayPartOf)
  "beginning", "start", "end", "middle", "close", "early", "mid", "late", "week", "morning", "afternoon", "evening", "night",
  // date-core.ts after "the": "the fall of 2020", "the summer 2024", "the second half of 2025",
  // "the final quarter of 2019", "the twentieth century" (not "the fiscal 2008": date.ts turns it down)
  "fall", "spring", "summer", "autumn", "winter", "latter", "last", "final",
  // anaphoric.ts: "the day before", "the third straight week", "the whole year", "the same
  // period last year", "the early evening"
  "day", "month", "year", "entire", "whole", "full", "same",
  // duration.ts: "the past two weeks", "the initial three days", "the intervening years", "the months ahead"
  "past", "next", "coming", "previous", "following", "initial", "very", "preceding", "succeeding", "intervening", "ensuing", "recent",
  "years", "months", "weeks", "days", "decades",
  // relative-part.ts: "the very end of the year", "the second half", "the year-earlier quarter", "the quarter-end"
  "quarter",
  // relative.ts: "the this past weekend", "the current year", "that day", "the future", "the
  // day after tomorrow", "the weekend", "the near term", "the long term", "the foreseeable future",
  // "the time being"
  "this", "current", "that", "future", "present", "weekend", "near", "long", "short", "foreseeable", "time",
  // date-core.ts: "the nineteen sixties", "the eighteen nineties" (a decade in words)
  "nineteen", "eighteen",
];

/**
 * The lower-case words after "the" where a date can go on, as whole runs of letters: an ordinal
 * ("third", and "twenty" of "twenty-first") and the words above.
 */
export const AFTER_THE: ReadonlySet<string> = new Set([
  ...WORDS,
  ...Object.keys(ORDINAL_WORDS).map((w) => /^[a-z]+/.exec(w)![0]),
]);

const SPACE = /[\s\u00a0]/;
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === c && SPACE.test(String.fromCharCode(c));
}

/**
 * Whether the grammar may find a date at `pos`: false only for "the"/"The" and white space
 * before a lower-case word that is not in `followers`.
 */
export function mayStartAt(text: string, pos: number, followers: ReadonlySet<string> = AFTER_THE): boolean {
  const c = text.charCodeAt(pos);
  if ((c !== 116 && c !== 84) || text.charCodeAt(pos + 1) !== 104 || text.charCodeAt(pos + 2) !== 101) return true;
  let p = pos + 3;
  if (!isSpace(text.charCodeAt(p))) return true;
  while (isSpace(text.charCodeAt(p))) p++;
  const from = p;
  for (let k = text.charCodeAt(p); k >= 97 && k <= 122; k = text.charCodeAt(++p));
  return p === from || followers.has(text.slice(from, p));
}
