/**
 * The date of a document that states none, from the weekdays it names. A memorial page or a copy
 * of a report kept without a dateline tells its news by weekday ("died after a shooting Friday
 * afternoon"); where its story's reports were written over many days (the killing, the trial two
 * years later), no one day is most of theirs (story-dates.ts lends none), and its weekdays stay
 * unread. A reader who holds it beside the other reports reads "Friday" as the Friday they all
 * tell: when, for every weekday the document names, the story's reports dated by their own text,
 * path or user (MIN_DATED of them at least) read that weekday as one and the same day, and those
 * days lie within one week, the document is read as written on the latest of them, so that each
 * of its weekdays falls on the day the others give it. That day is the weekdays', not the day the
 * document was written: what it tells from the day of writing ("today", "yesterday") stays
 * unread (toldFromItsDay). A weekday two reports read as two days
 * (two Fridays, a week apart), or one that no dated report names, lends nothing. As for a day
 * lent by story-dates.ts, the date is a reader's inference (dateSource "story"): none of the
 * document's claims contradicts another (judge.ts).
 *
 * Owns choosing the day from the weekdays; does not own reading the document again (pipeline.ts).
 */
import type { Claim, IsoDay } from "../types.js";
import { dayNumber } from "../values/intervals.js";
import { MIN_DATED, type UndatedDocument } from "./story-dates.js";
import { OWN_SOURCES } from "./story-years.js";
import { buildStories } from "./stories.js";
import { WEEKDAYS_FROM_SUNDAY, weekdayWords } from "../values/calendar-words.js";

const WEEKDAY_WORD = new RegExp(String.raw`\b(${weekdayWords()})\b`, "g");

/** The weekdays a text names, capitalized, each once, in the week's order ("died Friday afternoon": Friday). */
export function weekdaysNamed(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(WEEKDAY_WORD)) found.add(m[1]!);
  return WEEKDAYS_FROM_SUNDAY.filter((w) => found.has(w));
}

export interface WeekdayDocument extends UndatedDocument {
  /** The weekdays its text names (kept for a document that states no date: weekdaysNamed). */
  weekdays?: readonly string[];
}

/** The weekday a claim's text names and its value falls on ("Friday" read as a Friday), or null. */
function weekdayTold(c: Claim): string | null {
  const v = c.value;
  if (v.type !== "date" || v.start === null || v.start !== v.end) return null;
  const named = weekdaysNamed(c.text);
  if (named.length !== 1) return null;
  const day = WEEKDAYS_FROM_SUNDAY[new Date(`${v.start}T00:00:00Z`).getUTCDay()]!;
  return day === named[0] ? day : null;
}

/** Words that tell a day from the day of writing ("today", "yesterday", "last night", "this morning"). */
const FROM_ITS_DAY = /\b(?:today|tonight|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b/i;

/**
 * Whether a claim tells its day from the day its document was written: "authorities said today",
 * "arrested just before midnight yesterday", "this morning". A day lent by the document's
 * weekdays is the day they name, not the day it was written (a report that says "Friday" was
 * often written after it), so such claims of it are left unread (pipeline.ts). Must: "today",
 * "midnight yesterday", "last night". Must not: "Friday afternoon", "3 p.m.", "June 24".
 */
export function toldFromItsDay(c: Claim): boolean {
  return c.value.type === "date" && FROM_ITS_DAY.test(c.text);
}

/** How far apart the days of one document's weekdays may lie: within one week. */
const ONE_WEEK = 6;

/**
 * Path → the day its weekdays lend a document that states no date (see the header), for the
 * documents `lent` does not already date. `claims` are the first reading's.
 */
export function weekdayDays(documents: readonly WeekdayDocument[], claims: readonly Claim[], lent: ReadonlySet<string>): Map<string, IsoDay> {
  const days = new Map<string, IsoDay>();
  const undated = documents.filter((d) => d.date === null && !d.yearless && !lent.has(d.path) && (d.weekdays ?? []).length > 0);
  if (undated.length === 0) return days;
  const own = new Set(documents.filter((d) => d.date !== null && OWN_SOURCES.has(d.dateSource ?? "")).map((d) => d.path));
  if (own.size < MIN_DATED) return days;
  const storyOf = new Map<string, number>();
  buildStories(documents).forEach((s, i) => s.documents.forEach((p) => storyOf.set(p, i)));
  // story and weekday → day → the dated documents that read the weekday as that day
  const told = new Map<string, Map<IsoDay, Set<string>>>();
  for (const c of claims) {
    if (!own.has(c.document)) continue;
    const w = weekdayTold(c);
    if (w === null || c.value.type !== "date" || c.value.start === null) continue;
    const key = `${storyOf.get(c.document)}|${w}`;
    const byDay = told.get(key) ?? new Map<IsoDay, Set<string>>();
    told.set(key, byDay);
    const docs = byDay.get(c.value.start) ?? new Set<string>();
    byDay.set(c.value.start, docs);
    docs.add(c.document);
  }
  for (const d of undated) {
    const read: IsoDay[] = [];
    for (const w of d.weekdays!) {
      const byDay = told.get(`${storyOf.get(d.path)}|${w}`);
      if (!byDay || byDay.size !== 1) break;
      const [day, docs] = [...byDay][0]!;
      if (docs.size < MIN_DATED) break;
      read.push(day);
    }
    if (read.length !== d.weekdays!.length) continue;
    const numbers = read.map(dayNumber);
    if (Math.max(...numbers) - Math.min(...numbers) > ONE_WEEK) continue;
    days.set(d.path, [...read].sort().at(-1)!);
  }
  return days;
}
