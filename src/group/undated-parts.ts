/**
 * Parts of a day against clock times, in reports that no date can be given (undated-days.ts). One
 * report says "on Friday morning", another "at about 10:30 a.m.": a reader sets the time against
 * the part and finds it inside or outside. The hours of each part, as news uses them (PART_HOURS,
 * local time, the minute after the start to the minute before the end):
 *   morning    05:00–12:00
 *   afternoon  12:00–18:00
 *   evening    17:00–24:00
 *   night      17:00–06:00 (a night of news begins at dusk, which in winter comes before 6 p.m.)
 *   overnight  21:00–06:00
 * "Friday morning" and "around 10:30 a.m." fix the same; "Friday night" and "5:30 p.m." too (dusk);
 * "Friday morning" and "5:30 p.m." do not. "late", "early" and "mid" alone name no hours.
 * An approximate clock time ("about 5:30 p.m.") may fall inside by its stated precision. A part
 * that bounds a happening ("had all returned by Saturday evening") is no moment of it and is set
 * against no clock time (undated-days.ts).
 *
 * Must fit: "morning" / "10:30"; "afternoon" / "12:00"; "night" / "23:15"; "night" / "02:00";
 * "evening" / "17:30". Must not: "morning" / "17:30"; "afternoon" / "09:00"; "night" / "12:00";
 * "late" / any time (no hours).
 */
import type { RelativeDay } from "../types.js";

/** The hours of each part of a day: [first minute, minute after the last] since midnight, the second past 24:00 for a part that runs past midnight. */
const PART_HOURS: Readonly<Record<string, readonly [number, number]>> = {
  morning: [5 * 60, 12 * 60],
  afternoon: [12 * 60, 18 * 60],
  evening: [17 * 60, 24 * 60],
  night: [17 * 60, 30 * 60],
  overnight: [21 * 60, 30 * 60],
};

/** The hours of the part of the day a relative value names without a clock, or null ("late Friday", a clock time). */
export function partHours(r: RelativeDay): readonly [number, number] | null {
  if (r.time !== undefined || r.part === undefined) return null;
  for (const word of r.part.split(/\s+/)) {
    const hours = PART_HOURS[word];
    if (hours) return hours;
  }
  return null;
}

/** Whether a clock time (minutes since midnight), give or take `slack` minutes, falls within a part's hours. */
export function timeInPart(minute: number, slack: number, hours: readonly [number, number]): boolean {
  const [from, to] = hours;
  const inside = (m: number): boolean => (m >= from && m < to) || (m + 24 * 60 >= from && m + 24 * 60 < to);
  return inside(minute) || inside(minute - slack) || inside(minute + slack);
}
