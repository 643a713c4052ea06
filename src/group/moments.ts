/**
 * One moment told in two reports. A clock time written to a minute that is not a round one ("2:18
 * p.m.", "8.39am", "at 21:07"; not "3 p.m.", "9:30", "10:45") is seldom given twice by chance: two
 * reports of one story that tell the same day at that same minute, of one topic (group.ts asks only
 * within a topic: one predicate or class of them), tell one happening, whoever else their sentences
 * name ("two mothers are seen at 2:18 p.m." and "at 2:18 p.m. the women are seen on the tape").
 * Only ever lets claims agree: their values are one day and one minute.
 *
 * The same moment told in reports whose days for it were read apart (a clock with no day of its
 * own takes the day its text had reached; a weekday is read against its report's date) is brought
 * together too, by its clock (momentReadApartGroups): its group is compared by clock time, not by
 * day (ClaimGroup moments), and holds one minute, so it too only ever agrees.
 */
import type { Claim, ClaimGroup } from "../types.js";
import { bareClock, byPlace } from "./same-figure.js";
import { clockOf } from "./clock-spans.js";
import { newsOfItsReport, singleDay } from "./one-day.js";
import { dayNumber } from "../values/intervals.js";
import { reportedTogether } from "./occurrence-topics.js";
import { kindsApart } from "./predicate-classes.js";
import { actorsApart } from "./participants.js";
import { bucketsBy, byContent, formedGroups, fromTwoReports, groupedTogether, toldAsOneGroup } from "./overlaps.js";
import { WEEKDAYS_FROM_SUNDAY, WEEKDAY_SHORT } from "../values/calendar-words.js";

/** Minutes on the hour or a quarter of it are round: outlets give them for many moments ("about 3 p.m."). */
const ROUND_MINUTES = 15;

/** The minute of the day a date claim tells when it is not a round one ("2:18 p.m." → 858); null otherwise. */
export function oddMinute(c: Claim): number | null {
  if (c.value.type !== "date") return null;
  const at = clockOf(c);
  return at !== null && at % ROUND_MINUTES !== 0 ? at : null;
}

/**
 * Two date claims of one day that tell the same minute, not a round one. Must hold: "2:18 p.m." and
 * "Around 2:18 p.m." of one day; "8.39am" and "08:39" of one day. Must not: "3 p.m." twice (round);
 * "2:18 p.m." and "2:19 p.m."; "2:18 p.m." on two days; a clock time and a day with no clock.
 */
export function sameOddMoment(a: Claim, b: Claim): boolean {
  const [ma, mb] = [oddMinute(a), oddMinute(b)];
  if (ma === null || ma !== mb || a.value.type !== "date" || b.value.type !== "date") return false;
  return a.value.start === b.value.start && a.value.end === b.value.end;
}

/**
 * The order claims of one day are taken in when they are gathered into figures told twice
 * (same-figure.ts): those told to an odd minute first, by their minute, then the others (0 for
 * two claims of one odd minute or of none). A group takes a claim only when it fits every member,
 * so a rounder moment taken first ("shortly after 4 a.m." beside a place of its own) could open a
 * group that two reports of one odd minute ("4:17 a.m." twice) then never reach together; taken
 * first, two reports of one odd minute meet, and the rounder claims join them where they fit.
 */
export function byOddMinuteFirst(a: Claim, b: Claim): number {
  const [ma, mb] = [oddMinute(a), oddMinute(b)];
  if (ma === mb) return 0;
  if (ma === null) return 1;
  if (mb === null) return -1;
  return ma - mb;
}

/** Claims of one story and minute compared at most ("noon" told hundreds of times in an archive). */
const BUCKET_CAP = 200;

/** How far apart a weekday read against two reports' dates can put one day: four weeks at most. */
const WEEKS_READ_APART = 28;

/** Per weekday, Sunday first: its name in full, or a short form of it with its period, as written or in capitals. */
const WEEKDAY_NAMED: readonly RegExp[] = WEEKDAYS_FROM_SUNDAY.map((name) => {
  const short = WEEKDAY_SHORT.filter((w) => w.startsWith(name.slice(0, 3)));
  const caps = (ws: readonly string[]): string => [...ws, ...ws.map((w) => w.toUpperCase())].join("|");
  return new RegExp(String.raw`\b(?:(?:${caps([name])})\b|(?:${caps(short)})\.)`, "u");
});

/**
 * Whether a sentence names the weekday an ISO day falls on, as written (capitalized, or in a
 * headline's capitals): in full ("Saturday") or cut short with its period ("Sat.", "Tues.",
 * "Thurs."); not "sat." in small letters.
 */
function namesWeekdayOf(sentence: string, day: string): boolean {
  return WEEKDAY_NAMED[new Date(`${day}T00:00:00Z`).getUTCDay()]!.test(sentence);
}

/**
 * Whether two days of one moment differ only as a reader took them: a clock told with no day of
 * its own takes the day its text had reached, and a weekday ("on Saturday") is read against its
 * report's date, which a follow-up a week later moves by a week. Must hold: a bare "around 9.35am"
 * in two reports whose texts had reached two days; "8.39am on Saturday" in a report of a Tuesday
 * and "Saturday 4 May, at 8:39am", days a week apart, both sentences naming Saturday. Must not: "on
 * 4 May at 8:39am" and "on 11 May at 8:39am" (two days told, no weekday: two happenings); two days
 * that are not the same weekday, both told.
 */
export function daysReadApart(a: Claim, b: Claim): boolean {
  const [da, db] = [singleDay(a), singleDay(b)];
  if (da === null || db === null || da === db) return false;
  return bareClock(a) || bareClock(b) || oneWeekdayWeeksApart(a, b);
}

