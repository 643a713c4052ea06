/**
 * The stretch of the day a clock time covers, as the words before it qualify it. Outlets give
 * one moment as "about 3 p.m.", "shortly after 3 p.m." or "at 3:10 p.m."; compared by clock
 * time (a group of one moment: moments.ts, clock-happenings.ts), each is an interval of minutes,
 * as an approximate figure is an interval of its unit:
 * - "about", "around", "approximately", "roughly", "some" a quarter of an hour either side
 *   ("about 3 p.m.": 2:45 to 3:15);
 * - "shortly", "just", "soon" or "a little" after it, a quarter of an hour after ("shortly after
 *   3 p.m.": 3:00 to 3:15); before it, "nearly", "almost", a quarter of an hour before;
 * - a clock with none of these, its minute alone.
 * So "about 3 p.m." holds "shortly after 3 p.m." (a finer telling: they agree), while "about
 * 3:30" and "about 3:10" only overlap (they differ without excluding each other). A bare
 * "after 3 p.m.", "before noon", "by 9 a.m.", "until 5 p.m." is a bound of the happening, not its
 * moment (clockBound): it tells no moment to compare.
 *
 * The clock itself is read here too, for every grouping that compares clock times: the minute of
 * the day a claim's text states (clockMinutes), or that its sentence states right before a date
 * claim (clockOf).
 *
 * Two clock times told each to its own minute, with none of these words, a quarter of an hour or
 * more apart ("at 16:00" and "at 16:15") are not one value told twice, though they lie within the
 * half hour that makes rounder clocks one (MOMENTS_APART): a writer who gives a
 * minute gives the moment's (minuteClocksApart). Where something else shows one happening (clock-
 * happenings.ts), such clocks are still compared, and differ.
 */
import type { Claim } from "../types.js";
import type { Interval } from "../values/intervals.js";
import { oncePerClaim } from "./per-claim.js";
import { soleWordAt } from "./word-places.js";

/**
 * "06:00", "6.30am", "9 a.m.", "14:48 GMT", "noon": the time of day a claim's text states, in
 * minutes after midnight; null for none. The clock is the first number written as one (with
 * minutes or a.m./p.m.), past the numbers of a date before it: "Saturday 4 May 2031, at 7:20am" is
 * 7:20; "4 May 2031" and "Friday, 12" tell none.
 */
const CLOCK = /(?<![\p{N}])(\d{1,2})(?:[:.](\d{2})(?![.\d]))?[\s\u00a0]*(?:([AaPp])\.?[\s\u00a0]?[Mm]\b\.?)?/gu;
export function clockMinutes(text: string): number | null {
  if (/\bnoon\b|\bmidday\b/i.test(text)) return 12 * 60;
  if (/\bmidnight\b/i.test(text)) return 0;
  CLOCK.lastIndex = 0;
  let m = CLOCK.exec(text);
  while (m && m[2] === undefined && m[3] === undefined) m = CLOCK.exec(text);
  if (!m) return null;
  let h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (h > 23 || min > 59) return null;
  if (m[3] !== undefined) {
    if (h < 1 || h > 12) return null;
    const pm = m[3].toLowerCase() === "p";
    h = (h % 12) + (pm ? 12 : 0);
  }
  return h * 60 + min;
}

/** Minutes between two clock times of one day that make them two moments, not one told twice. */
export const MOMENTS_APART = 30;

const CLOCK_BEFORE = /(\d{1,2}(?:[:.]\d{2})?(?:[\s\u00a0]*[AaPp]\.?[\s\u00a0]?[Mm]\.?)?)[\s\u00a0]+on[\s\u00a0]+$/u;
const CLOCK_COMMA = /(\d{1,2}:\d{2}(?:[\s\u00a0]*[AaPp]\.?[\s\u00a0]?[Mm]\.?)?|\d{1,2}(?:\.\d{2})?[\s\u00a0]*[AaPp]\.?[\s\u00a0]?[Mm]\.?)(?:[\s\u00a0]+(?:UTC|GMT|BST|CET|CEST|[ECMP][SD]T))?,[\s\u00a0]*$/u;
/**
 * The time of day a date claim states: in its own text ("04:40 GMT on Saturday"), or right before
 * it where its span leaves the clock out and keeps the day ("at roughly 4.45am on |Saturday|", "11:30 p.m.
 * on |Saturday|": normalize.ts dateClaimStart), or where a comma sets the day after a clock told to
 * its minute ("at 16:15 UTC, |June 1st|", "at 9:40 a.m., |Friday|"; not "by 5, |June|": no clock);
 * null for none.
 */
