/**
 * The day a change or a level was told of, from the weekday its sentence names. Indexes, prices and
 * shares move every trading day, and an archive tells many of their days: "the Orvik 30 closed
 * down 2.1% on Thursday" in a report of Friday 7 March and "the Orvik 30 closed down 3.4% on
 * Monday" in a report of Tuesday 11 March are the moves of two days (6 and 10 March), not one move
 * told twice. A weekday is read against its own report's date: the latest such weekday on or before
 * the day of the report (a report tells the week behind it). A figure whose sentence names no day
 * takes its report's day only where report-days.ts reads it so (toldOfItsDay: "today",
 * "currently"), or the day its report's lead gives its main happening (lead-days.ts: "closed
 * lower on Thursday, …"); otherwise its day is unknown and nothing is read.
 *
 * Read only of figures of a change or a level (change-subjects.ts changeOrLevel), whose sentence
 * names one weekday and no word of the day of writing ("today"), not as a possessive ("Monday's fall" names another day's doings), not after
 * "next" (a day to come), nor after a word that dates another happening ("after", "since",
 * "before", "following", "until", "from": "rose 2% after falling on Monday"), and not attributed
 * to a source (the day may be the saying's).
 *
 * Two figures whose days are read and differ are two occurrences (occurrence-topics.ts mayMeet).
 * A day read from "today" is its report's dateline, which may run a day ahead of the day the
 * writer meant ("on Thursday" and "today" in a report dated Friday may be one trading day), so it
 * parts only from a day at least two days away.
 *
 * A report tells only what happened by its own day: a change of a level told with no period and
 * no day of its own ("the Orvik 30 fell 2.1%", report-days.ts changeOfItsReport) in a report of
 * Friday 7 March is a change of that day or of the days before, never one of a day after it. So a
 * figure whose day is read (above) and lies after the other's report (by the same margin: a day
 * read from "today" at least two days after) is another change (toldBeforeItsDay): "closed up
 * 4.2% on Tuesday" (report of 11 March) and "rose 3.9%" in a report of 7 March are two rises. The
 * other way round nothing is read: a later report that names no day may retell an earlier day's
 * change ("fell 679 points in one day").
 */
import type { Claim } from "../types.js";
import { dayNumber, weekdayOnOrBefore } from "../values/intervals.js";
import { changeOrLevel } from "./change-subjects.js";
import { oncePerClaim } from "./per-claim.js";
import { changeOfItsReport, toldOfItsDay } from "./report-days.js";
import { dayFromLead } from "./lead-days.js";
import { WEEKDAYS_FROM_SUNDAY, weekdayWords } from "../values/calendar-words.js";

/** The weekdays in small letters, Sunday first (as `Date.getUTCDay` counts). */
const WEEKDAYS: readonly string[] = WEEKDAYS_FROM_SUNDAY.map((w) => w.toLowerCase());

/** A weekday as a word of its own, with what stands just before and after it. */
const WEEKDAY = new RegExp(String.raw`\b(${weekdayWords()})\b(['’]s)?`, "gu");

/** Words before a weekday that make it the day of something else, or a day to come. */
const OTHER_DAY = /\b(?:after|since|before|following|until|till|from|next)\b[^,;]{0,30}$/iu;

/** A figure's day as a day number, and whether it was read from a weekday (else from "today"). */
export interface ChangeDay {
  day: number;
  weekday: boolean;
}

/** The day a figure of a change or a level was told of; null when it cannot be read (see the header). */
export const changeDay: (c: Claim) => ChangeDay | null = oncePerClaim((c) => {
  if (!changeOrLevel(c) || c.claimFrame?.attribution) return null;
  const at = c.claimFrame?.time.reportedAt;
  if (!at) return null;
  const report = dayNumber(at);
  const named = [...c.sentence.matchAll(WEEKDAY)];
  const days = new Set(named.map((m) => m[1]!.toLowerCase()));
  if (days.size > 1) return null;
  if (days.size === 1) {
    // (a weekday beside "today" may date another clause's happening: "rose on Monday and fell 2% today")
    if (toldOfItsDay(c)) return null;
    if (named.some((m) => m[2] !== undefined || OTHER_DAY.test(c.sentence.slice(0, m.index)))) return null;
    return { day: weekdayOnOrBefore(at, WEEKDAYS.indexOf([...days][0]!)), weekday: true };
  }
  if (toldOfItsDay(c)) return { day: report, weekday: false };
  // (a sentence that names no day: the day its report's lead gives, lead-days.ts)
  const lead = dayFromLead(c);
  return lead === null ? null : { day: lead, weekday: true };
});

/** Two figures of a change or a level told of different days, or one of a day after the other's report (see the header). */
export function changeDaysApart(a: Claim, b: Claim): boolean {
  const [da, db] = [changeDay(a), changeDay(b)];
  if (da !== null && db !== null) return Math.abs(da.day - db.day) >= (da.weekday && db.weekday ? 1 : 2);
  return toldBeforeItsDay(da, b) || toldBeforeItsDay(db, a);
}

/**
 * The last day a figure's report can tell a change of: its report's (last) day, when it is a
 * change of a level told with no period, no day and no modality of its own (not "is expected to
 * fall 2%", "could lose 3%"); else null.
 */
export const toldBy: (c: Claim) => number | null = oncePerClaim((c) => {
  if (!changeOfItsReport(c) || changeDay(c) !== null || (c.claimFrame?.modality.length ?? 0) > 0) return null;
  const time = c.claimFrame?.time;
  const last = time?.reportedUntil ?? time?.reportedAt;
  return last ? dayNumber(last) : null;
});

/** A change told of `day` that comes after the last day `other`'s report can tell (see the header). */
function toldBeforeItsDay(day: ChangeDay | null, other: Claim): boolean {
  if (day === null) return false;
  const by = toldBy(other);
  return by !== null && day.day - by >= (day.weekday ? 1 : 2);
}
