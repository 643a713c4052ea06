/**
 * Counts of results as sport reports tell them, which read otherwise as ranks or as bare numbers:
 *
 *   - a run of consecutive results told as an ordinal: "her ninth straight win", "a fifth
 *     consecutive title", "the 12th game in a row", "his 20th in a row", "a third year running" —
 *     the rank of the latest result is the length of the run, a count (9 wins, 5 titles, 12
 *     games). Not a plain rank: "the ninth round", "his 12th title", "the second half";
 *   - the way results were won, after a count: "31 by KO", "12 wins by way of knockout", "15
 *     victories by stoppage" — wins by knockout are knockouts, whatever noun (or none) is
 *     written before "by";
 *   - a run whose noun is left out takes the noun of the ordinal before it in its sentence:
 *     "It was her 30th victory and her ninth in a row" — nine victories in a row.
 */
import type { Mention, QuantityValue } from "../../types.js";
import { readCounted, unitOfCounted } from "./counted.js";

/** The words after an ordinal that make it the length of a run: "straight", "consecutive", "successive". */
const RUN_WORD = /\s+(?:straight|consecutive|successive)(?![\p{L}\p{N}-])/uy;
/** "in a row", "running" after an ordinal or its noun: "his 12th in a row", "a third year running". */
const IN_A_ROW = /\s+(?:in\s+a\s+row|on\s+the\s+(?:trot|spin)|running)(?![\p{L}\p{N}-])/iuy;

export interface Run {
  /** The noun of the results counted, lower-cased (null when left out: "his 12th in a row"). */
  counted: string | null;
  written: string | null;
}

/**
 * Whether the words from `end` (just after an ordinal) make the ordinal the length of a run, and
 * the noun of its results. Must match: "ninth straight win", "fifth consecutive title", "third
 * successive defeat", "12th game in a row", "20th in a row", "12th straight." (noun left out), "third
 * year running". Must not match: "ninth round", "12th title of his career", "second half", "third
 * straight-sets loss" (a compound, not a run), "fourth running back" (no run: a position).
 */
export function readRun(text: string, end: number): Run | null {
  RUN_WORD.lastIndex = end;
  if (RUN_WORD.test(text)) {
    const at = RUN_WORD.lastIndex;
    const c = readCounted(text, at, false, false);
    return { counted: c.phrase, written: c.written };
  }
  IN_A_ROW.lastIndex = end;
  if (IN_A_ROW.test(text) && !/running\s*$/i.test(text.slice(end, IN_A_ROW.lastIndex))) return { counted: null, written: null };
  const c = readCounted(text, end, false, false);
  if (c.phrase === null || c.phrase.includes(" ")) return null;
  IN_A_ROW.lastIndex = c.end;
  if (!IN_A_ROW.test(text)) return null;
  return { counted: c.phrase, written: c.written };
}

/** A span a count runs over to date, after an ordinal's noun: "this season", "of the year", "of her career". */
const TO_DATE = /\s+(?:this\s+(?:season|year|campaign)|of\s+the\s+(?:season|year|campaign)|(?:of|in)\s+(?:his|her|their|its)\s+(?:career|season|rookie\s+season))(?![\p{L}\p{N}-])(?!\s+(?:opener|finale|games?|match(?:es)?|debut|premiere|high|best|low|record|total|tickets?|preview|review|awards?)\b)/iuy;

/**
 * Whether the words from `end` (just after an ordinal) make it a count to date: the ordinal of
 * the latest of a kind within a span that runs to now is how many of that kind the span holds —
 * "her 12th goal of the season" (12 goals this season), "his fifth late comeback this season", "a
 * third title of her career". Must not match: "the fifth round of the season" is a count too (5
 * rounds so far), but "the fifth round" alone, "the third quarter of the season opener" (a game of the season), "the third quarter", "her 12th goal" with no span, or
 * "the 12th goal of the game" (a span that is no season or career) are ranks.
 */
export function readToDate(text: string, end: number): Run | null {
  const c = readCounted(text, end, false, false);
  if (c.phrase === null) return null;
  TO_DATE.lastIndex = c.end;
  return TO_DATE.test(text) ? { counted: c.phrase.split(" ").at(-1)!, written: c.written } : null;
}

