/**
 * One morning's happening told on one weekday by two reports that read it as two weeks. The first
 * report says "on Saturday 4 May, at 7:52am police were called"; a follow-up written ten days
 * later, from a court hearing, says "officers were called at 7.53am on Saturday", and its
 * "Saturday" is read against its own date: the Saturday before it, a week after the first. The two
 * days reach one topic or two, and nothing sets them side by side, though what the sentences tell
 * (one weekday, one moment of it) says they tell one happening. Two date claims are set against
 * each other here, in a group whose days diverge, when
 *   - they are in two reports of one story reported together, and tell two single days a whole
 *     number of weeks apart (four at most), each sentence naming the weekday its day falls on;
 *   - each sentence tells one clock time, the two within MOMENTS_APART of each other (one moment of
 *     that morning: the call, the finding, the arrest that followed);
 *   - and their predicates are not of two kinds, nor do their sentences name different people.
 * The group is of recurring cardinality: its days diverge and never contradict (the words tell one
 * happening, not which reading of the weekday is right).
 */
import type { Claim, ClaimGroup } from "../types.js";
import { bucketsBy, groupedTogether, tellsAnew, tiedSets, toldAsOneGroup } from "./overlaps.js";
import { reportedTogether } from "./occurrence-topics.js";
import { singleDay } from "./one-day.js";
import { oneWeekdayWeeksApart } from "./moments.js";
import { kindsApart } from "./predicate-classes.js";
import { actorsApart } from "./participants.js";
import { byPlace } from "./same-figure.js";
import { clockMinutes, MOMENTS_APART } from "./clock-spans.js";
import { oncePerClaim } from "./per-claim.js";

/** Claims compared within one bucket at most. */
const BUCKET_CAP = 200;

/** A clock time written as one: with minutes, or with a.m./p.m. ("7:52am", "7.53 a.m.", "9 p.m."). */
const CLOCK_WORD = /(?<![\p{N}.:])\d{1,2}(?:[:.]\d{2}(?![.\d])[\s\u00a0]*(?:[AaPp]\.?[\s\u00a0]?[Mm]\b\.?)?|[\s\u00a0]*[AaPp]\.?[\s\u00a0]?[Mm]\b\.?)/gu;

/**
 * The one clock time a sentence tells, in minutes after midnight; null for none or for two
 * ("at 7:52am … until 9.10am"). Must read: "at 7:52am police were called" (472); "on Saturday about
 * 8.40am" (520). Must not: "a 20-year-old, found on Saturday" (no clock); "called at 7:52am, out by 9am" (two).
 */
export const soleClock: (c: Claim) => number | null = oncePerClaim((c) => {
  const found = c.sentence.match(CLOCK_WORD) ?? [];
  return found.length === 1 ? clockMinutes(found[0]!) : null;
});

/** Whether two date claims tell one moment's day read as two weeks (see the header). */
export function oneWeekdayReadApart(a: Claim, b: Claim): boolean {
  if (a.document === b.document || a.story === undefined || a.story !== b.story || !reportedTogether(a, b)) return false;
  const [da, db] = [singleDay(a), singleDay(b)];
  if (da === null || db === null || da === db) return false;
  const [ca, cb] = [soleClock(a), soleClock(b)];
  if (ca === null || cb === null || Math.abs(ca - cb) >= MOMENTS_APART) return false;
  return oneWeekdayWeeksApart(a, b) && !kindsApart(a, b) && !actorsApart(a, b);
}

/**
 * Groups of one moment's day read as two weeks (see the header): claims tied pair by pair
 * (oneWeekdayReadApart), bucketed by story, a group only where no group holds its claims together.
 */
export function weekdayReadApartGroups(claims: readonly Claim[], groups: readonly ClaimGroup[]): ClaimGroup[] {
  const grouped = groupedTogether(groups);
  const buckets = bucketsBy(claims, (c) => (c.story === undefined || singleDay(c) === null || soleClock(c) === null ? null : c.story));
  const out: ClaimGroup[] = [];
  for (const unsorted of buckets) {
    if (unsorted.length < 2 || unsorted.length > BUCKET_CAP) continue;
    const bucket = [...unsorted].sort(byPlace);
    for (const members of tiedSets(bucket, oneWeekdayReadApart)) {
      if (members.length < 2 || new Set(members.map(singleDay)).size < 2) continue;
      if (!tellsAnew(members, grouped)) continue;
      out.push(toldAsOneGroup("weekday-apart", members, "one happening's weekday, read as two weeks", "recurring"));
    }
  }
  return out;
}