export const clockOf: (c: Claim) => number | null = oncePerClaim(readClock);

function readClock(c: Claim): number | null {
  const own = clockMinutes(c.text);
  if (own !== null || c.value.type !== "date") return own;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  const before = c.sentence.slice(Math.max(0, at - 24), at);
  const m = CLOCK_BEFORE.exec(before) ?? CLOCK_COMMA.exec(before);
  return m ? clockMinutes(m[1]!) : null;
}

/** Minutes an approximate or near clock time reaches from its stated minute. */
export const NEAR_MINUTES = 15;

const SP = "[\\s\\u00a0]+";
/** Words right before the clock (or at the start of the claim's own text), read back from it. */
const ABOUT = new RegExp(`(?:^|[^\\p{L}])(?:about|around|approximately|roughly|some|circa|approx\\.)(?:${SP}at)?${SP}$`, "iu");
const SOON_AFTER = new RegExp(`(?:^|[^\\p{L}])(?:(?:shortly|just|soon|right|a${SP}little|a${SP}few${SP}minutes)${SP}after|moments${SP}after)(?:${SP}at)?${SP}$`, "iu");
const SOON_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:(?:shortly|just|soon|right|a${SP}little|a${SP}few${SP}minutes)${SP}before|nearly|almost|moments${SP}before)(?:${SP}at)?${SP}$`, "iu");
const BOUND = new RegExp(`(?:^|[^\\p{L}])(?:after|before|by|until|till|since|from|past)${SP}$`, "iu");

/** The words before the clock's own digits: inside the claim's text, then before it in its sentence. */
function wordsBefore(c: Claim): string {
  const digit = c.text.search(/\d|[Nn]oon|[Mm]id(?:night|day)/);
  const inside = digit > 0 ? c.text.slice(0, digit) : "";
  if (inside.trim() !== "") return inside;
  const at = soleWordAt(c.sentence, c.text);
  return at < 0 ? "" : c.sentence.slice(Math.max(0, at - 40), at);
}

/** Whether the clock time is a bound of its happening ("after 3 p.m.", "by 9 a.m."), not its moment. */
export function clockBound(c: Claim): boolean {
  const before = wordsBefore(c);
  return BOUND.test(before) && !SOON_AFTER.test(before) && !SOON_BEFORE.test(before);
}

/**
 * The minutes of the day a clock claim covers, by its qualifier (see the header); null for a claim
 * that tells no time of day. Must read: "about 3 p.m." 885–915; "shortly after 3 p.m." 900–915;
 * "just before 9 a.m." 525–540; "at 3:10 p.m." 910–910. A bound ("after 3 p.m.") is its minute
 * alone here; clockBound tells it apart.
 */
export function clockSpan(c: Claim): Interval | null {
  const at = clockOf(c);
  if (at === null) return null;
  const before = wordsBefore(c);
  if (ABOUT.test(before)) return { lo: at - NEAR_MINUTES, hi: at + NEAR_MINUTES };
  if (SOON_AFTER.test(before)) return { lo: at, hi: at + NEAR_MINUTES };
  if (SOON_BEFORE.test(before)) return { lo: at - NEAR_MINUTES, hi: at };
  return { lo: at, hi: at };
}

/**
 * Two clock times that are two moments: half an hour or more apart (MOMENTS_APART),
 * or each read as a single minute (clockSpan: no word that widens it, as "about" does; a round hour
 * with no such word, "at 3 p.m.", is its minute too) and a quarter of an hour or more apart. Must: "at 16:00" and "at 16:15" (a speech and a press
 * conference after it); "at 9 a.m." and "at 9:40 a.m.". Must not: "06:00 BST" and "6am" (one
 * minute); "at 3:10 p.m." and "at 3 p.m." (ten minutes: one moment rounded); "about 3 p.m." and
 * "3:20 p.m." (the first reaches 3:15); a claim with no clock.
 */
export function minuteClocksApart(a: Claim, b: Claim): boolean {
  const [ca, cb] = [clockOf(a), clockOf(b)];
  if (ca === null || cb === null) return false;
  if (Math.abs(ca - cb) >= MOMENTS_APART) return true;
  const [sa, sb] = [clockSpan(a), clockSpan(b)];
  return sa !== null && sb !== null && sa.lo === sa.hi && sb.lo === sb.hi && Math.abs(ca - cb) >= NEAR_MINUTES;
}
