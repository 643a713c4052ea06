/**
 * The day a report's lead gives its main happening, for the figures told after it. A market report
 * opens with the day it is about ("Stocks in Tessaly closed lower on Thursday, …"), and the
 * figures that follow ("The Orvik 30 lost 1.7%", "The Brask Composite fell 40 points") name no day
 * of their own: they are that day's, not the day of the report. Two such reports of one week, one
 * leading with Thursday and one with Monday, tell the moves of two days, which change-days.ts keeps
 * apart only when each figure's own sentence names its weekday.
 *
 * Read here, of the text (pipeline.ts keeps it with the document, group.ts learns it before
 * grouping):
 *   - the lead: the first sentence after the headline and any dateline (the first that ends with
 *     a stop and has MIN_WORDS words or more) and the one after it;
 *   - its day: a weekday (or "yesterday") told in a lead sentence with a verb of a change or a
 *     level ("fell", "rose", "closed up", "ended at"), read against the report's date as
 *     change-days.ts reads it (the latest such weekday on or before the report's day); within
 *     NEAR_WORDS words of the verb (the day of its clause, not of another verb's: "jurors
 *     yesterday watched a video of the moment she … fell"), not as a possessive ("Monday's
 *     fall"), not after a word that dates another happening ("after", "since", "next") nor after
 *     a verb of saying ("said on Tuesday that its sales rose": the day of the saying);
 *   - only one: every sentence of the report that tells a change or a level with a weekday or
 *     "yesterday" names that same day. A report that names two days for such happenings (a
 *     week's round-up: "fell on Monday … rose on Friday") gives none.
 *
 * The day is given to a figure of a change or a level (change-days.ts changeDay) told after the
 * headline, not attributed to a source, stating no period of its own, whose sentence names no
 * time of its own ("today", "last week", "since January", "this year", a month, a year, "three
 * days in a row"); its sentence names no weekday (which change-days.ts reads first).
 */
import type { Claim, IsoDay } from "../types.js";
import { splitLine } from "../extract/sentences.js";
import { dayNumber, isoDay, weekdayOnOrBefore } from "../values/intervals.js";
import { WEEKDAYS_FROM_SUNDAY, monthWords, weekdayWords } from "../values/calendar-words.js";

/** The day a report's lead gives, and where its lead opens (offset into the text). */
export interface LeadDay {
  day: IsoDay;
  from: number;
}

/** The least number of words of a lead sentence: a headline or a dateline is shorter or has no stop. */
const MIN_WORDS = 6;

/** Lines read at most to find the lead. */
const MAX_LINES = 12;

/** The weekdays in small letters, Sunday first (as `Date.getUTCDay` counts). */
const WEEKDAYS: readonly string[] = WEEKDAYS_FROM_SUNDAY.map((w) => w.toLowerCase());

/** A weekday or "yesterday" as a word of its own, with a possessive after it. */
const DAY_WORD = new RegExp(String.raw`\b(${weekdayWords()}|yesterday)\b(['’]s)?`, "giu");

/** Words before a day that make it the day of something else, or a day to come (as change-days.ts). */
const OTHER_DAY = /\b(?:after|since|before|following|until|till|from|next)\b[^,;]{0,30}$/iu;

/** A verb of saying just before a day: the day of the saying ("said on Tuesday that its sales rose 43%"), not of the change. */
const SAID_ON = /\b(?:said|says|announced|announces|reported|reports|told|stated|added|disclosed|revealed|confirmed|warned)\s+(?:on\s+)?$/iu;

/**
 * Verbs of a change or a level: a rise or a fall, or where a level closed or ended ("closed down",
 * "ended at", "finished higher"); a loss or a gain only of ground, value or a figure ("lost 2%",
 * not "lost a vote").
 */
const CHANGE_VERB =
  /\b(?:fell|fallen|fall(?:s|ing)?|dropp(?:ed|ing)|drops?|rose|risen|ris(?:es|ing)|gains|(?:gain(?:ed|ing)?|lost|los(?:es|ing))\s+(?:\S+\s+){0,3}?(?:ground|value|points?|\d[\d.,]*%?)|sli(?:d|des|ding)|slipp(?:ed|ing)|shed|plung(?:ed|es|ing)|plummet(?:ed|s|ing)|tumbl(?:ed|es|ing)|sank|sunk|sinks?|surg(?:ed|es|ing)|soar(?:ed|s|ing)|climb(?:ed|s|ing)|jump(?:ed|s|ing)|rall(?:ied|ies|ying)|rebound(?:ed|s|ing)|declin(?:ed|es|ing)|slump(?:ed|s|ing)|(?:clos|end|finish)(?:ed|es|ing|s)?\s+(?:\S+\s+){0,2}?(?:at|up|down|higher|lower|flat|unchanged))\b/iu;

/** CHANGE_VERB, for every place it stands in a sentence. */
const CHANGE_VERBS = new RegExp(CHANGE_VERB.source, "giu");

/** How many words at most stand between a verb of a change and the day it is told of ("closed at their lowest levels in over a decade on Monday"). */
const NEAR_WORDS = 12;

/** Words between two places of a sentence, in either order. */
function wordsBetween(sentence: string, a: number, b: number): number {
  return sentence.slice(Math.min(a, b), Math.max(a, b)).split(/\s+/u).length - 1;
}

