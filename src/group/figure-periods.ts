/**
 * The period or deadline a figure states for itself, which tells occurrences apart. A plan to "cut
 * 12,000 jobs by 2013" and one to "cut 15,500 jobs by 2015" are two plans (two deadlines), not one
 * figure told two ways; "22 catches this season" and "30 catches in the 2009 season" are two
 * seasons; "a profit of $3 billion in the second quarter" and "an annual profit of $9 billion for
 * last year" are a quarter's figure and a year's. A figure that states no period is not told apart
 * by it (neutral).
 *
 * What is read, for a quantity:
 *   - its stated time frame (Claim.frame, not one implied by its document's year): "in 2009", "by
 *     2013" (a deadline is the frame "by" introduces), "by the end of June", "in the third quarter";
 *   - else a deadline counted from its report's day: "within two years", "within 18 months" (the
 *     year, or the month, in which it falls);
 *   - else a period named relative to its report's day in its own clause: "this year", "last
 *     year", "next year" (that calendar year); "this season", "last season", "next season" (a
 *     season may run across two calendar years, so it is read as those two years, and as its
 *     distance from its report's season).
 *
 * Two figures are apart (periodsApart) when both state periods that do not overlap; when both
 * state a season relative to reports of about one time (within SEASON_REPORTS_DAYS) and the
 * seasons differ ("this season" and "last season"); or when both state a frame with a word of a
 * period of account ("quarter", "annual", "fiscal", "first half") and one lies inside the other,
 * a part of a year against the whole year (a quarter's profit and the year's). Dates within a
 * year told without such a word ("in March 2009" and "in 2009") are one happening told at two
 * precisions: not apart.
 */
import type { Claim } from "../types.js";
import { type Interval, dayNumber, overlaps, toInterval, width } from "../values/intervals.js";
import { namesAccountPeriod } from "./account-periods.js";
import { oncePerClaim } from "./per-claim.js";

/** What a figure states of its time: a period as day numbers, and for a relative season its distance from its report's (0 this, -1 last, 1 next). */
export interface StatedPeriod {
  period: Interval;
  /** Read from a frame (Claim.frame), not from a relative word or a deadline counted from the report. */
  framed: boolean;
  /** For "this/last/next season": the offset and the report's day. */
  season: { offset: number; reported: number } | null;
  /** The sentence names a period of account ("quarter", "annual", "fiscal", "first half"). */
  account: boolean;
}

/** Reports at most this many days apart tell the same "this season". */
const SEASON_REPORTS_DAYS = 60;

