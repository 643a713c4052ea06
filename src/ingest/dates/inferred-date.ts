/**
 * A document's date guessed from the dates its text mentions, for documents that state none (no
 * front matter, manifest, metadata, dateline, address or path date, and no --as-of):
 *   1. a publication stamp in the text ("Posted on May 3, 2013", "Published: 12/05/2013") wins,
 *      then an update stamp ("Updated June 12");
 *   2. otherwise the latest explicit date the text states ("May 30, 2025"; a month or part counts
 *      at its end, a bare year at its start), moved forward to the end of a later month that a
 *      sentence in the past tense names without a year ("In July, Dar visited Kabul");
 *   3. never a date from a sentence that looks ahead ("sales are expected to double through 2016",
 *      "expected to close in the fourth quarter of 2025", "goes on sale later in June") or back
 *      ("footage filmed in 2009", "signed years before", "since 2021"), nor a year that names an
 *      earlier event ("a 1999 incident") or ends a name ("Windows Server 2012"), nor a year alone
 *      told in the past tense ("In 2009, police said …"), nor the day a copy was downloaded;
 *   4. nothing at all when the latest date left lies before a year told "In 2009, …" in the past tense: "In
 *      December 2008 thieves emptied the store; in 2009 police recovered the haul" tells history
 *      and was written after 2009, but says nothing of when; nor when it lies before the end of a
 *      span of years told in the past tense ("he played for the club from 1995-99"), which is over.
 *   5. nothing either in a look-back report (look-back.ts): an obituary, a profile, a retrospective
 *      whose lead tells its news by a relative day ("died yesterday", "was sentenced on Saturday")
 *      and states no day or month, while the latest date stands in the body's account of the past
 *      ("On Tuesday, Oct. 10, 1972, the paper reported …").
 * Stamps give a "medium" confidence, the latest date a "low" one.
 *
 * Only the lines that can hold a date (a digit or a month's name, see datingBlocks) are read, and
 * only by the temporal grammar, each once: linear in the text.
 */
import type { DateConfidence, IsoDay, Mention } from "../../types.js";
import { layeredMentions } from "../../values/index.js";
import { nearest, sentenceSides } from "../../values/temporal/grammar/tense.js";
import { MONTH_ABBR, MONTH_FULL, weekdayNumber } from "../../values/temporal/lexicon.js";
import { isMasked, type Range } from "../mask-ranges.js";
import { leadOf, recallsLatest, type StatedDate } from "./look-back.js";
import { weekdayStems } from "../../values/calendar-words.js";

export interface InferredDate {
  date: IsoDay;
  confidence: DateConfidence;
}

/** A plausible year range for inference: not "the year 3000" of a prophecy, nor a citation. */
const MIN_YEAR = 1800;

/** Words that say a clause looks ahead: its dates are plans, forecasts, deadlines. */
const FORECAST =
  /\b(?:will|would|shall|could|should|might|expect(?:s|ed|ing)?|forecasts?|forecasted|project(?:s|ed|ions?)|predict(?:s|ed|ions?)|anticipat(?:es|ed)|outlook|targets?|plans?|planned|planning|scheduled|upcoming|due|set to|going to|later (?:in|this|that)|by the end of|through|until|till|goes on sale|deadline)\b|'ll\b/gi;
/** Words that say a clause looks back: its dates are history, not the time of writing. */
const HISTORICAL =
  /\b(?:ago|earlier|previously|formerly|originally|archives?|archived|archival|footage|filmed|recorded|founded|established|born|built|dating|history|historic(?:al)?|anniversary|since|back in|at the time|years before)\b/gi;
/** Words of a plain past tense: what happened, as news reports it ("will be held" is no past). */
const PAST =
  /(?<!\b(?:be|been|being|to|get|gets|got)\s)\b(?:was|were|did|said|says|told|met|came|went|took|gave|made|began|saw|left|held|won|lost|fell|rose|paid|sold|bought|shut|cut|hit|put|struck|spoke|wrote|sent|led|agreed|announced|[a-z]{3,}ed)\b/gi;
