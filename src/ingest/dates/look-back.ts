/**
 * A look-back report: one whose lead tells its news by a day relative to the writing ("died
 * yesterday", "was sentenced on Saturday", "has died … died Thursday") and states no day or month
 * of its own, while its body recalls the past with explicit dates ("On Tuesday, Oct. 10, 1972, the
 * paper reported …", "in a memoir published in April 2006", "she joined the choir in March 1988").
 * An obituary, a profile, an anniversary piece, a retrospective, a sentencing that recalls the
 * crime: each is written after the dates its body recalls, and by how long nothing in it says. A
 * reader does not date such a report by the last date it recalls, and neither does inference: the
 * report stays undated and its "yesterday" unresolved rather than sent decades back.
 *
 * The lead is the title and the first sentences of the body (LEAD_SENTENCES). A lead that states a
 * day or a month ("Police said on Tuesday the Dec. 14 raid …", "The council voted on 14 May 2019")
 * dates its news itself and is no look-back report. Nor is a report whose latest date falls on a
 * weekday its lead names, in a sentence that names what the lead's sentence tells ("raided a
 * warehouse on Tuesday … the Dec. 14, 2010 raid", a Tuesday): the latest date is then the day of
 * its news.
 */
import { isMasked, type Range } from "../mask-ranges.js";
import { nearest, PAST, sentenceSides } from "../../values/temporal/grammar/tense.js";
import { WEEKDAYS_FROM_SUNDAY, weekdayWords } from "../../values/calendar-words.js";

/** How many sentences of the body (after a title line) tell its news. */
const LEAD_SENTENCES = 3;

/** A day told relative to the time of writing. */
const RELATIVE_DAY = /\b(?:yesterday|today|tonight|last night|(?:this|early|late) (?:morning|afternoon|evening))\b/i;
/** A weekday named as a day ("died Thursday", "on Saturday"). */
const WEEKDAY = new RegExp(String.raw`\b(${weekdayWords()})\b`, "g");
/** 0 = Sunday … 6 = Saturday, by the weekday's name in small letters. */
const WEEKDAY_INDEX: Readonly<Record<string, number>> = Object.fromEntries(WEEKDAYS_FROM_SUNDAY.map((w, i) => [w.toLowerCase(), i]));
/** A date's text that is a weekday alone, or "on" and a weekday. */
const WEEKDAY_TEXT = new RegExp(String.raw`^(?:on\s+)?(?:${weekdayWords()})\b`, "i");

/**
 * The ends of the first LEAD_SENTENCES sentences of the text. A sentence ends at ".", "!" or "?"
 * (and any closing quote) before a line break or a capital, unless a lone capital stands before it
 * ("W. Mark"): "Oct. 10", "12:45 p.m. at" go on; a line that ends without them (a title, a byline)
 * is no sentence of its own.
 */
