/**
 * Dates the value layer reads (and TimeML marks) that state no date a fact-checker could check:
 * such a mention stays in the sentence's mentions (it still gives later sentences their day, and a
 * figure its time frame) but is no claim of its own.
 *
 * - The day or week the text has reached, told back: "the Dow ended the day at 8,100", "was 2%
 *   lower than the start of the day", "rose over the day", "gained for the rest of the week". It
 *   is the report's own day (or the day it last named), said again; two reports that each say "the
 *   day" agree on nothing. "that day", "the day before", "the weekend" name a day of their own and
 *   stay claims.
 * - A run counted to the day in question: "for a third straight day", "the fifth session in a
 *   row" — a count of days, whose date is only the day reached; and a record of the period in
 *   question: "their best week since May", "its worst day in a decade" (the claim is "since May").
 * - One day naming the span of a record or a level, not how long anything lasted: "the
 *   biggest single-day fall since 2001", "its largest one-day point gain", "fell from a day high
 *   of 145" (the claim is the fall, the gain, the high). "a one-day trial", "the strike lasted a
 *   day" stay lengths.
 * - An ordinal century: "one of the great dramas of the 20th century", "a 19th-century church",
 *   "in the 14th century". An age of history, no date a report could get wrong; it still gives the
 *   figures of its sentence their time frame ("lost 4,000 residents in the 20th century").
 * - A season naming a kind of thing, not when: "their spring meetings", "a summer vacation", "the
 *   winter collection" (a bare season before a noun, after no word of time). "in the summer",
 *   "this autumn", "autumn 2004", "the summer months" stay dates.
 */
import type { Mention } from "../types.js";
import { isFunctionWord } from "../values/quantity/counted.js";

/** The patterns of a day or a period the text has reached, told back with no date of its own. */
const TOLD_BACK = /^date\/(?:nth-in-a-row|superlative-unit)(?:\+|$)/;
const THE_UNIT = /^date\/the-unit(?:\+|$)/;
/** "the day", "the week" (not "the weekend"). */
const DAY_OR_WEEK = /(?:^|[^\p{L}])(?:day|week)$/iu;
const BARE_SEASON = /^date\/season$/;
/** An ordinal century, "the 20th century", "19th-century" (date-core.ts's century, with its signal word if any). */
const CENTURY = /^date\/century(?:\+|$)/;

/** The word after a season, read as the noun it classifies. */
const NEXT_WORD = /^[\s\u00a0]+([a-z]+)\b/;
/** Nouns of time a season names a span of ("the summer months"): a date. */
const TIME_NOUNS = /^(?:months?|weeks?|days?|seasons?|time|term|period|quarter|half)$/;
/** A word of time before the season ("in summer", "by autumn", "this spring"): a date. */
const TIME_WORD_BEFORE = /\b(?:in|during|by|until|till|since|through|throughout|over|before|after|from|this|last|next|early|late|mid|each|every|of|around)[\s\u00a0]+(?:the[\s\u00a0]+)?$/i;

/**
 * One day said as a word: "single-day", "one-day", "a day", "one session" (a year's high, "a one-year
 * high", is the highest in a year: a window that can be checked).
 */
const ONE_UNIT = /^(?:a|one|single)[-\s]+(?:day|session)$/i;
/** A record's or a level's noun after it, up to two words on: "high", "point loss", "percentage gain". */
const RECORD_AFTER = /^(?:[\s-]+[a-z]+){0,2}?[\s-]+(?:high|low|peak|trough|gain|loss|fall|drop|decline|rise|jump|plunge|slide|swing|move|record)(?:e?s)?\b/i;

/** A season joined to another before it ("in the late summer and autumn"): told as that one is. */
const SEASON_AND_BEFORE = /\b(?:spring|summer|autumn|fall|winter)[\s\u00a0]+(?:and|or)[\s\u00a0]+$/i;

/** Whether a date (or a length of time) of a sentence states nothing to check (see above). */
export function tellsNoDate(m: Mention, sentence: string): boolean {
  if (m.kind === "duration") return ONE_UNIT.test(m.text) && RECORD_AFTER.test(sentence.slice(m.offset + m.length, m.offset + m.length + 40));
  if (m.kind !== "date" || m.value?.type !== "date") return false;
  const pattern = m.pattern ?? "";
  if (TOLD_BACK.test(pattern)) return true;
  if (CENTURY.test(pattern)) return true;
  if (THE_UNIT.test(pattern)) return DAY_OR_WEEK.test(m.text);
  if (BARE_SEASON.test(pattern)) return seasonClassifies(m, sentence);
  return false;
}

/** "their autumn meetings": a bare season before a noun, after no word of time. */
function seasonClassifies(m: Mention, sentence: string): boolean {
  const next = NEXT_WORD.exec(sentence.slice(m.offset + m.length, m.offset + m.length + 24));
  if (!next) return false;
  const word = next[1]!;
  if (isFunctionWord(word) || TIME_NOUNS.test(word)) return false;
  const before = sentence.slice(Math.max(0, m.offset - 24), m.offset);
  return !TIME_WORD_BEFORE.test(before) && !SEASON_AND_BEFORE.test(before);
}
