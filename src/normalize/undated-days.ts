/**
 * Relative days and clock times of a report that no date can be given. A copy of a report kept
 * without a dateline, whose story lends it no day either (group/story-dates.ts), still tells its
 * news by "on Friday", "yesterday", "last night", "on Nov. 18" and "at about 5:30 p.m."; a reader
 * holding two such reports checks them against each other ("Friday" and "Friday" agree) though
 * neither can be put on a calendar. Such an expression is a claim whose value has no calendar day
 * (start and end null) and states what the text fixes (RelativeDay): a weekday, a day counted
 * from the report's own, a month and a day, a month alone, years or weeks counted from the report's own, a
 * clock time with its zone, a part of the day (or of a month or a year).
 *
 * Reads one expression (a claim's text, with the words just before it); does not own finding the
 * expressions (pipeline.ts undatedClaims reads the document as of a stand-in day and keeps what
 * only that day resolved) nor comparing them (group/undated-days.ts, judge/undated-days.ts).
 *
 * Must read: "Friday", "late Friday", "Friday afternoon", "yesterday", "last night", "this
 * morning", "tomorrow", "Nov. 18", "23 October", "5:30 p.m.", "about 5:30 p.m.", "17:00 UTC",
 * "0800 GMT", "noon", "In January", "late January", "three years ago", "nearly a year ago",
 * "earlier this year", "last week", "early next week". Must not read: "the day", "that day", "the day before", "earlier in the
 * day", "Fridays", "years ago", "Nov. 18, 2008", "January 2009" (a year: a calendar date), a
 * clock after "every morning at".
 */
import type { Claim, IsoDay, RelativeDay, UndatedDayValue, Weekday } from "../types.js";
import { COUNTED_FROM, countedDay } from "./counted-undated-days.js";
import { monthStems, monthWords, weekdayWords } from "../values/calendar-words.js";
import { monthNumber } from "../values/temporal/lexicon.js";

const WEEKDAY = new RegExp(String.raw`\b(${weekdayWords()})\b(?!s)`, "i");
const MONTH_WORD = `(${monthWords({ forms: "both" })})\\.?`;
/** "Nov. 18", "November 18th" (a capital month: "may 5" is no date). */
const MONTH_THEN_DAY = new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`);
/** "18 November", "18th of November". */
const DAY_THEN_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD}(?![a-z])`);
const YEAR = /\b(?:1[89]|20)\d{2}\b/;
/** A month named alone, capitalized ("In January", "since March"): the month of a year the text does not state. */
const MONTH_ALONE = new RegExp(`\\b${MONTH_WORD}(?![a-z])`);
const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** Years counted back from the report: "three years ago", "a year ago", "2 years ago". */
const YEARS_AGO = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+ago\b/i;
/** The report's own year or the one before or after: "this year", "earlier this year", "last year", "next year". */
const REPORT_YEAR = /\b(?:(earlier|later|early|late)\s+)?(this|last|next)\s+year\b/i;

/** The report's own week or the one before or after: "this week", "last week", "early next week" (not "last weekend", "the week"). */
const REPORT_WEEK = /\b(?:(early|late|mid)[\s-]+|(earlier|later)\s+)?(this|last|next)\s+week\b(?!-)/i;

/**
 * Whether "last week", "next week" stand for a week counted from the report's, by the words around
 * them: not after "the" ("the last week of the season", "in the next week": a stretch, or a week of
 * something else) nor before "of".
 */
function reportWeek(before: string, after: string): boolean {
  return !/\bthe\s+$/i.test(before) && !/^\s*of\b/i.test(after);
}

/** Days counted from the report's own, with the part of the day some of them name. */
const FROM_REPORT: readonly (readonly [RegExp, number, string | null])[] = [
  [/\blast\s+night\b/i, -1, "night"],
  [/\byesterday\b/i, -1, null],
  [/\btonight\b/i, 0, "night"],
  [/\bthis\s+(?:morning|afternoon|evening)\b/i, 0, null],
  [/\btoday\b/i, 0, null],
  [/\btomorrow\b/i, 1, null],
];
const PART = /\b(early|late|mid)\b|\b(morning|afternoon|evening|night|overnight|midday|noon|midnight)\b/gi;

