/**
 * Days counted from another happening of their text: "the previous day", "the next morning", "the
 * following week", "two days later", "three days earlier" (temporal patterns anaphoric-unit,
 * anaphoric-later, anaphoric-hours-later: always reckoned from a date the text gave before, never
 * from the day of writing). Such a date names a happening other than the one it is counted from
 * ("a shooting that had taken place the previous day": an earlier shooting, not the killing the
 * report dated first), and on a day of its own.
 *
 * A coarser date of the story that holds both that day and the day it is counted from ("a month
 * ago", "in June 2005", "last week") may date either happening: one date nesting in the other, or
 * a name every report of the story gives, says nothing of which. Only a participant both frames
 * name ties them (participants.ts linkedByFrames).
 */
import type { Claim } from "../types.js";
import { toInterval } from "../values/intervals.js";
import { linkedByFrames } from "./participants.js";

const FROM_ANOTHER = new Set(["pattern:date/anaphoric-unit", "pattern:date/anaphoric-later", "pattern:date/anaphoric-hours-later"]);

const UNIT_DAYS: Readonly<Record<string, number>> = { hour: 0, morning: 1, afternoon: 1, evening: 1, night: 1, day: 1, week: 7, weekend: 7, month: 31, year: 366 };
const COUNTS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * The days between a date counted from another happening and the day it is counted from, signed
 * (negative: counted back, "the previous day", "two days earlier"; positive: counted on, "the
 * next day", "a week later"); null for a date not counted from another, for "the same day" and
 * "that week" (of the other happening's own day), and for wording this does not read.
 */
export function daysFromItsAnchor(c: Claim): number | null {
  if (c.value.type !== "date" || !c.provenance.some((p) => FROM_ANOTHER.has(p))) return null;
  const lower = c.text.toLowerCase();
  const back = /\b(previous|preceding|before|earlier|prior)\b/.test(lower);
  const on = /\b(next|following|later|after)\b/.test(lower);
  if (back === on) return null;
  const unit = /\b(hour|morning|afternoon|evening|night|day|weekend|week|month|year)s?\b/.exec(lower);
  if (unit === null) return null;
  const count = /\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\b/.exec(lower);
  const n = count === null ? 1 : (COUNTS[count[1]!] ?? Number(count[1]));
  return (back ? -1 : 1) * n * UNIT_DAYS[unit[1]!]!;
}

/**
 * Whether one of two dates is counted from another happening and the other, a wider span, holds
 * both its day and the day it is counted from: the wider one may date either happening. Must hold:
 * "the preceding day" (3 May, counted from 4 May) and "in May"; "two days later" (9 April, from 7
 * April) and "last month" (April). Must not: "the previous day" (30 June, from 1 July) and "in
 * June" (only the earlier happening's day lies in June); "on Tuesday" and "in May" (nothing counted
 * from another); two days counted from another of one span.
 */
export function eitherHappeningHeld(a: Claim, b: Claim): boolean {
  return holdsBoth(a, b) || holdsBoth(b, a);
}

function holdsBoth(wide: Claim, counted: Claim): boolean {
  const shift = daysFromItsAnchor(counted);
  if (shift === null || shift === 0 || wide.value.type !== "date") return false;
  const [w, c] = [toInterval(wide.value), toInterval(counted.value)];
  if (w.hi - w.lo <= c.hi - c.lo || !(w.lo <= c.lo && c.hi <= w.hi)) return false;
  // the day it is counted from: back from a later day, on from an earlier one
  const anchor = shift < 0 ? c.hi - shift : c.lo - shift;
  return w.lo <= anchor && anchor <= w.hi;
}

/**
 * Two dates of one kind of happening, one inside the other, that a date counted from another
 * happening leaves open (eitherHappeningHeld) are tied only by a participant both frames name.
 */
export function nestingLeftOpen(a: Claim, b: Claim): boolean {
  return eitherHappeningHeld(a, b) && !linkedByFrames(a, b);
}
