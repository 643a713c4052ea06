/**
 * Expressions counted from the day or period the text has reached: "the day before", "for a
 * third straight day", "on the 12th", "in morning trading", "in the afternoon", "mid-morning",
 * "the same period last year", "for the entire year", "their best week since November", "by that time". The day in question is the last date the text gave (see
 * GrammarContext.reference); in news without one, the creation time.
 */
import { addMonths, isValidDay } from "../calendar.js";
import { ORDINAL, cap, unitOf, type Unit } from "../lexicon.js";
import { dayPeriod } from "../periods.js";
import { type GrammarContext, type Hit, at, before, dateHit, unresolvedHit, stickies } from "./hit.js";
import { RANK, UNRESOLVED, anaphoricDayPart, refHit, referenceFor, shift, shiftPeriodYear, unitOfPeriod, unitPeriod } from "./reference.js";

const SP = "[\\s\\u00a0]+";
const END = "(?![\\p{L}\\p{N}_])";
const RE = stickies({
  /** "the day before", "the year after" closing a clause: a unit before (after) the story's last date */
  unitBefore: new RegExp(`(${cap("the")})${SP}(day|week|month|year|night)${SP}(before|after|earlier|prior|previous)(?=[\\s\\u00a0]*(?:[,.;:!?)]|$|and\\b|but\\b|when\\b|as\\b))`, "yu"),
  /** "for a second consecutive day", "the third straight week", "the fourth session in a row", and in headlines "for fourth week in a row": the day (week) in question */
  nthInRow: new RegExp(`(?:(${cap("a|the")})${SP})?(${ORDINAL})${SP}(?:(?:consecutive|straight|successive)${SP}(day|session|week|month|quarter|year)|(day|session|week|month|quarter|year)${SP}in${SP}a${SP}row)${END}`, "yu"),
  /** "by that time", "at that time": the period the text has reached */
  thatTime: new RegExp(`(${cap("that")})${SP}time${END}(?!${SP}(?:of|when|that|which)\\b)`, "yu"),
  /** "a total loss for the entire year", "over the whole quarter": the year (quarter, month) in question */
  wholeUnit: new RegExp(`(${cap("the")})${SP}(?:entire|whole|full)${SP}(year|quarter|month)${END}`, "yu"),
  /**
   * "their best week since November", "its worst day on record", "the biggest single-day fall in
   * a decade": the unit the story is about (the extent is the unit's word, as TimeML marks it)
   */
  superlativeUnit: new RegExp(
    `(?<=\\b(?:[Ii]ts|[Tt]heir|[Tt]he|[Hh]is|[Hh]er|[Oo]ur)${SP}(?:(?:best|worst|biggest|largest|sharpest|steepest|strongest|weakest|busiest|quietest|highest|lowest|deadliest|bloodiest|hottest|coldest|wettest|driest)${SP})(?:(?:single|one|trading)(?:-|${SP}))?)(day|week|month|year)(?=${SP}(?:since|on${SP}record|ever|in${SP}(?:(?:more${SP}than|over|nearly|almost|about|at${SP}least)${SP})?(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|decades|years|months|weeks))\\b)`,
    "yu",
  ),
  /** "on the 15th", "the 28th of that month": a day of the month in question */
  ordinalDay: new RegExp(`(${cap("the")})${SP}(\\d{1,2})(?:st|nd|rd|th)(?:${SP}of${SP}(?:(this|last|next)|(?:that|the${SP}same))${SP}month)?(?![\\p{L}\\p{N}_])`, "yu"),
  /** "in morning trading", "the afternoon session": that part of the day in question */
  dayPartTrading: new RegExp(`(?:(?:early|late|mid)-?)?(${cap("morning|afternoon|evening")})(?=${SP}(?:trading|trade|session|dealings|deals)\\b)`, "yu"),
  /** "the same period last year", "the same month a year ago": the period the text has reached, a year before */
  sameLastYear: new RegExp(`(${cap("the")})${SP}same${SP}(period|time|day|week|month|quarter|season)(?:${SP}(?:of|in))?${SP}(?:the${SP})?(?:(last|previous|prior)${SP}year|(?:a|one)${SP}year${SP}(?:ago|earlier|before)|the${SP}year${SP}before)${END}`, "yu"),
  /** "in the morning", "early in the afternoon", "during the late evening": the day in question */
  theDayPart: new RegExp(`(?:(${cap("early|late")})${SP}in${SP})?(${cap("the")})${SP}(?:(?:early|late)${SP})?(morning|afternoon|evening)(?!${SP}(?:of|hours${SP}of)${SP})${END}`, "yu"),
  /** "mid-morning", "midafternoon", "early morning", "late evening" */
  dayPartWord: new RegExp(`(?:(${cap("mid|early|late")})-?|(${cap("mid")}))(morning|afternoon|evening|night)${END}`, "yu"),
});

