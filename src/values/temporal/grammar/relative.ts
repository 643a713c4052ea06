/**
 * Expressions resolved against the reference date (the document creation time):
 * "four years ago", "two days ago", "last year", "the previous year", "this year", "next month",
 * "last August", "this summer", "yesterday", "today", "tonight", "this morning", "now",
 * "currently", "recently", "in recent years", "the recent downturn", "earlier this year",
 * "on Monday", "the day" ("closed the day at …"), "the near future", "the time being", and those
 * that may count from the text's last date instead: "the next day", "that year", "two days later",
 * "later that month" (the rest of those: anaphoric.ts).
 * Without a reference date the TIMEX value keeps X placeholders ("XXXX", "XXXX-WXX-1").
 */
import { addDays, compareYmd, toIso, weekday as weekdayOf, type Ymd } from "../calendar.js";
import { COUNT, MONTH_FULL, SEASON, UNIT, WEEKDAY, cap, countValue, durationTimex, monthNumber, seasonCode, unitOf, weekdayNumber, type Unit } from "../lexicon.js";
import {
  type Period, type PartName, dayPeriod, monthPeriod, partOf, seasonPeriod, weekPeriod,
} from "../periods.js";
import { type GrammarContext, type Hit, at, before, dateHit, unresolvedHit, stickies } from "./hit.js";
import { DAYPART_CODE, UNRESOLVED, anaphoricDayPart, dayPartHit, refHit, referenceFor, shift, unitPeriod } from "./reference.js";
import { leanOf, pickOccurrence } from "./tense.js";
import { wordTable } from "../../word-table.js";

const HOURS_OF: Partial<Record<Unit, number>> = { hour: 1, minute: 1 / 60, second: 1 / 3600 };

/**
 * `count` hours (minutes, seconds) before (`sign` -1) or after (+1) some moment of `day`: the days
 * that moment can fall on. "18 hours earlier" than an event on Friday is Thursday or Friday;
 * "30 hours later" than one on Friday is Saturday or Sunday. Null for units of a day or more.
 */
function subDaySpan(day: Ymd, unit: Unit, count: number, sign: -1 | 1): Period | null {
  const perHour = HOURS_OF[unit];
  if (perHour === undefined) return null;
  const hours = count * perHour;
  const near = addDays(day, sign * Math.floor(hours / 24));
  const far = addDays(day, sign * Math.ceil(hours / 24));
  const [start, end] = sign < 0 ? [far, near] : [near, far];
  // the TIMEX names the likelier day: the far one once half a day or more has passed
  const likely = hours % 24 >= 12 ? far : near;
  return { start, end, granularity: "day", timex: toIso(likely), mod: null, unit: "day" };
}

/** Hours before or after a moment under which the count is a length of time, not a day (parseRelative). */
const HALF_DAY_HOURS = 12;

