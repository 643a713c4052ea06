/**
 * A date that lies within a coarser one, told in reports weeks apart or after "since": no evidence
 * of one happening.
 *
 * Within a frame's topic, two dates of which one holds the other ("on 10 October" and "last
 * October"; "today" and "this year") count as the same value (occurrence-topics.ts sameValue), and
 * the same value with one kind of happening lets two claims meet. Across an archive that is no
 * evidence: a month or a year holds many happenings of one kind (a market's falls, a company's
 * losses, one city's fires), so a day of one report that falls within the month or the year another
 * report, written weeks later or earlier, gives its own happening is as likely another happening
 * of that kind as the same one. Reports of one event come out within days of each other
 * (FRAME_DATE_DAYS); a retelling weeks later that names the same people is tied by its frames
 * (participants.ts linkedByFrames). Two equal dates are left as they are: one day, one month or one
 * year told twice is what a retelling looks like, and a week holds few happenings of a kind: "last
 * week" and "on Friday" weeks apart may well be one.
 *
 * A month or a year after "since" is the start of a span, not the time of a happening ("has lost 14%
 * since the start of 2031", "its longest losing streak since last May"): a day within it is no
 * retelling, however close the reports (sinceDate).
 *
 * Must: "shares lost 4% today" (report of 10 May) and "the longest losing streak since last May"
 * (report of 20 September); "fell today" (3 March) and "fell this year" (1 April); "lost 4% today"
 * (10 May) and "has lost 14% since the start of 2031" (6 May). Must not: the
 * same two in reports three days apart; "on 10 May" and "on 10 May" weeks apart; "last week" and
 * "on Friday" in it, weeks apart; two reports whose frames both name the Harlow mill.
 */
import type { Claim } from "../types.js";
import { dayNumber, toInterval } from "../values/intervals.js";
import { linkedByFrames } from "./participants.js";
import { FRAME_DATE_DAYS } from "./occurrence-topics.js";

/** Days between two claims' reports (0 when their spans meet); null when either is unknown. */
function daysApart(a: Claim, b: Claim): number | null {
  const [ta, tb] = [a.claimFrame?.time, b.claimFrame?.time];
  if (!ta?.reportedAt || !tb?.reportedAt) return null;
  const [a0, b0] = [dayNumber(ta.reportedAt), dayNumber(tb.reportedAt)];
  const [a1, b1] = [ta.reportedUntil ? dayNumber(ta.reportedUntil) : a0, tb.reportedUntil ? dayNumber(tb.reportedUntil) : b0];
  return Math.max(0, a0 - b1, b0 - a1);
}

/** The longest span that holds too few happenings of a kind to be no evidence: a week ("last week" and "Friday"). */
const WEEK_DAYS = 7;

/**
 * Of two dates, one strictly within the other (not the same span), the outer one when it is longer
 * than a week; null otherwise.
 */
function outerOf(a: Claim, b: Claim): Claim | null {
  const [va, vb] = [a.value, b.value];
  if (va.type !== "date" || vb.type !== "date" || va.start === null || vb.start === null) return null;
  const [ia, ib] = [toInterval(va), toInterval(vb)];
  if (ia.lo === ib.lo && ia.hi === ib.hi) return null;
  const [outer, span] = ia.lo <= ib.lo && ib.hi <= ia.hi ? [a, ia] : ib.lo <= ia.lo && ia.hi <= ib.hi ? [b, ib] : [null, null];
  return outer !== null && span.hi - span.lo > WEEK_DAYS ? outer : null;
}

/**
 * A date after "since" ("has lost 14% since the start of the year", "its longest losing streak
 * since last October"): the start of a span that runs on to its report, or of the time since an
 * earlier happening like it, not the day of the happening its sentence tells.
 */
export function sinceDate(c: Claim): boolean {
  return c.provenance.some((p) => p.startsWith("pattern:") && p.endsWith("+since"));
}

/** See the header: one date within the other, in reports more than two weeks apart, whose frames name no one in common. */
export function nestedAcrossReports(a: Claim, b: Claim): boolean {
  const outer = outerOf(a, b);
  if (outer === null || linkedByFrames(a, b)) return false;
  const days = daysApart(a, b);
  return days !== null && days > FRAME_DATE_DAYS;
}

/** See the header: a date within a month or a year after "since", whose frames name no one in common, however close the reports. */
export function withinSinceSpan(a: Claim, b: Claim): boolean {
  const outer = outerOf(a, b);
  return outer !== null && sinceDate(outer) && !linkedByFrames(a, b);
}