/** Before "the morning" when it names a time of the day in question: "in the morning". */
const DAYPART_CUE = /\b(?:[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil|[Tt]hrough|[Tt]hroughout|[Ff]rom|[Ee]arly|[Ll]ate)[\s\u00a0]+$/;

/** An expression counted from the day or period the text has reached, starting at `pos`. */
export function parseAnaphoric(ctx: GrammarContext, pos: number): Hit | null {
  const { text, asOf } = ctx;
  let m: RegExpExecArray | null;
  m = at(RE.sameLastYear, text, pos);
  if (m) {
    const end = pos + m[0].length;
    const word = m[2]!.toLowerCase();
    const vague = word === "period" || word === "time" || word === "season";
    // "the same period": as long as the last period the text named, when that is a month or longer
    // ("sales in May … the same period last year" is May); else the year before the creation time's
    const last = ctx.lastPeriod;
    const lastUnit = last ? unitOfPeriod(last) : null;
    const named = last && (lastUnit === null || (RANK[lastUnit] ?? 0) >= RANK.month!) ? last : null;
    const unit: Unit = vague ? "year" : unitOf(word);
    if (named && (vague || lastUnit === unit)) return dateHit(pos, end, shiftPeriodYear(named, -1), "date/same-period-last-year", true);
    if (!asOf) return unresolvedHit(pos, end, { type: "DATE", value: UNRESOLVED[unit]!, mod: null }, "date/same-period-last-year");
    return dateHit(pos, end, unitPeriod(unit, shift(asOf, "year", -1)), "date/same-period-last-year", true);
  }
  m = at(RE.unitBefore, text, pos);
  if (m) {
    const end = pos + m[0].length;
    const n = m[3] === "after" ? 1 : -1;
    if (m[2] === "night") return anaphoricDayPart(ctx, pos, end, "night", n);
    const unit = unitOf(m[2]!);
    const ref = referenceFor(ctx, unit);
    const from = ref ?? (ctx.narrative ? null : asOf);
    if (!from) return unresolvedHit(pos, end, { type: "DATE", value: UNRESOLVED[unit]!, mod: null }, "date/unit-before");
    const hit = dateHit(pos, end, unitPeriod(unit, shift(from, unit, n)), "date/unit-before", true);
    return ref ? { ...hit, fromReference: true } : hit;
  }
  m = at(RE.ordinalDay, text, pos);
  if (m) {
    const end = pos + m[0].length;
    const d = Number(m[2]);
    const ofMonth = m[0].includes("month");
    // bare "the 15th" only where a day is meant: "on the 15th.", "by the 20th,"
    const dayCue = ofMonth || (/\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ss]ince|[Ff]rom|[Bb]efore|[Aa]fter)[\s\u00a0]+$/.test(before(text, pos, 8)) && /^[\s\u00a0]*(?:[,.;:)]|$|(?:and|to|through|until)\b)/.test(text.slice(end, end + 10)));
    if (dayCue && d >= 1 && d <= 31) {
      const n = m[3] === "last" ? -1 : m[3] === "next" ? 1 : 0;
      const ref = m[3] ? null : referenceFor(ctx, "month");
      const from = ref ?? (ctx.narrative && !m[3] ? null : asOf);
      if (!from) return unresolvedHit(pos, end, { type: "DATE", value: "XXXX-XX-XX", mod: null }, "date/ordinal-day");
      const month = addMonths({ y: from.y, m: from.m, d: 1 }, n);
      if (!isValidDay(month.y, month.m, d)) return null;
      const hit = dateHit(pos, end, dayPeriod(month.y, month.m, d), "date/ordinal-day", true);
      return ref ? { ...hit, fromReference: true } : hit;
    }
  }
  m = at(RE.thatTime, text, pos);
  if (m && /\b(?:[Bb]y|[Aa]t|[Uu]ntil|[Ss]ince|[Bb]efore|[Aa]fter|[Aa]round|[Dd]uring|[Ff]rom)[\s\u00a0]+$/.test(before(text, pos, 8))) {
    const end = pos + m[0].length;
    const ref = ctx.reference;
    if (!ref) return refHit(pos, end, "PAST_REF", "date/that-time");
    return { ...dateHit(pos, end, ref, "date/that-time", true), fromReference: true };
  }
  m = at(RE.wholeUnit, text, pos) ?? at(RE.superlativeUnit, text, pos);
  if (m) {
    const end = pos + m[0].length;
    const word = (m[2] ?? m[1]!).toLowerCase();
    const unit = unitOf(word);
    const ref = referenceFor(ctx, unit);
    const from = ref ?? (ctx.narrative ? null : asOf);
    const pattern = m[2] ? "date/whole-unit" : "date/superlative-unit";
    if (!from) return unresolvedHit(pos, end, { type: "DATE", value: UNRESOLVED[unit]!, mod: null }, pattern);
    const hit = dateHit(pos, end, unitPeriod(unit, from), pattern, true);
    return ref ? { ...hit, fromReference: true } : hit;
  }
  m = at(RE.nthInRow, text, pos);
  if (m) {
    const end = pos + m[0].length;
    const word = m[3] ?? m[4]!;
    const unit = unitOf(word === "session" ? "day" : word);
    const ref = referenceFor(ctx, unit);
    const from = ref ?? (ctx.narrative ? null : asOf);
    if (!from) return unresolvedHit(pos, end, { type: "DATE", value: UNRESOLVED[unit]!, mod: null }, "date/nth-in-a-row");
    const hit = dateHit(pos, end, unitPeriod(unit, from), "date/nth-in-a-row", true);
    return ref ? { ...hit, fromReference: true } : hit;
  }
  m = at(RE.dayPartTrading, text, pos);
  if (m) return anaphoricDayPart(ctx, pos, pos + m[0].length, m[1]!.toLowerCase(), 0);
  m = at(RE.theDayPart, text, pos);
  if (m && (m[1] || DAYPART_CUE.test(before(text, pos, 12)))) return anaphoricDayPart(ctx, pos, pos + m[0].length, m[3]!, 0);
  m = at(RE.dayPartWord, text, pos);
  if (m && (m[1] || m[2]) && (m[3] !== "night" || m[1]?.toLowerCase() === "late")) return anaphoricDayPart(ctx, pos, pos + m[0].length, m[3]!, 0);
  return null;
}