/** "5:30 p.m.", "5 pm", "11am"; "17:00", "08:06"; "0800 GMT", "1100 hours"; "noon", "midnight". */
const TWELVE_HOUR = /\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?/i;
const TWENTY_FOUR = /\b([01]?\d|2[0-3]):([0-5]\d)\b/;
const MILITARY = /\b([01]\d|2[0-3])([0-5]\d)\s*(?:hours|hrs|h\b|GMT|UTC|Z\b)/i;
const NOON = /\b(noon|midday|midnight)\b/i;
const ZONE = /\b(UTC|GMT|IST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|AEST|AEDT|JST)\b|\b(Coordinated\s+Universal\s+Time)\b/;
/** A qualifier that makes the day or time approximate. */
const APPROXIMATE = /^(?:about|around|approximately|roughly|some|nearly|almost|circa|(?:just|shortly|soon|right)\s+(?:before|after))\b/i;
/** A recurrence the expression stands in: "every morning at", "on Fridays at", "daily at". */
const RECURRING_BEFORE = new RegExp(String.raw`(?:\b(?:every|each)\s+\p{L}+|\b(?:daily|nightly|weekdays|weekends|mornings|afternoons|evenings|nights|(?:${weekdayWords()})s))(?:\s+(?:at|from|around|about|by|until))?\s*$`, "iu");

const pad = (n: number): string => String(n).padStart(2, "0");

/** The clock time an expression states ("17:30"), or null. */
export function clockTime(text: string): string | null {
  const twelve = TWELVE_HOUR.exec(text);
  if (twelve) {
    const hour = Number(twelve[1]);
    const minute = twelve[2] === undefined ? 0 : Number(twelve[2]);
    if (hour < 1 || hour > 12 || minute > 59) return null;
    const pm = twelve[3]!.toLowerCase() === "p";
    return `${pad((hour % 12) + (pm ? 12 : 0))}:${pad(minute)}`;
  }
  const military = MILITARY.exec(text);
  if (military) return `${military[1]}:${military[2]}`;
  const clock = TWENTY_FOUR.exec(text);
  if (clock) return `${pad(Number(clock[1]))}:${clock[2]}`;
  const noon = NOON.exec(text);
  if (noon) return noon[1]!.toLowerCase() === "midnight" ? "00:00" : "12:00";
  return null;
}

function monthIndex(word: string): number {
  return monthNumber(word) ?? 0;
}

/** The month and day an expression states without a year, or null. */
function monthDay(text: string): { month: number; day: number } | null {
  const a = MONTH_THEN_DAY.exec(text);
  const b = a ? null : DAY_THEN_MONTH.exec(text);
  const [month, day] = a ? [monthIndex(a[1]!), Number(a[2])] : b ? [monthIndex(b[2]!), Number(b[1])] : [0, 0];
  return month >= 1 && day >= 1 && day <= 31 ? { month, day } : null;
}

/** Years counted from the report's own an expression states ("three years ago": -3, "last year": -1), or null. */
function yearsFrom(text: string): { yearsFromReport: number } | null {
  const ago = YEARS_AGO.exec(text);
  if (ago) {
    const n = NUMBER_WORDS[ago[1]!.toLowerCase()] ?? Number(ago[1]);
    return Number.isFinite(n) && n > 0 ? { yearsFromReport: -n } : null;
  }
  const own = REPORT_YEAR.exec(text);
  if (!own) return null;
  const which = own[2]!.toLowerCase();
  return { yearsFromReport: which === "last" ? -1 : which === "next" ? 1 : 0 };
}

/** The parts of the day an expression names, as written and lower-cased ("late", "afternoon", "early morning"). */
function partsOf(text: string): string | null {
  const words = [...text.matchAll(PART)].map((m) => m[0].toLowerCase());
  return words.length > 0 ? words.join(" ") : null;
}

/**
 * What a day or time expression fixes, read from its text alone; null when it fixes no weekday,
 * day from the report, month and day, or clock time (or states a year: a calendar day).
 */
