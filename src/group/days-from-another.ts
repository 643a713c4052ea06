/**
 * A day counted from another happening of its report ("a fire that had broken out the previous
 * day", "the day before", "two days earlier": counted-days.ts daysFromItsAnchor) dates a happening
 * other than the one it is counted from. Its day is the report's reckoning, not a statement of the
 * day: the report may have counted from another day than the one it meant, or meant "before" more
 * loosely. Other reports of the story that state that earlier (or later) happening's day ("the
 * June 3 fire", "on Monday") tell one happening with it, and nothing else sets them side by side
 * when the days differ (its topic's grouping keeps different days apart).
 *
 * Here a counted day joins the claims of other reports of its story that state one day when
 *   - they tell a kind of happening in common (happening-kinds.ts: "a shooting that had taken
 *     place the previous day" and "the June 3 shooting"), and no participant keeps them apart
 *     (participants.ts separates);
 *   - that day lies on the counted day's side of the day it is counted from (before it for "the
 *     previous day", after it for "two days later"), not on that day itself (the happening it is
 *     counted from), and within NEAR days of it;
 *   - and that day is the only one other reports state for that kind of happening so near: two
 *     such days leave open which happening it dates.
 * The group is compared by day as a recurring topic: the counted day agrees with a stated day it
 * meets and diverges from one it misses, and never contradicts (a reckoning is no statement).
 */
import type { Claim, ClaimGroup } from "../types.js";
import { dayNumber } from "../values/intervals.js";
import { daysFromItsAnchor } from "./counted-days.js";
import { kindShared } from "./happening-kinds.js";
import { singleDay } from "./one-day.js";
import { bucketsBy, byContent, fromTwoReports, groupedTogether, tellsAnew, toldAsOneGroup } from "./overlaps.js";
import { separates } from "./participants.js";
import { byPlace } from "./same-figure.js";

/** How many days a counted day may count at most, and how far from the day it is counted from a stated day may lie. */
const NEAR = 7;

/** Claims of one story compared at most. */
const BUCKET_CAP = 400;

/** The day (day number) a claim's day is counted from, and the side it lies on (-1 before, 1 after); null for a day not counted so. */
function countedFrom(c: Claim): { from: number; side: number } | null {
  const day = singleDay(c);
  const shift = daysFromItsAnchor(c);
  if (day === null || shift === null || shift === 0 || Math.abs(shift) > NEAR) return null;
  return { from: dayNumber(day) - shift, side: Math.sign(shift) };
}

/**
 * Whether a stated day of another report may date the happening a counted day dates (see the
 * header, all but the last condition). Must hold: "a fire that had broken out the previous day"
 * (2 May, counted from 3 May) and "the April 29 fire"; "a crash two days later" (9 May, from 7
 * May) and "the crash on May 10". Must not: … and "the fire on May 3" (the day it is counted
 * from); … and "the fire on May 5" (after it); … and "the April 10 fire" (too far); … and "the
 * April 29 vote" (another kind); two claims of one report; "the previous day" and "the day
 * before" (neither states a day).
 */
export function mayDateTheOther(counted: Claim, stated: Claim): boolean {
  const from = countedFrom(counted);
  const day = singleDay(stated);
  if (from === null || day === null || counted.document === stated.document || counted.story !== stated.story) return false;
  if (daysFromItsAnchor(stated) !== null) return false;
  const gap = (dayNumber(day) - from.from) * from.side;
  return gap > 0 && gap <= NEAR && kindShared(counted, stated) && !separates(counted, stated);
}

/**
 * Groups of a day counted from another happening and the stated days of that happening in other
 * reports (see the header), where no group holds them together already. Bucketed by story; only
 * stories with a counted day are read.
 */
export function daysFromAnotherGroups(claims: readonly Claim[], groups: readonly ClaimGroup[]): ClaimGroup[] {
  const counted = claims.filter((c) => c.story !== undefined && countedFrom(c) !== null);
  if (counted.length === 0) return [];
  const stories = new Set(counted.map((c) => c.story));
  const buckets = bucketsBy(claims, (c) => (stories.has(c.story) && singleDay(c) !== null ? c.story! : null)).filter(
    (bucket) => bucket.length <= BUCKET_CAP && fromTwoReports(bucket),
  );
  const grouped = groupedTogether(groups);
  const out: ClaimGroup[] = [];
  for (const bucket of buckets) {
    for (const c of [...bucket].sort(byContent)) {
      if (countedFrom(c) === null) continue;
      const stated = bucket.filter((s) => mayDateTheOther(c, s));
      if (stated.length === 0 || new Set(stated.map(singleDay)).size > 1 || singleDay(stated[0]!) === singleDay(c)) continue;
      const members = [c, ...stated];
      if (!tellsAnew(members, grouped)) continue;
      members.sort(byPlace);
      out.push(toldAsOneGroup("from-another", members, "one happening, its day counted from another", "recurring"));
    }
  }
  return out;
}
