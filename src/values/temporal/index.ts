/**
 * The temporal half of the value layer: every date, range, time, duration and recurrence in a
 * text, with its interval and TIMEX3 attributes.
 *
 * How it runs (fast on long texts): one global regex finds the anchors (anchors.ts) — digits,
 * month and weekday names, and the few words a temporal expression can start with ("late",
 * "from", "last", "every" …). At each anchor the grammar rules run as sticky regexes; the
 * longest expression wins and scanning resumes after it. No regex is tried at every position.
 */
import type { Mention, MentionOptions } from "../../types.js";
import { anchorOffsets } from "./anchors.js";
import { AFTER_NUMBER, type AfterNumberPart, mayStartAtNumber } from "./grammar/after-number.js";
import { AFTER_THE, mayStartAt } from "./grammar/after-the.js";
import { compareYmd, parseIso, type Ymd } from "./calendar.js";
import { dayThenClock, labelsEvent, parseClock } from "./grammar/clock.js";
import { parseDate } from "./grammar/date.js";
import { parseDuration, parseSet } from "./grammar/duration.js";
import { type GrammarContext, type Hit, before } from "./grammar/hit.js";
import { parseRange } from "./grammar/range.js";
import { parseAnaphoric } from "./grammar/anaphoric.js";
import { parseRelative } from "./grammar/relative.js";
import { parseRelativePart } from "./grammar/relative-part.js";
import { toMention } from "./mention.js";
import type { Period } from "./periods.js";

/** Signal words before a date, kept in the pattern as a time frame: "since 2021" → "date/year+since". */
const SIGNAL = /(?:\b([Ss]ince|[Bb]efore|[Aa]fter|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]ollowing|[Tt]hrough|[Tt]hroughout|[Dd]uring|[Ss]tarting(?: in| from)?|[Aa]s of|[Pp]rior to|[Uu]p to)[\s\u00a0]+|\b([Pp]ost|[Pp]re)[-\s\u00a0])$/;

function longest(ctx: GrammarContext, pos: number): Hit | null {
  const candidates = [
    parseRange(ctx, pos),
    parseDate(ctx, pos),
    parseRelative(ctx, pos),
    parseAnaphoric(ctx, pos),
    parseRelativePart(ctx, pos),
    parseDuration(ctx.text, pos),
    parseSet(ctx.text, pos),
    // "at 11 a.m." is on the day the text has reached ("flew on Tuesday at 18:00 UTC")
    parseClock(ctx.text, pos, { reached: clockDay(ctx, pos), asOf: ctx.asOf }),
  ];
  let best: Hit | null = null;
  for (const hit of candidates) if (hit && (!best || hit.end > best.end)) best = hit;
  // "Friday at about 7 p.m.": the day and its clock time are one date-time
  return best ? (dayThenClock(ctx.text, best, ctx.asOf) ?? best) : null;
}

/**
 * The day a bare clock time ("at about 7 p.m.") falls on: the day the text has reached. A coarser
 * period named since that day and holding it does not move the text off it: "struck on Friday by
 * a 2019 pickup at 6 p.m." is still Friday's 6 p.m., not the creation day's. With no day reached, the
 * creation day. A date that labels another event ("the June 20 shooting", clock.ts labelsEvent) gives its
 * day to the clock times of its own sentence ("the May 3 hearing opens at 9 a.m.") but not to those of
 * the sentences after it, which fall on the day reached before it.
 */
function clockDay(ctx: GrammarContext, pos: number): Ymd | null {
  // past the sentence of a date that labels another event ("the June 20 shooting"), the day held before it
  const label = ctx.eventLabel;
  if (label && SENTENCE_END.test(ctx.text.slice(label.end, pos))) return label.held;
  const ref = ctx.reference;
  if (ref?.granularity === "day") return ref.start;
  const day = ctx.dayNamed ?? null;
  if (ref && day && compareYmd(ref.start, day) <= 0 && compareYmd(day, ref.end) <= 0) return day;
  return ctx.asOf;
}