const SP = "[\\s\\u00a0]+";
const END = "(?![\\p{L}\\p{N}_])";
const DAYPART = "morning|afternoon|evening|night";
const RE = stickies({
  ago: new RegExp(`(?:(${cap("about|around|nearly|almost|some|roughly|approximately|more than|over|less than|exactly|precisely")})${SP})?(?:(${COUNT})[\\s\\u00a0-]+(${UNIT})|(${cap("seconds|minutes|hours|days|weeks|months|years|decades|centuries")}))${SP}(ago|back|from now|hence|later|earlier|previously)${END}`, "yu"),
  deictic: new RegExp(`(?:(${cap("early|late|mid")})(?:-|${SP}))?(?:(${cap("the|that")})${SP}(?:very${SP})?)?(${cap("last|this past|this|next|past|previous|coming|current|following|same|preceding|that")})${SP}(${MONTH_FULL}|${WEEKDAY}|${SEASON}|${cap("year|month|week|quarter|decade|century|weekend|day|" + DAYPART)})${END}`, "yu"),
  // "now-cancelled" is a compound adjective, not a mention of the present
  word: new RegExp(`(${cap("today|yesterday|tomorrow|tonight|now|currently|nowadays|presently|recently|lately")})(?:${SP}(${DAYPART}))?(?!-)${END}`, "yu"),
  phrase: new RegExp(`(?:${cap("at")}${SP}(present|the moment|this time)|(${cap("the")})${SP}(past|future|present)(?!${SP}(?:year|month|week|decade|century|few|several|\\d|[a-z]+s\\b))|(${cap("recent")})${SP}(years|months|weeks|days|decades)|(${cap("the day before yesterday|the day after tomorrow")})|${cap("these")}${SP}(days))${END}`, "yu"),
  /** "end the day at 7,114", "for the week": the reference date's day or week; not "the day before …". */
  theUnit: new RegExp(`(?<!\\b(?:carr(?:y|ies|ied|ying)|sav(?:e|es|ed|ing)|w[io]ns?|winning|seiz(?:e|es|ed|ing)|ma(?:de|kes?|king))${SP})([Tt]he)${SP}(day|week|weekend)(?!${SP}(?:before|after|of|that|when|on|in|following|earlier|later|which|he|she|they|it|we|I|you|and|or)\\b|-)${END}`, "yu"),
  futureRef: new RegExp(`(${cap("the")})${SP}(near term|long term|short term|near future|foreseeable future|time being)${END}`, "yu"),
  /** "the current crisis": the present (after "the"; "its current models" names no time) */
  current: new RegExp(`current(?=${SP}[a-z])(?!${SP}(?:year|month|week|quarter|decade|century|season|period|account|affairs|events)\\b)${END}`, "yu"),
  /** "in recent history", "the largest in recent U.S. history": the past up to now */
  recentHistory: new RegExp(`(?<!\\b(?:[Mm]ost|[Mm]ore)${SP})(${cap("recent")})(?:${SP}(?:\\p{Lu}[\\p{L}.]*|world|human|modern|military|financial|economic|political))?${SP}history${END}`, "yu"),
  /** "the recent downturn", not "the most recent model" */
  adjective: new RegExp(`(?<!\\b(?:[Mm]ost|[Mm]ore)${SP})(${cap("recent")})(?=${SP}[a-z])${END}`, "yu"),
  /** "earlier this year", "later that month", "late in the year", "earlier today" */
  earlier: new RegExp(`(${cap("earlier|later")})${SP}(this|next|last|that)${SP}(year|month|week)${END}|(${cap("earlier|later|early|late")})${SP}in${SP}the${SP}(year|month|week|day)${END}|(${cap("earlier|later")})${SP}(today)${END}`, "yu"),
  /** "Monday", "Monday night", "early Tuesday", "late on Friday" */
  weekday: new RegExp(`(?:(${cap("early|late")})${SP}(?:on${SP})?)?(${WEEKDAY})(?:${SP}(${DAYPART}))?${END}`, "yu"),
});

const PART_WORD = wordTable<PartName>({ early: "START", mid: "MID", late: "END" });
/**
 * What "the day" needs before it to name a date on its own: a verb that ends or opens a day of
 * trading or play ("closed the day up", "ended the day at", "opened the day lower") or a
 * preposition ("for the day", "at the close of the day", "during the day"). Alone, as a subject or
 * an object ("The day was cold", "The day sets up for a derby", "they marked the day with a
 * parade"), it names no day a reader could check.
 */
const DAY_LEAD = /\b(?:for|of|during|through|throughout|over|across|on|in|into|at|by|until|till|all|end(?:s|ed|ing)?|clos(?:e|es|ed|ing)|finish(?:es|ed|ing)?|start(?:s|ed|ing)?|beg(?:in|ins|an|inning)|open(?:s|ed|ing)?|wrap(?:s|ped|ping)?)[\s\u00a0]+$/i;

/**
 * A thing ranked among those of the day before "of the day": "its first double-digit lead of the
 * day", "his third trifecta of the day", "his only mistake of the day", "his last six passes of the
 * day". The day is where the ranking runs, not a date the sentence claims. Must match those; must
 * not match "at the close of the day", "for the rest of the day", "the events of the day".
 */
