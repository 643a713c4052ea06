/**
 * What a grammar rule returns before it becomes a Mention: the extent, the period it denotes
 * (or null when it cannot be resolved), its TIMEX3 attributes and which rule fired.
 * Also the small helpers every rule uses to run a sticky regex at a position.
 */
import type { Timex } from "../../../types.js";
import type { Ymd } from "../calendar.js";
import type { Period } from "../periods.js";
import { type Sticky, at, gated } from "../../first-chars.js";

// (the gate is first-chars.ts's: every rule of the grammar runs its expressions through it)
export { type Sticky, at };

export type TemporalKind = "date" | "range" | "time" | "duration" | "set";

export interface Hit {
  start: number;
  end: number;
  kind: TemporalKind;
  /** The calendar interval (date, time, and range endpoints); null when unresolvable. */
  period: Period | null;
  timex: Timex;
  relative: boolean;
  approximate: boolean;
  pattern: string;
  /** Durations: how many of which unit (null count = vague, "several months"). */
  amount?: { count: number | null; unit: string };
  /** Ranges: the two endpoint dates, each with its own extent. */
  parts?: [Hit, Hit];
  /** Resolved from the text's own last date rather than the creation time. */
  fromReference?: boolean;
}

export interface GrammarContext {
  text: string;
  /** The reference date (document creation time), or null. */
  asOf: Ymd | null;
  /**
   * The last date the text has stated (or resolved) before the current position: what "the next
   * day", "the following year", "that month" point back to. Updated as the scan proceeds.
   */
  reference: Period | null;
  /**
   * The reference is a day resolved from the creation time ("on Tuesday"): good for "the next
   * day" or "that night", not for counting years.
   */
  referenceFromNow: boolean;
  /**
   * The last period the text named, however it was read ("in May", "the third quarter"): what
   * "the same period last year" repeats a year earlier.
   */
  lastPeriod: Period | null;
  /**
   * The last day the text named, stated or resolved ("on Friday"), even when a coarser period was
   * named after it ("… jobs lost in March … ending the day at 8,017": the day is that Friday).
   */
  lastDay?: Ymd | null;
  /**
   * The last day the text named, a date or a part of a day ("Friday evening"): the day a later bare
   * clock time falls on while only coarser periods holding it were named since (index.ts clockDay).
   */
  dayNamed?: Ymd | null;
  /**
   * The last date named labels another event ("the June 20 shooting"): where it ends, and the day a
   * bare clock time of a later sentence falls on instead of it, the one reached before it (index.ts clockDay).
   */
  eventLabel?: { held: Ymd | null; end: number } | null;
  /**
   * The last day the text reached that was not after the creation time: what a past event
   * counted in hours ("18 hours earlier") counts back from when the text has since looked ahead
   * ("… advances to play Saturday").
   */
  pastDay?: Ymd | null;
  /**
   * A historical narrative (its stated dates lie long before the creation time): a month or day
   * without a year takes the reference's year ("In September 1939 … On 17 September") rather
   * than the creation time's.
   */
  narrative: boolean;
  /**
   * Months the text has named with their own year so far ("in June 2005", "June 24, 2005"), month
   * number to that year: the year a later year-less day of that month takes when the creation time
   * alone would put it in an earlier year than its own (grammar/date.ts namedMonthYear).
   */
  monthYears?: Map<number, number>;
  /**
   * The reference is a birth date ("Born May 2, 1931, in Dayton"): a life's first day, whose year
   * no later death of that life falls in (grammar/date.ts narrativeYear).
   */
  referenceIsBirth?: boolean;
}

/** An expression of the grammar, made once where it is declared; it must carry the "y" flag. */
export function sticky(re: RegExp): Sticky {
  const s = gated(re);
  GRAMMAR.push(s);
  return s;
}

/** Every expression made `sticky` so far (the whole grammar, once its modules are loaded): what the tests hold the gates to. */
export const GRAMMAR: Sticky[] = [];

/** A table of the grammar's expressions, each made `sticky`. */
export function stickies<T extends Record<string, RegExp>>(table: T): { readonly [K in keyof T]: Sticky } {
  const out: Record<string, Sticky> = {};
  for (const [name, re] of Object.entries(table)) out[name] = sticky(re);
  return out as { readonly [K in keyof T]: Sticky };
}

/** Up to `width` characters before `pos`, for tests on the left context ("since ", "post-"). */
export function before(text: string, pos: number, width = 24): string {
  return text.slice(Math.max(0, pos - width), pos);
}

export function dateTimex(period: Period, approximate = false): Timex {
  return { type: "DATE", value: period.timex, mod: period.mod ?? (approximate ? "APPROX" : null) };
}

export function dateHit(start: number, end: number, period: Period, pattern: string, relative = false, approximate = false): Hit {
  return { start, end, kind: "date", period, timex: dateTimex(period, approximate), relative, approximate, pattern };
}

/** A relative expression with no reference date: TIMEX value with X placeholders, no period. */
export function unresolvedHit(start: number, end: number, timex: Timex, pattern: string, kind: TemporalKind = "date"): Hit {
  return { start, end, kind, period: null, timex, relative: true, approximate: false, pattern };
}
