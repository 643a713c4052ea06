/**
 * Spans between two dates: "from 1996 to 2001", "between 2001 and 2021", "1979–1989",
 * "(1979-1989)" (the parentheses stay outside), "2001-21", "from April to June 2025",
 * "April–June 2025", "19–21 April 2025", "April 19-21, 2025". Each endpoint is kept as its own
 * date (TimeML annotates two TIMEX3s); a year-less first endpoint borrows the second's year.
 */
import type { Ymd } from "../calendar.js";
import { continuesNumber } from "../guards.js";
import { MONTH, cap, monthNumber } from "../lexicon.js";
import type { Period } from "../periods.js";
import { type Core, parseCore } from "./date-core.js";
import { narrativeYear, resolveCore } from "./date.js";
import { type GrammarContext, type Hit, at, before, dateHit, stickies, sticky } from "./hit.js";
import { type Lean, leanOf } from "./tense.js";

const SP = "[\\s\\u00a0]+";
const RE = stickies({
  opener: new RegExp(`(${cap("from|between")})${SP}`, "y"),
  /** "from 499 to 493 BC", "between 490 and 480 BC", "499–493 BC" */
  bcYears: new RegExp(`(?:(${cap("from|between")})${SP})?(\\d{1,4})[\\s\\u00a0]*(to|until|and|[-–—])[\\s\\u00a0]*(\\d{1,4})([\\s\\u00a0]?(?:BCE|BC|B\\.C\\.))(?![\\p{L}\\p{N}_])`, "yu"),
  connector: /[\s\u00a0]*(?:(to|until|till|through|thru|and)[\s\u00a0]+|([-–—])[\s\u00a0]*)/y,
  years: /(\d{4})[\s\u00a0]*[-–—/][\s\u00a0]*(\d{4}|\d{2})(?![\p{L}\p{N}_]|[.,:/-]\d)/yu,
  dayDay: new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?[\\s\\u00a0]*(?:[-–—]|to|and)[\\s\\u00a0]*(?=\\d{1,2}(?:st|nd|rd|th)?[\\s\\u00a0]+${MONTH})`, "yu"),
  monthDayDay: new RegExp(`(${MONTH})[\\s\\u00a0]+(\\d{1,2})(?:st|nd|rd|th)?[\\s\\u00a0]*[-–—][\\s\\u00a0]*(\\d{1,2})(?:st|nd|rd|th)?(?:,?[\\s\\u00a0]+(\\d{4}))?(?![\\p{L}\\p{N}_])`, "yu"),
  monthMonth: new RegExp(`(${MONTH})[\\s\\u00a0]*(?:[-–—]|to|through|until)[\\s\\u00a0]*(?=${MONTH},?[\\s\\u00a0]+\\d{4})`, "yu"),
});
/** Numbers after these are pages, identifiers or scores, not years: "pp. 1990-1995". */
const NOT_DATES_BEFORE = /(?:\bpp?\.|\bpages?|\bISBN|\bNo\.|\bTel\.?|[#$£€])[\s\u00a0]*$/;

function granularityOf(p: Period): Period["granularity"] {
  return p.granularity;
}

function rangeHit(start: number, end: number, a: Hit, b: Hit, pattern: string): Hit | null {
  const pa = a.period, pb = b.period;
  if (pa && pb && cmp(pa.start, pb.start) >= 0) return null;
  const granularity = pa && pb && granularityOf(pa) === granularityOf(pb) ? pa.granularity : "part";
  const span = pa && pb ? spanTimex(pa, pb) : "PX";
  const period: Period | null = pa && pb ? { start: pa.start, end: pb.end, granularity, timex: span, mod: null, unit: pa.unit } : null;
  return {
    start, end, kind: "range", period, relative: a.relative || b.relative, approximate: false, pattern,
    timex: { type: "DURATION", value: span, mod: null }, parts: [a, b],
  };
}

function cmp(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** "1979"…"1989" → P10Y; "April"…"June" → P2M; days → PnD. */
function spanTimex(a: Period, b: Period): string {
  if (a.unit === "year" && b.unit === "year") return `P${b.start.y - a.start.y}Y`;
  if (a.unit === "month" && b.unit === "month") return `P${(b.start.y - a.start.y) * 12 + b.start.m - a.start.m}M`;
  if (a.unit === "day" && b.unit === "day") {
    return `P${Math.round((Date.UTC(b.start.y, b.start.m - 1, b.start.d) - Date.UTC(a.start.y, a.start.m - 1, a.start.d)) / 86_400_000)}D`;
  }
  if (a.unit === "decade" && b.unit === "decade") return `P${b.start.y - a.start.y}Y`;
  return "PX";
}

function endpoint(ctx: GrammarContext, core: Core, yearHint: number | null, lean: Lean = "past"): Hit {
  const r = resolveCore(core, ctx.asOf, yearHint ?? (core.y === null ? narrativeYear(ctx, core) : null), lean);
  if (r.period) return dateHit(core.start, core.end, r.period, core.pattern, r.relative);
  return { start: core.start, end: core.end, kind: "date", period: null, relative: true, approximate: false, pattern: core.pattern, timex: { type: "DATE", value: r.timex, mod: null } };
}

/**
 * Two cores joined into a range; the first borrows the second's year (and month, for a bare day).
 * A year-less range leans like a year-less date, by the tense around the whole span: "sign-ups will
 * run from March 2 to April 9" is the coming spring, "sign-ups ran from March 2 to April 9" the last.
 */
function join(ctx: GrammarContext, start: number, a: Core, b: Core, pattern: string): Hit | null {
  const lean = b.y === null ? leanOf(ctx.text, start, b.end) : null;
  const bHit = endpoint(ctx, b, null, lean);
  const bYear = bHit.period ? bHit.period.start.y : null;
  let aYear: number | null = null;
  if (a.y === null && bYear !== null) aYear = (a.m ?? 1) > (b.m ?? 12) ? bYear - 1 : bYear;
  const aHit = endpoint(ctx, a, aYear);
  return rangeHit(start, b.end, aHit, bHit, pattern);
}

export function parseRange(ctx: GrammarContext, pos: number): Hit | null {
  const { text } = ctx;
  let m = at(RE.bcYears, text, pos);
  if (m && !continuesNumber(text, pos + m[0].search(/\d/))) {
    // "from 499 to 493 BC", "499–493 BC": the era written once covers both years
    const between = m[1] !== undefined && /between/i.test(m[1]);
    if (between !== (m[3] === "and")) return null;
    const firstAt = pos + m[0].search(/\d/);
    const secondAt = pos + m[0].lastIndexOf(m[4]!, m[0].length - m[5]!.length - 1);
    const a: Core = { start: firstAt, end: firstAt + m[2]!.length, form: "year", y: -Number(m[2]), bc: true, pattern: "date/year-bc" };
    const b: Core = { start: secondAt, end: pos + m[0].length, form: "year", y: -Number(m[4]), bc: true, pattern: "date/year-bc" };
    if (Number(m[2]) <= Number(m[4])) return null;
    return join(ctx, pos, a, b, m[1] ? (between ? "range/between-and" : "range/from-to") : "range/year-dash-year");
  }
  m = at(RE.opener, text, pos);
  if (m) {
    const p = pos + m[0].length;
    const between = /between/i.test(m[1]!);
    const a = parseCore(text, p) ?? bareDay(text, p);
    if (!a) return null;
    const c = at(RE.connector, text, a.end);
    if (!c || (between ? c[1] !== "and" : c[1] === "and")) return null;
    const b = parseCore(text, a.end + c[0].length, true);
    if (!b) return null;
    if (a.form === "day" && a.m === undefined) {
      if (b.form !== "day") return null;
      a.m = b.m!;
    }
    if (a.form === "year" && b.form !== "year" && b.form !== "day" && b.form !== "month") return null;
    return join(ctx, pos, a, b, between ? "range/between-and" : "range/from-to");
  }
  const c = text.charCodeAt(pos);
  if (c >= 48 && c <= 57) {
    if (continuesNumber(text, pos) || NOT_DATES_BEFORE.test(before(text, pos, 10))) return null;
    m = at(RE.years, text, pos);
    if (m) {
      const y1 = Number(m[1]);
      const y2 = m[2]!.length === 2 ? Math.floor(y1 / 100) * 100 + Number(m[2]) : Number(m[2]);
      if (y1 < 1000 || y2 > 2199 || y2 <= y1 || y2 - y1 > 200) return null;
      if (m[0].includes("/") && m[2]!.length === 4) return null;
      const secondStart = pos + m[0].length - m[2]!.length;
      const a: Core = { start: pos, end: pos + 4, form: "year", y: y1, pattern: "date/year" };
      const b: Core = { start: secondStart, end: pos + m[0].length, form: "year", y: y2, pattern: m[2]!.length === 2 ? "date/short-year" : "date/year" };
      return join(ctx, pos, a, b, "range/year-dash-year");
    }
    m = at(RE.dayDay, text, pos);
    if (m) {
      const b = parseCore(text, pos + m[0].length, true);
      if (!b || b.form !== "day") return null;
      const a: Core = { start: pos, end: pos + m[1]!.length, form: "day", y: b.y, m: b.m!, d: Number(m[1]), pattern: "date/day" };
      return join(ctx, pos, a, b, "range/day-day-month");
    }
    return null;
  }
  m = at(RE.monthDayDay, text, pos);
  if (m) {
    const mo = monthNumber(m[1]!)!;
    const y = m[4] ? Number(m[4]) : null;
    const dash = m[0].search(/[-–—]/);
    const secondStart = pos + dash + 1 + (m[0].slice(dash + 1).length - m[0].slice(dash + 1).trimStart().length);
    const a: Core = { start: pos, end: pos + m[0].slice(0, dash).trimEnd().length, form: "day", y, m: mo, d: Number(m[2]), pattern: "date/month-day" };
    const b: Core = { start: secondStart, end: pos + m[0].length, form: "day", y, m: mo, d: Number(m[3]), pattern: y ? "date/day-year" : "date/day" };
    return join(ctx, pos, a, b, "range/month-day-day");
  }
  m = at(RE.monthMonth, text, pos);
  if (m) {
    const b = parseCore(text, pos + m[0].length, true);
    if (!b || b.form !== "month") return null;
    const a: Core = { start: pos, end: pos + m[1]!.length, form: "month", y: null, m: monthNumber(m[1]!)!, pattern: "date/month" };
    return join(ctx, pos, a, b, "range/month-month-year");
  }
  return null;
}

/** "between 5 and 10 May": a day number whose month comes later. */
const BARE_DAY = sticky(/(\d{1,2})(?:st|nd|rd|th)?(?=[\s\u00a0]*(?:and|to|-|–)[\s\u00a0]*\d)/y);
function bareDay(text: string, pos: number): Core | null {
  const r = at(BARE_DAY, text, pos);
  if (!r || Number(r[1]) < 1 || Number(r[1]) > 31) return null;
  return { start: pos, end: pos + r[0].length, form: "day", y: null, d: Number(r[1]), pattern: "date/day" };
}
