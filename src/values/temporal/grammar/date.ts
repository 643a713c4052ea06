/**
 * Dates with their modifiers: "around 2020", "the late 1990s", "mid-2025", "late April 2025",
 * "the end of 2024", "Monday, September 1, 2025", "post-September 11", and the resolution of
 * year-less cores ("in July", "April 19") against the reference date.
 *
 * NOTE: a month or day without a year is placed by its sentence's tense (see tense.ts): the most
 * recent one for past-tense news ("In late August, the ministry accused…" written 2025-09-05 is
 * 2025-08-16…31), the next one for "will", else the nearest to the reference date.
 */
import { addDays, daysInMonth, type Ymd } from "../calendar.js";
import { WEEKDAY, cap, ordinalValue } from "../lexicon.js";
import {
  type Period, type PartName, centuryPeriod, dayPeriod, decadePeriod, halfPeriod, monthPeriod, partOf, quarterPeriod,
  seasonPeriod, weekPeriod, yearPeriod,
} from "../periods.js";
import { holidayDay } from "../holidays.js";
import { type Core, parseCore } from "./date-core.js";
import { type GrammarContext, type Hit, at, before, dateHit, stickies } from "./hit.js";
import { type Lean, leanOf, pickOccurrence } from "./tense.js";
import { wordTable } from "../../word-table.js";

const SP = "[\\s\\u00a0]+";
const RE = stickies({
  approx: new RegExp(`(${cap("around|about|circa|approximately|roughly|sometime in|some time in")}|c\\.|ca\\.)${SP}`, "y"),
  the: new RegExp(`[Tt]he${SP}`, "y"),
  /** "late April", "mid-2025", and the hyphenated "end-June", "end-2009" of financial news */
  part: new RegExp(`(${cap("early|mid|late")})(?:-|${SP})|(${cap("end|start")})-(?=[A-Z\\d])`, "y"),
  partOf: new RegExp(`(?:[Tt]he${SP})?(${cap("beginning|start|end|middle|close")})${SP}of${SP}(?:the${SP})?`, "y"),
  // "Monday, September 1, 2025" (on one line: a title ending in "Friday" is not part of the dateline below it)
  /** "October of next year", "in May last year", "June 3 this year" */
  deicticYear: new RegExp(`,?${SP}(?:of${SP})?(this|last|next|that|the same|the following|the next|the previous)${SP}year(?![\\p{L}\\p{N}_])`, "yu"),
  weekday: new RegExp(`(?:${WEEKDAY}),?[ \\u00a0]+`, "y"),
  /** "the week beginning 17 October", "week starting Monday, May 3", "the week of March 10" */
  weekFrom: new RegExp(`(?:(?:[Tt]he|[Aa])${SP})?(?:[Ww]eek|WEEK)${SP}(beginning|starting|commencing|of)${SP}(?:on${SP})?`, "y"),
  weekOf: new RegExp(`[Tt]he${SP}(${cap("first|second|third|fourth|last|final")})${SP}week${SP}of${SP}`, "y"),
  /** "the morning of April 19", "early in the morning of 29 April 1975", "the early morning hours of" */
  dayPartOf: new RegExp(`(?:${cap("early|late")})?(?:${SP}in)?(?:${SP}|^)?[Tt]he${SP}(?:(?:early|late)${SP})?(morning|afternoon|evening|night)(?:${SP}hours)?${SP}of${SP}`, "y"),
});
const DAYPART_CODE = wordTable<string>({ morning: "MO", afternoon: "AF", evening: "EV", night: "NI" });
const PART = wordTable<PartName>({ early: "START", beginning: "START", start: "START", mid: "MID", middle: "MID", late: "END", end: "END", close: "END" });
const NINE_ELEVEN_AFTER = /^[\s\u00a0]+(?:attacks?|era|terror\w*|hijack\w*|[Cc]ommission|bombings?)\b/;

export interface Resolved {
  period: Period | null;
  /** TIMEX value when period is null ("XXXX-08"). */
  timex: string;
  relative: boolean;
}