const RANKED_OF = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|last|only|best|worst|biggest|largest|longest|highest|lowest)(?:[\s\u00a0]+[\p{L}\p{N}'’-]+){1,4}[\s\u00a0]+of[\s\u00a0]+$/iu;

/** "'s" and a capitalized name after "today": "today's GM" (the present one); "today's vote" is the day's. */
const TODAYS_NAME = /^['’]s[\s\u00a0]+\p{Lu}/u;

/** A relative expression starting at `pos`. */
export function parseRelative(ctx: GrammarContext, pos: number): Hit | null {
  const { text, asOf } = ctx;
  let m = at(RE.ago, text, pos);
  if (m) {
    const end = pos + m[0].length;
    // "years later", "months earlier": a bare plural is a vague count
    const count = m[2] === undefined ? null : countValue(m[2]);
    const unit = unitOf(m[3] ?? m[4]!);
    const word = m[5]!;
    const future = /from now|hence|later/.test(word);
    // "exactly two years ago": the same day of the month that many years (months, weeks) back
    const exact = m[1] !== undefined && /^(?:exactly|precisely)$/i.test(m[1]);
    const approximate = m[1] !== undefined && !exact;
    if (count === undefined) return null;
    if (/later|earlier|previously/.test(word)) {
      // "a few days later", "years earlier": some time after (before) the story's last date
      if (count === null) return refHit(pos, end, future ? "FUTURE_REF" : "PAST_REF", "date/vague-later");
      // "came back ten minutes later", "had left 40 seconds earlier": a gap between two moments of one
      // day, which a reader checks as a length of time (the duration grammar reads it), not as a day
      // so is a count of hours under half a day ("found him three hours later", "an hour earlier"):
      // the day it lands on is the day counted from or the next, which says nothing a length does not
      if (unit === "minute" || unit === "second" || (unit === "hour" && count !== null && count < HALF_DAY_HOURS)) return null;
      // "two days later": counted from the last date the text gave. Without one, "a year
      // earlier" in news (sales "up from a year earlier") counts back from the creation time,
      // and "two years later" is only a length of time.
      let ref = referenceFor(ctx, unit);
      // "Drake, which beat Bradley 18 hours earlier, fell …" after "… advances to play Saturday":
      // a past event is not counted back from a day still ahead of the creation time, but from
      // the last day the text reached that was not
      if (ref && !future && asOf && compareYmd(ref, asOf) > 0 && ctx.pastDay && leanOf(text, pos, end) === "past") ref = ctx.pastDay;
      if (ref) {
        const span = subDaySpan(ref, unit, count, future ? 1 : -1);
        if (span) return { ...dateHit(pos, end, span, "date/anaphoric-hours-later", true, approximate), fromReference: true };
        return { ...dateHit(pos, end, unitPeriod(unit, shift(ref, unit, future ? count : -count)), "date/anaphoric-later", true, approximate), fromReference: true };
      }
      if (future || ctx.narrative) return null;
      if (!asOf) return unresolvedHit(pos, end, { type: "DATE", value: UNRESOLVED[unit]!, mod: approximate ? "APPROX" : null }, "date/earlier-than-now");
      return dateHit(pos, end, subDaySpan(asOf, unit, count, -1) ?? unitPeriod(unit, shift(asOf, unit, -count)), "date/earlier-than-now", true, approximate);
    }
    if (count === null) return refHit(pos, end, future ? "FUTURE_REF" : "PAST_REF", "date/vague-ago");
    if (!asOf) return unresolvedHit(pos, end, { type: "DATE", value: UNRESOLVED[unit]!, mod: approximate ? "APPROX" : null }, "date/ago");
    const period = subDaySpan(asOf, unit, count, future ? 1 : -1) ?? unitPeriod(exact && count !== null ? "day" : unit, shift(asOf, unit, future ? count : -count));
    return dateHit(pos, end, period, future ? "date/from-now" : "date/ago", true, approximate);
  }
  m = at(RE.earlier, text, pos);
  if (m) {
    const end = pos + m[0].length;
    const which = (m[2] ?? (m[5] ? "the" : "this")).toLowerCase();
    const word = (m[3] ?? m[5] ?? "day").toLowerCase();
    const unit: Unit = unitOf(word);
    const part = m[4] ? PART_WORD[m[4].toLowerCase()] : undefined;
    const n = which === "last" ? -1 : which === "next" ? 1 : 0;
    // "later that month", "late in the year": the period of the story's last date; in news
    // without one, the creation time's
    const ref = which === "that" || which === "the" ? referenceFor(ctx, unit) : null;
    const from = ref ?? (ref === null && (which === "that" || which === "the") && ctx.narrative ? null : asOf);
    if (!from) return unresolvedHit(pos, end, { type: "DATE", value: UNRESOLVED[unit]!, mod: part ?? null }, "date/earlier-this");
    const period = unitPeriod(unit, shift(from, unit, n));
    const hit = dateHit(pos, end, part ? partOf(period, part) : period, "date/earlier-this", true);
    return ref ? { ...hit, fromReference: true } : hit;
  }

  m = at(RE.deictic, text, pos);
  if (m) return deictic(ctx, pos, m);
  m = at(RE.word, text, pos);
  if (m) {
    const end = pos + m[0].length;
    const word = m[1]!.toLowerCase();
    const offset = word === "yesterday" ? -1 : word === "tomorrow" ? 1 : 0;
    // "today's GM", "today's Pakistan": the present state of a named thing, not the day
    if (word === "today" && !m[2] && TODAYS_NAME.test(text.slice(end, end + 4))) return refHit(pos, end, "PRESENT_REF", "date/present-ref");
    if (word === "today" || word === "yesterday" || word === "tomorrow" || word === "tonight") {
      const day = asOf ? addDays(asOf, offset) : null;
      if (word === "tonight" || m[2]) return dayPartHit(pos, end, day, m[2] ?? "night", "time/deictic-part-of-day");
      if (!day) return unresolvedHit(pos, end, { type: "DATE", value: "XXXX-XX-XX", mod: null }, "date/deictic-day");
      return dateHit(pos, end, dayPeriod(day.y, day.m, day.d), "date/deictic-day", true);
    }
    if (m[2]) return null;
    if (word === "recently" || word === "lately") return refHit(pos, end, "PAST_REF", "date/past-ref");
    return refHit(pos, end, "PRESENT_REF", "date/present-ref");
  }
  m = at(RE.phrase, text, pos);
  if (m) {
    const end = pos + m[0].length;
    if (m[1] || m[3] === "present" || m[7]) return refHit(pos, end, "PRESENT_REF", "date/present-ref");
    if (m[4]) {
      // "in recent years": an unspecified stretch up to now, as TimeML reads it (DURATION PXY)
      const unit = unitOf(m[5]!);
      return { start: pos, end, kind: "duration", period: null, relative: false, approximate: false, pattern: "duration/recent-units", timex: { type: "DURATION", value: durationTimex(null, unit), mod: null }, amount: { count: null, unit } };
    }
    if (m[3] === "past") return refHit(pos, end, "PAST_REF", "date/past-ref");
    if (m[3] === "future") return refHit(pos, end, "FUTURE_REF", "date/future-ref");
    if (m[6]) {
      const day = asOf ? addDays(asOf, /before/.test(m[6]) ? -2 : 2) : null;
      if (!day) return unresolvedHit(pos, end, { type: "DATE", value: "XXXX-XX-XX", mod: null }, "date/deictic-day");
      return dateHit(pos, end, dayPeriod(day.y, day.m, day.d), "date/deictic-day", true);
    }
  }
  m = at(RE.theUnit, text, pos);
  if (m && m[2] === "day" && (!DAY_LEAD.test(before(text, pos, 24)) || RANKED_OF.test(before(text, pos, 48)))) m = null;
  if (m) {
    const end = pos + m[0].length;
    const unit = m[2]!;
    if (!asOf) return unresolvedHit(pos, end, { type: "DATE", value: unit === "day" ? "XXXX-XX-XX" : unit === "week" ? "XXXX-WXX" : "XXXX-WXX-WE", mod: null }, "date/the-unit");
    if (unit === "day") {
      // "the Dow ended the day up": the day the text has reached (a weekday it named, even with
      // a month named since), else today
      const ref = referenceFor(ctx, "day") ?? ctx.lastDay ?? null;
      const day = ref ?? asOf;
      const hit = dateHit(pos, end, dayPeriod(day.y, day.m, day.d), "date/the-unit", true);
      return ref ? { ...hit, fromReference: true } : hit;
    }
    if (unit === "week") return dateHit(pos, end, weekPeriod(asOf), "date/the-unit", true);
    const options = [-7, 0, 7].map((n) => weekendOf(addDays(asOf, n)));
    return dateHit(pos, end, pickOccurrence(options, asOf, leanOf(text, pos, end) ?? "past"), "date/the-unit", true);
  }
  m = at(RE.futureRef, text, pos);
  if (m) return refHit(pos, pos + m[0].length, /time being/.test(m[2]!) ? "PRESENT_REF" : "FUTURE_REF", "date/future-ref");
  m = at(RE.current, text, pos);
  if (m && /\b[Tt]he[\s\u00a0]+$/.test(before(text, pos, 5))) return refHit(pos, pos + m[0].length, "PRESENT_REF", "date/ref-adjective");
  m = at(RE.recentHistory, text, pos);
  if (m) return refHit(pos, pos + m[0].length, "PAST_REF", "date/recent-history");
  m = at(RE.adjective, text, pos);
  if (m) return refHit(pos, pos + m[0].length, /^recent/i.test(m[1]!) ? "PAST_REF" : "PRESENT_REF", "date/ref-adjective");
  m = at(RE.weekday, text, pos);
  if (m && !m[1] && (NAMED_DAY_BEFORE.test(before(text, pos, 12)) || (RECURRING_BEFORE.test(before(text, pos, 14)) && RECURRING_AFTER.test(text.slice(pos + m[0].length, pos + m[0].length + 24))))) return null;
  if (m && !m[1] && INDEFINITE_BEFORE.test(before(text, pos, 8)) && INDEFINITE_AFTER.test(text.slice(pos + m[0].length, pos + m[0].length + 12))) {
    return unresolvedHit(pos, pos + m[0].length, { type: "DATE", value: `XXXX-WXX-${weekdayNumber(m[2]!)!}`, mod: null }, "date/indefinite-weekday");
  }
  if (m) {
    const end = pos + m[0].length;
    const wd = weekdayNumber(m[2]!)!;
    let day: Ymd | null = null;
    if (asOf) {
      const last = weekdayOnOrBefore(asOf, wd);
      const options = [-7, 0, 7].map((n) => addDays(last, n)).map((d) => dayPeriod(d.y, d.m, d.d));
      day = pickOccurrence(options, asOf, leanOf(text, pos, end)).start;
    }
    if (m[3]) return dayPartHit(pos, end, day, m[3], "time/weekday-part-of-day");
    if (!day) return unresolvedHit(pos, end, { type: "DATE", value: `XXXX-WXX-${wd}`, mod: null }, "date/weekday");
    return dateHit(pos, end, dayPeriod(day.y, day.m, day.d), "date/weekday", true);
  }
  return null;
}

/**
 * A weekday that is part of the name of a day, not the day of that week it would fall on: "Patch
 * Tuesday" (a monthly release day), "Super Tuesday" (a day of primaries), "Giving Tuesday", "Fat
 * Tuesday", "Ash Wednesday", "Holy Thursday". (Holidays with a date of their own, "Good Friday",
 * "Black Friday", "Easter Monday", are read as holidays before the weekday is.) Must not match "the
 * Pentagon Tuesday announced" nor "Super Bowl on Sunday".
 */
const NAMED_DAY_BEFORE = /\b(?:Patch|Super|Giving|Fat|Shrove|Ash|Maundy|Holy|Whit|Plough|Spy|Bloody|Manic|Mega)[\s\u00a0]+$/;
/**
 * A weekday that recurs, told by its place in every month: "the second Tuesday of every month",
 * "the first Monday of each month" — a schedule, no one day. Must not match "the second Tuesday of
 * March" (one day) nor "on Tuesday of last week".
 */
const RECURRING_BEFORE = /\b(?:first|second|third|fourth|last)[\s\u00a0]+$/i;
const RECURRING_AFTER = /^[\s\u00a0]+of[\s\u00a0]+(?:every|each)[\s\u00a0]+month\b/i;

/**
 * A weekday told with "on a": "shot on a Friday afternoon, as school let out", "it happened on a
 * Sunday." — what kind of day it was, not the day of the writer's week it would fall on. Only when
 * no noun follows: "at a Friday news conference", "on a Monday night flight" tell a meeting or a
 * flight of that week, and are read as before.
 */
const INDEFINITE_BEFORE = /\bon[\s\u00a0]+an?[\s\u00a0]+$/i;
const INDEFINITE_AFTER = /^(?:[\s\u00a0]*(?:[,.;:!?)]|$)|[\s\u00a0]+(?:when|as|in|at|and|just|while|with|before|after)\b)/i;

/** Saturday and Sunday of the ISO week containing `day`: TIMEX "2025-W36-WE". */
function weekendOf(day: Ymd): Period {
  const week = weekPeriod(day);
  return { ...week, start: addDays(week.start, 5), timex: `${week.timex}-WE` };
}

/** The most recent `wd` (1 = Monday … 7 = Sunday) on or before `day`. */
function weekdayOnOrBefore(day: Ymd, wd: number): Ymd {
  const current = ((weekdayOf(day) + 6) % 7) + 1;
  return addDays(day, -((current - wd + 7) % 7));
}

/** "late last year", "early next month", "mid-last week": a part of the period. */
function deictic(ctx: GrammarContext, pos: number, m: RegExpExecArray): Hit | null {
  const hit = deicticPeriod(ctx, pos, m);
  if (!m[1] || !hit) return hit;
  if (hit.kind === "time") return hit; // "early the next morning"
  if (hit.kind !== "date" || m[2] !== undefined) return null;
  const part = PART_WORD[m[1].toLowerCase()]!;
  if (!hit.period) return { ...hit, timex: { ...hit.timex, mod: part } };
  if (!/^(year|month|week|season|quarter|decade|century)$/.test(hit.period.unit)) return null;
  return { ...dateHit(hit.start, hit.end, partOf(hit.period, part), `${hit.pattern}+part`, true), fromReference: hit.fromReference };
}

/** "last year", "the previous year", "this morning", "next August", "last Monday", "the past year" (a duration). */
function deicticPeriod(ctx: GrammarContext, pos: number, m: RegExpExecArray): Hit | null {
  const { asOf } = ctx;
  const end = pos + m[0].length;
  // "the next day", "that same day", "the very next day"
  const the = m[2] !== undefined;
  const which = m[3]!.toLowerCase().replace(/^this\s+past$/, "last");
  const word = m[4]!;
  const lower = word.toLowerCase();
  // "the past year", "the coming week": a stretch of time, not a calendar period ("the last
  // quarter", like "last quarter", is the previous calendar quarter).
  if (the && (which === "past" || which === "coming") && /^(year|month|week|quarter|decade|century|day)$/.test(lower)) {
    const unit = unitOf(lower);
    const value = unit === "decade" ? "P10Y" : unit === "century" ? "P100Y" : `P1${{ day: "D", week: "W", month: "M", quarter: "Q", year: "Y" }[unit as "day"]}`;
    return { start: pos, end, kind: "duration", period: null, timex: { type: "DURATION", value, mod: null }, relative: false, approximate: false, pattern: "duration/the-past-unit", amount: { count: 1, unit } };
  }
  if (which === "past" && !the) return null;
  const n = /^(last|past|previous|preceding)$/.test(which) ? -1 : /^(next|coming|following)$/.test(which) ? 1 : 0;
  if (DAYPART_CODE[lower] !== undefined) {
    if (n === 0 && which === "this") return dayPartHit(pos, end, asOf, lower, "time/this-part-of-day");
    if (which === "last" && lower === "night") return dayPartHit(pos, end, asOf ? addDays(asOf, -1) : null, lower, "time/last-night");
    // "that night", "the same evening", "the next morning": of the day the text has reached
    if (which === "that" || which === "same" || (the && /^(next|following|previous|preceding)$/.test(which))) return anaphoricDayPart(ctx, pos, end, lower, n);
    return null;
  }
  const month = monthNumber(word);
  if (month !== null && /^[A-Z]/.test(word)) {
    // "the previous April", "the following March": counted from the text's last date
    const base = the && n !== 0 ? referenceFor(ctx, "month") : null;
    const from = base ?? asOf;
    if (!from) return unresolvedHit(pos, end, { type: "DATE", value: `XXXX-${String(month).padStart(2, "0")}`, mod: null }, "date/deictic-month");
    const y = n < 0 ? (month < from.m ? from.y : from.y - 1) : n > 0 ? (month > from.m ? from.y : from.y + 1) : from.y;
    const hit = dateHit(pos, end, monthPeriod(y, month), "date/deictic-month", true);
    return base ? { ...hit, fromReference: true } : hit;
  }
  const wd = weekdayNumber(word);
  if (wd !== null && /^[A-Z]/.test(word)) {
    if (!asOf) return unresolvedHit(pos, end, { type: "DATE", value: `XXXX-WXX-${wd}`, mod: null }, "date/deictic-weekday");
    const onOrBefore = weekdayOnOrBefore(asOf, wd);
    // "last Tuesday" is never the report's own day, and never the day before it either: a writer
    // on a Wednesday says "yesterday" or "on Tuesday" for the day before, and "last Tuesday" for
    // the week before's ("surgery last Tuesday" in a Wednesday report: eight days back). "this
    // past Tuesday" tells the most recent one, the day before included.
    const skip = compareYmd(onOrBefore, asOf) === 0 || (/^last$/i.test(m[3]!) && compareYmd(onOrBefore, addDays(asOf, -1)) === 0);
    const day = n < 0 ? (skip ? addDays(onOrBefore, -7) : onOrBefore) : n > 0 ? addDays(onOrBefore, 7) : onOrBefore;
    return dateHit(pos, end, dayPeriod(day.y, day.m, day.d), "date/deictic-weekday", true);
  }
  if (/^(spring|summer|autumn|fall|winter)$/.test(lower)) {
    const season = seasonCode(lower);
    // "the next spring", "that summer": counted from the text's last date
    const anaphoric = which === "that" || (the && /^(next|following|previous|preceding|same)$/.test(which));
    const ref = anaphoric ? referenceFor(ctx, "month") : null;
    const from = ref ?? asOf;
    if (!from) return unresolvedHit(pos, end, { type: "DATE", value: `XXXX-${season}`, mod: null }, "date/deictic-season");
    const first = { SP: 3, SU: 6, FA: 9, WI: 12 }[season];
    const started = from.m >= first;
    const y = n < 0 ? (started && from.m >= first + 3 ? from.y : from.y - 1) : n > 0 ? (started ? from.y + 1 : from.y) : from.y;
    const hit = dateHit(pos, end, seasonPeriod(y, season), "date/deictic-season", true);
    return ref ? { ...hit, fromReference: true } : hit;
  }
  if (lower === "weekend") {
    if (!asOf) return unresolvedHit(pos, end, { type: "DATE", value: "XXXX-WXX-WE", mod: null }, "date/deictic-weekend");
    return dateHit(pos, end, weekendOf(addDays(asOf, 7 * n)), "date/deictic-weekend", true);
  }
  if (lower === "day" && which !== "same" && which !== "following" && which !== "previous" && which !== "next" && which !== "that") return null;
  const unit = unitOf(lower);
  // "the next day", "the following year", "the same month", "that year": counted from the last
  // date the text gave, when it is precise enough, else from the creation time.
  const anaphoric = which === "that" || (the && /^(next|following|previous|preceding|same)$/.test(which));
  const ref = anaphoric ? referenceFor(ctx, unit) : null;
  if (ref) return { ...dateHit(pos, end, unitPeriod(unit, shift(ref, unit, n)), "date/anaphoric-unit", true), fromReference: true };
  if (which === "that") return null;
  // In a narrative, "the following decade" counts from the story's time, never from the creation time.
  if (!asOf || (anaphoric && ctx.narrative)) return unresolvedHit(pos, end, { type: "DATE", value: UNRESOLVED[unit]!, mod: null }, "date/deictic-unit");
  return dateHit(pos, end, unitPeriod(unit, shift(asOf, unit, n)), "date/deictic-unit", true);
}

