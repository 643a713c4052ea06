/**
 * A length of time anchored to another happening ("married three weeks before he was killed",
 * "the dam was inspected two days before the flood": anchored-lengths.ts anchorOf) dates its own
 * happening once the day of the anchor is known: a report that states that day for a happening of
 * the anchor's kind ("he was killed on June 3") tells, by the length, the day of its own ("three
 * weeks before": about May 13). Other reports of the story date that same happening from their own
 * day ("he married about two weeks ago") or on a day; set side by side only as lengths or only as
 * days, the two tellings never meet.
 *
 * Here such a length is read as the day it tells and joins the dates other reports give for its
 * happening when
 *   - its own report states one day, and one only, for a happening of the anchor's kind, told by
 *     its predicate ("was killed on June 3"; not "convicted on May 2 of the murder": happening-kinds.ts
 *     predicateKinds), not a day counted from another (counted-days.ts): the anchor's day;
 *   - the date is of another report of the story, of the length's kind of happening
 *     (predicate-classes.ts oneKindOfHappening), and no participant keeps them apart
 *     (participants.ts separates);
 *   - and the date lies within the length of the day read (two tellings of one past happening,
 *     not a marriage of years before).
 * The length stands in the group as the day it tells (its claim's value read so, approximate);
 * the group is compared by day as a recurring topic: agree where the days meet, diverge where
 * they miss, never contradict (neither is a statement of the day).
 */
import type { Claim, ClaimGroup, DateValue } from "../types.js";
import { centre, dayNumber, isoDay, toInterval } from "../values/intervals.js";
import { anchorOf } from "./anchored-lengths.js";
import { daysFromItsAnchor } from "./counted-days.js";
import { predicateKinds } from "./happening-kinds.js";
import { singleDay } from "./one-day.js";
import { bucketsBy, byContent, fromTwoReports, groupedTogether, tellsAnew, toldAsOneGroup } from "./overlaps.js";
import { separates } from "./participants.js";
import { oneKindOfHappening } from "./predicate-classes.js";
import { byPlace } from "./same-figure.js";

/** Days in each unit a length anchored to a happening is read in. */
const UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, month: 30 };

/** Claims of one story compared at most. */
const BUCKET_CAP = 400;

/** A length's side of its anchor and its length in days; null for a length not anchored so or in another unit. */
function anchoredLength(c: Claim): { side: number; kind: string; days: number } | null {
  const v = c.value;
  const anchor = anchorOf(c);
  if (v.type !== "quantity" || anchor === null || v.nominal === null || !(v.unit in UNIT_DAYS)) return null;
  const [side, kind] = anchor.split(" ");
  return { side: side === "after" ? 1 : -1, kind: kind!, days: v.nominal * UNIT_DAYS[v.unit]! };
}

/**
 * The day a length anchored to a happening tells, given the claims of its report (see the header):
 * the anchor's day moved by the length, as a date value; null where its report states no one day
 * for a happening of the anchor's kind. Must read: "married three weeks before he was killed" in a
 * report that says "he was killed on June 24" → 3 June. Must not: the same report also dating a
 * shooting on June 20 (two days of the anchor's kind); a report that dates no killing.
 */
export function dayOfAnchoredLength(c: Claim, report: readonly Claim[]): DateValue | null {
  const length = anchoredLength(c);
  if (length === null) return null;
  const days = new Set(
    report.filter((d) => d.document === c.document && singleDay(d) !== null && daysFromItsAnchor(d) === null && predicateKinds(d).includes(length.kind)).map(singleDay),
  );
  if (days.size !== 1) return null;
  const day = isoDay(dayNumber([...days][0]!) + length.side * length.days);
  return { type: "date", start: day, end: day, granularity: "day", approximate: true };
}

/** Whether a date of another report may tell the happening a length read as `day` tells (see the header). */
export function datesTheLength(length: Claim, day: DateValue, date: Claim): boolean {
  if (date.value.type !== "date" || date.document === length.document || date.story !== length.story) return false;
  if (!oneKindOfHappening(length, date) || separates(length, date)) return false;
  const within = anchoredLength(length)!.days;
  return Math.abs(centre(toInterval(date.value)) - dayNumber(day.start)) <= within;
}

/**
 * Groups of a length anchored to a happening, read as the day it tells, and the dates other
 * reports give for its happening (see the header), where no group holds them together already.
 * Bucketed by story; only stories with a length anchored so are read.
 */
export function anchoredDayGroups(claims: readonly Claim[], groups: readonly ClaimGroup[]): ClaimGroup[] {
  const lengths = claims.filter((c) => c.story !== undefined && anchoredLength(c) !== null);
  if (lengths.length === 0) return [];
  const stories = new Set(lengths.map((c) => c.story));
  const buckets = bucketsBy(claims, (c) => (stories.has(c.story) && (c.value.type === "date" || anchoredLength(c) !== null) ? c.story! : null)).filter(
    (bucket) => bucket.length <= BUCKET_CAP && fromTwoReports(bucket),
  );
  const grouped = groupedTogether(groups);
  const out: ClaimGroup[] = [];
  for (const bucket of buckets) {
    for (const c of [...bucket].sort(byContent)) {
      const day = anchoredLength(c) === null ? null : dayOfAnchoredLength(c, bucket);
      if (day === null) continue;
      const dates = bucket.filter((d) => datesTheLength(c, day, d));
      const members = [c, ...dates];
      if (dates.length === 0 || !tellsAnew(members, grouped)) continue;
      members.sort(byPlace);
      const group = toldAsOneGroup("anchored-day", members, "one happening, its day told by a length from another", "recurring");
      out.push({ ...group, claims: group.claims.map((m) => (m.id === c.id ? { ...m, value: day } : m)) });
    }
  }
  return out;
}
