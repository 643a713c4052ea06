/**
 * A weekday of an earlier week the text has just listed. "Monday's fire follows two last week,
 * in Dunmore and in Keld. In Dunmore on Tuesday, a barn burned … On Monday in Keld, a grain
 * store burned …": the events listed with "last week" and their places are then each told with a
 * weekday, and that weekday is last week's, not the one nearest the document's date. Read only
 * when a sentence at most LOOK_BACK sentences before the weekday's says "last week" and lists, after
 * it in the same sentence, two names or more joined by "and", and the weekday's own sentence
 * names one of them; the weekday then moves back a week, unless it already lies before the
 * document's week.
 */
import type { IsoDay, StatedValue } from "../types.js";
import { MONTH_NAMES, WEEKDAY_NAMES } from "../values/calendar-words.js";

const LOOK_BACK = 3;
/** How far back in the text the sentences before a claim's are looked for. */
const SPAN = 600;

/** Capitalized words that name nothing: sentence openers, calendar words. */
const NOT_NAMES: ReadonlySet<string> = new Set([
  ..."On In At The A An And But By For From Of To With After Before During Last This Next".split(" "),
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
]);

/** The names a stretch of text holds (capitalized words that are no opener or calendar word). */
function names(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b\p{Lu}[\p{Ll}]{2,}\b/gu)) if (!NOT_NAMES.has(m[0])) out.add(m[0]);
  return out;
}

/** The sentences of `text`, split at a full stop, question or exclamation mark, or a line break. */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim().length > 0);
}

function addDays(day: IsoDay, n: number): IsoDay {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The Monday of the week that holds `day`. */
function mondayOf(day: IsoDay): IsoDay {
  const d = new Date(`${day}T00:00:00Z`);
  return addDays(day, -((d.getUTCDay() + 6) % 7));
}

/**
 * `value` a week earlier when the weekday at `sentenceStart` (whose sentence is `sentence`) tells
 * of one of the events the sentences before it listed with "last week"; else `value`.
 */
export function earlierWeek(value: StatedValue, pattern: string, text: string, sentenceStart: number, sentence: string, documentDate: IsoDay | null): StatedValue {
  if (value.type !== "date" || value.granularity !== "day" || !documentDate || !/weekday/.test(pattern)) return value;
  // already before the document's week: already last week's, or earlier
  if (value.start < mondayOf(documentDate)) return value;
  const before = sentencesOf(text.slice(Math.max(0, sentenceStart - SPAN), sentenceStart)).slice(-LOOK_BACK);
  const own = names(sentence);
  for (const s of before) {
    const at = s.search(/\blast week\b/i);
    if (at < 0) continue;
    const listed = s.slice(at);
    if (!/\band\b/.test(listed)) continue;
    const shared = [...names(listed)].filter((n) => own.has(n));
    if (names(listed).size >= 2 && shared.length > 0) return { ...value, start: addDays(value.start, -7), end: addDays(value.end, -7) };
  }
  return value;
}
