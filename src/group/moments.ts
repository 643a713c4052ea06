/**
 * One moment told in two reports. A clock time written to a minute that is not a round one ("2:18
 * p.m.", "8.39am", "at 21:07"; not "3 p.m.", "9:30", "10:45") is seldom given twice by chance: two
 * reports of one story that tell the same day at that same minute, of one topic (group.ts asks only
 * within a topic: one predicate or class of them), tell one happening, whoever else their sentences
 * name ("two mothers are seen at 2:18 p.m." and "at 2:18 p.m. the women are seen on the tape").
 * Only ever lets claims agree: their values are one day and one minute.
 */
import type { Claim } from "../types.js";
import { clockOf } from "./same-figure.js";

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
