/**
 * When two claims of an archive (many reports of one company, one market, one war, over months or
 * years) are about different occurrences by the days of their reports alone. Two claims with one
 * predicate and one counted thing are, across an archive, usually about different occurrences
 * (one index's fall of one day and another's of another day): a finding needs positive evidence
 * that they are one, and the absence of a difference is none. Two readings of time give such
 * evidence of a difference:
 *
 *   - A figure its sentence tells as of the day of writing ("fell 3% today", "currently stands
 *     at 900 points", "this morning 40 were waiting"), without a source it is attributed to
 *     (where "today" may date the saying, "police today said"), is of its report's day. Two such
 *     figures in reports of different days are the state or the happening of two days: one thing
 *     at two times, or two happenings, never one occurrence told twice (toldOnTwoDays).
 *
 *   - A figure of a change of a level told with no period of its own ("fell 3%", "rose 40 points",
 *     "were down by six percent") is the change of its report's day or of the days just before.
 *     Prices, indexes, rates and shares change again and again, so two such figures in reports
 *     more than a week apart (CHANGE_DAYS) are two changes, whatever they name
 *     (changesFarApart): "a 6% fall" of one country's index in October and "down by six
 *     percent" of bank shares the next March agree by chance; one index's fall of 40 points on
 *     one day and of 55 points three weeks later do not diverge. A figure of another kind of
 *     happening told weeks later retells its event ("survived by three daughters", "first
 *     estimates put the repair at ten days") and is left to the grouping as before. A change told over
 *     a span of its own longer than a week ("has lost 11% since January") is not a
 *     day's change told with none (changesOverTwoSpans).
 *
 *   - A change of a level told as it stood at a clock time of the report's day ("as of 14:20 UTC,
 *     the index had fallen 210 points") is a running figure of that day, which the day's close
 *     replaces: a report of another day tells the close, or another day's move, never that figure
 *     again (runningApart). "As of 14:20 UTC the Orvik 30 was down 210 points" (6 May) and "the
 *     Orvik 30 fell 90 points" (8 May) are two figures, though the later report names no day.
 */
import type { Claim } from "../types.js";
import { dayNumber, toInterval } from "../values/intervals.js";
import { oncePerClaim } from "./per-claim.js";
import { classesOf, classesOfClaim, isKnownClass } from "./predicate-classes.js";

/**
 * Words that place what a sentence tells at the time of writing: "today" (not "today's", which
 * names the day's doings as a whole), "tonight", "currently", "at present", "presently", "this
 * morning/afternoon/evening". Not "now", which a running tally says as often ("the toll now
 * stands at 12") as a state.
 */
