/**
 * What the top of a document says about itself: its address line, its publication and update
 * lines, its dateline. Owns reading those lines (the first HEADER_LINES lines with text) and the
 * spans they cover, which ingest masks: a dateline or a publication stamp is document metadata,
 * never a claim ("KABUL, 2 September 2025 — Pakistan recognized … in 1997" gives 1997 for the
 * recognition and nothing for 2 September 2025). Which date wins over front matter, a manifest or
 * the file path is document-date.ts's decision.
 *
 *   http: / / www. x. com / 2013 / may / 03 / story      address line: date 2013-05-03, masked
 *   Published: May 3, 2013 4:59 PM EDT                    publication line: masked
 *   Updated 05 / 04 / 2013 at 11:00 AM                    update line: masked, used only without a publication line
 *   KABUL, 2 September 2025 — Pakistan recognized …       dateline: "KABUL, 2 September 2025 —" masked
 *   27 / 09 / 2013-Turkmenistan to hold elections         a date glued to the headline: the date and dash masked
 *
 * A line is read as metadata when, beside its dates, it holds little but times, time zones,
 * weekdays, a few names (a place, an agency, a byline) and words such as "Published", "Posted",
 * "Updated", "on", "at"; not a table row, nor the signature of a quoted post ("— Name (@handle)
 * May 30, 2025"). Lines are read up to MAX_LINE characters, so the cost is bounded.
 */
import type { DateConfidence, IsoDay } from "../../types.js";
import type { Range } from "../mask-ranges.js";
import { countryOrder, nameOrder, numericOrder, type Order, type OrderHints, readNumeric, weekdayOf } from "./numeric-order.js";
import { hostOf, isUrlLine, type UrlDate, urlDate } from "./url-date.js";
import { isoDay, validDay, type WrittenDate, writtenDates } from "./written-dates.js";
import { weekdayWords } from "../../values/calendar-words.js";
import { weekdayNumber } from "../../values/temporal/lexicon.js";

/** How many lines with text the top of a document is. */
export const HEADER_LINES = 8;
/** How far into the text (after front matter) the top reaches at most. */
const HEADER_CHARS = 4000;
/** Longer lines are prose: only their start can hold a dateline. */
const MAX_LINE = 400;

export interface HeaderDate {
  date: IsoDay;
  source: "dateline" | "url";
  confidence: DateConfidence;
  /** For an address that names a month but no day: the last day of that month (see SourceDocument.dateUntil). */
  until?: IsoDay;
}

export interface HeaderReading {
  /** The date the top of the document states, or null. */
  stated: HeaderDate | null;
  /** Spans of metadata to mask: address lines, publication lines, the dateline. */
  masks: Range[];
  /**
   * When the top dates the document by a month and a day but no year can be found for them
   * ("APR 28", "Dec. 24 4:33 AM EST" with no year in the address nor in the text), that month and
   * day: the year may follow from the story's other documents (group/story-years.ts).
   */
  yearless?: { month: number; day: number };
}

type Kind = "publication" | "plain" | "update" | "access";

interface Candidate {
  kind: Kind;
  date: WrittenDate;
  /** The line's weekdays, for numeric dates. */
  weekdays: number[];
  /** The line stamps a time in the evening ("9:00 PM PDT"): see editionOf. */
  evening?: true;
}

/** A time of 6 p.m. or later on a line: "9:00 PM PDT", "21:15", "11 p. m."; not "9:00 AM", "4:12 PM", "14:30". */
export function stampsEvening(line: string): boolean {
  for (const m of line.matchAll(CLOCK)) {
    const hour = Number(m[1]);
    if (m[2] !== undefined ? /^p/i.test(m[2]) && hour >= 6 && hour <= 11 : hour >= 18 && hour <= 23) return true;
  }
  return false;
}
/** An hour with a.m./p.m. (group 2: a or p), or an hour and minutes of a 24-hour clock. */
const CLOCK = /\b(\d{1,2})(?:(?:[:.]\d{2})?[ \t]*([ap])\.?[ \t]?m\b\.?|[:.]\d{2}(?![:.]?\d))/gi;

