/**
 * Different weekdays of a happening that has one day, told by reports that no date can be given
 * (group/undated-days.ts). A death, a blast or a shooting, an arrest, a cut of a line happen on
 * one day, and the reports of one story are written within days of each other: "Ivo Brandt died
 * on Friday" and "Brandt died Thursday at his home" cannot both be true of one death, whichever
 * day each report was written, since no report written within a week names a past day by another
 * weekday. Two such claims contradict when
 *   - both name a weekday, different ones (not "yesterday" against a weekday: the reports' own days
 *     are unknown; not two clock times: a moment may be told by another clock);
 *   - both predicates name a happening of ONE_DAY (the frame's kind of happening, as
 *     extract/frames/date-happening.ts names it, or its verb), told as done, not said, forecast or
 *     supposed (the grouping keeps those apart already);
 *   - both sentences give one proper name (participants.ts namesShared: who died, the town of
 *     the blast): positive evidence that the happening is one, not two of a kind;
 *   - and neither weekday is counted from another day the report named ("said Saturday … the day
 *     before": normalize/counted-undated-days.ts), a reckoning rather than a statement of the day.
 * A happening that lasts or recurs (a fire that burns for days, talks, patrols, a strike, an
 * offer) is not of ONE_DAY and only diverges.
 *
 * Must: "Ivo Brandt died on Friday" / "Brandt died Thursday"; "a bomb exploded at the Harlow bank
 * in Dunmere on Friday" / "… in Dunmere on Saturday". Must not: "Brandt died yesterday" / "died
 * Thursday"; "the Harlow warehouse burned on Monday" / "on Tuesday"; "died on Friday" / "died on
 * Thursday" with no name in common.
 */
import type { Claim, UndatedDayValue } from "../types.js";
import { predicateOf } from "../group/predicate-classes.js";
import { namesShared } from "../group/participants.js";
import { COUNTED_FROM } from "../normalize/counted-undated-days.js";

type UndatedClaim = Claim & { value: UndatedDayValue };

/**
 * Happenings that have one day, by the words a frame gives as their predicate: dying, a violent
 * attack (a blast, a shooting, a bombing: "attack" is the frame's name of that kind), an arrest, a
 * cut of a line or service ("outage" is the frame's name of that kind).
 */
const ONE_DAY: ReadonlySet<string> = new Set([
  "die", "pass away", "perish", "death",
  "attack", "explode", "explosion", "blast", "bomb", "bombing", "detonate", "shoot", "shooting", "kill", "killing", "murder", "slay",
  "arrest", "detain", "apprehend",
  "outage", "sever", "cut",
]);

/** Whether a claim tells a happening of one day (see the header). */
function hasOneDay(c: Claim): boolean {
  const p = predicateOf(c);
  return p !== null && ONE_DAY.has(p);
}

/** Whether two undated claims name different weekdays of one happening that has one day. */
function weekdaysOfOneDayApart(a: UndatedClaim, b: UndatedClaim): boolean {
  const [x, y] = [a.value.relative, b.value.relative];
  if (x.weekday === undefined || y.weekday === undefined || x.weekday === y.weekday) return false;
  return a.document !== b.document && !counted(a) && !counted(b) && hasOneDay(a) && hasOneDay(b) && namesShared(a, b);
}

/** A weekday counted from another day the report named ("said Saturday … the day before"): the report's reckoning, no statement of the day. */
function counted(c: Claim): boolean {
  return c.provenance.some((p) => p.startsWith(`${COUNTED_FROM}:`));
}

/** The first pair of claims of two sides (in order) whose weekdays of one happening that has one day differ, or null. */
export function oneDayApartPair(sides: readonly (readonly UndatedClaim[])[]): [UndatedClaim, UndatedClaim] | null {
  for (let i = 0; i < sides.length; i++) {
    for (let j = i + 1; j < sides.length; j++) {
      for (const a of sides[i]!) for (const b of sides[j]!) if (weekdaysOfOneDayApart(a, b)) return [a, b];
    }
  }
  return null;
}