/** A stop that ends a sentence, with closing quotes or brackets. */
const STOPPED = /[.!?]["'”’)\]]*$/u;

/** The lead's sentences (see the header): the first that reads as a sentence and the next one. */
function leadSentences(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let start = 0;
  for (let lines = 0; lines < MAX_LINES && start <= text.length; lines++) {
    const m = lineBreak.exec(text);
    const end = m ? m.index : text.length;
    // (the line is read only up to the lead's second sentence: a line may be a whole document)
    let read = 0;
    const take = (got: readonly { start: number; text: string }[]): boolean => {
      for (; read < got.length && out.length < 2; read++) {
        const s = got[read]!;
        if (out.length === 0 && (!STOPPED.test(s.text) || s.text.split(/\s+/u).length < MIN_WORDS)) continue;
        out.push({ start: s.start, text: s.text });
      }
      return out.length === 2;
    };
    splitLine(text, start, end, [], take);
    if (out.length === 2) return out;
    if (!m) break;
    start = m.index + m[0].length;
  }
  return out;
}

/** The days (day numbers) a sentence of a change or a level names by a weekday or "yesterday", read against the report's day. */
function changeDaysNamed(sentence: string, report: IsoDay): number[] {
  if (!CHANGE_VERB.test(sentence)) return [];
  const verbs = [...sentence.matchAll(CHANGE_VERBS)].map((m) => m.index);
  const out: number[] = [];
  for (const m of sentence.matchAll(DAY_WORD)) {
    const before = sentence.slice(0, m.index);
    if (m[2] !== undefined || OTHER_DAY.test(before) || SAID_ON.test(before)) continue;
    // (the day of the change's own clause: "jurors yesterday watched a video of the moment she … fell" dates the watching)
    if (!verbs.some((at) => wordsBetween(sentence, at, m.index) <= NEAR_WORDS)) continue;
    const word = m[1]!.toLowerCase();
    if (word === "yesterday") out.push(dayNumber(report) - 1);
    else out.push(weekdayOnOrBefore(report, WEEKDAYS.indexOf(word)));
  }
  return out;
}

/** A line that may tell a change on a day: one that names a weekday or "yesterday". */
const NAMES_A_DAY = new RegExp(String.raw`\b(?:${weekdayWords()}|yesterday)\b`, "iu");

/** The day a report's lead gives its main happening (see the header); null when it gives none or more than one. */
export function leadDayOf(text: string, report: IsoDay | null): LeadDay | null {
  if (report === null) return null;
  const lead = leadSentences(text);
  const days = new Set(lead.flatMap((s) => changeDaysNamed(s.text, report)));
  if (days.size !== 1) return null;
  // every sentence of the report that tells a change on a named day names that day
  const lineBreak = /\r\n|\r|\n/g;
  for (let start = 0; start <= text.length; ) {
    const m = lineBreak.exec(text);
    const end = m ? m.index : text.length;
    if (NAMES_A_DAY.test(text.slice(start, end))) for (const s of splitLine(text, start, end)) for (const d of changeDaysNamed(s.text, report)) days.add(d);
    if (!m) break;
    start = m.index + m[0].length;
  }
  if (days.size !== 1) return null;
  return { day: isoDay([...days][0]!), from: lead[0]!.start };
}

/**
 * Words by which a figure's sentence tells a time of its own, other than its report's lead day: the
 * day of writing, another day, a span, a month or a year, a run of days. The calendar's names are
 * read as written (OWN_NAME), not in small letters: "may" is a modal, "march" a verb.
 */
const OWN_TIME =
  new RegExp(
    String.raw`\b(?:today|tonight|yesterday|currently|now|this (?:morning|afternoon|evening)|last|since|ago|earlier|previous|prior|so far|to date|year-to-date|week|weeks|month|months|year|years|quarter|decade|session|sessions|streak|straight|consecutive|in a row|1[89]\d\d|20\d\d)\b`,
    "iu",
  );
/** A month or a weekday named, capitalized or in a headline's capitals ("March", "MONDAY"). */
const OWN_NAME = new RegExp(String.raw`\b(?:${monthWords({ capitals: true })}|${weekdayWords({ capitals: true })})\b`, "u");

/** The lead day of each document, learnt before grouping (learnLeadDays). */
const leadOfDocument = new Map<string, LeadDay>();

/** Learns the lead day of each document that has one (see the header); forgets those of an earlier scan. */
export function learnLeadDays(documents: readonly { path: string; leadDay?: LeadDay }[]): void {
  leadOfDocument.clear();
  for (const d of documents) if (d.leadDay) leadOfDocument.set(d.path, d.leadDay);
}

/**
 * The day its report's lead gives a figure (day number), when the figure is told after the
 * headline, not attributed, states no period and its sentence names no time of its own (see the
 * header); null otherwise. Whether it is a figure of a change or a level is asked by the caller.
 */
export function dayFromLead(c: Claim): number | null {
  const lead = leadOfDocument.get(c.document);
  if (!lead || c.offset < lead.from || c.claimFrame?.attribution) return null;
  if (c.frame && !c.frameImplied) return null;
  return OWN_TIME.test(c.sentence) || OWN_NAME.test(c.sentence) ? null : dayNumber(lead.day);
}
