/**
 * Parts of periods named relative to the reference date: "the end of this year", "the beginning
 * of the year", "the first quarter of last year", "the first half of next year", and quarters
 * without a year — "the fourth quarter", "third-quarter results" — placed by the sentence's
 * tense around the reference date (see tense.ts); halves likewise ("first-half profit"); "the
 * year-earlier quarter" of earnings news.
 */
import { addMonths } from "../calendar.js";
import { ORDINAL, cap, ordinalValue, unitOf } from "../lexicon.js";
import { type Period, type PartName, halfPeriod, partOf, quarterPeriod } from "../periods.js";
import { type GrammarContext, type Hit, at, dateHit, unresolvedHit, stickies, sticky } from "./hit.js";
import { referenceFor, shift, unitPeriod } from "./reference.js";
import { gamePeriod } from "./game-period.js";
import { leanOf, pickOccurrence } from "./tense.js";
import { wordTable } from "../../word-table.js";

const SP = "[\\s\\u00a0]+";
const END = "(?![\\p{L}\\p{N}_])";
const RE = stickies({
  partOf: new RegExp(
    `(?:[Tt]he${SP})?(?:very${SP})?(${cap("beginning|start|end|middle|close")}|(${ORDINAL}|${cap("latter|final")})${SP}(half|quarter))${SP}of${SP}(?:(the)${SP})?((?:${cap("this|last|next|previous|current|coming|following|same")})${SP})?(year|month|week|decade|century)${END}`,
    "yu",
  ),
  quarter: new RegExp(`(?:[Tt]he${SP})?(${cap("first|second|third|fourth|final|1st|2nd|3rd|4th")})[\\s\\u00a0-]+(?:fiscal${SP}|financial${SP})?quarter(?!${SP}of${SP}(?:\\d|the|this|last|next))${END}`, "yu"),
});
/** "first-half profit", "the second half" (of the current year, placed by tense like a quarter) */
const HALF = sticky(new RegExp(`(?:(${cap("the")})${SP})?(${cap("first|second|1st|2nd")})(-|${SP})half(?!${SP}of${SP}|-?time)${END}`, "yu"));
/** Words that make "the second half" a half of a year (not of a match): "profit rose in the second half". */
const HALF_CONTEXT = /\b(?:profits?|revenues?|sales|earnings|results|growth|economy|economic|fiscal|quarters?|percent|output|shares|prices|losses|deliveries|orders|demand|GDP|inflation)\b|%/;
/** "the year-earlier quarter", "the year-ago period": the last quarter over, a year before */
const YEAR_EARLIER = sticky(new RegExp(`(?:(${cap("the")})${SP})?(${cap("year-earlier|year-ago|year-before|year earlier")})${SP}(quarter|period)${END}`, "yu"));
/** "year-end", "by year end 2024", "the year's end", "month-end": the end of the current period */
const PERIOD_END = sticky(new RegExp(`(?:${cap("the")}${SP})?(${cap("year|month|quarter")})(?:-|${SP}|['’]s${SP})end(?:${SP}(\\d{4})(?![\\p{L}\\p{N}_]))?${END}`, "yu"));
const PART = wordTable<PartName>({ beginning: "START", start: "START", middle: "MID", end: "END", close: "END" });

