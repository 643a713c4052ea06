/**
 * Periods: the calendar interval and the TIMEX3 value of one temporal expression.
 * Owns: day/month/year/decade/century/week/quarter/half/season builders and the early/mid/late
 * parts of each. Does not own parsing (grammar/) or the Mention shape (mention.ts).
 */
import type { Granularity } from "../../types.js";
import { addDays, addMonths, daysInMonth, isoWeek, iso, mondayOf, yearMonth, yearString, type Ymd } from "./calendar.js";

export interface Period {
  start: Ymd;
  end: Ymd;
  granularity: Granularity;
  /** TIMEX3 value: "2025-04", "199", "2025-H1" … */
  timex: string;
  mod: string | null;
  /** The unit the period is counted in, for durations between endpoints. */
  unit: "day" | "week" | "month" | "quarter" | "half" | "season" | "year" | "decade" | "century";
}

export type PartName = "START" | "MID" | "END";

export function dayPeriod(y: number, m: number, d: number): Period {
  const day = { y, m, d };
  return { start: day, end: day, granularity: "day", timex: iso(y, m, d), mod: null, unit: "day" };
}

export function monthPeriod(y: number, m: number): Period {
  return {
    start: { y, m, d: 1 },
    end: { y, m, d: daysInMonth(y, m) },
    granularity: "month",
    timex: yearMonth(y, m),
    mod: null,
    unit: "month",
  };
}

export function yearPeriod(y: number): Period {
  return { start: { y, m: 1, d: 1 }, end: { y, m: 12, d: 31 }, granularity: "year", timex: yearString(y), mod: null, unit: "year" };
}

/** `first` is the decade's first year: 1990 → the 1990s, TIMEX "199". */
export function decadePeriod(first: number): Period {
  return {
    start: { y: first, m: 1, d: 1 },
    end: { y: first + 9, m: 12, d: 31 },
    granularity: "decade",
    timex: yearString(first).slice(0, 3),
    mod: null,
    unit: "decade",
  };
}

/** `ordinal` 20 → the 20th century: 1900–1999, TIMEX "19" (the TimeML reading of the digits). */
export function centuryPeriod(ordinal: number): Period {
  const first = (ordinal - 1) * 100;
  return {
    start: { y: first, m: 1, d: 1 },
    end: { y: first + 99, m: 12, d: 31 },
    granularity: "century",
    timex: yearString(first).slice(0, 2),
    mod: null,
    unit: "century",
  };
}

/** The ISO week containing `day`: TIMEX "2025-W36". */
export function weekPeriod(day: Ymd): Period {
  const monday = mondayOf(day);
  const { year, week } = isoWeek(monday);
  return {
    start: monday,
    end: addDays(monday, 6),
    granularity: "part",
    timex: `${yearString(year)}-W${String(week).padStart(2, "0")}`,
    mod: null,
    unit: "week",
  };
}

function monthsSpan(y: number, firstMonth: number, count: number): { start: Ymd; end: Ymd } {
  const last = addMonths({ y, m: firstMonth, d: 1 }, count - 1);
  return { start: { y, m: firstMonth, d: 1 }, end: { y: last.y, m: last.m, d: daysInMonth(last.y, last.m) } };
}

/** "the first half of 2025" → 2025-01-01…2025-06-30, TIMEX "2025-H1". */
export function halfPeriod(y: number, half: 1 | 2): Period {
  return { ...monthsSpan(y, half === 1 ? 1 : 7, 6), granularity: "part", timex: `${yearString(y)}-H${half}`, mod: null, unit: "half" };
}

/** "the third quarter of 1988" → 1988-07-01…1988-09-30, TIMEX "1988-Q3". */
export function quarterPeriod(y: number, quarter: number): Period {
  return { ...monthsSpan(y, (quarter - 1) * 3 + 1, 3), granularity: "part", timex: `${yearString(y)}-Q${quarter}`, mod: null, unit: "quarter" };
}

export type Season = "SP" | "SU" | "FA" | "WI";

/** Meteorological seasons of the northern hemisphere; winter 2024 runs December 2024–February 2025. */
export function seasonPeriod(y: number, season: Season): Period {
  const first = { SP: 3, SU: 6, FA: 9, WI: 12 }[season];
  return { ...monthsSpan(y, first, 3), granularity: "part", timex: `${yearString(y)}-${season}`, mod: null, unit: "season" };
}

/**
 * early/mid/late of a period, with the base period's TIMEX value and a mod.
 * Month: 1–15 / 11–20 / 16–end ("late April" is its second half). Year: Jan–Apr / May–Aug /
 * Sep–Dec. Decade: 0–3 / 4–6 / 7–9. Century: 00–32 / 33–66 / 67–99. Anything else: thirds.
 */
export function partOf(base: Period, part: PartName): Period {
  const out = { ...base, granularity: "part" as Granularity, mod: part };
  const { y, m } = base.start;
  switch (base.unit) {
    case "month": {
      const last = daysInMonth(y, m);
      const [a, b] = part === "START" ? [1, 15] : part === "MID" ? [11, 20] : [16, last];
      return { ...out, start: { y, m, d: a }, end: { y, m, d: b } };
    }
    case "year": {
      const first = part === "START" ? 1 : part === "MID" ? 5 : 9;
      return { ...out, ...monthsSpan(y, first, 4) };
    }
    case "decade":
    case "century": {
      const size = base.unit === "decade" ? 10 : 100;
      const [a, b] =
        size === 10
          ? part === "START" ? [0, 3] : part === "MID" ? [4, 6] : [7, 9]
          : part === "START" ? [0, 32] : part === "MID" ? [33, 66] : [67, 99];
      return { ...out, start: { y: y + a, m: 1, d: 1 }, end: { y: y + b, m: 12, d: 31 } };
    }
    default: {
      const days = daySpan(base.start, base.end);
      const third = Math.floor(days / 3);
      // "late in the day", "early that weekend": a span too short for thirds in whole days is its
      // own part (its thirds would end before they start)
      if (third === 0) return { ...out, start: base.start, end: base.end };
      const start = part === "START" ? base.start : part === "MID" ? addDays(base.start, third) : addDays(base.start, days - third);
      const end = part === "START" ? addDays(base.start, third - 1) : part === "MID" ? addDays(base.start, days - third - 1) : base.end;
      return { ...out, start, end };
    }
  }
}

/** Inclusive number of days from a to b (periods split in thirds are at most a few months long). */
function daySpan(a: Ymd, b: Ymd): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000) + 1;
}