export function relativeDayOf(text: string): RelativeDay | null {
  if (YEAR.test(text)) return null;
  const out: RelativeDay = {};
  const weekday = WEEKDAY.exec(text);
  if (weekday) out.weekday = weekday[1]!.toLowerCase() as Weekday;
  let fromReportPart: string | null = null;
  for (const [re, days, part] of FROM_REPORT) {
    if (!re.test(text)) continue;
    out.daysFromReport = days;
    fromReportPart = part;
    break;
  }
  const md = monthDay(text);
  if (md) Object.assign(out, md);
  else {
    const alone = MONTH_ALONE.exec(text);
    if (alone) out.month = monthIndex(alone[1]!);
  }
  const years = yearsFrom(text);
  if (years) Object.assign(out, years);
  const week = REPORT_WEEK.exec(text);
  if (week && out.weekday === undefined && out.daysFromReport === undefined && out.month === undefined && years === null) {
    const which = week[3]!.toLowerCase();
    out.weeksFromReport = which === "last" ? -1 : which === "next" ? 1 : 0;
  }
  const time = clockTime(text);
  if (time !== null) {
    out.time = time;
    const zone = ZONE.exec(text);
    if (zone) out.zone = zone[2] ? "UTC" : zone[1]!;
  }
  if (out.weekday === undefined && out.daysFromReport === undefined && out.month === undefined && out.time === undefined && out.yearsFromReport === undefined && out.weeksFromReport === undefined) return null;
  // (a month or a year has no part of a day: "late January", "earlier this year" keep their words as a part of it)
  if (out.weekday === undefined && out.daysFromReport === undefined && out.time === undefined && out.day === undefined) {
    const lead = /\b(early|late|mid|earlier|later)\b/i.exec(text);
    if (lead) out.part = lead[1]!.toLowerCase();
    return out;
  }
  const part = partsOf(text.replace(/\blast\s+night\b/i, "")) ?? fromReportPart;
  // (the part of a clock time is its time: "noon" and "5 a.m." say no more than their clock)
  if (part !== null && !(time !== null && NOON.test(text) && part === NOON.exec(text)![1]!.toLowerCase())) out.part = part;
  return out;
}

/** Whether the words before an expression make it a recurrence ("every morning at 9 a.m."). */
export function recurringBefore(before: string): boolean {
  return RECURRING_BEFORE.test(before.slice(-40));
}

/** Words after a day that make it one of many: "the second Tuesday of each month", "Friday of every week". */
const RECURRING_AFTER = /^\s*(?:of\s+(?:each|every|the)\s+(?:month|week|year)|each\s+week|every\s+week)\b/i;
/** An ordinal before a weekday: "the second Tuesday" (of a month), "the first Monday". */
const ORDINAL_BEFORE = /\b(?:first|second|third|fourth|fifth|last|\d(?:st|nd|rd|th))\s+$/i;
/** Words that open a day's expression, or end a sentence, before a weekday: not part of a name. */
const OPENERS = /^(?:On|By|Until|Till|Since|Last|This|Next|Late|Early|Before|After|From|Through|Every|Each|And|Or|But|Then|Since|Of|Mr|Ms|Mrs|Dr)$/;
const MONTH_START = new RegExp(`^(?:${monthStems()})`);
/** A weekday's name at the start of a text. */
const WEEKDAY_START = new RegExp(String.raw`^(?:${weekdayWords()})\b`);

/**
 * Whether a weekday stands in a name ("the Free Sunday newspapers", "Black Friday sales", "the
 * Sunday Times"): a capitalized word right before it that opens no day's expression and follows
 * no preposition ("exploded in Woodburn Friday" is a day), or, after "the" or "a", a capitalized
 * word right after it that is no month. Must: "City Press and Free Sunday", "the Sunday Times".
 * Must not: "On Sunday police", "late Friday", "in Woodburn Friday", "Friday, Nov. 18", "on
 * Friday President Lee said".
 */