function leadSentenceEnds(text: string, masked: readonly Range[]): number[] {
  const end = /(?<![\s.]\p{Lu})[.!?]["'”’)]*(?=[^\S\n]*(?:\n|$)|\s+["'“‘(]?\p{Lu})/gu;
  const ends: number[] = [];
  for (let m = end.exec(text); m && ends.length < LEAD_SENTENCES; m = end.exec(text)) {
    if (masked.length > 0 && isMasked(masked, m.index)) continue;
    ends.push(m.index + m[0].length);
  }
  if (ends.length < LEAD_SENTENCES) ends.push(text.length);
  return ends;
}

export interface Lead {
  /** Where the lead (the title and the first LEAD_SENTENCES sentences) ends in the text. */
  end: number;
  /** Where the lead's first sentence that tells a day relative to the writing ("died yesterday", "on Thursday") ends; null: none does. */
  news: number | null;
}

/** The lead of `text`, passing over masked spans (markup, an address line). */
export function leadOf(text: string, masked: readonly Range[] = []): Lead {
  const ends = leadSentenceEnds(text, masked);
  const end = ends[ends.length - 1]!;
  const lead = text.slice(0, end);
  const relative = [RELATIVE_DAY.exec(lead)?.index, new RegExp(WEEKDAY.source).exec(lead)?.index].filter((i): i is number => i !== undefined);
  if (relative.length === 0) return { end, news: null };
  const at = Math.min(...relative);
  return { end, news: ends.find((e) => e > at) ?? end };
}

/** A date the text states, as inference reads it. */
export interface StatedDate {
  /** The day it stands for ("" for a day or a month named without a year). */
  day: string;
  offset: number;
  length: number;
  granularity: "day" | "month" | "year" | "other";
}

/** Whether the sentence of [start, end) tells what happened in the past ("the paper reported", "she sang", "had been passed over"). */
export function toldInPast(text: string, start: number, end: number): boolean {
  const { left, right } = sentenceSides(text, start, end);
  return nearest(PAST, left, right) !== Number.POSITIVE_INFINITY;
}

/**
 * A day told with its weekday and its year ("On Tuesday, Oct. 10, 1972, Washington awoke to …"),
 * in a report whose lead has told its news by a relative day: a narrative of another day, not the
 * report dating its own news, which it has told as "yesterday" or "on Thursday".
 */
function narratedDay(text: string, d: StatedDate): boolean {
  return d.granularity === "day" && d.day !== "" && WEEKDAY_TEXT.test(text.slice(d.offset, d.offset + d.length));
}

/**
 * Whether the latest date a text states is history its body recalls, not the time of writing: the
 * lead tells its news by a relative day, and no day or month is stated up to the end of that
 * sentence, nor later in the lead but as a narrated day (`stated` holds the dates inference may
 * take, with the days and months named without a year); the latest date stands after that
 * sentence, told in the past tense or as a narrated day, and is not the day of the lead's news
 * (toldOfTheNews).
 */
export function recallsLatest(text: string, lead: Lead, stated: readonly StatedDate[], latest: StatedDate): boolean {
  const news = lead.news;
  if (news === null) return false;
  const dating = (d: StatedDate): boolean => (d.granularity === "day" || d.granularity === "month") && (d.offset < news || (d.offset < lead.end && !narratedDay(text, d)));
  if (stated.some(dating)) return false;
  if (latest.offset < news || !(toldInPast(text, latest.offset, latest.offset + latest.length) || narratedDay(text, latest))) return false;
  if (latest.granularity === "day" && toldOfTheNews(text, lead, latest)) return false;
  return true;
}

/** Words too common to tie two sentences to one happening. */
const COMMON = new Set(["said", "says", "told", "tell", "that", "this", "these", "those", "with", "from", "were", "have", "been", "which", "their", "them", "they", "when", "what", "after", "before", "about", "would", "could", "also", "into", "over", "more", "than", "other", "there", "where", "while", "reported", "according", "during", "just", "only", "some"]);

/** The stems (first four letters) of the words of a sentence that can name a happening: in lower case, four letters or more. */
function stems(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const [w] of sentence.matchAll(/(?<![\p{L}\d'’-])\p{Ll}{4,}/gu)) if (!COMMON.has(w)) out.add(w.slice(0, 4));
  return out;
}

/**
 * Whether the latest date is the day of the lead's news: it falls on a weekday a sentence of the
 * lead names, and its own sentence names what that one tells ("Police raided a warehouse on Tuesday
 * …" and "the Dec. 14, 2010 raid", a Tuesday).
 */
function toldOfTheNews(text: string, lead: Lead, latest: StatedDate): boolean {
  const weekday = new Date(`${latest.day}T00:00:00Z`).getUTCDay();
  const { left, right } = sentenceSides(text, latest.offset, latest.offset + latest.length);
  const own = stems(`${left} ${right}`);
  for (const m of text.slice(0, lead.end).matchAll(WEEKDAY)) {
    if (WEEKDAY_INDEX[m[1]!.toLowerCase()] !== weekday) continue;
    const { left: l, right: r } = sentenceSides(text, m.index, m.index + m[0].length);
    for (const stem of stems(`${l} ${r}`)) if (own.has(stem)) return true;
  }
  return false;
}