/** Two single days whole weeks apart (four at most), each sentence naming the weekday its day falls on. */
export function oneWeekdayWeeksApart(a: Claim, b: Claim): boolean {
  const [da, db] = [singleDay(a), singleDay(b)];
  if (da === null || db === null || da === db) return false;
  const gap = Math.abs(dayNumber(da) - dayNumber(db));
  return gap % 7 === 0 && gap <= WEEKS_READ_APART && namesWeekdayOf(a.sentence, da) && namesWeekdayOf(b.sentence, db);
}

/**
 * A clock told with no day of its own whose day is no news of its report: its text had reached a
 * date of the background ("the June 3 shooting … He was seen at about 2 p.m."), or one after its
 * report was written, or its report has no date. Its day is unknown, not told: only its clock says
 * when. Must hold: a bare "at 3:30 a.m." whose text reached a day three months before its report;
 * one in an undated report. Must not: "at 3:30 a.m. Tuesday" (a day told); a bare "at 3:30 a.m." on
 * the day its report was written.
 */
export function unplacedClock(c: Claim): boolean {
  const day = singleDay(c);
  return day !== null && bareClock(c) && !newsOfItsReport(c, day);
}

/** The words a claim's frame names its happening by: its predicate and the events it names ("the fire broke out": fire). */
function happeningWords(c: Claim): string[] {
  const f = c.claimFrame;
  const events = (f?.participants ?? []).filter((p) => p.role === "event").map((p) => (p.key ?? p.text).toLowerCase());
  return f?.predicate ? [f.predicate.lemma, ...events] : events;
}

/**
 * Whether two clock claims may tell one moment (every two members of a group must): one minute,
 * in one story, on one day or on days only read apart (an odd minute in reports reported together,
 * daysReadApart; or a clock whose day is unknown, unplacedClock), with predicates of no two kinds
 * and sentences that name no different people.
 */
function mayBeOneMoment(a: Claim, b: Claim): boolean {
  if (a.story === undefined || a.story !== b.story) return false;
  const at = clockOf(a);
  if (at === null || at !== clockOf(b) || singleDay(a) === null || singleDay(b) === null) return false;
  if (a.document !== b.document && singleDay(a) !== singleDay(b) && !oddMinuteReadApart(a, b) && !unplacedClock(a) && !unplacedClock(b)) return false;
  return !kindsApart(a, b) && !actorsApart(a, b);
}

/** One odd minute in two reports of one time whose days for it were read apart. */
function oddMinuteReadApart(a: Claim, b: Claim): boolean {
  return oddMinute(a) !== null && oddMinute(a) === oddMinute(b) && reportedTogether(a, b) && daysReadApart(a, b);
}

/**
 * Evidence that two clock claims of one minute (mayBeOneMoment) tell one moment: an odd minute
 * read apart (oddMinuteReadApart); a clock whose day is unknown and one that names its happening
 * by the same word ("the blaze broke out at 2:30 a.m.", "the 2:30 a.m. blaze": blaze); or two of
 * one day a group already holds together.
 */
function oneMomentShown(a: Claim, b: Claim, grouped: (x: Claim, y: Claim) => boolean): boolean {
  if (a.document === b.document) return false;
  if (singleDay(a) === singleDay(b)) return grouped(a, b);
  if (oddMinuteReadApart(a, b)) return true;
  if (!unplacedClock(a) && !unplacedClock(b)) return false;
  const words = happeningWords(b);
  return happeningWords(a).some((w) => words.includes(w));
}

/**
 * Groups of one moment told at one minute in reports whose days for it were read apart: "Millbrook
 * police were called at 7.52am" in a report whose text had reached Sunday and "officers were called
 * at 7:52am on Sunday" in a follow-up a week later that reads that Sunday as the next one
 * (oddMinuteReadApart); "the blaze broke out at 2:30 a.m." in a column written months later, whose
 * text had reached another date, and "the 2:30 a.m. blaze" in the report of the day (unplacedClock).
 * Nothing else sets them side by side: their days differ. A claim joins a group where it may be of
 * that moment with every member (mayBeOneMoment) and some member shows it (oneMomentShown); a
 * group is made only where some two members' days differ and no group holds them together
 * already. Claims are bucketed by story and minute. The group is compared by its clock times
 * (ClaimGroup moments), all one: its members agree, and nothing here contradicts.
 */
export function momentReadApartGroups(claims: readonly Claim[], groups: readonly ClaimGroup[]): ClaimGroup[] {
  const grouped = groupedTogether(groups);
  const buckets = bucketsBy(claims, (c) => {
    const m = clockOf(c);
    return m === null || c.value.type !== "date" || c.story === undefined || singleDay(c) === null ? null : `${c.story}|${m}`;
  });
  const out: ClaimGroup[] = [];
  for (const bucket of buckets) {
    if (bucket.length > BUCKET_CAP || !fromTwoReports(bucket) || !bucket.some((c) => oddMinute(c) !== null || unplacedClock(c))) continue;
    const formed = formedGroups([...bucket].sort(byContent), (g, c) => g.every((m) => mayBeOneMoment(m, c)) && g.some((m) => oneMomentShown(m, c, grouped)));
    for (const members of formed) {
      const fresh = members.some((a, i) => members.slice(i + 1).some((b) => singleDay(a) !== singleDay(b) && !grouped(a, b)));
      if (!fresh) continue;
      members.sort(byPlace);
      out.push({ ...toldAsOneGroup("moment", members, "one moment, its days read apart", "recurring"), moments: true });
    }
  }
  return out;
}