/** "now in", "is in", "entering", "begins": the words before a possessive that set a season in the present. */
const NOW_IN = /\b(?:now\s+in|(?:is|are|'s|’s)\s+(?:now\s+)?in|(?:is|are|was)\s+entering|entering|enters|begins|beginning|starts|starting|opens|opening)\s+(?:his|her|their|its)\s+$/iu;
/** A season or a year of a tenure after the ordinal, not a game of it ("his 10th season opener"). */
const TENURE_NOUN = /\s+(season|year|campaign)(?![\p{L}\p{N}-])(?!\s+(?:opener|finale|games?|debut|premiere|high|best|low|record|total|tickets?)\b)/iuy;

/**
 * Whether an ordinal at [start, end) counts the seasons of a tenure that runs now: "now in his 10th
 * season in the league", "is in her fifth year as coach", "entering their third season together" —
 * the tenure's seasons so far, counting the one under way (10 seasons). Must not match: "won the
 * title in his second season" (a season gone by: a rank), "his 10th season opener" (a game), "the
 * 10th season" (no holder), "his 10th goal" (no season). Returns the noun ("season", "year").
 */
export function readTenure(text: string, start: number, end: number): string | null {
  if (!NOW_IN.test(text.slice(Math.max(0, start - 40), start))) return null;
  TENURE_NOUN.lastIndex = end;
  const m = TENURE_NOUN.exec(text);
  return m ? m[1]!.toLowerCase() : null;
}

/** A place on a list of all time after an ordinal: "10th in school history", "fifth on the all-time list", "third all-time". */
const ALL_TIME = /\s+(?:(?:in|on)\s+(?:the\s+)?(?:[\p{Lu}\p{L}'’.-]+\s+){0,3}?(?:history|annals|record\s+books?)|(?:on|in)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:all-time|career)\s+(?:[\p{L}-]+\s+){0,2}?(?:list|chart|ladder|standings)|all-time)(?![\p{L}\p{N}-])/uy;

/**
 * Whether the words after an ordinal make it a place on a list of all time (a rank a holder has
 * reached, of unit "rank"): "moved into 10th in school history", "sits fifth on the all-time scoring
 * list", "now third all-time". Must not match: "10th in the standings" (this season's table), "the
 * 10th in a row" (a run), "10th in the league" (a season's), "his 10th game in history class".
 */
export function readAllTimeRank(text: string, end: number): boolean {
  ALL_TIME.lastIndex = end;
  const m = ALL_TIME.exec(text);
  return m !== null && !/\bclass\b/i.test(text.slice(end, end + 40).split(/[,.;]/)[0] ?? "");
}

/**
 * "the Nth time" before a clause in a perfect tense: "the seventh time Ana has won here", "the
 * fourth time that the club had rallied from behind". The clause's subject is one to four words
 * (no mark between); then "has", "have" or "had" and a word.
 */
const TIMES_SO_FAR = /\s+times?\s+(?:that\s+)?(?:[\p{L}'’.-]+\s+){1,4}?(?:has|have|had)\s+(?:now\s+|ever\s+|already\s+)?(?!been\s+(?:the|a|an)\b)\p{L}+/iuy;

/**
 * Whether the words from `end` (just after an ordinal) make it a count of a happening so far: the
 * Nth time someone has done a thing is the Nth such happening to date, a count of times. Must
 * match: "seventh time Ana has won here", "fourth time that the club had rallied", "third time
 * they have ever met". Must not match: "third time zone", "fifth time slot", "second time around",
 * "the third time of asking", "the seventh time" with no clause, "the fourth time she won" (no
 * perfect: a rank among past happenings, not a count to date). "First" is left out by the caller
 * ("the first time she has spoken" is a first, no count).
 */
export function readTimesSoFar(text: string, end: number): boolean {
  TIMES_SO_FAR.lastIndex = end;
  return TIMES_SO_FAR.test(text);
}

/** "by KO", "by way of knockout", "by stoppage": how results were won, and the thing a count of them counts. */
const BY_WAY = /(?:\s+(?:wins?|victories|victory))?(?:\s+(?:coming|came|come))?\s+by\s+(?:way\s+of\s+)?(?:a\s+)?(?:(T?KOs?|knock-?outs?)|(stoppages?)|(decisions?)|(submissions?))(?![\p{L}\p{N}-])/iuy;

/**
 * The thing a count counts when "by" and a way of winning follow it, with or without a noun of
 * wins before "by": "31 by KO", "12 wins by way of knockout", "40 victories coming by way of
 * knockout" count knockouts; "9 by decision" decisions. Null otherwise ("31 by March", "12 wins
 * by a wide margin", "beaten by 31 points").
 */
export function wonByWay(text: string, end: number): string | null {
  BY_WAY.lastIndex = end;
  const m = BY_WAY.exec(text);
  if (!m) return null;
  if (m[1] !== undefined) return "knockout";
  if (m[2] !== undefined) return "stoppage";
  if (m[3] !== undefined) return "decision";
  return "submission";
}

/**
 * Counts of results among the quantities of a text: a count followed by the way its results were
 * won takes that way's thing ("31 by KO" → 31 knockouts), and a run whose noun is left out takes
 * the noun of the ordinal before it in its sentence (no sentence end between them).
 */
export function readRecords(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((m, i) => {
    const v = m.value;
    if (m.kind !== "quantity" || v?.type !== "quantity") return m;
    const end = m.offset + m.length;
    const way = wonByWay(text, end);
    if (way !== null && (v.unit === "" || /^(?:win|victory)$/.test(v.unit))) return { ...withThing(m, v, way, way), pattern: `${m.pattern}+by-way` };
    if (m.pattern.endsWith("-run") && m.counted === null) {
      for (let k = i - 1; k >= 0; k--) {
        const before = mentions[k]!;
        if (/[.!?;]/.test(text.slice(before.offset + before.length, m.offset))) break;
        const rank = before.kind === "ordinal" || before.pattern.endsWith("-run");
        if (rank && before.counted) return withThing(m, v, unitOfCounted(before.counted, before.counted), before.counted);
      }
    }
    return m;
  });
}

/** Whether a mention is a count of results read here (a run, or a count of a way of winning). */
export function isRecord(m: Mention): boolean {
  return m.pattern.endsWith("-run") || m.pattern.endsWith("+by-way");
}

function withThing(m: Mention, v: QuantityValue, unit: string, counted: string): Mention {
  return { ...m, value: { ...v, unit }, counted };
}