export function corePeriod(core: Core, y: number): Period {
  switch (core.form) {
    case "day": {
      const named = core.holiday ? holidayDay(core.holiday, y) : null;
      return named ? dayPeriod(named.y, named.m, named.d) : dayPeriod(y, core.m!, core.d!);
    }
    case "month": return monthPeriod(y, core.m!);
    case "year": return yearPeriod(y);
    case "decade": return decadePeriod(y);
    case "century": return centuryPeriod(y / 100 + 1);
    case "season": return seasonPeriod(y, core.season!);
    case "half": return halfPeriod(y, core.index === 2 ? 2 : 1);
    case "quarter": return quarterPeriod(y, core.index!);
  }
}

/**
 * The period a core denotes; a year-less core takes `yearHint`, else the occurrence around the
 * reference date its sentence leans to: the latest one begun by then (past), the first one not
 * over by then (future), or the nearest (no cue; a tie goes to the past).
 */
export function resolveCore(core: Core, asOf: Ymd | null, yearHint: number | null = null, lean: Lean = "past"): Resolved {
  if (core.bc) {
    // 493 BC → BC0493; the 470s BC → BC047; the 5th century BC → BC04
    const v = -core.y!;
    const timex = core.form === "century" ? String(v / 100).padStart(2, "0") : core.form === "decade" ? String(v / 10).padStart(3, "0") : String(v).padStart(4, "0");
    return { period: null, timex: `BC${timex}`, relative: false };
  }
  if (core.fiscal) return { period: null, timex: `FY${core.y}`, relative: false };
  if (core.y !== null) return { period: corePeriod(core, core.y), timex: "", relative: false };
  if (yearHint !== null) return { period: corePeriod(core, yearHint), timex: "", relative: false };
  if (!asOf) {
    const mm = String(core.m).padStart(2, "0");
    const dd = core.d === undefined ? "XX" : String(core.d).padStart(2, "0");
    const timex = core.form === "season" ? `XXXX-${core.season}` : core.form === "day" ? (core.holiday && core.d === undefined ? "XXXX-XX-XX" : `XXXX-${mm}-${dd}`) : `XXXX-${mm}`;
    return { period: null, timex, relative: true };
  }
  const options = [asOf.y - 1, asOf.y, asOf.y + 1].map((y) => corePeriod(core, y));
  return { period: pickOccurrence(options, asOf, lean), timex: "", relative: true };
}


function toHit(start: number, end: number, r: Resolved, pattern: string, approximate: boolean, part: PartName | null): Hit {
  const period = r.period && part ? partOf(r.period, part) : r.period;
  const mod = part ?? (approximate ? "APPROX" : null);
  const value = period ? period.timex : r.timex;
  return {
    start, end, kind: "date", period, relative: r.relative, approximate, pattern,
    timex: { type: "DATE", value, mod },
  };
}

/** A date expression starting at `pos`, with its approximation and part modifiers. */
export function parseDate(ctx: GrammarContext, pos: number): Hit | null {
  return partOfDay(ctx, pos) ?? weekOfMonth(ctx, pos) ?? weekFrom(ctx, pos) ?? parseDateOnly(ctx, pos);
}

/**
 * "the week beginning 17 October 2011" (also starting, commencing): the seven days from that day;
 * "the week of March 10": the calendar week that holds it. Only a day can begin a week ("the week
 * of March" is no date of this kind).
 */
function weekFrom(ctx: GrammarContext, pos: number): Hit | null {
  const c = ctx.text.charCodeAt(pos);
  if (c !== 84 && c !== 116 && c !== 87 && c !== 119 && c !== 65 && c !== 97) return null; // t, w, a
  const m = at(RE.weekFrom, ctx.text, pos);
  if (!m) return null;
  const day = parseDateOnly(ctx, pos + m[0].length);
  if (!day || day.kind !== "date" || day.timex.mod || !day.period || day.period.granularity !== "day") return null;
  const first = day.period.start;
  const week = weekPeriod(first);
  const period = m[1] === "of" ? week : { ...week, start: first, end: addDays(first, 6) };
  return { ...dateHit(pos, day.end, period, `date/week-from+${day.pattern}`, day.relative), fromReference: day.fromReference };
}