const TIME = /\b\d{1,2}(?:[:.]\d{2}){1,2}(?:[ \t]*(?:[ap]\.?[ \t]?m\b\.?|[ap](?![a-z])))?|\b\d{1,2}[ \t]*[ap]\.?[ \t]?m\b\.?|\b\d{4}[ \t]*(?=GMT|UTC|hrs)/gi;
const ZONE =
  /\(?\b(?:GMT|UTC)(?:[ \t]*[+-][ \t]*\d{1,2}(?::?\d{1,2})?)?\)?|\b(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|AKDT|HST|BST|IST|CET|CEST|EET|EEST|WET|WEST|AEST|AEDT|ACST|AWST|NZST|NZDT|JST|KST|HKT|SGT|PKT|MSK|UK|hrs|hr)\b/g;
const WEEKDAY = new RegExp(String.raw`\b(${weekdayWords({ forms: "both" })})\b\.?`, "gi");
const LEAD =
  /\b(?:first|last|originally|published|posted|updated?|edited|modified|revised|created|story|release[ds]?|filed|found|issued|written|date[ds]?|time|article|downloaded|accessed|retrieved|on|at|by|in|of|and|the|from|news|staff)\b/gi;
const UPDATE = /\b(?:updated?|edited|modified|revised)\b/i;
/** A weekday (and its comma) right before a stamp's date: "Friday, " in "on Friday, September 20, 2013". */
const STAMP_WEEKDAY = new RegExp(String.raw`\b(?:${weekdayWords()}),?[\s\u00a0]+$`, "i");
const PUBLICATION = /\b(?:published|posted|created|released?|release|filed|issued|written|dated?|on)\b/i;
const ACCESS = /\b(?:downloaded|accessed|retrieved|printed|viewed)\b/i;
const LEAD_KIND = /\b(?:updated?|edited|modified|revised|published|posted|created|released?|release|filed|issued|written|dated?|on|downloaded|accessed|retrieved|printed|viewed)\b/gi;