const STAMP = /^[\s>*#_-]*(?:(first|last|originally)\s+)?(published|posted|created|released|issued|filed|updated|modified|edited|revised)\b[\s:]*(?:on\b|at\b)?/i;

function endOfMonth(year: number, month: number): IsoDay {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(last).padStart(2, "0")}`;
}

/** What an explicit date or a month named without a year cannot do without: a digit or a month's name. */
const DATE_KEY = new RegExp(`\\d|\\b(?:${MONTH_FULL}|${MONTH_ABBR})`, "g");

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

function lineStartAt(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && !isLineBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Just past the line break that ends the line holding `pos` (or the end of the text). */
function nextLineStart(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && !isLineBreak(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) return i + 2;
  return Math.min(text.length, i + 1);
}

/**
 * The blocks of lines worth reading for a date: each line that holds a digit or a month's name,
 * with one line either side, since an expression may be wrapped ("March\n2025"). Most prose lines
 * of an archive hold neither and are passed over.
 */
export function datingBlocks(text: string): [number, number][] {
  const blocks: [number, number][] = [];
  const key = new RegExp(DATE_KEY.source, DATE_KEY.flags);
  for (let m = key.exec(text); m; m = key.exec(text)) {
    const lineStart = lineStartAt(text, m.index);
    const start = lineStart > 0 ? lineStartAt(text, lineStart - 1) : 0;
    const lineEnd = nextLineStart(text, m.index);
    const end = nextLineStart(text, lineEnd);
    const last = blocks[blocks.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else blocks.push([start, end]);
    key.lastIndex = lineEnd;
  }
  return blocks;
}

/**
 * The expressions inference reads, with offsets into `text`: temporal expressions (with the
 * non-claim spans that rule some out, such as citation years) in the blocks that can hold a date,
 * leaving out what starts in a masked span (markup, front matter, an address line). Quantities
 * never change a date, so their grammar does not run.
 */
export function datingMentions(text: string, masked: readonly Range[] = []): Mention[] {
  const out: Mention[] = [];
  for (const [start, end] of datingBlocks(text)) {
    for (const m of layeredMentions(text.slice(start, end), { asOf: null }).withoutQuantities()) {
      const offset = start + m.offset;
      if (masked.length > 0 && isMasked(masked, offset)) continue;
      out.push({ ...m, offset });
    }
  }
  return out;
}

/**
 * Which way the words nearest a date in its sentence look: ahead (a forecast, a plan), back (an
 * earlier time), or at what happened (a plain past tense, or no cue). "The plant shut on 3 June
 * 2019 and the owners plan to reopen it in March 2021": "shut" is nearest the first date, "plan"
 * the second. A word that looks back ("filmed", "since", "archive") anywhere before the date in its
 * sentence, or just after it, makes it history; "none" when the sentence has no cue.
 */
function lookOf(text: string, start: number, end: number): "ahead" | "back" | "past" | "none" {
  const { left, right } = sentenceSides(text, start, end);
  // Looking back colours the clause: "Archive footage filmed in 2009 showed …", "closed since 2015".
  if (nearest(HISTORICAL, left, right.slice(0, 40)) !== Number.POSITIVE_INFINITY) return "back";
  const ahead = nearest(FORECAST, left, right);
  const past = nearest(PAST, left, right);
  if (ahead <= past && ahead !== Number.POSITIVE_INFINITY) return "ahead"; // "expected" is both: it looks ahead
  return past === Number.POSITIVE_INFINITY ? "none" : "past";
}

type Stamp = "publication" | "update" | null;

function stampOf(text: string, offset: number): Stamp | "access" {
  const line = text.slice(lineStartAt(text, offset), offset);
  // "Posted 1 year ago [downloaded on 2 October 2013]": the day a copy was taken, not published
  if (/\b(?:downloaded|accessed|retrieved|archived|printed)\b[^\d]{0,20}$/i.test(line)) return "access";
  const m = STAMP.exec(line);
  if (!m) return null;
  return /updated|modified|edited|revised/i.test(m[2]!) || /last/i.test(m[1] ?? "") ? "update" : "publication";
}

/** "Windows Server 2012", "Euro 2016", "Vision 2030": a year that ends a name. */
function endsAName(text: string, m: Mention): boolean {
  const word = /(\p{Lu}[\p{L}.'’-]*)[\s\u00a0]+$/u.exec(text.slice(Math.max(0, m.offset - 24), m.offset))?.[1];
  return word !== undefined && !/^(?:In|On|At|By|Since|Until|Till|During|From|Before|After|Of|The|Early|Late|Mid|Around|Circa|About|Through|Throughout|Between|And|Or|To|For|As|Until|Fiscal)$/.test(word);
}

/**
 * A year that names an event as an adjective ("a 1999 incident", "the 2010 rampage", "his 2012
 * crash") points back to it: an earlier event the story recalls, not the time of writing.
 */
function namesAnEvent(text: string, m: Mention): boolean {
  return /\b(?:a|an|the|his|her|its|their|our|that)\s+$/i.test(text.slice(Math.max(0, m.offset - 8), m.offset)) && /^[\s-]+[a-z]/.test(text.slice(m.offset + m.length, m.offset + m.length + 3));
}

/** The day a mention stands for as a candidate: a day as is, a month or part at its end, a year at its start. */
function pointOf(m: Mention, text: string): IsoDay | null {
  const v = m.value;
  if (m.relative || !v || v.type === "quantity" || (m.kind !== "date" && m.kind !== "range")) return null;
  if (v.granularity === "decade" || v.granularity === "century") return null;
  // A part of a decade or a century ("the late 1950s", "the early 1900s") is an era, as they are.
  if (v.granularity === "part" && v.start.slice(0, 4) !== v.end.slice(0, 4)) return null;
  if (Number(v.end.slice(0, 4)) < MIN_YEAR) return null;
  if (v.granularity === "year" && (namesAnEvent(text, m) || endsAName(text, m))) return null;
  // "In 2025" does not say the year is over; "in late April 2025" says April is.
  return v.granularity === "year" ? v.start : v.end;
}

export interface InferOptions {
  /**
   * Also take a year alone told in the past tense: right for the year of a dateline that gives
   * none ("Mumbai, Nov 11 -" over a story of 2011), too weak to date a text by itself.
   */
  pastYears?: boolean;
}

export function inferDate(
  text: string,
  masked: readonly Range[] = [],
  mentions: readonly Mention[] = datingMentions(text, masked),
  options: InferOptions = {},
): InferredDate | null {
  let published: IsoDay | null = null;
  let updated: IsoDay | null = null;
  let latest: IsoDay | null = null;
  /** The start of the latest year told in the past tense: the text was written after it. */
  let after: IsoDay | null = null;
  let latestStated: StatedDate | null = null;
  const pastMonths: number[] = [];
  const weekdayed: WeekdayedDay[] = [];
  /** The dates inference may take, with the days and months named without a year (see look-back.ts). */
  const stated: StatedDate[] = [];
  for (const m of mentions) {
    const named = weekdayedDay(text, m);
    if (named) weekdayed.push(named);
    const month = /^XXXX-(\d\d)$/.exec(m.timex?.value ?? "")?.[1];
    const point = month ? null : pointOf(m, text);
    if (!point && !month) {
      if (/^XXXX-\d\d-\d\d$/.test(m.timex?.value ?? "")) stated.push({ day: "", offset: m.offset, length: m.length, granularity: "day" });
      continue;
    }
    const stamp = point ? stampOf(text, m.offset) : null;
    if (stamp === "access") continue;
    if (stamp === "publication") {
      published ??= point;
      continue;
    }
    if (stamp === "update") {
      updated ??= point;
      continue;
    }
    const look = lookOf(text, m.offset, m.offset + m.length);
    if (look === "ahead" || look === "back") continue;
    if (month) {
      // "In July, Dar visited Kabul": only a month that has passed moves the date forward.
      if (look === "past") pastMonths.push(Number(month));
      stated.push({ day: "", offset: m.offset, length: m.length, granularity: "month" });
      continue;
    }
    // A span of several years told in the past tense is over ("played for the club from 1995-99"):
    // the text was written after it ended, at the earliest in its last year, which says nothing of when.
    if (look === "past" && m.kind === "range" && m.value?.type !== "quantity" && m.value && m.value.start.slice(0, 4) !== m.value.end.slice(0, 4)) {
      const lastYear = `${m.value.end.slice(0, 4)}-01-01`;
      if (!after || lastYear > after) after = lastYear;
      continue;
    }
    // A year told in the past tense is history ("In 2009, police said they had recovered …");
    // told in the present, it is the writer's present ("In 2025, the dependence … demonstrates").
    // Told as "In 2009, police said …", it still bounds the time of writing from below: what came
    // before it is history too. ("As of 2023, the country hosts an estimated …" is the writer's present.)
    if (look === "past" && !options.pastYears && m.value?.type !== "quantity" && m.value?.granularity === "year") {
      const told = /\bin\s+$/i.test(text.slice(Math.max(0, m.offset - 4), m.offset));
      if (told && (!after || m.value.start > after)) after = m.value.start;
      continue;
    }
    const date: StatedDate = { day: point!, offset: m.offset, length: m.length, granularity: granularityOf(m) };
    stated.push(date);
    if (!latest || point! > latest) {
      latest = point;
      latestStated = date;
    }
  }
  if (published) return { date: published, confidence: "medium" };
  if (updated) return { date: updated, confidence: "medium" };
  // "In December 2008, three men emptied the store. In 2009, police said they had recovered most
  // of it": the latest date is history the text tells, and nothing dates the text itself.
  if (!latest || (after && latest < after)) return null;
  // "Rosa Kiel died on Sunday at 91. … On Oct. 2, 1996, she sang at the hall's opening": an
  // obituary, a profile, a retrospective recall the past, and were written after it, by how long
  // nothing says.
  if (latestStated && recallsLatest(text, leadOf(text, masked), stated, latestStated)) return null;
  const year = Number(latest.slice(0, 4));
  for (const month of pastMonths) {
    const end = endOfMonth(year, month);
    if (end > latest) latest = end;
  }
  // "died Thursday, December 11": a guess under which that day is no Thursday is a wrong guess.
  if (weekdayed.some((d) => !fitsWeekday(d, latest!))) return null;
  return { date: latest, confidence: "low" };
}

function granularityOf(m: Mention): StatedDate["granularity"] {
  const g = m.value?.type === "quantity" ? null : m.value?.granularity;
  return g === "day" || g === "month" || g === "year" ? g : "other";
}

/** A day the text names with its weekday and without a year ("Thursday, December 11"). */
interface WeekdayedDay {
  month: number;
  day: number;
  /** 0 = Sunday, as Date.getUTCDay. */
  weekday: number;
}

const WEEKDAY_OPENING = new RegExp(String.raw`^(${weekdayStems()})[a-z]*\.?,?\s`, "i");

function weekdayedDay(text: string, m: Mention): WeekdayedDay | null {
  const md = /^XXXX-(\d\d)-(\d\d)$/.exec(m.timex?.value ?? "");
  if (!md) return null;
  const opening = WEEKDAY_OPENING.exec(text.slice(m.offset, m.offset + m.length));
  if (!opening) return null;
  return { month: Number(md[1]), day: Number(md[2]), weekday: weekdayNumber(opening[1]!)! % 7 };
}

/**
 * Whether the day can fall on its weekday near `date`: in its last occurrence on or before that
 * date (news tells what has happened) or in its next one (a guess is a lower bound: the text may
 * tell a day after the latest date it states with a year).
 */
function fitsWeekday(d: WeekdayedDay, date: IsoDay): boolean {
  const year = Number(date.slice(0, 4));
  const limit = Date.parse(`${date}T00:00:00Z`);
  const on = (y: number): number => Date.UTC(y, d.month - 1, d.day);
  const past = on(year) <= limit ? on(year) : on(year - 1);
  const next = on(year) > limit ? on(year) : on(year + 1);
  return new Date(past).getUTCDay() === d.weekday || new Date(next).getUTCDay() === d.weekday;
}
