/**
 * A clock time whose claim names no day of its own ("at about 9:15 a.m.", "shortly after 3 p.m.":
 * same-figure.ts bareClock) takes the day its text had last named, and a report that tells several
 * happenings of its story names several days: "the river flooded Keld on Tuesday … The dam had
 * been inspected on Monday … Rescuers arrived at about 9:15 a.m." reads the rescue as Monday's. Set
 * against the clocks other reports give for the story's happenings, such a clock meets none of
 * them by day, and nothing compares it.
 *
 * Here a clock that names no day of its own joins clocks of other reports of its story on another
 * day when
 *   - their clocks lie less than half an hour apart (clock-spans.ts MOMENTS_APART), none of them a
 *     bound ("by 9 a.m.": clock-spans.ts clockBound);
 *   - and its own report dates, on that other day, a happening (by its predicate) of a kind the
 *     other clock's sentence tells (happening-kinds.ts datesKindOf: "the river flooded Keld on
 *     Tuesday" and "a farmer reported the flood shortly after 9 a.m."): the day it borrowed may be
 *     another happening's, and the one its report gives for that happening is the other's.
 * Joined clocks must lie less than half an hour apart each from each. The group is compared by
 * clock time (ClaimGroup moments, clock-spans.ts): clocks one holds the other agree, others
 * diverge; as a recurring topic it never contradicts, since each report may time another step of
 * the happening (the call, the arrival, the chase).
 */
import type { Claim, ClaimGroup } from "../types.js";
import { clockBound, clockOf, MOMENTS_APART } from "./clock-spans.js";
import { datesKindOf } from "./happening-kinds.js";
import { singleDay } from "./one-day.js";
import { bucketsBy, byContent, fromTwoReports, groupedTogether, tellsAnew, toldAsOneGroup } from "./overlaps.js";
import { bareClock, byPlace } from "./same-figure.js";

/** Clock claims of one story compared at most. */
const BUCKET_CAP = 60;

/** A clock claim of one day that is not a bound: its clock and day. */
function timed(c: Claim): boolean {
  return c.value.type === "date" && c.story !== undefined && singleDay(c) !== null && clockOf(c) !== null && !clockBound(c);
}

/**
 * Whether a clock that names no day may time, on another day, the happening another report's clock
 * times (see the header); `days`: the claims of the borrowing clock's report that state one day.
 * Must hold: "at about 9:15 a.m." (read as Monday's) in a report that tells "the river flooded Keld
 * on Tuesday", and "shortly after 9 a.m. a farmer reported the flood" on Tuesday in another report.
 * Must not: … "at 10 a.m." (too far apart); the report names Tuesday for a vote only (another kind);
 * "at 9:15 a.m. Monday" (a day of its own); two clocks of one report or one day.
 */
export function borrowedDayMeets(bare: Claim, other: Claim, days: readonly Claim[]): boolean {
  if (!bareClock(bare) || bare.document === other.document || bare.story !== other.story) return false;
  const day = singleDay(other);
  if (day === null || day === singleDay(bare)) return false;
  if (Math.abs(clockOf(bare)! - clockOf(other)!) >= MOMENTS_APART) return false;
  return days.some((d) => d.document === bare.document && singleDay(d) === day && clockOf(d) === null && datesKindOf(d, other));
}

/**
 * Groups of a clock that names no day and the clocks other reports give on the day its report
 * names for their happening (see the header), where no group holds them together already.
 * Bucketed by story; only stories with such a clock are read.
 */
export function borrowedClockDayGroups(claims: readonly Claim[], groups: readonly ClaimGroup[]): ClaimGroup[] {
  const clocks = bucketsBy(claims, (c) => (timed(c) ? c.story! : null)).filter(
    (bucket) => bucket.length <= BUCKET_CAP && fromTwoReports(bucket) && bucket.some(bareClock),
  );
  if (clocks.length === 0) return [];
  const documents = new Set(clocks.flatMap((bucket) => bucket.filter(bareClock).map((c) => c.document)));
  const days = new Map<string, Claim[]>();
  for (const c of claims) {
    if (!documents.has(c.document) || singleDay(c) === null) continue;
    const list = days.get(c.document);
    if (list) list.push(c);
    else days.set(c.document, [c]);
  }
  const grouped = groupedTogether(groups);
  const out: ClaimGroup[] = [];
  const made = new Set<string>();
  for (const bucket of clocks) {
    for (const bare of [...bucket].sort(byContent)) {
      if (!bareClock(bare)) continue;
      const own = days.get(bare.document) ?? [];
      const near = (c: Claim): number => Math.abs(clockOf(c)! - clockOf(bare)!);
      const others = bucket.filter((o) => borrowedDayMeets(bare, o, own)).sort((x, y) => near(x) - near(y) || byContent(x, y));
      // (the day of the nearest: one other day only)
      const day = others.length > 0 ? singleDay(others[0]!) : null;
      const members = [bare];
      for (const o of others) if (singleDay(o) === day && members.every((m) => Math.abs(clockOf(m)! - clockOf(o)!) < MOMENTS_APART)) members.push(o);
      if (members.length < 2 || !tellsAnew(members, grouped)) continue;
      members.sort(byPlace);
      const key = members.map((c) => c.id).join(" ");
      if (made.has(key)) continue;
      made.add(key);
      out.push({ ...toldAsOneGroup("borrowed-clock", members, "time of day of one happening, its day borrowed", "recurring"), moments: true });
    }
  }
  return out;
}
