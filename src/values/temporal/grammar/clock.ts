/**
 * Clock times: "10 a.m.", "10:30 pm", "14:48 GMT", "0800 UTC", "at noon", "midnight". The day
 * is the reference date's (a news report's "10 a.m." is on its own day): TIMEX
 * "2025-09-05T10:00", unless a day word follows: "16:00 UTC today", "12:00 UTC Monday", or a date
 * ("16:15 UTC, June 1st", which stays a mention of its own).
 */
import { addDays, iso, type Ymd } from "../calendar.js";
import { WEEKDAY, weekdayNumber } from "../lexicon.js";
import { dayPeriod } from "../periods.js";
import { parseCore } from "./date-core.js";
import { resolveCore } from "./date.js";
import { type Hit, at, before, unresolvedHit, stickies, sticky } from "./hit.js";
import { SPELLED_UTC, UTC_ZONE, spanGivesCue } from "./clock-ranges.js";
import { militaryHoursAt } from "./military-hours.js";
import { type Lean, leanOf, pickOccurrence } from "./tense.js";

const END = "(?![\\p{L}\\p{N}_])";
const ZONE = `(?:[\\s\\u00a0]*\\(?(?:GMT|UTC|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|IST|PKT|AEST|AEDT|JST|local time|ET|PT|${SPELLED_UTC})\\)?)`;
const RE = stickies({
  meridiem: new RegExp(`(\\d{1,2})(?:[:.](\\d{2}))?[\\s\\u00a0]*([AaPp])\\.?[\\s\\u00a0]?[Mm]\\.?(?:${ZONE})?(?![\\p{L}\\p{N}_])`, "yu"),
  clock: new RegExp(`(\\d{1,2}):(\\d{2})(?:[\\s\\u00a0]*(?:hours|hrs|h))?(${ZONE})?${END}`, "yu"),
  /** "0800 UTC": four digits with a zone */
  military: /([01]\d|2[0-3])([0-5]\d)[\s\u00a0]*(?:GMT|UTC|Z)(?![\p{L}\p{N}_])/yu,
  /** "16:00 UTC today", "12:00 UTC Monday": the day word after the clock joins it */
  dayAfter: new RegExp(`[\\s\\u00a0]+(?:on[\\s\\u00a0]+)?(today|yesterday|tomorrow|tonight|${WEEKDAY})${END}`, "yu"),
  /** ", June 1st", " on 19 March": a date after the clock time (its own mention) */
  dateAfter: /,?[\s\u00a0]+(?:on[\s\u00a0]+)?(?=\d|[A-Z])/y,
  noon: new RegExp(`([Nn]oon|[Mm]idnight|[Mm]idday)${END}`, "yu"),
});

/** A period of play right after the clock: "at 2:56 of the sixth round", "at 4:10 into the second half". */
const PERIOD_AFTER = /^[\s\u00a0]+(?:of|into)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:\p{L}+|\d+(?:st|nd|rd|th))[\s\u00a0]+(?:round|quarter|period|half|inning|innings|set|overtime)\b/u;
/** Words of a bout or a match in the clock's sentence: the clock is the match's, not the day's. */
const MATCH_WORDS = /\b(?:bout|referee|ref|umpire|stoppage|knock(?:ed)?[\s-]?out|T?KO|buzzer|overtime)\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|final|opening|\d+(?:st|nd|rd|th))[\s\u00a0]+round\b(?![\s\u00a0]+of\b)|\bround[\s\u00a0]+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b/;
/** A part of the day after the clock: "at 9:30 in the morning", "at 7:15 tonight" is a time of day. */
const PART_OF_DAY_AFTER = /^[\s\u00a0]+(?:in[\s\u00a0]+the[\s\u00a0]+(?:morning|afternoon|evening)|at[\s\u00a0]+night|tonight|this[\s\u00a0]+(?:morning|afternoon|evening)|local[\s\u00a0]+time)\b/;

/** A part of the day right after a day word: "Tuesday morning", "Friday night". */
const PART_AFTER_DAY = /^[\s\u00a0]+(morning|afternoon|evening|night)\b/;
/** The part of the day in a phrase after a clock: "in the evening", "this morning", "tonight", "at night"; "" for "local time". */
const PART_WORD = /morning|afternoon|evening|night/;

