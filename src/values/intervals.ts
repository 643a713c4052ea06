/**
 * Interval arithmetic on values: dates as inclusive ISO-day intervals, quantities as [min, max]
 * with open (null) bounds. Pure and exhaustively tested; the judge and the grouper build on it.
 */
import type { Value } from "../types.js";
import { comparedAs } from "./quantity/dimensions.js";

export interface Interval {
  lo: number;
  hi: number;
}

const DAY_MS = 86_400_000;

/** The ISO day ("1997-05-25") of a count of days since 1970-01-01: dayNumber's inverse. */
export function isoDay(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The latest day (a day number) on or before an ISO day that falls on a weekday (0 = Sunday …
 * 6 = Saturday): "Monday" in a report of Thursday 1997-05-29 is 1997-05-26; "Thursday" is that day.
 */
export function weekdayOnOrBefore(iso: string, weekday: number): number {
  const own = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return dayNumber(iso) - ((own - weekday + 7) % 7);
}

/** Days since 1970-01-01 of an ISO day ("1997-05-25"). */
export function dayNumber(iso: string): number {
  let n = days.get(iso);
  if (n === undefined) {
    const [y, m, d] = iso.split("-").map(Number);
    n = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / DAY_MS;
    // A scan asks for the same few thousand days again and again (grouping and judging compare
    // every claim's interval): splitting the string each time was 1% of a scan.
    if (days.size >= MAX_DAYS) days.clear();
    days.set(iso, n);
  }
  return n;
}
const days = new Map<string, number>();
const MAX_DAYS = 100_000;

/**
 * How a pair of numbers (a score, a record, a tally: QuantityValue.pair) is compared: as one point
 * whose place is its first number times PAIR_BASE plus its second, so that two pairs meet exactly
 * when both their numbers are equal ("20-13" and "20-17" are apart, as "10-5" and "9-5" are). The
 * numbers of a pair have at most three digits. Internal to comparing: the report keeps the pair.
 */
const PAIR_BASE = 1000;

/** A value as a numeric interval: days for dates and ranges, amounts for quantities (a pair: one point, see PAIR_BASE). */
export function toInterval(v: Value): Interval {
  if (v.type === "quantity") {
    if (v.pair) {
      const at = v.pair[0] * PAIR_BASE + v.pair[1];
      return { lo: at, hi: at };
    }
    return { lo: v.min ?? -Infinity, hi: v.max ?? Infinity };
  }
  // (a day of a report no date can be given is no calendar day: it bounds nothing)
  if (v.start === null) return { lo: -Infinity, hi: Infinity };
  return { lo: dayNumber(v.start), hi: dayNumber(v.end) };
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

export function contains(outer: Interval, inner: Interval): boolean {
  return outer.lo <= inner.lo && inner.hi <= outer.hi;
}

export function equal(a: Interval, b: Interval): boolean {
  return a.lo === b.lo && a.hi === b.hi;
}

/** Size of the gap between two intervals (0 when they meet or overlap). */
export function gap(a: Interval, b: Interval): number {
  if (overlaps(a, b)) return 0;
  return a.hi < b.lo ? b.lo - a.hi : a.lo - b.hi;
}

/** Overlap length over union length (1 = the same interval, 0 = disjoint); for dates in days. */
export function similarity(a: Interval, b: Interval): number {
  if (!overlaps(a, b)) return 0;
  const inter = Math.min(a.hi, b.hi) - Math.max(a.lo, b.lo) + 1;
  const union = Math.max(a.hi, b.hi) - Math.min(a.lo, b.lo) + 1;
  return Number.isFinite(union) && union > 0 ? inter / union : 0.5;
}

export function centre(a: Interval): number {
  return (a.lo + a.hi) / 2;
}

export function width(a: Interval): number {
  return a.hi - a.lo;
}

/**
 * Quantities compare in one unit or in two of one dimension ("ft" and "m": quantity/dimensions.ts),
 * never across currencies; dates and ranges compare with each other.
 */
export function comparable(a: Value, b: Value): boolean {
  if (a.type === "quantity" || b.type === "quantity") return a.type === "quantity" && b.type === "quantity" && comparedAs(a.unit) === comparedAs(b.unit);
  return true;
}
