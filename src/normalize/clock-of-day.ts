/**
 * A day and the clock time told after it ("Saturday at 4:30 p.m. ET", "on Friday, at about 7
 * p.m.", "Monday 3 June, at 8:15am"): the value layer reads them as one date-time
 * (values/temporal/grammar/clock.ts dayThenClock), and the claim made of it starts at the day. A
 * reader checks two things there: the day, and the moment of that day. Another report may give
 * the day alone ("on Saturday") or the moment alone ("kickoff is at 4:30 p.m."), so each is a claim
 * of its own, of the same day, frame and rule: the day's ends before the clock; the clock's starts
 * at the clock, with the words that make it approximate ("about", "shortly after"), past "at" and
 * the comma.
 */
import type { Claim } from "../types.js";
import { claimId } from "./normalize.js";
import { monthStems } from "../values/calendar-words.js";

/** The pattern a day joined to its clock time is read by ("date/weekday+clock"). */
const JOINED = /^pattern:.*\+clock$/;
/** Between the day and its clock time: a comma, "at". */
const TO_CLOCK = /,?[\s\u00a0]+(?:at[\s\u00a0]+)?/gu;
/**
 * A clock time, with the words that make it approximate: "about 7 p.m.", "shortly after 3:30",
 * "8:39am", "noon". Not the digits of a date ("8 June", "4 March 2031") nor a year ("2013").
 */
const CLOCK_HERE = new RegExp(String.raw`^(?:(?:around|about|approximately|roughly|nearly|shortly|just|some|before|after)[\s\u00a0]+){0,2}(?:\d{1,2}(?:[:.]\d{2})?(?:[\s\u00a0]*[AaPp]\.?[\s\u00a0]?[Mm]\.?)?|[Nn]oon|[Mm]idnight|[Mm]idday)(?![\p{L}\p{N}]|[\s\u00a0]+(?:${monthStems()})\p{L}*)`, "u");

/**
 * Where the day ends and where the clock time starts in the text of a day joined to it ("Saturday 8
 * June 2013, at 8:39am" → the day "Saturday 8 June 2013", the clock "8:39am"; "Friday at about 7
 * p.m." → "Friday", "about 7 p.m."); null when no clock follows the day.
 */
export function splitDayTime(text: string): { dayEnd: number; clockStart: number } | null {
  TO_CLOCK.lastIndex = 0;
  for (let m = TO_CLOCK.exec(text); m; m = TO_CLOCK.exec(text)) {
    const at = m.index + m[0].length;
    if (m.index > 0 && CLOCK_HERE.test(text.slice(at))) return { dayEnd: m.index, clockStart: at };
  }
  return null;
}

/** Where the clock time starts in the text of a day joined to it; -1 when none follows the day. */
export function clockStartInDayTime(text: string): number {
  return splitDayTime(text)?.clockStart ?? -1;
}

/**
 * The claims of a claim of a day joined to its clock time, read by a "+clock" pattern: the day
 * (its text up to the clock: "Saturday at 4:30 p.m." → "Saturday") and the clock time ("4:30
 * p.m."), both of the day's value (the moment is read from the clock's text, as for any clock
 * claim: group/clock-spans.ts clockOf); null for any other claim.
 */
export function dayAndClockOf(c: Claim): { day: Claim; clock: Claim } | null {
  if (c.value.type !== "date" || !c.provenance.some((p) => JOINED.test(p))) return null;
  const split = splitDayTime(c.text);
  // (on one line: the claim's column is counted from its line's start)
  if (split === null || c.text.slice(0, split.clockStart).includes("\n")) return null;
  const part = (from: number, to: number): Claim => {
    const text = c.text.slice(from, to);
    const offset = c.offset + from;
    return { ...c, id: claimId({ rule: c.rule, document: c.document, offset, length: text.length, text }), offset, column: c.column + from, length: text.length, text };
  };
  return { day: part(0, split.dayEnd), clock: part(split.clockStart, c.text.length) };
}