/**
 * The part of the day that makes a bare "H:MM" a time of day, whatever comes before it: a day
 * word and a part of the day ("3:30 Tuesday morning", "11:45 Friday night", "9:10 yesterday
 * morning", "10:20 tonight"), or a part of the day alone ("9:40 this morning", "7:15 in the
 * evening"); "" for "local time", null when none follows. A bare day word is not enough ("a 2:1
 * win Sunday", "Psalm 4:12 Sunday"), nor a clock with nothing after it ("after 3:30").
 */
function partOfDayAfter(text: string, end: number): string | null {
  const after = text.slice(end, end + 40);
  const part = PART_OF_DAY_AFTER.exec(after);
  if (part) return PART_WORD.exec(part[0].replace("tonight", "night"))?.[0] ?? "";
  const m = at(RE.dayAfter, text, end);
  if (!m) return null;
  if (m[1]!.toLowerCase() === "tonight") return "night";
  return PART_AFTER_DAY.exec(text.slice(end + m[0].length, end + m[0].length + 20))?.[1]!.toLowerCase() ?? null;
}

/** The hour of a bare clock in a part of the day: "11:45 Friday night" is 23:45, "4:10 Thursday morning" 04:10; null when it cannot be ("12:30 Monday morning", "2:15 Friday night" is the next day's small hours). */
function hourInPart(h: number, part: string): number | null {
  if (part === "" || h > 12) return part === "" || part === "afternoon" || part === "evening" || part === "night" ? h : null;
  if (part === "morning") return h === 12 ? null : h;
  if (part === "night" && h < 6) return null;
  return h === 12 ? 12 : h + 12;
}

/**
 * Whether "at 2:56" is a match's clock, minutes and seconds into a round or a period, not a time
 * of day: a period of play follows it ("at 2:56 of the sixth round", "at 12:31 of the third
 * period"), or its sentence is a bout's ("the referee stopped the fight at 2:56", "a stoppage at
 * 1:40 of round two"). Not "the train stopped at 2:56", "the talks began at 9:30 in the first
 * quarter of the year" (no period of play after it, no word of a match), "the referee arrived at
 * 9:30 in the morning" (a part of the day after it).
 */
function gameClock(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  if (PERIOD_AFTER.test(after)) return true;
  if (PART_OF_DAY_AFTER.test(after)) return false;
  const from = Math.max(text.lastIndexOf("\n", start), text.lastIndexOf(". ", start), start - 200);
  const to = [text.indexOf("\n", end), text.indexOf(". ", end)].filter((i) => i >= 0);
  return MATCH_WORDS.test(text.slice(from + 1, Math.min(end + 200, ...to, text.length)));
}

/** "16:15 UTC, June 1st", "9:34 p.m. on March 19": the date right after a clock time names its day. */
function dateAfter(text: string, end: number, asOf: Ymd | null): Ymd | null {
  const m = at(RE.dateAfter, text, end);
  if (!m) return null;
  const core = parseCore(text, end + m[0].length);
  if (!core || core.form !== "day" || core.holiday) return null;
  if (core.y !== null) return { y: core.y, m: core.m!, d: core.d! };
  if (!asOf) return null;
  return resolveCore(core, asOf, null, leanOf(text, end, core.end)).period?.start ?? null;
}

/**
 * "8 p.m. Saturday, Jan. 15", "at 10 a.m. Tuesday, March 3": a date right after the weekday that
 * follows a clock time names the day, as it does right after the clock ("16:15 UTC, June 1st"); the
 * weekday alone would be placed in the week of the report. The date stays a mention of its own.
 * Not a number that is no date ("7 p.m. Friday, 40 people marched": no month).
 */
function dateAfterWeekday(text: string, afterWeekday: number, reached: Ymd | null): Ymd | null {
  if (text[afterWeekday] !== ",") return null;
  return dateAfter(text, afterWeekday, reached);
}

/**
 * The day a clock time falls on: the day the text has reached (`reached`), or the date or day word
 * right after it. The tense that places the day word is read around the whole expression, clock
 * included (`start`): "slipped on the ice just after 9 p. m. on Sunday" looks back, whatever dots the
 * clock's own "p. m." has. Day words ("yesterday", "Friday") count from the creation time (`asOf`), as they
 * do standing alone: a report of Thursday that names a court date in October and then says "at
 * 7 p.m. on Friday" means the Friday before it was written, not the Friday before the court date.
 */