/** A run of capitalized names before a dateline's date: "KABUL,", "WASHINGTON, DC,", "NEW YORK (Reuters) -". */
const PLACE = /^(?:[A-Z][\w.'’&-]*(?:[ \t,]+|$)){1,5}(?:\([^()]{1,40}\)[ \t,]*)?(?:[\-—–][ \t]*)?$/;
const AFTER_DATE = new RegExp(`^[ \\t,]*(?:(?:at[ \\t]+)?(?:${TIME.source}))?[ \\t]*(?:${ZONE.source})?[ \\t]*\\)?`, "i");

/**
 * A stamp of how long ago a page was posted: "3 days ago", "1 year, 160 days ago", "an hour ago".
 * On a line of the top with nothing but a stamp's lead words beside it ("Posted 1 year, 160 days
 * ago", "Updated 2 hours ago [downloaded on 2 October 2013]") it is metadata, as a date there is:
 * not a length of time the story tells. Must match those; must not match a sentence that tells
 * one ("The mill closed 3 years ago.").
 */
const AGO_UNIT = String.raw`(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a[ \t]+few|several)[ \t]+(?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)`;
const AGO = new RegExp(String.raw`\b${AGO_UNIT}(?:[ \t]*,?[ \t]*(?:and[ \t]+)?${AGO_UNIT})*[ \t]+ago\b`, "gi");

/** Whether a line of the top is an "ago" stamp and lead words only: "Posted 3 days ago", "Updated an hour ago". */
export function isAgoStamp(line: string): boolean {
  if (line.match(AGO) === null) return false;
  return /^[\s:|,()[\]\-—–]*$/.test(blank(blank(line, AGO), LEAD_KIND));
}

function blank(s: string, re: RegExp): string {
  return s.replace(re, (m) => " ".repeat(m.length));
}

/** What the line holds besides dates, times, zones, weekdays and lead words. */
function leftover(line: string, dates: readonly WrittenDate[]): { words: string[]; numbers: number; rest: string } {
  let rest = line;
  for (const d of dates) rest = rest.slice(0, d.start) + " ".repeat(d.end - d.start) + rest.slice(d.end);
  rest = blank(blank(blank(blank(rest, AGO), TIME), ZONE), WEEKDAY);
  const words = blank(rest, LEAD).match(/[A-Za-z][A-Za-z'’.&-]*[A-Za-z]/g) ?? [];
  return { words, numbers: (rest.match(/\d+/g) ?? []).length, rest };
}

/**
 * Whether a line with dates is a publication line or dateline: beside them a few names at most
 * (a place, an agency, a byline: capitalized words, no lower-case word of a sentence), one stray
 * number at most, no full stop after them, and not a row of a table. "Dar visited Kabul on 19th
 * April 2025." is a sentence; "Mumbai, Nov 11 -" and "TNN Nov 12, 2011, 05.51AM IST MUMBAI:" are datelines.
 */
function isMetadataLine(line: string, dates: readonly WrittenDate[]): boolean {
  if ((line.match(/\|/g)?.length ?? 0) > 2 || /\S\t+\S/.test(line)) return false;
  if (fieldOfARecord(line.slice(0, dates[0]!.start))) return false;
  // "— Ishaq Dar (@MIshaqDar50) May 30, 2025": the signature of a quoted post, dated when it was posted.
  if (/^\s*[—–-]+\s*[A-Z]/.test(line) || /@[A-Za-z_]/.test(line)) return false;
  const { words, numbers, rest } = leftover(line, dates);
  if (numbers > 1 || words.some((w) => /^[a-z]/.test(w)) || (words.length > 0 && /\.[\s\])]*$/.test(rest))) return false;
  const leads = line.match(LEAD_KIND)?.length ?? 0;
  return words.length <= 3 || (leads > 0 && words.length <= 4);
}

/** Words of a stamp's label: "Published", "Last updated on", "Story created", "Date", "Release". */
const STAMP_WORD =
  /^(?:published|posted|updated?|edited|modified|revised|created|story|release[ds]?|filed|issued|written|date[ds]?|time|article|downloaded|accessed|retrieved|printed|viewed|on|news|staff)$/i;
/** A label and its colon right before a line's first date: "End of Watch:", "Born on:". */
const LABEL = new RegExp(String.raw`^[ \t]*([A-Z][A-Za-z'’]*(?:[ \t]+[A-Za-z][A-Za-z'’]*){1,4})[ \t]*:[ \t]*(?:(?:${weekdayWords()}),?[ \t]*)?$`);

/**
 * One word of a birth or a death before a line's first date, with its colon or "on"/"in": "Born:",
 * "Died on", "DIED:". It opens a field of a record about a person's life ("Born: 3 March 1961"), not
 * the page's stamp nor a dateline's place, although it is one word ("Mumbai:" is a place).
 */
const LIFE_FIELD = new RegExp(String.raw`^[ \t]*(?:[Bb]orn|[Dd]ied|BORN|DIED)(?:[ \t]*:|[ \t]+(?:on|in)[ \t]*:?)[ \t]*(?:(?:${weekdayWords()}),?[ \t]*)?$`);

/**
 * Whether the text before a line's first date is the label of a field of a record, not of the
 * page's stamp: two words or more, not in capitals, none a word of a stamp ("End of Watch: Friday,
 * June 24, 2005", "Date of Birth: …" has "date" and stays a stamp, as its label may be the page's).
 * The date is what the record tells (a death, a hiring), and the line is text, not metadata.
 * Must be a field: "End of Watch:", "Year of Service Began:". Must not: "Published:", "Last updated
 * on:", "Story Created:", "POSTED:", "NEW DELHI:" (capitals: a place), "Mumbai:" (one word: a place).
 */
export function fieldOfARecord(prefix: string): boolean {
  if (LIFE_FIELD.test(prefix)) return true;
  const m = LABEL.exec(prefix);
  if (!m) return false;
  const label = m[1]!;
  if (!/[a-z]/.test(label)) return false;
  return !label.split(/[ \t]+/).some((w) => STAMP_WORD.test(w));
}

/**
 * A line of the top that holds one clock time and nothing but a stamp's lead word or a time zone
 * beside it: "Updated 4:08 p. m. ET", "Posted at 10:15 AM EDT", "Last updated: 09:30 GMT". Not a
 * clock time alone ("4:08 p. m." may open the story), nor a line with a word of a sentence ("Doors
 * open at 7:30 p.m. ET").
 */
function isClockStamp(line: string): boolean {
  if ((line.match(TIME)?.length ?? 0) !== 1) return false;
  const lead = line.match(LEAD_KIND) !== null || /\blast[ \t]+updated?\b/i.test(line);
  const zone = line.match(ZONE) !== null;
  if (!lead && !zone) return false;
  const rest = blank(blank(blank(line, TIME), ZONE), /\b(?:last|first|updated?|edited|modified|revised|published|posted|at)\b/gi);
  return /^[\s:|,()\-—–]*$/.test(rest);
}

function weekdaysOn(line: string): number[] {
  const days: number[] = [];
  for (const m of line.matchAll(WEEKDAY)) {
    const n = weekdayNumber(m[1]!);
    // "Sun" and "Sat" alone are too often something else; "Sun," and "Sat." before a date are weekdays.
    if (n !== null) days.push(n);
  }
  return days;
}

/** The kind of the nearest lead word before a date, between the previous date and it. */
function kindBefore(segment: string): Kind {
  let last: string | null = null;
  // ("downloaded on": the access's "on", not a publication's)
  for (const m of segment.matchAll(LEAD_KIND)) if (!(/^on$/i.test(m[0]) && last !== null && ACCESS.test(last))) last = m[0];
  if (!last) return "plain";
  if (ACCESS.test(last)) return "access";
  if (UPDATE.test(last)) return "update";
  return PUBLICATION.test(last) ? "publication" : "plain";
}

/** A line of the top with the markup of Markdown (#, >, list marks, emphasis) and masked spans blanked. */
function visibleLine(text: string, start: number, end: number, masked: readonly Range[], from: number): string {
  let line = text.slice(start, Math.min(end, start + MAX_LINE));
  for (let i = from; i < masked.length; i++) {
    const [s, e] = masked[i]!;
    if (s >= start + line.length) break;
    if (e <= start) continue;
    const a = Math.max(0, s - start);
    const b = Math.min(line.length, e - start);
    line = line.slice(0, a) + " ".repeat(b - a) + line.slice(b);
  }
  return line.replace(/^[ \t]*(?:#{1,6}|>|[*+-](?=[ \t]))/, (m) => " ".repeat(m.length)).replace(/[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}/g, (m) => " ".repeat(m.length));
}

interface TopLine {
  start: number;
  text: string;
}

/** The first HEADER_LINES lines with visible text, from `from` on. */
function topLines(text: string, masked: readonly Range[], from: number): TopLine[] {
  const lines: TopLine[] = [];
  let at = from;
  let maskIndex = 0;
  const limit = Math.min(text.length, from + HEADER_CHARS);
  while (at < limit && lines.length < HEADER_LINES) {
    let end = text.indexOf("\n", at);
    if (end === -1) end = text.length;
    const lineEnd = end > at && text[end - 1] === "\r" ? end - 1 : end;
    while (maskIndex < masked.length && masked[maskIndex]![1] <= at) maskIndex++;
    const visible = visibleLine(text, at, lineEnd, masked, maskIndex);
    if (visible.trim() !== "") lines.push({ start: at, text: visible });
    at = end + 1;
  }
  return lines;
}

/** The date and dash of a dateline that opens a line, as [0, end) of the line; null if the line opens with none. */
function datelineEnd(line: string, date: WrittenDate): number | null {
  const prefix = line.slice(0, date.start);
  const trimmed = prefix.trim();
  const parenthesized = trimmed === "(";
  if (trimmed !== "" && !parenthesized && !PLACE.test(trimmed)) return null;
  const after = AFTER_DATE.exec(line.slice(date.end))?.[0] ?? "";
  const rest = line.slice(date.end + after.length);
  const dash = /^[ \t]*(?:[-—–]+|:(?!\d))[ \t]*/.exec(rest);
  if (!dash || rest.slice(dash[0].length).trim() === "") return null;
  // a dash glued to a day and a number is a span of days, no dateline's dash: "On October 1-2 the
  // town hosts a fair", "From 3–5 May …" (a dateline's dash stands before words: "Mumbai, Nov 11 -")
  if (/^[-—–]\d/.test(rest)) return null;
  // Without a place, only a date glued to its dash ("2013-Turkmenistan") or in parentheses opens a
  // dateline: "March 14, 2019 – The council votes" is as likely an entry of a timeline.
  if (trimmed === "" && !/^[-—–]/.test(line.slice(date.end))) return null;
  return date.end + after.length + dash[0].length;
}

/** Whether a date ends an all-capitals line, glued to the headline before it ("… SAYSSEPTEMBER 19, 2013"). */
function gluedToCapitals(line: string, date: WrittenDate): boolean {
  const before = line.slice(0, date.start);
  const after = line.slice(date.end).replace(AFTER_DATE, "").trim();
  return after === "" && /[A-Z]$/.test(before) && !/[a-z]/.test(before);
}

export interface HeaderOptions {
  /**
   * The date inferred from the text's own dates (inferred-date.ts), asked only when the top needs
   * it: for the year of a dateline that gives none ("APR 28"), and for the day of an address that
   * names a month only.
   */
  inferred?: () => IsoDay | null;
  /**
   * Whether that date's year is only a bound: the text was written in or after it (it tells that
   * year in the past tense, "In 2031 the two men met in Oslo"), not necessarily in it.
   */
  inferredIsBound?: () => boolean;
  /**
   * The year of a dateline that gives none, when the documents of its story tell it (a second
   * reading: group/story-years.ts): taken after the address's year, before the text's own dates.
   */
  year?: number;
}

/** Reads the top of `text` (from `from`, past any front matter), skipping `masked` spans. */
export function readHeader(text: string, masked: readonly Range[], from = 0, options: HeaderOptions = {}): HeaderReading {
  const masks: Range[] = [];
  const candidates: Candidate[] = [];
  let url: UrlDate | null = null;
  let host: string | null = null;
  let datelineSeen = false;
  const numeric: WrittenDate[] = [];
  for (const line of topLines(text, masked, from)) {
    const end = line.start + line.text.length;
    if (isUrlLine(line.text)) {
      masks.push([line.start, end]);
      url ??= urlDate(line.text);
      host ??= hostOf(line.text);
      continue;
    }
    const dates = writtenDates(line.text);
    if (dates.length === 0) {
      // "Updated 4:08 p. m. ET": a stamp of a clock time alone, under a dated line: metadata too
      if (isClockStamp(line.text) || isAgoStamp(line.text)) masks.push([line.start, end]);
      continue;
    }
    for (const d of dates) if (d.written) numeric.push(d);
    const weekdays = weekdaysOn(line.text);
    if (isMetadataLine(line.text, dates)) {
      // A publication or dateline line: every date on it is metadata.
      masks.push([line.start, end]);
      let previous = 0;
      const evening = stampsEvening(line.text) ? ({ evening: true } as const) : {};
      for (const d of dates) {
        candidates.push({ kind: kindBefore(line.text.slice(previous, d.start)), date: d, weekdays, ...evening });
        previous = d.end;
      }
      continue;
    }
    const first = dates[0]!;
    const opening = datelineSeen ? null : datelineEnd(line.text, first);
    if (opening !== null) {
      datelineSeen = true;
      masks.push([line.start, line.start + opening]);
      // Only the dateline's own weekday counts: "… — The ministers met on Tuesday" is the story's.
      candidates.push({ kind: "plain", date: first, weekdays: weekdaysOn(line.text.slice(0, opening)) });
      continue;
    }
    const last = dates[dates.length - 1]!;
    if (gluedToCapitals(line.text, last)) {
      masks.push([line.start + last.start, line.start + last.end]);
      candidates.push({ kind: "plain", date: last, weekdays: [] });
      continue;
    }
    // "… posted in Accidents on Friday, September 20, 2013.": a stamp that ends a longer line.
    const tail = line.text.slice(last.end).replace(AFTER_DATE, "").trim();
    if (/^[.)]?$/.test(tail) && /\b(?:posted|published|updated)\b[^.!?]{0,120}\bon\b[^.!?]{0,20}$/i.test(line.text.slice(0, last.start))) {
      // with the weekday the stamp gives before its date ("on Friday, September 20, 2013")
      const weekday = STAMP_WEEKDAY.exec(line.text.slice(Math.max(0, last.start - 12), last.start));
      masks.push([line.start + last.start - (weekday ? weekday[0].length : 0), line.start + last.end]);
      candidates.push({ kind: kindBefore(line.text.slice(0, last.start)), date: last, weekdays: weekdaysOn(line.text.slice(Math.max(0, last.start - 12))) });
    }
  }
  let inferred: IsoDay | null | undefined;
  const hint = (): IsoDay | null => (inferred === undefined ? (inferred = options.inferred?.() ?? null) : inferred);
  const stated = choose(candidates, { url, host, numeric, text, from, inferred: hint, bound: () => options.inferredIsBound?.() ?? false, year: options.year ?? null });
  // (a month named in words: a numeric "05 / 02" without a year may be read two ways)
  const undated = stated ? undefined : candidates.find((c) => c.kind !== "update" && c.date.year === null && c.date.form === "name" && validDay(2000, c.date.month, c.date.day));
  return { stated, masks, ...(undated ? { yearless: { month: undated.date.month, day: undated.date.day } } : {}) };
}

interface ChoiceContext {
  url: UrlDate | null;
  host: string | null;
  numeric: readonly WrittenDate[];
  text: string;
  from: number;
  inferred: () => IsoDay | null;
  bound: () => boolean;
  /** The year the story tells (HeaderOptions.year), or null. */
  year: number | null;
}

/** Publication before plain dates before update stamps, each kind in text order; else the address. */
function choose(candidates: readonly Candidate[], ctx: ChoiceContext): HeaderDate | null {
  const order: Kind[] = ["publication", "plain", "update"];
  let names: Order | null | undefined;
  for (const kind of order) {
    for (const c of candidates) {
      if (c.kind !== kind) continue;
      names ??= textNameOrder(ctx.text, ctx.from);
      const dated = resolve(c, ctx, names);
      if (dated && kind !== "update" && c.evening) {
        const edition = editionOf(dated.date, ctx.url);
        if (edition) return edition;
      }
      if (dated) return kind === "update" && dated.confidence === "high" ? { ...dated, confidence: "medium" } : dated;
    }
  }
  const url = ctx.url;
  if (!url || url.month === null) return null;
  if (url.day !== null) return { date: isoDay(url.year, url.month, url.day), source: "url", confidence: url.short ? "medium" : "high" };
  // An address that names a month: the day the text's own dates point to in that month, else its
  // first; either way the document may date from any later day of the month.
  const month = isoDay(url.year, url.month, 1).slice(0, 7);
  const inferred = ctx.inferred();
  const until = isoDay(url.year, url.month, new Date(Date.UTC(url.year, url.month, 0)).getUTCDate());
  const date = inferred?.startsWith(month) ? inferred : `${month}-01`;
  return { date, source: "url", confidence: "medium", ...(date < until ? { until } : {}) };
}

/**
 * A page posted in the evening before the day of the edition its address names ("POSTED: 04 / 09 /
 * 11, 8:30 PM EDT" under an address ending "/ 20110410 / …"): the page is that edition's, and
 * tells its events as of that day ("the board voted Sunday" on 10 April means 10 April, not the 3rd).
 * The address's day when it is the day after `posted`, else null. Not for a page posted in the
 * morning or afternoon, nor one whose line gives no time (a later copy may carry a later address):
 * then the posting line's day stands.
 */
function editionOf(posted: IsoDay, url: UrlDate | null): HeaderDate | null {
  if (!url || url.month === null || url.day === null || !validDay(url.year, url.month, url.day)) return null;
  const next = new Date(Date.UTC(Number(posted.slice(0, 4)), Number(posted.slice(5, 7)) - 1, Number(posted.slice(8, 10)) + 1));
  const edition = isoDay(url.year, url.month, url.day);
  if (edition !== isoDay(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate())) return null;
  return { date: edition, source: "url", confidence: url.short ? "medium" : "high" };
}

/** A candidate's day: its year found if it gives none, its order settled if it is numeric. */
function resolve(c: Candidate, ctx: ChoiceContext, names: Order | null): HeaderDate | null {
  const d = c.date;
  let confidence: DateConfidence = "high";
  let year = d.year;
  if (year === null) {
    const inferred = ctx.url || ctx.year !== null ? null : ctx.inferred();
    year = ctx.url?.year ?? ctx.year ?? (inferred ? Number(inferred.slice(0, 4)) : null);
    if (year === null) return null;
    confidence = "medium";
    if (!ctx.url && ctx.year === null && !d.swapped && ctx.bound()) year = yearOfStoryWeekday(year, d.month, d.day, ctx);
  }
  let { month, day } = d;
  if (d.swapped) {
    const hints: OrderHints = { weekdays: c.weekdays, url: ctx.url, numeric: numericOrder(ctx.numeric), names, country: countryOrder(ctx.host) };
    const reading = readNumeric({ ...d, year }, hints);
    ({ month, day } = reading);
    if (!reading.sure) confidence = "medium";
  }
  if (!validDay(year, month, day)) return null;
  // A weekday on the line that the date contradicts leaves the date in doubt.
  if (c.weekdays.length > 0 && !c.weekdays.includes(weekdayOf(year, month, day))) confidence = "medium";
  return { date: isoDay(year, month, day), source: "dateline", confidence };
}

/** How many years after a bound a dateline's year is looked for. */
const BOUND_YEARS = 12;

/**
 * The year of a dateline that gives none ("Jul. 7"), when the text's own dates give only a year
 * it was written in or after ("In 2031 the two men first met …"): as a reader takes it, the first
 * year from that one on in which the day falls on the weekday the report tells its event on, or
 * the day after it ("stopped his rival Saturday night", dated the Saturday or the Sunday). The
 * bound itself when the report names no weekday, or no year fits.
 */
function yearOfStoryWeekday(bound: number, month: number, day: number, ctx: ChoiceContext): number {
  const told = weekdaysOn(ctx.text.slice(ctx.from, ctx.from + STORY_OPENING))[0];
  if (told === undefined) return bound;
  const next = (told % 7) + 1;
  for (let y = bound; y <= bound + BOUND_YEARS; y++) {
    if (!validDay(y, month, day)) continue;
    const w = weekdayOf(y, month, day);
    if (w === told || w === next) return y;
  }
  return bound;
}

/** Where a report tells the weekday of its event: its first lines. */
const STORY_OPENING = 1500;

/** How the text writes its dates with month names (the first 64 KB are plenty to tell). */
function textNameOrder(text: string, from: number): Order | null {
  let dayFirst = 0;
  let monthFirst = 0;
  const sample = text.slice(from, from + 65_536);
  for (const line of sample.split("\n")) {
    if (!/\d/.test(line)) continue;
    for (const d of writtenDates(line.slice(0, 2000))) {
      if (d.nameOrder === "day-first") dayFirst++;
      else if (d.nameOrder === "month-first") monthFirst++;
    }
  }
  return nameOrder(dayFirst, monthFirst);
}
