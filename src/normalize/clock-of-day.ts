/**
 * A day and the clock time told after it ("Saturday at 4:30 p.m. ET", "on Friday, at about 7
 * p.m.", "Monday 3 June, at 8:15am"): the value layer reads them as one date-time
 * (values/temporal/grammar/clock.ts dayThenClock), and the claim made of it starts at the day. A
 * reader checks two things there: the day, and the moment of that day. Another report may give
 * the moment alone ("kickoff is at 4:30 p.m.") or before its day ("4:30 p.m. Saturday"), so the
 * clock time is a claim of its own as well, of the same day, frame and rule: it starts at the clock,
 * with the words that make it approximate ("about", "shortly after"), past "at" and the comma.
 */
import type { Claim } from "../types.js";
import { claimId } from "./normalize.js";

/** The pattern a day joined to its clock time is read by ("date/weekday+clock"). */
const JOINED = /^pattern:.*\+clock$/;
/** Between the day and its clock time: a comma, "at". */
const TO_CLOCK = /,?[\s\u00a0]+(?:at[\s\u00a0]+)?/gu;
/**
 * A clock time, with the words that make it approximate: "about 7 p.m.", "shortly after 3:30",
 * "8:39am", "noon". Not the digits of a date ("8 June", "4 March 2031") nor a year ("2013").
 */
const CLOCK_HERE = /^(?:(?:around|about|approximately|roughly|nearly|shortly|just|some|before|after)[\s\u00a0]+){0,2}(?:\d{1,2}(?:[:.]\d{2})?(?:[\s\u00a0]*[AaPp]\.?[\s\u00a0]?[Mm]\.?)?|[Nn]oon|[Mm]idnight|[Mm]idday)(?![\p{L}\p{N}]|[\s\u00a0]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*)/u;

/**
 * Where the clock time starts in the text of a day joined to it ("Saturday 8 June 2013, at 8:39am"
 * → at "8:39am", "Friday at about 7 p.m." → at "about"); -1 when none follows the day.
 */
export function clockStartInDayTime(text: string): number {
  TO_CLOCK.lastIndex = 0;
  for (let m = TO_CLOCK.exec(text); m; m = TO_CLOCK.exec(text)) {
    const at = m.index + m[0].length;
    if (m.index > 0 && CLOCK_HERE.test(text.slice(at))) return at;
  }
  return -1;
}

/**
 * The claim of the clock time within a claim of a day joined to it, or null: a claim read by a
 * "+clock" pattern whose text has the clock after the day. Its value is the day's (the moment is
 * read from its text, as for any clock claim: group/same-figure.ts clockOf).
 */
export function clockClaimOf(c: Claim): Claim | null {
  if (c.value.type !== "date" || !c.provenance.some((p) => JOINED.test(p))) return null;
  const at = clockStartInDayTime(c.text);
  // (on one line: the claim's column is counted from its line's start)
  if (at <= 0 || c.text.slice(0, at).includes("\n")) return null;
  const text = c.text.slice(at);
  const offset = c.offset + at;
  const column = c.column + at;
  return { ...c, id: claimId({ rule: c.rule, document: c.document, offset, length: text.length, text }), offset, column, length: text.length, text };
}