/** "the last week of March", "the first week of May 2024": that ISO week of the month. */
function weekOfMonth(ctx: GrammarContext, pos: number): Hit | null {
  const c = ctx.text.charCodeAt(pos);
  if (c !== 84 && c !== 116) return null; // "the"
  const m = at(RE.weekOf, ctx.text, pos);
  if (!m) return null;
  const month = parseDateOnly(ctx, pos + m[0].length);
  if (!month || month.kind !== "date" || month.timex.mod || !month.period || month.period.granularity !== "month") return null;
  const { y, m: mo } = month.period.start;
  const n = /last|final/i.test(m[1]!) ? 0 : ordinalValue(m[1]!) ?? 1;
  // the n-th week is the one holding the month's (7n − 3)-th day; the last, its fourth-last day
  const day = n === 0 ? { y, m: mo, d: daysInMonth(y, mo) - 3 } : { y, m: mo, d: 7 * n - 3 };
  return { ...dateHit(pos, month.end, weekPeriod(day), `date/week-of-month+${month.pattern}`, month.relative), fromReference: month.fromReference };
}

/** "the night of 10 August 1792", "the morning of April 19": a time of that day. */
function partOfDay(ctx: GrammarContext, pos: number): Hit | null {
  const c = ctx.text.charCodeAt(pos);
  if (c !== 84 && c !== 116 && c !== 69 && c !== 101 && c !== 76 && c !== 108) return null; // t, e, l
  const m = at(RE.dayPartOf, ctx.text, pos);
  if (!m) return null;
  const day = parseDateOnly(ctx, pos + m[0].length);
  if (!day || day.kind !== "date" || day.timex.mod || !/^(?:\d{4}|XXXX)-\d{2}-\d{2}$/.test(day.timex.value)) return null;
  const code = DAYPART_CODE[m[1]!]!;
  return { ...day, start: pos, kind: "time", pattern: `time/part-of-day-of+${day.pattern}`, timex: { type: "TIME", value: `${day.timex.value}T${code}`, mod: null } };
}

function parseDateOnly(ctx: GrammarContext, pos: number): Hit | null {
  const { text } = ctx;
  let p = pos;
  let approximate = false;
  let m = at(RE.approx, text, p);
  if (m) {
    approximate = true;
    p += m[0].length;
  }
  let part: PartName | null = null;
  let withThe = false;
  m = at(RE.partOf, text, p);
  if (m) {
    part = PART[m[1]!.toLowerCase()]!;
    p += m[0].length;
  } else {
    m = at(RE.the, text, p);
    if (m) {
      withThe = true;
      p += m[0].length;
    }
    m = at(RE.part, text, p);
    if (m) {
      part = PART[(m[1] ?? m[2])!.toLowerCase()]!;
      p += m[0].length;
    }
  }
  const weekday = !part && !withThe ? at(RE.weekday, text, p) : null;
  let core = parseCore(text, weekday ? p + weekday[0].length : p);
  if (weekday && (!core || core.form !== "day")) core = parseCore(text, p);
  if (!core) return null;
  // "in '89" in a history of the 1780s is 1789: a two-digit year of a narrative is the one nearest the year it has reached
  if (core.pattern === "date/short-year" && ctx.narrative && ctx.reference && core.y !== null) core = { ...core, y: nearestCentury(core.y % 100, ctx.reference.start.y) };
  // "the" belongs to periods named with it ("the 1990s", "the first half of 2025"), not to years.
  if (withThe && !part && (core.form === "year" || core.form === "day" || core.form === "month")) return null;
  if ((core.fiscal || (core.bc && core.form === "year")) && (part || withThe)) return null;
  if (part && (core.form === "day" || core.form === "half" || core.form === "quarter")) return null;
  if (core.form === "day" && core.y === null && core.m === 9 && core.d === 11 && isNineElevenEvent(text, core.start, core.end)) {
    return toHit(pos, core.end, { period: dayPeriod(2001, 9, 11), timex: "", relative: false }, "date/nine-eleven", approximate, part);
  }
  if (core.y === null && (core.form === "month" || core.form === "day" || core.form === "season")) {
    const dy = at(RE.deicticYear, text, core.end);
    if (dy) {
      const end = core.end + dy[0].length;
      const which = dy[1]!.replace(/^the\s+/, "");
      const n = /^(last|previous)$/.test(which) ? -1 : /^(next|following)$/.test(which) ? 1 : 0;
      // "July of that year", "May 3 the following year": the year of the story's last date
      const anaphoric = which === "that" || dy[1]!.startsWith("the");
      const ref = anaphoric ? ctx.reference : null;
      if (anaphoric && !ref) return null;
      const from = ref ? ref.start.y : ctx.asOf?.y;
      if (from === undefined) return toHit(pos, end, resolveCore(core, null), `${core.pattern}+deictic-year`, approximate, part);
      const hit = toHit(pos, end, { ...resolveCore(core, ctx.asOf, from + n), relative: true }, `${core.pattern}+deictic-year`, approximate, part);
      return ref ? { ...hit, fromReference: true } : hit;
    }
  }
  const lean = core.y === null ? leanOf(text, pos, core.end) : null;
  const hint = core.y === null ? narrativeYear(ctx, core) : null;
  const resolved = resolveCore(core, ctx.asOf, hint, lean);
  const named = hint === null && core.y === null ? namedMonthYear(ctx, core, lean, resolved) : null;
  if (named !== null) {
    const hit = toHit(pos, core.end, { ...resolveCore(core, ctx.asOf, named, lean), relative: true }, `${core.pattern}${part ? "+part" : ""}+named-month`, approximate, part);
    return { ...hit, fromReference: true };
  }
  const hit = toHit(pos, core.end, resolved, core.pattern + (part ? "+part" : ""), approximate, part);
  return hint === null ? hit : { ...hit, relative: true, fromReference: true, pattern: `${hit.pattern}+narrative` };
}