function dayOf(text: string, start: number, end: number, reached: Ymd | null, asOf: Ymd | null): { day: Ymd | null; end: number } {
  const stated = dateAfter(text, end, reached);
  if (stated) return { day: stated, end };
  const m = at(RE.dayAfter, text, end);
  if (!m || !asOf) return { day: m ? asOf : reached, end: m && !asOf ? end + m[0].length : end };
  const word = m[1]!.toLowerCase();
  const after = end + m[0].length;
  if (word === "yesterday") return { day: addDays(asOf, -1), end: after };
  if (word === "tomorrow") return { day: addDays(asOf, 1), end: after };
  const wd = weekdayNumber(m[1]!);
  if (wd === null) return { day: asOf, end: after };
  const named = dateAfterWeekday(text, after, reached ?? asOf);
  if (named) return { day: named, end: after };
  return { day: weekdayLeaning(asOf, wd, leanOf(text, start, after)), end: after };
}

/** The day a weekday (1 = Monday) names, written on `asOf` in a sentence leaning `lean`: of the week before, this week or the next (tense.ts pickOccurrence). */
function weekdayLeaning(asOf: Ymd, wd: number, lean: Lean): Ymd {
  const current = ((new Date(Date.UTC(asOf.y, asOf.m - 1, asOf.d)).getUTCDay() + 6) % 7) + 1;
  const last = addDays(asOf, -((current - wd + 7) % 7));
  const options = [-7, 0, 7].map((n) => addDays(last, n)).map((d) => dayPeriod(d.y, d.m, d.d));
  return pickOccurrence(options, asOf, lean).start;
}

function timeHit(text: string, start: number, clockEnd: number, when: ClockDays, hhmm: string, zone: boolean): Hit {
  const { day: asOf, end } = dayOf(text, start, clockEnd, when.reached, when.asOf);
  const suffix = `T${hhmm}${zone ? "Z" : ""}`;
  if (!asOf) return unresolvedHit(start, end, { type: "TIME", value: `XXXX-XX-XX${suffix}`, mod: null }, "time/clock", "time");
  return {
    start, end, kind: "time", period: dayPeriod(asOf.y, asOf.m, asOf.d), relative: true, approximate: false, pattern: "time/clock",
    timex: { type: "TIME", value: `${iso(asOf.y, asOf.m, asOf.d)}${suffix}`, mod: null },
  };
}

/** The days a clock time may fall on: the one the text has reached, and the creation time. */
export interface ClockDays {
  readonly reached: Ymd | null;
  readonly asOf: Ymd | null;
}

export function parseClock(text: string, pos: number, when: ClockDays): Hit | null {
  if (/[\d.,:]$/.test(before(text, pos, 1))) return null;
  let m = at(RE.meridiem, text, pos);
  if (m) {
    let h = Number(m[1]);
    const min = m[2] ?? "00";
    if (h < 1 || h > 12 || Number(min) > 59) return null;
    if (/[Pp]/.test(m[3]!) && h !== 12) h += 12;
    if (/[Aa]/.test(m[3]!) && h === 12) h = 0;
    const zone = UTC_ZONE.test(m[0]);
    return timeHit(text, pos, pos + m[0].length, when, `${String(h).padStart(2, "0")}:${min}`, zone);
  }
  m = at(RE.clock, text, pos);
  if (m) {
    let h = Number(m[1]);
    const min = Number(m[2]);
    let cue = m[3] !== undefined || /\b(?:[Aa]t|[Bb]y|[Uu]ntil|[Aa]round|[Ff]rom)[\s\u00a0]+$/.test(before(text, pos, 8));
    // "between 07:28 and 08:06 UTC": the zone after the span's second clock is the first's cue
    const span = m[3] !== undefined ? null : spanGivesCue(text, pos, pos + m[0].length);
    if (span) cue = true;
    // "3:30 Tuesday morning", "11:45 Friday night": a part of the day after it makes it a time, in that half of the day
    const part = cue ? null : partOfDayAfter(text, pos + m[0].length);
    if (part !== null && h <= 23) {
      const inPart = hourInPart(h, part);
      if (inPart === null) return null;
      h = inPart;
      cue = true;
    }
    if (h > 23 || min > 59 || !cue) return null;
    if (m[3] === undefined && part === null && h <= 20 && gameClock(text, pos, pos + m[0].length)) {
      return {
        start: pos, end: pos + m[0].length, kind: "duration", period: null, relative: false, approximate: false, pattern: "duration/game-clock",
        timex: { type: "DURATION", value: `PT${h}M${min}S`, mod: null }, amount: { count: h * 60 + min, unit: "second" },
      };
    }
    const hit = timeHit(text, pos, pos + m[0].length, when, `${String(h).padStart(2, "0")}:${m[2]}`, (m[3] !== undefined && UTC_ZONE.test(m[3])) || span?.utc === true);
    // (the part of the day after the day word is the clock's too: "3:30 Tuesday morning" is one mention)
    const more = part !== null && hit.end > pos + m[0].length ? PART_AFTER_DAY.exec(text.slice(hit.end, hit.end + 20)) : null;
    return more ? { ...hit, end: hit.end + more[0].length } : hit;
  }
  // "at 1100 hours", "0930 hrs IST": a military clock told with "hours" (military-hours.ts)
  const hours = militaryHoursAt(text, pos);
  if (hours) return timeHit(text, pos, hours.end, when, hours.hhmm, hours.utc);
  m = at(RE.military, text, pos);
  if (m) return timeHit(text, pos, pos + m[0].length, when, `${m[1]}:${m[2]}`, true);
  m = at(RE.noon, text, pos);
  if (m) return timeHit(text, pos, pos + m[0].length, when, /[Mm]idnight/.test(m[1]!) ? "24:00" : "12:00", false);
  return null;
}