/** The end of a sentence: a stop before a capital or a quote, or a line break. */
const SENTENCE_END = /[.!?]["'\u201d\u2019)]?[\s\u00a0]+["'\u201c\u2018(]?[A-Z]|\n/;

function withSignal(text: string, hit: Hit): Hit {
  if (hit.kind !== "date" && hit.kind !== "range") return hit;
  const m = SIGNAL.exec(before(text, hit.start, 16));
  if (!m) return hit;
  const word = (m[1] ?? m[2]!).toLowerCase().replace(/\s+.*/, "").replace(/\s+/g, "-");
  return { ...hit, pattern: `${hit.pattern}+${word === "as" ? "as-of" : word === "prior" ? "prior-to" : word === "up" ? "up-to" : word}` };
}

/** How many years before its creation time a narrative's dates lie. */
const NARRATIVE_GAP = 5;
/** A news story that names one or two past years ("founded in 1976") is not a narrative. */
const NARRATIVE_MIN_DATES = 3;
/** How many stated dates a text needs before a few recent ones may be outvoted. */
const NARRATIVE_QUORUM = 8;

/**
 * Dates that later expressions may count from: stated or resolved from the text, day to year.
 * In news, a day resolved from the creation time counts too ("On Tuesday … the next day" is
 * Wednesday); in a narrative the creation time says nothing of the story's days.
 */
function referenceOf(hit: Hit, narrative: boolean): Period | null {
  const h = hit.kind === "range" && hit.parts ? hit.parts[1] : hit;
  if ((h.kind !== "date" && h.kind !== "time") || !h.period) return null;
  if (h.relative && !h.fromReference && (narrative || h.period.granularity !== "day")) return null;
  return h.period.granularity === "decade" || h.period.granularity === "century" ? null : h.period;
}

/** "Born May 2, 1931", "was born on 3 June 1899", "born in 1931": the date that follows is a birth. */
const BORN_BEFORE = /\b[Bb]orn(?:[ \t]+(?:on|in))?[ \t]+$/;

function scan(text: string, asOf: Ymd | null, narrative: boolean, anchors: readonly number[], followers: ReadonlySet<string> | null, afterNumber: readonly AfterNumberPart[] | null): Hit[] {
  const ctx: GrammarContext = { text, asOf, reference: null, referenceFromNow: false, lastPeriod: null, lastDay: null, narrative, monthYears: new Map() };
  const hits: Hit[] = [];
  let resumeAt = 0;
  for (const at of anchors) {
    // most anchors at "the" have a word after it no date goes on with ("the budget"), and most numbers a
    // character after their digits that none goes on with ("$4,210,775"): no parser runs there
    if (at < resumeAt || (followers && !mayStartAt(text, at, followers)) || (afterNumber && !mayStartAtNumber(text, at, afterNumber))) continue;
    const hit = longest(ctx, at);
    if (hit) {
      hits.push(withSignal(text, hit));
      const label = hit.kind === "date" && hit.period?.granularity === "day" && labelsEvent(text, hit.start, hit.end);
      const held = label ? (ctx.eventLabel?.held ?? clockDay(ctx, hit.start)) : null;
      resumeAt = hit.end;
      const named = hit.kind === "range" && hit.parts ? hit.parts[1] : hit;
      if (named.kind === "date" && named.period) ctx.lastPeriod = named.period;
      if (named.kind === "date" && named.period && !named.relative && (named.period.granularity === "day" || named.period.granularity === "month")) {
        ctx.monthYears!.set(named.period.start.m, named.period.start.y);
      }
      if (named.kind === "date" && named.period?.granularity === "day") ctx.lastDay = named.period.start;
      if ((named.kind === "date" || named.kind === "time") && named.period?.granularity === "day" && !label) ctx.dayNamed = named.period.start;
      if ((named.kind === "date" || named.kind === "time") && named.period?.granularity === "day" && (!asOf || compareYmd(named.period.start, asOf) <= 0)) {
        ctx.pastDay = named.period.start;
      }
      const ref = referenceOf(hit, narrative);
      if (label) ctx.eventLabel = { held, end: hit.end };
      else if (ref || ((named.kind === "date" || named.kind === "time") && named.period?.granularity === "day")) ctx.eventLabel = null;
      if (ref) {
        ctx.reference = ref;
        ctx.referenceIsBirth = BORN_BEFORE.test(text.slice(Math.max(0, hit.start - 16), hit.start));
        // counted from a day of the creation time ("the day after Tuesday"), still of it
        ctx.referenceFromNow = hit.fromReference ? ctx.referenceFromNow : hit.relative;
      }
    }
  }
  return hits;
}

/**
 * NOTE: news is read against its creation time; a historical narrative is read again with
 * year-less dates placed in the year the story has reached. A text is a narrative when the dates
 * it states (three at least) lie NARRATIVE_GAP years or more before its creation time: all of
 * them (a text of 2009 about 1939–1945), or three in four when it states several (a war history
 * of 2009 that also cites a book of 2005 and a memorial of 2008).
 */
function isNarrative(hits: readonly Hit[], asOf: Ymd | null): boolean {
  if (!asOf) return false;
  const years: number[] = [];
  for (const h of hits) {
    const ref = h.relative ? null : referenceOf(h, true);
    if (ref) years.push(ref.end.y);
    // "493 BC" has no calendar period here, but it is as old as a date gets
    else if (!h.relative && h.kind === "date" && /^BC\d{4}$/.test(h.timex.value)) years.push(-Number(h.timex.value.slice(2)));
  }
  if (years.length < NARRATIVE_MIN_DATES) return false;
  years.sort((a, b) => a - b);
  const cutoff = asOf.y - NARRATIVE_GAP;
  if (years[years.length - 1]! <= cutoff) return true;
  return years.length >= NARRATIVE_QUORUM && years[Math.floor(years.length * 0.75)]! <= cutoff;
}

/**
 * `followers`: the words after "the" at which the grammar runs (grammar/after-the.ts); null runs
 * it at every anchor, as test/perf/after-the.test.ts does to hold the check to the grammar.
 * `afterNumber`: the same for the characters after a number's digits (grammar/after-number.ts,
 * test/perf/after-number.test.ts).
 */
export function findTemporal(text: string, options: MentionOptions, followers: ReadonlySet<string> | null = AFTER_THE, afterNumber: readonly AfterNumberPart[] | null = AFTER_NUMBER): Mention[] {
  const asOf = options.asOf ? parseIso(options.asOf) : null;
  const anchors = anchorOffsets(text);
  let hits = scan(text, asOf, false, anchors, followers, afterNumber);
  if (isNarrative(hits, asOf)) hits = scan(text, asOf, true, anchors, followers, afterNumber);
  return hits.map((hit) => toMention(text, hit));
}