/**
 * A year-less day of a month the text has already named with its year, when the creation time
 * would put that day in a year before its own: the named year. News leaves the year out of a date
 * of the current year; a writer who leaves it out of a date that is not of this year leans on the
 * year given before ("killed in March 2019 …, a week after the March 3 raid", read in 2021, is
 * March 2019, not 2020). Never for a day that looks ahead, nor when the creation time keeps the day
 * in its own year ("the May 2 vote", read in June after "May 2019" was named, is this year's).
 */
export function namedMonthYear(ctx: GrammarContext, core: Core, lean: Lean, resolved: Resolved): number | null {
  if (lean === "future" || core.form !== "day" || core.m === undefined || !ctx.asOf || !resolved.period) return null;
  const year = ctx.monthYears?.get(core.m);
  if (year === undefined || year >= resolved.period.start.y || resolved.period.start.y >= ctx.asOf.y) return null;
  return year;
}

/** The year ending in `yy` nearest to `year`: (89, 1785) → 1789, (2, 1898) → 1902. */
export function nearestCentury(yy: number, year: number): number {
  const base = year - (year % 100) + yy;
  return [base - 100, base, base + 100].reduce((a, b) => (Math.abs(b - year) < Math.abs(a - year) ? b : a));
}

/**
 * In a narrative, a year-less month or day belongs to the year the story has reached: the reference's.
 * Not a death's day after a birth date ("Born May 2, 1931, in Dayton; died March 4 at home"): a life
 * does not end in the year it began, and an obituary leaves the year out of the death it reports,
 * which is read against the creation time as news is. Must match (creation time): "Born May 2, 1931;
 * died March 4", "born on 3 June 1899 … He died on August 8". Must not match (the birth's year
 * stays): "Born March 3, 1820, he was baptized on May 4"; "In September 1939 … he died on 17
 * September" (no birth).
 */
export function narrativeYear(ctx: GrammarContext, core: Core): number | null {
  const ref = ctx.reference;
  if (!ctx.narrative || !ref || core.m === undefined) return null;
  if (ctx.referenceIsBirth && DEATH_BEFORE.test(before(ctx.text, core.start, 24))) return null;
  return ref.start.y;
}
/** "died March 4", "died on 8 August", "his death on June 2": the date that follows is a death. */
const DEATH_BEFORE = /\b(?:died|death)(?:[ \t]+on)?[ \t]+$/;

/** "post-September 11", "the September 11 attacks": the named event of 2001. */
function isNineElevenEvent(text: string, start: number, end: number): boolean {
  return /[Pp](?:ost|re)-$/.test(before(text, start, 5)) || NINE_ELEVEN_AFTER.test(text.slice(end, end + 24));
}