/**
 * Between a day and the clock time that follows it: "Friday at about 7 p.m.", "on Tuesday, at
 * 9:15 a.m.", "Sunday night around 11 p.m.", "Monday shortly before noon".
 */
const TO_CLOCK = sticky(/,?[\s\u00a0]+(?:(?:at|around|about|approximately|roughly|nearly|shortly|just|some|a[\s\u00a0]+little|before|after)[\s\u00a0]+){0,3}(?=\d|[Nn]oon\b|[Mm]idnight\b|[Mm]idday\b)/y);
/** "Friday evening at 7", "Saturday morning at 9.30": an hour without a.m./p.m. after a part of the day takes the part's half of the day. */
const PART_ENDING = /\b(morning|afternoon|evening|night)$/i;
const BARE_HOUR = sticky(/[\s\u00a0]+(?:at|around|about|shortly[\s\u00a0]+(?:before|after)|just[\s\u00a0]+(?:before|after))[\s\u00a0]+(\d{1,2})(?:[:.]([0-5]\d))?(?:[\s\u00a0]+o'clock)?(?=[\s\u00a0]*(?:[,;:)!?]|\.(?!\d)|$)|[\s\u00a0]+(?:when|as|while|and|but|near|in|on|outside|after|before)\b)/y);

/** A weekday read alone: "Saturday", "on Saturday", "late Friday" (relative.ts, pattern "date/weekday"). */
const WEEKDAY_WORD = new RegExp(`(${WEEKDAY})${END}`, "u");

/**
 * A weekday followed by its clock time whose tense only the words past the clock tell: "police say
 * that on Saturday around 11:30 p. m. the boy was standing outside" (a report of a Thursday: the
 * Saturday before it). The weekday was placed alone, where the dots of "p. m." end its sentence
 * before "was" and leave no cue (the nearest Saturday, two days ahead); read around the whole
 * expression, clock included, as a clock told before its day is (dayOf), it looks back. The day
 * the tense around the whole expression places, when that differs from the weekday's own; null
 * otherwise (a weekday whose own words gave a cue keeps its day).
 */
function weekdayPastClock(text: string, day: Hit, end: number, asOf: Ymd | null): Ymd | null {
  if (!asOf || day.pattern !== "date/weekday" || !day.period) return null;
  const w = WEEKDAY_WORD.exec(text.slice(day.start, day.end));
  const wd = w ? weekdayNumber(w[1]!) : null;
  if (wd === null || leanOf(text, day.start, day.end) !== null) return null;
  const lean = leanOf(text, day.start, end);
  if (lean === null) return null;
  const placed = weekdayLeaning(asOf, wd, lean);
  const d = day.period.start;
  return placed.y === d.y && placed.m === d.m && placed.d === d.d ? null : placed;
}

/**
 * A day and the clock time told after it are one date-time, as "7 p.m. Friday" is: "Friday at
 * about 7 p.m." → TIME 2025-03-07T19:00 spanning both, "Friday evening at 7" → T19:00. Not when
 * the clock names a day of its own ("Friday at 9 a.m. Saturday") or the day already has a clock
 * time. `day` is a date or part-of-day hit of one day.
 */
export function dayThenClock(text: string, day: Hit, asOf: Ymd | null = null): Hit | null {
  if ((day.kind !== "date" && day.kind !== "time") || !day.period || day.period.granularity !== "day" || /T\d/.test(day.timex.value)) return null;
  // "the day" names no day of its own: "lower than the start of the day at 16:08" tells when the
  // index stood lower, not a date-time
  if (/^(?:the\s+|that\s+|this\s+|same\s+)*day$/i.test(text.slice(day.start, day.end))) return null;
  const d = day.period.start;
  const joined = (end: number, value: string): Hit => ({
    start: day.start, end, kind: "time", period: day.period, relative: day.relative, approximate: day.approximate, pattern: `${day.pattern}+clock`,
    timex: { type: "TIME", value, mod: null },
    ...(day.fromReference ? { fromReference: true } : {}),
  });
  const m = at(TO_CLOCK, text, day.end);
  if (m) {
    const clock = parseClock(text, day.end + m[0].length, { reached: d, asOf: d });
    if (clock && clock.kind === "time" && clock.timex.value.startsWith(`${iso(d.y, d.m, d.d)}T`)) {
      const moved = weekdayPastClock(text, day, clock.end, asOf);
      if (moved === null) return joined(clock.end, clock.timex.value);
      return { ...joined(clock.end, `${iso(moved.y, moved.m, moved.d)}${clock.timex.value.slice(10)}`), period: dayPeriod(moved.y, moved.m, moved.d) };
    }
  }
  const part = PART_ENDING.exec(text.slice(day.start, day.end));
  const b = part ? at(BARE_HOUR, text, day.end) : null;
  if (!part || !b) return null;
  let h = Number(b[1]);
  if (h < 1 || h > 12) return null;
  const word = part[1]!.toLowerCase();
  if (word === "night" && h < 6) return null; // "Friday night at 2" is the small hours of the next day
  if (word !== "morning" && h !== 12) h += 12;
  if (word === "morning" && h === 12) return null;
  return joined(day.end + b[0].length, `${iso(d.y, d.m, d.d)}T${String(h).padStart(2, "0")}:${b[2] ?? "00"}`);
}

/** A determiner before a date that modifies a noun: "the June 20 shooting", "its May 3 hearing". */
const LABEL_BEFORE = /(?:^|[^\p{L}\p{N}_])(?:the|a|an|its|his|her|their|our)[\s\u00a0]+$/iu;
/** The noun after such a date, with an optional comma after a year: "the June 20, 2012, vote". */
const LABEL_AFTER = /^,?[\s\u00a0]+([a-z][a-z-]*)(?![\p{L}\p{N}_])/u;
/** Words after a date that are no noun it modifies: prepositions, conjunctions, verbs, parts of the day. */
const NOT_LABELLED = new Set(
  (
    "of|in|on|at|to|for|from|by|with|without|into|onto|over|under|about|around|against|between|during|near|" +
    "and|or|but|nor|yet|so|than|then|when|while|as|after|before|until|till|since|through|because|if|unless|" +
    "that|which|who|whom|whose|where|is|was|were|are|be|been|will|would|shall|should|can|could|may|might|must|" +
    "has|had|have|did|does|do|the|a|an|this|last|next|each|every|morning|afternoon|evening|night|noon|midnight|" +
    "local|time|at-large|onward|onwards|forward|only|itself"
  ).split("|"),
);

/**
 * Whether a date of one day, from `start` to `end`, labels another event as a modifier of its noun:
 * "the June 20 shooting", "a May 3 hearing", "the 4 July, 2024, vote". Such a date names the day of
 * that event, not the day the text goes on to tell: a bare clock time of a later sentence ("shortly
 * after 3 p.m.") does not fall on it (index.ts clockDay). Not a date that heads its own phrase ("on
 * the 20th of June", "the June 20 at noon", "the 20th, when …").
 */
export function labelsEvent(text: string, start: number, end: number): boolean {
  const own = /^(?:the|a|an|its|his|her|their|our)[\s\u00a0]+/i.test(text.slice(start, end));
  if (!own && !LABEL_BEFORE.test(before(text, start, 8))) return false;
  const m = LABEL_AFTER.exec(text.slice(end, end + 40));
  // a comma after the date only closes a year ("the June 20, 2012, vote"), not the date's clause ("on the 20th, police …")
  if (!m || (m[0].startsWith(",") && !/\d{4}$/.test(text.slice(start, end)))) return false;
  return !NOT_LABELLED.has(m[1]!);
}
