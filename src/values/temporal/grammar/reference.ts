/**
 * Counting time units from a day: the calendar period of a unit that holds a day ("2025-Q3"), a day
 * shifted by units, the reference date a count may start from (the last date the text gave, when
 * precise enough), the parts of the day ("TMO") and the TIMEX of what cannot be resolved.
 * Shared by the relative, anaphoric and part-of-period rules.
 */
import { addDays, addMonths, type Ymd } from "../calendar.js";
import type { Unit } from "../lexicon.js";
import {
  type Period, type Season, centuryPeriod, dayPeriod, decadePeriod, halfPeriod, monthPeriod, quarterPeriod, seasonPeriod, weekPeriod, yearPeriod,
} from "../periods.js";
import { type GrammarContext, type Hit, unresolvedHit } from "./hit.js";
import { wordTable } from "../../word-table.js";

/** The calendar period of `unit` that contains `day`. */
export function unitPeriod(unit: Unit, day: Ymd): Period {
  switch (unit) {
    case "week": case "fortnight": return weekPeriod(day);
    case "month": return monthPeriod(day.y, day.m);
    case "quarter": return quarterPeriod(day.y, Math.floor((day.m - 1) / 3) + 1);
    case "year": return yearPeriod(day.y);
    case "decade": return decadePeriod(Math.floor(day.y / 10) * 10);
    case "century": case "millennium": return centuryPeriod(Math.floor(day.y / 100) + 1);
    default: return dayPeriod(day.y, day.m, day.d);
  }
}

/** asOf shifted by n units (n may be negative). */
export function shift(asOf: Ymd, unit: Unit, n: number): Ymd {
  switch (unit) {
    case "second": case "minute": case "hour": return asOf;
    case "day": return addDays(asOf, n);
    case "week": return addDays(asOf, 7 * n);
    case "fortnight": return addDays(asOf, 14 * n);
    case "month": return addMonths(asOf, n);
    case "quarter": return addMonths(asOf, 3 * n);
    case "year": return { ...addMonths(asOf, 12 * n) };
    case "decade": return addMonths(asOf, 120 * n);
    case "century": return addMonths(asOf, 1200 * n);
    case "millennium": return addMonths(asOf, 12000 * n);
  }
}

/** TIMEX values of a unit that cannot be placed: "XXXX", "XXXX-WXX". */
export const UNRESOLVED = wordTable<string>({
  day: "XXXX-XX-XX", week: "XXXX-WXX", fortnight: "XXXX-WXX", month: "XXXX-XX", quarter: "XXXX-QX", year: "XXXX", decade: "XXX", century: "XX",
  millennium: "X", second: "XXXX-XX-XX", minute: "XXXX-XX-XX", hour: "XXXX-XX-XX",
});

export const DAYPART_CODE = wordTable<string>({ morning: "MO", afternoon: "AF", evening: "EV", night: "NI" });

/** A part of a day as a TIME: "2025-09-05TMO"; without a day, "XXXX-XX-XXTMO". */
export function dayPartHit(start: number, end: number, day: Ymd | null, part: string, pattern: string): Hit {
  const code = DAYPART_CODE[part.toLowerCase()]!;
  if (!day) return unresolvedHit(start, end, { type: "TIME", value: `XXXX-XX-XXT${code}`, mod: null }, pattern, "time");
  const period = dayPeriod(day.y, day.m, day.d);
  return { start, end, kind: "time", period, timex: { type: "TIME", value: `${period.timex}T${code}`, mod: null }, relative: true, approximate: false, pattern };
}

/** A part of the day the text has reached (n days on): its last day, or in news the creation day. */
export function anaphoricDayPart(ctx: GrammarContext, start: number, end: number, part: string, n: number): Hit {
  const ref = referenceFor(ctx, "day");
  const base = ref ?? (ctx.narrative ? null : ctx.asOf);
  const hit = dayPartHit(start, end, base ? addDays(base, n) : null, part, "time/anaphoric-part-of-day");
  return ref ? { ...hit, fromReference: true } : hit;
}

/** PRESENT_REF, PAST_REF, FUTURE_REF: a time with no calendar value. */
export function refHit(start: number, end: number, value: "PRESENT_REF" | "PAST_REF" | "FUTURE_REF", pattern: string): Hit {
  return { start, end, kind: "date", period: null, timex: { type: "DATE", value, mod: null }, relative: true, approximate: false, pattern };
}

/** The unit a period is counted in, as a Unit ("2025-Q3" → quarter); null for seasons and halves. */
export function unitOfPeriod(p: Period): Unit | null {
  return p.unit === "half" || p.unit === "season" ? null : p.unit;
}

/** The same period one year earlier: "2025-Q3" → "2024-Q3", "2025-05" → "2024-05". */
export function shiftPeriodYear(p: Period, years: number): Period {
  const day = shift(p.start, "year", years);
  const unit = unitOfPeriod(p);
  if (unit) return unitPeriod(unit, day);
  return p.unit === "half" ? halfPeriod(day.y, p.start.m <= 6 ? 1 : 2) : seasonPeriod(day.y, p.timex.slice(-2) as Season);
}

/** How coarse a granularity or unit is: day 0 … century 5. */
export const RANK = wordTable<number>({ day: 0, week: 1, part: 1, month: 2, quarter: 2, year: 3, decade: 4, century: 5 });

/** The reference date to count `unit`s from: only one at least as precise as the unit. */
export function referenceFor(ctx: GrammarContext, unit: Unit): Ymd | null {
  const ref = ctx.reference;
  if (!ref || (ctx.referenceFromNow && (RANK[unit] ?? 0) > RANK.week!)) return null;
  const refRank = RANK[ref.granularity === "part" ? (ref.unit === "week" ? "week" : "month") : ref.granularity] ?? 9;
  return refRank <= (RANK[unit] ?? 0) ? ref.start : null;
}