const OF_ITS_DAY = /\b(?:today(?!['’]s)|tonight|currently|presently|at present|this (?:morning|afternoon|evening))\b/i;

/**
 * Whether a figure is told as of its report's day: a quantity whose sentence says so (OF_ITS_DAY),
 * not attributed to a source (the word may date the saying), and stating no period of its own
 * other than that day. Must: "The index currently stands at 900 points"; "Shares fell 4% today".
 * Must not: "Police today said three were hurt" (attributed); "In 2003 the index stood at 900";
 * a date ("today").
 */
export const toldOfItsDay: (c: Claim) => boolean = oncePerClaim((c) => {
  if (c.value.type !== "quantity" || c.claimFrame?.attribution || !OF_ITS_DAY.test(c.sentence)) return false;
  const at = c.claimFrame?.time.reportedAt;
  if (!at) return false;
  if (!c.frame || c.frameImplied) return true;
  return c.frame.start === at && c.frame.end === at;
});

/** Days between the reports of two claims (0 when their spans meet); null when either is unknown. */
export function reportDaysApart(a: Claim, b: Claim): number | null {
  const [ta, tb] = [a.claimFrame?.time, b.claimFrame?.time];
  if (!ta?.reportedAt || !tb?.reportedAt) return null;
  const [a0, b0] = [dayNumber(ta.reportedAt), dayNumber(tb.reportedAt)];
  const [a1, b1] = [ta.reportedUntil ? dayNumber(ta.reportedUntil) : a0, tb.reportedUntil ? dayNumber(tb.reportedUntil) : b0];
  return Math.max(0, a0 - b1, b0 - a1);
}

/**
 * Two figures each told as of its own report's day, in reports of different days: one thing at two
 * times, or two happenings (see the header). Must: "currently 900 points" (3 May) and "currently
 * 950 points" (6 May); "fell 4% today" (3 May) and "fell 2% today" (4 May). Must not: the same two
 * sentences in reports of one day; "fell 4% today" (3 May) and "fell 4% on Monday" (4 May), which
 * may retell the day before.
 */
export function toldOnTwoDays(a: Claim, b: Claim): boolean {
  if (!toldOfItsDay(a) || !toldOfItsDay(b)) return false;
  const days = reportDaysApart(a, b);
  return days !== null && days > 0;
}

/**
 * How far apart two reports may be and still tell one change of a level (a price, an index, a
 * rate, a share rising or falling) that neither gives a period for: a week. Such a change is that
 * of its report's day or of the days just before (a weekly round-up tells its week's); a report a
 * day or two later may retell it ("fell 412 points" on Thursday, "fell 413 points in one day" on
 * Friday), one more than a week later tells another change.
 */
export const CHANGE_DAYS = 7;

/** Kinds of happening that are changes of a level (predicate-classes.ts): they recur, day after day, for every level. */
const CHANGES: ReadonlySet<string> = new Set(["increase", "fall"]);

/**
 * A figure of a change of a level told with no period of its own ("fell 3%", "rose 40 points", "suffered
 * a 6% fall", "lost 1.2%"), reckoned from its report: its predicate, or the words of its frame's
 * topic ("frame:percent/fall"), tell a change. Must: those. Must not: "fell 3% in 2019" (a period
 * of its own); "lost three games"; "killed 12".
 */
export function changeOfItsReport(c: Claim): boolean {
  return c.value.type === "quantity" && !statesPeriod(c) && tellsChange(c);
}

/** A figure of a change of a level, whatever its period: its kinds of happening (kindsTold) are a rise or a fall. */
export const tellsChange: (c: Claim) => boolean = oncePerClaim((c) => {
  // (how long a level kept falling, "dropped five years in a row", is no amount of a change)
  if (c.value.type !== "quantity" || c.claimFrame?.counted === "duration") return false;
  const kinds = kindsTold(c);
  // (a loss told in percent or points is one of a level: "lost 1.2%", "lost 54 points"; not "lost three games")
  return kinds.some((k) => CHANGES.has(k)) || (kinds.includes("lose") && LEVEL_UNITS.has(c.value.unit));
});

/** Units a level changes by: a share of it, or points of an index or a scale. */
const LEVEL_UNITS: ReadonlySet<string> = new Set(["percent", "point"]);

/** The kinds of happening a figure's predicate and its frame's topic words tell (predicate-classes.ts), read once per claim: every pair asks them (toldOfNoKind). */
export const kindsTold: (c: Claim) => readonly string[] = oncePerClaim((c) => {
  const words = c.rule.startsWith("frame:") ? c.rule.slice("frame:".length).split("/") : [];
  return [...(classesOfClaim(c) ?? []), ...words.flatMap((w) => classesOf(w))].filter(isKnownClass);
});

/**
 * Two figures of a change of a level (changeOfItsReport) in reports more than CHANGE_DAYS apart:
 * changes of two periods, whatever values they state and whatever they name (a market index, a
 * currency and a town's population rise and fall again and again, so their name identifies the
 * level, not the change); a figure stating a period of its own is left to the periods. Must: "a
 * 6% fall" of Tessaly's index (10 March) and "were down by six percent" for Orlan bank shares (5
 * August: no kind of happening told, compared as a change by its topic); "the
 * Varn index fell 40 points" (3 May) and "the Varn index fell 55 points" (20 May). Must not: the
 * same two a day apart; "fell 40 points in 2019" and "fell 55 points"; "killed 12" told months
 * apart (no change of a level).
 */
export function changesFarApart(a: Claim, b: Claim): boolean {
  // (a figure told with no kind of happening, "were down by six percent", is of the change it is compared with)
  if (!(changeOfItsReport(a) && (changeOfItsReport(b) || toldOfNoKind(b))) && !(changeOfItsReport(b) && toldOfNoKind(a))) return false;
  const apart = reportDaysApart(a, b);
  return apart !== null && apart > CHANGE_DAYS;
}

/**
 * A change of a level told over a span of its own longer than CHANGE_DAYS, or ending more than
 * CHANGE_DAYS before the other's report ("has lost 11% since January", "fell 1,500
 * points over the past fortnight"), and a change told with no period (changeOfItsReport: that of
 * its report's day or the days just before): changes over two spans, never one told twice. Must:
 * "has lost 11% since January 2031" and "lost 4%", reported a week later. Must not: "fell 40
 * points on 3 May 2031" and "fell 42 points" reported on 4 May; "killed 12 in 2030" and "killed 14".
 */
export function changesOverTwoSpans(a: Claim, b: Claim): boolean {
  return overAnotherSpan(a, b) || overAnotherSpan(b, a);
}

function overAnotherSpan(day: Claim, over: Claim): boolean {
  if (!statesPeriod(over) || !tellsChange(over) || !changeOfItsReport(day)) return false;
  const reported = day.claimFrame?.time.reportedAt;
  if (!reported) return false;
  const span = toInterval(over.frame!);
  return span.hi - span.lo > CHANGE_DAYS || span.hi < dayNumber(reported) - CHANGE_DAYS || span.lo > dayNumber(reported);
}

/** A figure with no period of its own that tells no known kind of happening ("were down by 6%", "with a 6% share"). */
function toldOfNoKind(c: Claim): boolean {
  return c.value.type === "quantity" && !statesPeriod(c) && kindsTold(c).length === 0;
}

/** A clock time a figure is told as of: "as of 14:20 UTC", "as of 9.30 am". */
const AS_OF_CLOCK = /\bas of (?:\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]\.?m\b|noon|midday)/i;

/**
 * A change of a level told as it stood at a clock time of its report's day: a figure of a change
 * (tellsChange), not attributed to a source, stating no period of its own, whose sentence says
 * "as of" a clock time. Must: "As of 14:20 UTC, the Orvik 30 had fallen 210 points"; "the Orvik
 * 30 fell 90 points, while the Brask index was 2% lower as of 16:05 UTC" (one time for the
 * sentence). Must not: "the Orvik 30 fell 90 points" (no clock); "as of 14:20 UTC, 12 people had
 * been rescued" (no change of a level); "fell 3% in 2030, as of 14:20" (a period of its own).
 */
export const runningAtClock: (c: Claim) => boolean = oncePerClaim(
  (c) => c.value.type === "quantity" && !c.claimFrame?.attribution && !statesPeriod(c) && tellsChange(c) && AS_OF_CLOCK.test(c.sentence),
);

/**
 * A running figure of a change at a clock time of its report's day (runningAtClock) and a figure
 * of a change in a report of another day: two figures (see the header). Must: "as of 14:20 UTC
 * down 210 points" (6 May) and "fell 90 points" (8 May). Must not: the same two in reports of one
 * day (two reports of one afternoon); "fell 90 points" (6 May) and "fell 95 points" (8 May), with
 * no clock (left to the other readings).
 */
export function runningApart(a: Claim, b: Claim): boolean {
  if (!(runningAtClock(a) && tellsChange(b)) && !(runningAtClock(b) && tellsChange(a))) return false;
  const days = reportDaysApart(a, b);
  return days !== null && days > 0;
}

/** What changesFarApart, changesOverTwoSpans and toldOnTwoDays read of a claim besides its report's days, as one value (occurrence-topics.ts meetingKey). */
export function timeReading(c: Claim): readonly unknown[] {
  return [toldOfItsDay(c), changeOfItsReport(c), toldOfNoKind(c), tellsChange(c) && statesPeriod(c) ? c.frame : null, tellsChange(c), runningAtClock(c)];
}

/** A figure that states a time frame of its own ("in 2009, 31 died"), not one implied by its report. */
function statesPeriod(c: Claim): boolean {
  return c.value.type === "quantity" && Boolean(c.frame) && !c.frameImplied;
}