/** A period named relative to the day of writing. */
const RELATIVE = /\b(this|last|next)\s+(year|season)\b(['’]s)?/gi;

/** Words before a relative period that make it the time of something else ("since last season", "until next year"). */
const OTHER_TIME = /\b(?:since|until|till|before|after|from|following|ahead of)\s+$/i;

/** A deadline counted from the report's day: "within two years", "within the next 18 months". */
const WITHIN = /\bwithin\s+(?:the\s+next\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(years?|months?)\b/i;

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * A time of report read into the sentence ("as of Tuesday", "by Monday night"): the report's own
 * day is not known from it. (A deadline later than the report, "by 2013" in a report of 2010, is
 * no time of report: extract/frames/deadlines.ts; it stays the figure's frame, which statedPeriod reads.)
 */
const REPORT_TIME_WORD = /\b(?:as of|as at|by)\s/i;

/** Longest stretch between a figure and a relative period of its clause. */
const CLAUSE_REACH = 80;

function yearSpan(first: number, last: number): Interval {
  return { lo: dayNumber(`${first}-01-01`), hi: dayNumber(`${last}-12-31`) };
}

function monthSpan(year: number, month: number): Interval {
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
  return { lo: dayNumber(`${year}-${String(month).padStart(2, "0")}-01`), hi: dayNumber(next) - 1 };
}

/** The report's day as [year, month], when the sentence does not read another time of report into it. */
function reportOf(c: Claim): { day: number; year: number; month: number } | null {
  const at = c.claimFrame?.time.reportedAt;
  if (!at || REPORT_TIME_WORD.test(c.sentence)) return null;
  const [y, m] = at.split("-").map(Number);
  return y && m ? { day: dayNumber(at), year: y, month: m } : null;
}

/** Where the figure stands in its sentence; -1 when its text is not found once. */
function figureAt(c: Claim): number {
  const at = c.sentence.indexOf(c.text);
  return at >= 0 && c.sentence.indexOf(c.text, at + 1) < 0 ? at : -1;
}

/** Whether the text between a figure and a word of time keeps to one clause. */
function oneClause(between: string): boolean {
  return between.length <= CLAUSE_REACH && !/[;:.]|\bbut\b|\bwhile\b|\bwhen\b/i.test(between);
}

function deadlineWithin(c: Claim): Interval | null {
  const m = WITHIN.exec(c.sentence);
  const report = m ? reportOf(c) : null;
  if (!m || !report) return null;
  const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
  if (/^year/i.test(m[2]!)) return yearSpan(report.year + n, report.year + n);
  const months = report.month - 1 + n;
  return monthSpan(report.year + Math.floor(months / 12), (months % 12) + 1);
}

function relativePeriod(c: Claim): StatedPeriod | null {
  const at = figureAt(c);
  if (at < 0) return null;
  const found: { offset: number; season: boolean }[] = [];
  for (const m of c.sentence.matchAll(RELATIVE)) {
    // ("last season's title run" names another thing's time; "since last year" another happening's)
    if (m[3] !== undefined || OTHER_TIME.test(c.sentence.slice(0, m.index))) continue;
    const between = m.index > at ? c.sentence.slice(at + c.text.length, m.index) : c.sentence.slice(m.index + m[0].length, at);
    if (!oneClause(between)) continue;
    const word = m[1]!.toLowerCase();
    found.push({ offset: word === "this" ? 0 : word === "last" ? -1 : 1, season: /season/i.test(m[2]!) });
  }
  if (found.length !== 1) return null;
  const report = reportOf(c);
  if (!report) return null;
  const { offset, season } = found[0]!;
  const y = report.year + offset;
  return season
    ? { period: yearSpan(y - 1, y), framed: false, season: { offset, reported: report.day }, account: false }
    : { period: yearSpan(y, y), framed: false, season: null, account: false };
}

/** The period a figure states for itself (see the header); null when it states none. */
export const statedPeriod: (c: Claim) => StatedPeriod | null = oncePerClaim((c) => {
  if (c.value.type !== "quantity") return null;
  if (c.frame && !c.frameImplied) return { period: toInterval(c.frame), framed: true, season: null, account: namesAccountPeriod(c.sentence) };
  const within = deadlineWithin(c);
  if (within) return { period: within, framed: false, season: null, account: false };
  return relativePeriod(c);
});

/** A key that two claims share when they state the same period (for grouping's member keys). */
export function periodKey(c: Claim): string {
  const p = statedPeriod(c);
  return p === null ? "" : `${p.period.lo}:${p.period.hi}:${p.season ? `${p.season.offset}@${p.season.reported}` : ""}:${p.account ? "a" : ""}`;
}

/** Two figures whose stated periods or deadlines differ (see the header). */
export function periodsApart(a: Claim, b: Claim): boolean {
  const [pa, pb] = [statedPeriod(a), statedPeriod(b)];
  if (pa === null || pb === null) return false;
  if (!overlaps(pa.period, pb.period)) return true;
  if (pa.season && pb.season) return pa.season.offset !== pb.season.offset && Math.abs(pa.season.reported - pb.season.reported) <= SEASON_REPORTS_DAYS;
  if (!(pa.framed && pb.framed && pa.account && pb.account)) return false;
  // a part of a year against the whole year: a quarter's figure and the year's
  const [narrow, wide] = width(pa.period) <= width(pb.period) ? [pa.period, pb.period] : [pb.period, pa.period];
  return width(wide) >= 360 && width(narrow) < 200;
}