export function weekdayInName(before: string, text: string, after: string): boolean {
  if (!WEEKDAY_START.test(text)) return false;
  const prev = /(\p{Lu}[\p{L}.]*)\s+$/u.exec(before);
  if (prev && !OPENERS.test(prev[1]!.replace(/\.$/, ""))) {
    const earlier = before.slice(0, before.length - prev[0].length);
    if (!/(?:[.!?:;"“]|\b(?:in|at|near|from|outside|inside|across|to|of|on|off|over|by)|^)\s*$/i.test(earlier)) return true;
  }
  const next = /^\s+(\p{Lu}\p{L}*)/u.exec(after);
  return next !== null && !MONTH_START.test(next[1]!) && /\b(?:the|a)\s+$/i.test(before);
}

/** Whether a day is one of many (RECURRING_AFTER, ORDINAL_BEFORE) rather than one day. */
export function oneOfMany(before: string, after: string): boolean {
  return RECURRING_AFTER.test(after.slice(0, 40)) || ORDINAL_BEFORE.test(before.slice(-16));
}

/** A qualifier just before an expression that makes it approximate ("just before 5:30 p.m.", "at around noon"). */
const APPROXIMATE_BEFORE = /\b(?:about|around|approximately|roughly|nearly|almost|circa|(?:just|shortly|soon|right)\s+(?:before|after))\s+$/i;

/** The value of an undated claim: no calendar day, what the text fixes, how precisely (`before`: the words just before it). */
export function undatedValue(text: string, relative: RelativeDay, before = ""): UndatedDayValue {
  const approximate = APPROXIMATE.test(text.trim()) || APPROXIMATE_BEFORE.test(before.slice(-24));
  return { type: "date", start: null, end: null, granularity: granularityOf(relative), approximate, relative };
}

/** How fine a relative value is: a part of a day or a clock time, else a day (or a month or a year, which `relative` tells). */
function granularityOf(r: RelativeDay): UndatedDayValue["granularity"] {
  return r.time !== undefined || (r.part !== undefined && (r.weekday !== undefined || r.daysFromReport !== undefined || r.day !== undefined)) ? "part" : "day";
}

/** A clock time with the day its sentence gives it ("Friday at 5:30 p.m."): the day's fields join the time's. */
export function withDayOf(time: RelativeDay, day: RelativeDay): RelativeDay {
  const { weekday, daysFromReport, month, day: d } = day;
  return {
    ...(weekday !== undefined ? { weekday } : {}),
    ...(daysFromReport !== undefined ? { daysFromReport } : {}),
    ...(month !== undefined ? { month, day: d } : {}),
    ...time,
  };
}

/** Words a report that names a relative day or a clock time holds (a cheap gate before a second reading): a month and a day in either order ("Nov. 18", "18 November"). */
const MAY_HOLD = new RegExp(
  String.raw`\b(?:${weekdayWords()}|today|tonight|yesterday|tomorrow|last\s+night|noon|midnight|[ap]\.?\s?m\b|\d{1,2}:\d{2}|\d{4}\s*(?:hours|hrs|GMT|UTC))|\b(?:${monthStems()})[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${monthStems()})`,
  "i",
);

/** A month named alone, by its full capitalized name ("May" only after a word of time: the verb is no month), or years counted from the report. */
const MAY_HOLD_MONTH_OR_YEAR = new RegExp(String.raw`\b(?:${monthWords({ except: ["May"] })})\b|\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id)[- ]May\b|\byears?\s+ago\b|\b(?:this|last|next)\s+(?:year|week)\b`);

/** Whether a text may hold a relative day, a month alone, years counted back or a clock time at all. */
export function mayHoldRelativeDay(text: string): boolean {
  return MAY_HOLD.test(text) || MAY_HOLD_MONTH_OR_YEAR.test(text);
}

/**
 * The stand-in day a document that states no date is read as of, to find its relative days: the
 * last day of the latest year its text names (so that no year it names lies in the future of the
 * reading), else the last day of 2000. Nothing of that day is kept (undatedClaims).
 */
export function standInDay(text: string): IsoDay {
  let latest = 0;
  for (const m of text.matchAll(/\b(?:19|20)\d{2}\b/g)) latest = Math.max(latest, Number(m[0]));
  return `${latest > 0 ? latest : 2000}-12-31`;
}

/** Marks a claim of a document that no date can be given (shown by --explain). */
export const UNDATED = "date:undated";

/**
 * The claims of a document that states no date, found only by reading it as of a stand-in day
 * (`asOfStandIn`), that are relative days or clock times (relativeDayOf): each with its value
 * replaced by what its text fixes, with no time of report and no frame. `first` are the claims
 * of the reading without a date (those stay as they are). A clock time takes the day another
 * date of its sentence read as the same day names ("Friday ... at 5:30 p.m."); one after a
 * recurrence ("every morning at 9 a.m.", "the second Tuesday of each month"), a weekday in a name
 * ("the Sunday Times") and any with a year near it (yearNear) are left out.
 */
export function undatedClaims(text: string, first: readonly Claim[], asOfStandIn: readonly Claim[]): Claim[] {
  const taken = new Set(first.map((c) => c.offset));
  const out: Claim[] = [];
  const days = new Map<Claim, RelativeDay>();
  const anchors = new Map<Claim, Claim>();
  for (const c of asOfStandIn) {
    if (c.value.type !== "date" || c.value.start === null || taken.has(c.offset) || yearNear(text, c)) continue;
    const relative = relativeDayOf(c.text);
    if (relative === null) continue;
    const [before, after] = [text.slice(Math.max(0, c.offset - 40), c.offset), text.slice(c.offset + c.length, c.offset + c.length + 40)];
    if (recurringBefore(before) || oneOfMany(before, after) || weekdayInName(before, c.text, after)) continue;
    if (relative.weeksFromReport !== undefined && !reportWeek(before, after)) continue;
    days.set(c, relative);
  }
  const dated = asOfStandIn.filter((c) => c.value.type === "date" && c.value.start !== null).sort((a, b) => a.offset - b.offset);
  for (const [i, c] of dated.entries()) {
    if (days.has(c) || taken.has(c.offset) || yearNear(text, c)) continue;
    const counted = countedDay(c, dated.slice(0, i), days);
    if (counted) {
      days.set(c, counted.relative);
      anchors.set(c, counted.anchor);
    }
  }
  for (const [c, relative] of days) {
    const anchor = anchors.get(c);
    const day = relative.time !== undefined && relative.weekday === undefined && relative.daysFromReport === undefined && relative.month === undefined ? dayOfSentence(c, days) : null;
    const fixed = day ? withDayOf(relative, day) : relative;
    const { frameImplied: _implied, ...rest } = c;
    const time = c.claimFrame ? (({ reportedUntil: _until, ...t }) => ({ ...t, reportedAt: null }))(c.claimFrame.time) : null;
    out.push({
      ...rest,
      value: undatedValue(c.text, fixed, text.slice(Math.max(0, c.offset - 24), c.offset)),
      frame: null,
      provenance: [...c.provenance, UNDATED, ...(anchor ? [`${COUNTED_FROM}:${anchor.text}`] : [])],
      ...(c.claimFrame && time ? { claimFrame: { ...c.claimFrame, time } } : {}),
    });
  }
  return out;
}

/** Only years counted back from the report, with at most a qualifier: "three years ago", "nearly a year ago". */
const COUNT_BACK_ONLY = /^(?:(?:about|around|nearly|almost|some|roughly|more\s+than|less\s+than|over)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+ago$/i;

/** How near a year may stand to a day or clock time and make it part of a calendar date ("Friday, Nov. 18, 2008", "in 1972 on a Saturday"). */
const YEAR_REACH = 30;

/**
 * Whether a year stands within YEAR_REACH characters of a claim: the day is then part of a
 * calendar date, or of a past year's account, and not the report's own news. A year further off
 * in the sentence ("died Thursday in Lenwick …, said a friend who wrote the 2009 profile") names
 * something else.
 */
function yearNear(text: string, c: Claim): boolean {
  // (years counted back from the report join no year into a date: "unknown from 1972 until three years ago")
  if (COUNT_BACK_ONLY.test(c.text.trim())) return false;
  // (within its own sentence: a year that ends the sentence before names nothing of this one)
  const at = c.sentence.indexOf(c.text);
  const [from, where] = at >= 0 ? [c.sentence, at] : [text, c.offset];
  return YEAR.test(from.slice(Math.max(0, where - YEAR_REACH), where + c.text.length + YEAR_REACH));
}

/** The day another relative date of a clock time's sentence names, read as the clock's own day. */
function dayOfSentence(clock: Claim, days: ReadonlyMap<Claim, RelativeDay>): RelativeDay | null {
  for (const [c, r] of days) {
    if (c === clock || c.sentence !== clock.sentence || c.document !== clock.document || r.time !== undefined) continue;
    if (c.value.type === "date" && clock.value.type === "date" && c.value.start === clock.value.start && c.value.end === clock.value.end) return r;
  }
  return null;
}