export function parseRelativePart(ctx: GrammarContext, pos: number): Hit | null {
  const { text, asOf } = ctx;
  let m = at(RE.partOf, text, pos);
  if (m) {
    const end = pos + m[0].length;
    const which = (m[5] ?? "this").trim().toLowerCase();
    if (!m[4] && !m[5]) return null; // "the end of year" without a determiner is not a date here
    const unit = unitOf(m[6]!);
    const n = /^(last|previous)$/.test(which) ? -1 : /^(next|coming|following)$/.test(which) ? 1 : 0;
    const counted = m[3]?.toLowerCase(); // "half" | "quarter"
    if (counted && unit !== "year") return null;
    // In a narrative "the end of the month" is the month the story has reached; in news, and
    // with "this", it is the current one.
    const ref = ctx.narrative && m[4] && !m[5] ? referenceFor(ctx, unit) : null;
    const from = ref ?? asOf;
    if (!from) return unresolvedHit(pos, end, { type: "DATE", value: unit === "year" ? "XXXX" : "XXXX-XX", mod: null }, "date/part-of-relative");
    const base = unitPeriod(unit, shift(from, unit, n));
    let period: Period;
    if (counted) {
      const index = /latter/i.test(m[2]!) ? 2 : /final/i.test(m[2]!) ? (counted === "half" ? 2 : 4) : ordinalValue(m[2]!) ?? 0;
      if (counted === "half" ? index < 1 || index > 2 : index < 1 || index > 4) return null;
      period = counted === "half" ? halfPeriod(base.start.y, index as 1 | 2) : quarterPeriod(base.start.y, index);
    } else {
      period = partOf(base, PART[m[1]!.toLowerCase()]!);
    }
    return { ...dateHit(pos, end, period, "date/part-of-relative", true), fromReference: ref !== null };
  }
  m = at(HALF, text, pos);
  if (m && (m[3] === "-" || HALF_CONTEXT.test(text.slice(Math.max(0, pos - 120), pos + 120)))) {
    const end = pos + m[0].length;
    // "a fumble in the first half", "second-half kickoff": a half of a game
    if (gamePeriod(text, pos, end)) return null;
    const h = ordinalValue(m[2]!) === 2 ? 2 : 1;
    if (!asOf) return unresolvedHit(pos, end, { type: "DATE", value: `XXXX-H${h}`, mod: null }, "date/half");
    const options = [asOf.y - 1, asOf.y, asOf.y + 1].map((y) => halfPeriod(y, h));
    return dateHit(pos, end, pickOccurrence(options, asOf, leanOf(text, pos, end)), "date/half", true);
  }
  m = at(PERIOD_END, text, pos);
  if (m) {
    const end = pos + m[0].length;
    const unit = unitOf(m[1]!);
    if (m[2] && unit !== "year") return null;
    // in a narrative, the period the story has reached
    const ref = !m[2] && ctx.narrative ? referenceFor(ctx, unit) : null;
    const from = m[2] ? { y: Number(m[2]), m: 1, d: 1 } : ref ?? asOf;
    if (!from) return unresolvedHit(pos, end, { type: "DATE", value: unit === "year" ? "XXXX" : unit === "quarter" ? "XXXX-QX" : "XXXX-XX", mod: "END" }, "date/period-end");
    return { ...dateHit(pos, end, partOf(unitPeriod(unit, from), "END"), "date/period-end", !m[2]), fromReference: ref !== null };
  }
  m = at(YEAR_EARLIER, text, pos);
  if (m) {
    const end = pos + m[0].length;
    if (!asOf) return unresolvedHit(pos, end, { type: "DATE", value: "XXXX-QX", mod: null }, "date/year-earlier-quarter");
    const lastOver = addMonths(asOf, -3);
    return dateHit(pos, end, quarterPeriod(lastOver.y - 1, Math.floor((lastOver.m - 1) / 3) + 1), "date/year-earlier-quarter", true);
  }
  m = at(RE.quarter, text, pos);
  if (m) {
    const end = pos + m[0].length;
    const q = /final/i.test(m[1]!) ? 4 : ordinalValue(m[1]!);
    if (q === null || q < 1 || q > 4) return null;
    // "late in the fourth quarter", "a fourth-quarter touchdown": a quarter of a game
    if (gamePeriod(text, pos, end)) return null;
    if (!asOf) return unresolvedHit(pos, end, { type: "DATE", value: `XXXX-Q${q}`, mod: null }, "date/quarter");
    const options = [asOf.y - 1, asOf.y, asOf.y + 1].map((y) => quarterPeriod(y, q));
    return dateHit(pos, end, pickOccurrence(options, asOf, leanOf(text, pos, end)), "date/quarter", true);
  }
  return null;
}
