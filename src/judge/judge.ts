/**
 * judge: ClaimGroup → Finding[]. Every pair of claims in an occurrence is compared (pairs within
 * one document only count when they contradict: a document that contradicts itself); a finding
 * takes the most serious pair verdict (contradict > diverge > agree) and that pair's basis, and
 * lists its claims by side (sides.ts). worst-pair.ts finds that pair without visiting every pair
 * (O(n log n) for contradictions); wording lives in reasons.ts; ids in fingerprint.ts.
 *
 * Values are compared as spans: an exact figure covers what rounds to it (precision.ts). An
 * occurrence told in two units of one dimension ("600 m", "2,000 feet") is compared in the
 * dimension's base unit, each figure allowed the rounding of a conversion (claim-facts.ts
 * `converted`); two overlapping figures of different units are weighed by compareConverted.
 *
 * Decision table for one pair (a, b):
 *   different measures ................................................ diverge  different-measures
 *   quantities with different time frames .............................. diverge  different-frames
 *   disjoint spans, meeting within the larger tolerance ................ diverge  within-tolerance
 *   a night and the next day's small hours ("late Thursday", "1:30
 *     a.m. Friday") .................................................... diverge  across-midnight
 *   disjoint spans, recurring topic .................................... diverge  recurring
 *   disjoint spans, one frame stated and the other implied ............. diverge  unstated-frame
 *     (or either frame unknown: an undated document's figure without a period)
 *   disjoint spans, a value that is a part of a larger count in its
 *     sentence ("two" of "two women and one man"), or a part of a
 *     stated whole against a count without it ("eight of their last 10"
 *     and "a three-game streak") ....................................... diverge  part-of-count
 *   disjoint spans, two values of one sentence ......................... diverge  one-sentence
 *   disjoint spans, a claim not tied to the occurrence, or two figures
 *     of one document read without a frame ............................. diverge  unestablished
 *   disjoint dates, one without its year, that would meet in the year
 *     the other states ................................................. diverge  unstated-year
 *   disjoint running tallies of different reporting days .............. diverge  later-report
 *   disjoint running tallies, a reporting day unknown .................. diverge  unknown-report-time
 *   disjoint estimates from different sources .......................... diverge  sources-differ
 *   disjoint sums in two currencies, at a rate neither report states
 *     (only other reports of the story give it: exchange-rates.ts) ..... diverge  converted
 *   disjoint spans otherwise (single topic) ............................ contradict disjoint-intervals
 *     (a claim of an undated document read as of a day its story lent it:
 *     group/story-dates.ts ............................................. diverge  story-date)
 *   (days and clock times of reports that no date can be given, with no calendar day:
 *     judged apart, judge/undated-days.ts .............................. diverge  undated-reports)
 *   equal intervals .................................................... agree    equal
 *   one inside the other, where the inner one is exact, or the outer one
 *     an open bound, or both state the same number, or two exact figures
 *     of which one is a rounding of the other ("$68.7 billion", "$69
 *     billion") ......................................................... agree    refinement
 *     (the finer number at the very edge of the coarser's span, "four
 *     and a half" against "four": precision.ts roundsTo ................ diverge  within-tolerance)
 *   two open bounds with different numbers ("over 500", "more than 700") diverge  bounds-both-hold
 *   two units of one dimension, each number within the other's span, or
 *     an exact figure within a bound or an approximation of the other .. agree    refinement
 *     (otherwise, overlapping .......................................... diverge  within-tolerance)
 *   overlap only through tolerance or partly ........................... diverge  within-tolerance
 */
import { toleranceSlack } from "../ruleset/value-keys.js";
import type { Basis, Claim, ClaimGroup, Finding, QuantityValue, RuleTolerance, Verdict } from "../types.js";
import { type Interval, contains, equal, overlaps, toInterval, width } from "../values/intervals.js";
import { strictComparison } from "../values/quantity/qualifiers.js";
import { FRAME_DATE_DAYS, daysBetweenReports } from "../group/occurrence-topics.js";
import { oneKindOfHappening } from "../group/predicate-classes.js";
import { ONCE_EVIDENCE, oneThingOnce } from "../group/once.js";
import { oneCaseStep, oneHolderOnce } from "../group/past-happenings.js";
import { oneFindingOfGuiltApart } from "../group/guilt-findings.js";
import { salePriceOfFigure } from "../group/sale-prices.js";
import { oneApprovedSumTold } from "../group/approved-sums.js";
import { playEvidence } from "../group/play-lengths.js";
import { pairEvidence, pairOf } from "../group/score-pairs.js";
import { recordsAfterOneGame } from "../group/game-records.js";
import { storyAliasWords } from "../group/participants.js";
import { RATE_SLACK, convertsExactly } from "../values/quantity/dimensions.js";
import { type ClaimFacts, type Judging, contradictionClass, frameTopic, judgingOf, toldInSeveralUnits } from "./claim-facts.js";
import { buildFinding } from "./finding.js";
import { judgeUndatedGroup } from "./undated-days.js";
import { type OccurrenceIdentity, comparisonKey } from "./fingerprint.js";
import { isExactFigure, roundsTo, statedStep } from "./precision.js";
import { sidesOf } from "./sides.js";
import { toleranceOf, worstPair } from "./worst-pair.js";
import { wordTable } from "../values/word-table.js";
import { oneAgeOfReportYears, oneAgeRetold } from "./ages-retold.js";

const OPEN_QUALIFIERS = new Set(["over", "at least", "up to", "nearly"]);

/**
 * Whether two claims speak of the same time frame. A claim with no frame shares the other's (the
 * text does not say they differ); a frame implied by the document's year (frameImplied) fits any
 * stated frame it overlaps ("$950 million" in a 2025 article and "nearly $1 billion in the first
 * half of 2025"); stated frames, and implied ones among themselves, must be equal.
 *
 * Such a fit is enough to agree or to diverge, not to contradict (see canContradict).
 */
export function sameFrame(a: Claim, b: Claim): boolean {
  if (!a.frame || !b.frame) return true;
  if (Boolean(a.frameImplied) !== Boolean(b.frameImplied)) return overlaps(frameInterval(a.frame), frameInterval(b.frame));
  if (a.frame.start === b.frame.start && a.frame.end === b.frame.end) return true;
  // two documents' years, of reports close in time: one time (oneTimeOfReport)
  // (or one age told again in a later year, within a part that holds it alone: ages-retold.ts)
  return Boolean(a.frameImplied) && (oneTimeOfReport([a, b]) || oneAgeOfReportYears(a, b));
}

/** Frames as day intervals, worked out once per frame (partitions ask for them again and again). */
const frameIntervals = new WeakMap<NonNullable<Claim["frame"]>, Interval>();

function frameInterval(frame: NonNullable<Claim["frame"]>): Interval {
  let iv = frameIntervals.get(frame);
  if (!iv) frameIntervals.set(frame, (iv = toInterval(frame)));
  return iv;
}

/** A bound that holds of any figure on its side: "up to", "over", "at least" (not "nearly"). */
function isTrueBound(v: QuantityValue): boolean {
  return v.qualifier === "up to" || v.qualifier === "over" || v.qualifier === "at least";
}

function isOpenBound(v: QuantityValue): boolean {
  return v.qualifier !== null && OPEN_QUALIFIERS.has(v.qualifier);
}

/** Two sums in two currencies, compared at their story's own rate (group/exchange-rates.ts). */
function atStoryRate(a: Claim, b: Claim): boolean {
  return a.exchange !== undefined && b.exchange !== undefined && a.value.type === "quantity" && b.value.type === "quantity" && a.value.unit !== b.value.unit;
}

/**
 * Whether one of two sums in two currencies stands in a report that itself gives a sum in both
 * ("€4m (£3.4m)" in the report of "€4m", set against "£1.6m" of another): that writer's own rate,
 * so the two may contradict. Otherwise the rate is only the story's, learnt from other reports,
 * and sums that differ at it only diverge (another day's rate, another writer's rounding).
 */
function ownReportsRate(a: Claim, b: Claim): boolean {
  const [va, vb] = [a.value, b.value];
  if (va.type !== "quantity" || vb.type !== "quantity") return false;
  return (a.ratesTold?.includes(vb.unit) ?? false) || (b.ratesTold?.includes(va.unit) ?? false);
}

/**
 * A sum's facts when it is set against one in another currency at its story's rate: a sum not in
 * the reference currency covers RATE_SLACK more either side, the rate being a rounding itself
 * ("€2m ($2.6m)" gives 1.3 where the day's rate may have been 1.33), or the rate's own spread
 * where the story's statements differ by more (Claim.exchangeRange: "€2m ($2.4m)" and "€2m
 * ($2.9m)", 1.2–1.45). Must agree at a rate of 1.5: "£2m" and "$3.1m"; at 1.2–1.45 dollars to
 * the euro, "$2.9m" and "€2.4m". Must not: "£1.2m" and "$2.5m" (1.8 against 2.5), "$2.9m" and
 * "€2.4m" at 1.3 alone, nor "$2.5m" and "$2.6m" (one currency: no rate comes between them).
 */
function atRate(c: Claim, f: ClaimFacts): ClaimFacts {
  if (c.exchange === undefined || c.exchange === 1) return f;
  // the rate's own spread where its statements differ by more ("€2m ($2.6m)" and "€2m ($2.9m)")
  const [lo, hi] = c.exchangeRange ?? [c.exchange, c.exchange];
  const below = Math.min(1 - RATE_SLACK, lo / c.exchange);
  const above = Math.max(1 + RATE_SLACK, hi / c.exchange);
  return { ...f, span: { lo: f.span.lo * below, hi: f.span.hi * above } };
}

/**
 * Two overlapping figures in two units of one dimension, compared by their numbers converted (their
 * own intervals never match exactly across units): one figure told twice when each number lies
 * within what the other covers ("about 600 m" and "about 2,000 feet", 609.6 m; "up to 193 km/h"
 * and "120 mph", 193.1 km/h), the narrower being the finer; a figure inside a bound or an exact
 * figure inside an approximation refines it ("more than 100 mph" and "193 km/h"); otherwise they
 * only overlap and diverge.
 */
function compareConverted(a: Claim, b: Claim, fa: ClaimFacts, fb: ClaimFacts): { verdict: Verdict; basis: Basis } {
  const [va, vb] = [a.value as QuantityValue, b.value as QuantityValue];
  const within = (n: number | null, scale: number, span: Interval): boolean => n !== null && span.lo <= n * scale && n * scale <= span.hi;
  const [aInB, bInA] = [within(va.nominal, fa.scale, fb.span), within(vb.nominal, fb.scale, fa.span)];
  const refines = (finer: Claim, coarser: Claim): { verdict: Verdict; basis: Basis } => ({ verdict: "agree", basis: { kind: "refinement", finer: finer.id, coarser: coarser.id } });
  if (aInB && bInA) return width(fa.span) <= width(fb.span) ? refines(a, b) : refines(b, a);
  if (bInA && (isOpenBound(va) || isExact(b))) return refines(b, a);
  if (aInB && (isOpenBound(vb) || isExact(a))) return refines(a, b);
  // a vague figure with no one number ("a few minutes", 2–5) wholly inside a bound in another unit
  // ("less than an hour"): the bound holds of it ("nearly", close to its figure, is no such bound)
  if (vb.nominal === null && isTrueBound(va) && contains(fa.span, fb.span)) return refines(b, a);
  if (va.nominal === null && isTrueBound(vb) && contains(fb.span, fa.span)) return refines(a, b);
  return { verdict: "diverge", basis: { kind: "within-tolerance", a: a.id, b: b.id } };
}

/**
 * Whether `other` meets a strict comparison ("more than 500", "less than the $150 million") only at
 * the number the comparison leaves out (qualifiers.ts strictComparison): its figure is not the
 * bound's, so the two do not agree; they only touch, and diverge. Must hold: "less than the $150
 * million" and "$150 million"; "more than 500" and "500"; "over 20" and "10 to 20". Must not hold:
 * "at least 500" and "500"; "up to $120 million" and "$120 million"; "more than 500" and "600".
 */
function meetsOnlyAtStrictBound(c: Claim, v: QuantityValue, own: Interval, other: Interval): boolean {
  if (!strictComparison(c.text)) return false;
  if (v.qualifier === "over") return other.hi === own.lo;
  if (v.qualifier === "up to") return other.lo === own.hi;
  return false;
}

function isExact(a: Claim): boolean {
  const v = a.value;
  if (v.type !== "quantity") return true;
  return !v.approximate && v.min !== null && v.min === v.max;
}

/**
 * Approximate figures ("about $1.1 billion", "nearly $1 billion") that miss each other by less
 * than the larger of their tolerances only diverge: their authors rounded differently.
 */
function withinSlack(a: Claim, b: Claim, fa: ClaimFacts, fb: ClaimFacts, ruleTolerance?: RuleTolerance): boolean {
  const [va, vb] = [a.value, b.value];
  const [ia, ib] = [fa.span, fb.span];
  if (va.type !== "quantity" || vb.type !== "quantity" || !(va.approximate || vb.approximate || ruleTolerance)) return false;
  // a rule's tolerance (`tolerance:`) allows its figures that much more ("6.4" and "6.5" within 0.2);
  // each in its own unit, so in the unit compared in when the occurrence is told in several
  const slack = Math.max(toleranceOf(va) * fa.scale, toleranceOf(vb) * fb.scale, toleranceSlack(ruleTolerance, va) * fa.scale, toleranceSlack(ruleTolerance, vb) * fb.scale);
  return Math.max(ia.lo - ib.hi, ib.lo - ia.hi) <= slack;
}

/** A time told as the night or the late hours of a day: "late Thursday", "Thursday night", "11 p.m.". */
const NIGHT = /\b(?:night|late|overnight|midnight)\b|\b(?:9|1[01])(?:[:.]\d\d)?\s*p\.?\s?m\b/i;
/** A time told as the small hours of a day: "early Friday", "before dawn", "1:30 a.m.". */
const SMALL_HOURS = /\b(?:early|overnight|dawn|pre-?dawn|small hours)\b|\b(?:12|0?[0-4])(?:[:.]\d\d)?\s*a\.?\s?m\b/i;

/**
 * Two days next to each other, the earlier told as its night and the later as its small hours
 * ("late Thursday" and "early Friday, around 1:30 a.m."): a night runs past midnight, so the two
 * may name one moment, and writers differ on which day to call it. They differ without contradicting.
 */
function acrossMidnight(a: Claim, b: Claim): Basis | null {
  if (a.value.type !== "date" || b.value.type !== "date" || a.value.start === null || b.value.start === null || a.value.granularity !== "day" || b.value.granularity !== "day") return null;
  const [first, second] = a.value.start < b.value.start ? [a, b] : [b, a];
  if (Math.abs(Date.parse(a.value.start) - Date.parse(b.value.start)) !== 86_400_000) return null;
  return NIGHT.test(first.text) && SMALL_HOURS.test(second.text) ? { kind: "across-midnight", night: first.id, early: second.id } : null;
}

/**
 * Whether two claims' frames are firm enough for a contradiction. A figure whose period is only
 * implied by its document's date ("$10,833,000" in an address of 1849) may count another period
 * than a figure whose period is stated ("for the fiscal year ending 30 June 1849"): that the two
 * frames overlap says they may count the same thing, not that they do. Two implied frames of one
 * year (two articles of 2025, neither naming a period) stand on equal footing and may contradict.
 * A figure whose period is unknown (stated without one in an undated document) contradicts nothing.
 */
export function canContradict(a: Claim, b: Claim): boolean {
  const [x, y] = [frameSide(a), frameSide(b)];
  if (x === 2 || y === 2) return false;
  return x === null || y === null || x === y;
}

/**
 * Which side of canContradict a claim stands on: 0 a stated frame, 1 an implied one, null no frame
 * (either side), 2 a frame that would be implied but cannot be, its document having no date
 * (no side: it contradicts nothing).
 */
export function frameSide(c: Claim): 0 | 1 | 2 | null {
  return c.frame ? (c.frameImplied ? 1 : 0) : c.frameImplied ? 2 : null;
}

/**
 * A plain judging for two claims compared outside an occurrence (tests): every claim tied, no
 * tallies or estimates; told in two units of one dimension, they are compared converted.
 */
function plainJudging(a: Claim, b: Claim, single: boolean, tolerance?: RuleTolerance): Judging {
  const converted = toldInSeveralUnits([a, b]);
  return judgingOf({ cardinality: single ? "single" : "recurring", ...(tolerance ? { tolerance } : {}), ...(converted ? { claims: [a, b] } : {}) });
}

/** Whether two claims' evidence meets (both empty: no identity was asked for, every claim counts as linked). */
function meets(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 && b.size === 0) return true;
  for (const e of a) if (b.has(e)) return true;
  return false;
}

/** Whether all the evidence two claims share is words of a one-off happening's thing (group/once.ts onceEvidence). */
function onlyByOnce(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let shared = false;
  for (const e of a) {
    if (!b.has(e)) continue;
    if (!e.startsWith(ONCE_EVIDENCE)) return false;
    shared = true;
  }
  return shared;
}

/**
 * Two figures of a frame's own topic ("frame:embrace/area", "frame:close/point") reported on
 * different days. No rule says that what the figure measures keeps one value: a verb met in a
 * story, or in an archive, names many events over time (reserves created in two different years;
 * an index that closes at a new level each trading day), so they are later reports, never one
 * occurrence's contradiction. Within FRAME_DATE_DAYS of each other, two figures that both state one
 * period ("lost $30.9 billion in 2008") are still about that period and may contradict.
 */
function reportedApart(a: Claim, b: Claim, fa: ClaimFacts, fb: ClaimFacts): boolean {
  if (a.value.type !== "quantity" || frameTopic(a.rule) === "rule" || oneFinishedPlay(a, b)) return false;
  const days = daysBetweenReports(fa, fb);
  if (days === null) return false;
  if (days > FRAME_DATE_DAYS) return true;
  // one day only when both are days: a report known only to its month may be of another day
  const sameDay = days === 0 && fa.reportedUntil === null && fb.reportedUntil === null;
  return !sameDay && !(statesPeriod(a) && statesPeriod(b));
}

/**
 * Two figures of one play of a finished game that both name it (a holder and a place in the game:
 * group/play-lengths.ts playEvidence), or of one game's final score with a holder in common
 * (score-pairs.ts): what a report a day later tells of it cannot be a later state of it. Must: "an
 * 80-yard run on the first play of the second half" in Sunday's report and "a 78-yard run on the
 * first play of the second half" of one runner in Monday's. Must not: two runs that no place in the
 * game names (a runner makes many); a season's record (it changes with each game), save the
 * standing after the one game both reports lead with (group/game-records.ts).
 */
function oneFinishedPlay(a: Claim, b: Claim): boolean {
  const shared = (x: readonly string[], y: readonly string[]): boolean => x.length > 0 && x.some((e) => y.includes(e));
  if (shared(playEvidence(a), playEvidence(b))) return true;
  if (recordsAfterOneGame(a, b, storyAliasWords)) return true;
  const [x, y] = [pairOf(a), pairOf(b)];
  return x?.kind === "score" && x.span === "final" && y?.kind === "score" && y.span === "final" && shared(pairEvidence(a), pairEvidence(b));
}

/** A figure whose sentence states the period it is about ("in 2008", "since January"). */
function statesPeriod(c: Claim): boolean {
  return c.frame !== null && c.frameImplied !== true;
}

/** A trigger word as a key: "recognised", "recognized", "recognizes" → "recogniz". */
export function triggerKey(trigger: string): string {
  return trigger.toLowerCase().replace(/is(e|ed|es|ing)$/, "iz$1").replace(/(?:ed|d|es|s|ing)$/, "");
}

/** Whether `c`'s sentence holds `other`'s trigger word, in any of its forms ("recognized" holds "recognised"). */
function mentions(c: Claim, other: Claim): boolean {
  return other.trigger.trim() !== "" && keyedWords(c, "sentence").includes(keyedWords(other, "trigger"));
}

/** A claim's sentence or trigger as trigger keys (" recogniz the group "), read once per claim: pairs of one document ask them again and again. */
function keyedWords(c: Claim, field: "sentence" | "trigger"): string {
  const memo = field === "sentence" ? keyedSentences : keyedTriggers;
  let keyed = memo.get(c);
  if (keyed === undefined) memo.set(c, (keyed = ` ${(c[field].match(/[\p{L}]+/gu) ?? []).map(triggerKey).join(" ")} `));
  return keyed;
}
const keyedSentences = new WeakMap<Claim, string>();
const keyedTriggers = new WeakMap<Claim, string>();

/**
 * Two claims of one document, in two sentences, tied to one occurrence by their names: are they
 * about it both? Figures, and claims of a frame's own topic, must both name the occurrence itself
 * (a proper name in one role, one named participant, one person of an age) with one verb where
 * both frames read one: a writer who gives two figures of one measure nearly always speaks of two
 * things (two loans, two reserves). A rule's dates need a trigger word in common: either sentence
 * holds the other's ("recognised" and "... recognized the group": a text that dates one recognition
 * twice contradicts itself; "concluded" and "signed" may be two treaties).
 */
function oneOccurrenceInOneDocument(a: Claim, b: Claim, fa: ClaimFacts, fb: ClaimFacts): boolean {
  if (a.value.type !== "quantity" && frameTopic(a.rule) === "rule") return mentions(b, a) || mentions(a, b);
  if (fa.predicate !== null && fb.predicate !== null && fa.predicate !== fb.predicate && !oneKindOfHappening(a, b)) return false;
  return [...fa.strongLinks].some((e) => fb.strongLinks.has(e));
}

/**
 * A date written without a year and resolved to a day ("on Saturday", "yesterday", "Feb. 27"):
 * reckoned from its report's own day. Set against a date of a report of another day, it diverges
 * as a later report rather than contradicting: a "Saturday" written on the 18th may be the one
 * before last, and which one the writer meant is not in the text. Reports of one day still
 * contradict ("Thursday" against "Friday" in two reports of the 11th).
 */
function reckoned(c: Claim): boolean {
  return c.value.type === "date" && c.value.granularity === "day" && !/\d{4}/.test(c.text);
}

/** Whether a date's text states its year ("May 2011", "in '09", "1997"); "in May", "Feb. 27", "last October" do not. */
function statesYear(c: Claim): boolean {
  return /\d{4}|['’]\d\d\b/.test(c.text);
}

/** An ISO day moved into another year (29 February into a common year becomes 28 February). */
function inYear(day: string, year: number): string {
  const moved = `${String(year).padStart(4, "0")}${day.slice(4)}`;
  return moved.endsWith("-02-29") && new Date(`${moved}T00:00:00Z`).getUTCMonth() !== 1 ? `${moved.slice(0, 8)}28` : moved;
}

/**
 * A date that states no year ("in May", "Feb. 27", "last October"), set against one that does, and
 * missing it only through the year its document's date lent it: moved into a year the other states,
 * it would fit ("the brigade left in March", in a history dated by its page, against "left in
 * 2019"). What the text states does not conflict; only the reader's guess of the year does.
 */
function yearOnlyImplied(x: Claim, y: Claim): boolean {
  if (x.value.type !== "date" || x.value.start === null || y.value.type === "quantity" || y.value.start === null || statesYear(x) || !statesYear(y)) return false;
  const [from, to] = [Number(x.value.start.slice(0, 4)), Number(x.value.end.slice(0, 4))];
  if (from !== to) return false;
  const [first, last] = [Number(y.value.start.slice(0, 4)), Number(y.value.end.slice(0, 4))];
  for (let year = first; year <= last && year <= first + 10; year++) {
    const moved = { start: inYear(x.value.start, year), end: inYear(x.value.end, year) };
    if (moved.start <= y.value.end && y.value.start <= moved.end) return true;
  }
  return false;
}

/** A date of a frame's own topic that is its document's own day ("Seacom announced today"). */
function ownDay(c: Claim, f: ClaimFacts): boolean {
  return c.value.type === "date" && frameTopic(c.rule) !== "rule" && f.reportedAt !== null && c.value.start === f.reportedAt && c.value.end === f.reportedAt;
}

/**
 * Two dates of a frame's own topic, each its own document's day, of different days: each document
 * reports an act of its own day ("announced today" on 14 October and on 4 November), two acts
 * rather than one act given two dates.
 */
function ownDaysApart(a: Claim, b: Claim, fa: ClaimFacts, fb: ClaimFacts): boolean {
  return ownDay(a, fa) && ownDay(b, fb) && fa.reportedAt !== fb.reportedAt;
}

/**
 * Why two claims whose spans miss each other do not contradict, or null when they do: one is a
 * part of a larger count, they stand in one sentence, they are not both tied to the occurrence,
 * they are two frameless figures of one document (which almost always count different things:
 * exports and imports, two loans), running tallies of different or unknown reporting days, or
 * estimates of different sources.
 */
function apart(a: Claim, b: Claim, fa: ClaimFacts, fb: ClaimFacts): Basis | null {
  if (fa.part || fb.part) return fa.part ? { kind: "part-of-count", part: a.id, other: b.id } : { kind: "part-of-count", part: b.id, other: a.id };
  // a part of a stated whole ("eight of their last 10") against a count without that whole
  if (fa.whole !== fb.whole) return fa.whole !== null ? { kind: "part-of-count", part: a.id, other: b.id } : { kind: "part-of-count", part: b.id, other: a.id };
  if (a.document === b.document && a.sentence === b.sentence) return { kind: "one-sentence", a: a.id, b: b.id };
  if (!fa.tied || !fb.tied || fa.evidence !== fb.evidence || !meets(fa.links, fb.links)) return { kind: "unestablished", a: a.id, b: b.id };
  // linked only by words of a one-off happening's thing: only when they name one thing (group/once.ts)
  if (onlyByOnce(fa.links, fb.links) && !oneThingOnce(a, b)) return { kind: "unestablished", a: a.id, b: b.id };
  if (a.document === b.document && a.value.type === "quantity" && fa.frameless && fb.frameless) return { kind: "unestablished", a: a.id, b: b.id };
  if (a.document === b.document && fa.evidence !== "" && !oneOccurrenceInOneDocument(a, b, fa, fb)) return { kind: "unestablished", a: a.id, b: b.id };
  if ((reckoned(a) || reckoned(b)) && fa.reportedAt !== null && fb.reportedAt !== null && fa.reportedAt !== fb.reportedAt) {
    const [earlier, later] = fa.reportedAt < fb.reportedAt ? [a, b] : [b, a];
    return { kind: "later-report", earlier: earlier.id, later: later.id };
  }
  if (yearOnlyImplied(a, b)) return { kind: "unstated-year", a: a.id, b: b.id };
  if (yearOnlyImplied(b, a)) return { kind: "unstated-year", a: b.id, b: a.id };
  if (reportedApart(a, b, fa, fb) || ownDaysApart(a, b, fa, fb)) {
    const [earlier, later] = fa.reportedAt! < fb.reportedAt! ? [a, b] : [b, a];
    return { kind: "later-report", earlier: earlier.id, later: later.id };
  }
  // (the standing after one game is no running tally: group/game-records.ts)
  if ((fa.tally || fb.tally) && !recordsAfterOneGame(a, b, storyAliasWords)) {
    if (fa.reportedAt === null || fb.reportedAt === null) return { kind: "unknown-report-time", a: a.id, b: b.id };
    if (fa.reportedAt !== fb.reportedAt) {
      const [earlier, later] = fa.reportedAt < fb.reportedAt ? [a, b] : [b, a];
      return { kind: "later-report", earlier: earlier.id, later: later.id };
    }
  }
  if ((fa.estimate || fb.estimate) && fa.source !== fb.source) return { kind: "sources-differ", a: a.id, b: b.id };
  // sums in two currencies at a rate only other reports of the story give: a rate of neither writer
  if (atStoryRate(a, b) && !ownReportsRate(a, b)) return { kind: "converted", a: a.id, b: b.id, rate: (a.exchange ?? 1) / (b.exchange ?? 1) };
  return null;
}

/** A time counted back from the day of writing: "11 weeks ago", "about two years ago", "three months ago". */
const COUNTED_BACK = /^(?:(?:about|around|nearly|almost|some|roughly|approximately)\s+)?([\w-]+(?:\s+[\w-]+)?)\s+(day|week|month|year|decade)s?\s+ago$/i;
const UNIT_DAYS = wordTable<number>({ day: 1, week: 7, month: 28, year: 365, decade: 3652 });

/**
 * Two dates told in the same words counted back from the day of writing ("11 weeks ago" twice,
 * "two years ago" twice), in reports written less than one of that unit apart: the two writers count
 * back the same stretch to the same time, and the unit each one falls in (the week before a Sunday
 * report, the week after it for a Monday one; 2010 from 30 December, 2011 from 2 January) is the
 * calendar's, not a difference between them. Must match: "11 weeks ago" on 9 and 10 April; "two years
 * ago" on 30 December and 2 January; "about three months ago" twice on 31 May and 2 June. Must not:
 * "two days ago" on 9 and 10 April (a whole unit apart: two different days); "11 weeks ago" against
 * "10 weeks ago"; "a year ago" against "last year" (other words); a report without its day.
 */
function countedBackAlike(a: Claim, b: Claim): boolean {
  if (a.value.type !== "date" || b.value.type !== "date") return false;
  const [ma, mb] = [countedBack(a), countedBack(b)];
  if (!ma || !mb || ma.words !== mb.words) return false;
  const days = daysBetweenReports(a.claimFrame?.time ?? { reportedAt: null }, b.claimFrame?.time ?? { reportedAt: null });
  return days !== null && days < UNIT_DAYS[ma.unit]!;
}

/** A date's words counted back ("11 week") and their unit ("week"), read once per claim; null for none. */
function countedBack(c: Claim): { words: string; unit: string } | null {
  let read = countedBackTexts.get(c);
  if (read === undefined) {
    const m = COUNTED_BACK.exec(c.text.trim());
    countedBackTexts.set(c, (read = m ? { words: `${m[1]!.toLowerCase().replace(/\s+/g, " ")} ${m[2]!.toLowerCase()}`, unit: m[2]!.toLowerCase() } : null));
  }
  return read;
}
const countedBackTexts = new WeakMap<Claim, { words: string; unit: string } | null>();

export function comparePair(a: Claim, b: Claim, judging: Judging | boolean, tolerance?: RuleTolerance): { verdict: Verdict; basis: Basis } {
  const j = typeof judging === "boolean" ? plainJudging(a, b, judging, tolerance) : judging;
  if (a.measure !== b.measure) {
    return { verdict: "diverge", basis: { kind: "different-measures", measures: [a.measure ?? "unspecified", b.measure ?? "unspecified"] } };
  }
  if (countedBackAlike(a, b)) return { verdict: "agree", basis: { kind: "same-event", claims: [a.id, b.id] } };
  if (a.value.type === "quantity" && !sameFrame(a, b) && !nestedFramesOfOneValue([a, b], [a, b])) return { verdict: "diverge", basis: { kind: "different-frames", a: a.id, b: b.id } };
  const [fa, fb] = atStoryRate(a, b) ? [atRate(a, j.facts(a)), atRate(b, j.facts(b))] : [j.facts(a), j.facts(b)];
  const [sa, sb] = [fa.span, fb.span];
  if (!overlaps(sa, sb)) {
    if (withinSlack(a, b, fa, fb, j.tolerance)) return { verdict: "diverge", basis: { kind: "within-tolerance", a: a.id, b: b.id } };
    const midnight = acrossMidnight(a, b);
    if (midnight) return { verdict: "diverge", basis: midnight };
    // (one person's birth or death told with two years may contradict in a topic of recurring happenings;
    // one step of a case told with two years is not shown to be one: group/past-happenings.ts;
    // one person's conviction or guilty plea told with two months may: group/guilt-findings.ts)
    if (!j.single && !oneHolderOnce(a, b) && !oneFindingOfGuiltApart(a, b)) return { verdict: "diverge", basis: oneCaseStep(a, b) ? { kind: "unestablished", a: a.id, b: b.id } : { kind: "recurring", a: a.id, b: b.id } };
    if (a.value.type === "quantity" && !canContradict(a, b)) return { verdict: "diverge", basis: { kind: "unstated-frame", a: a.id, b: b.id } };
    const why = apart(a, b, fa, fb);
    if (why) return { verdict: "diverge", basis: why };
    return { verdict: "contradict", basis: { kind: "disjoint-intervals", a: a.id, b: b.id } };
  }
  // the values' own intervals, in the unit the occurrence is compared in
  const [ia, ib] = [fa.interval, fb.interval];
  if (equal(ia, ib)) return { verdict: "agree", basis: { kind: "equal", claims: [a.id, b.id] } };
  if (a.value.type === "quantity" && b.value.type === "quantity") {
    const [va, vb] = [a.value, b.value];
    if (isOpenBound(va) && isOpenBound(vb) && va.nominal !== vb.nominal) {
      return { verdict: "diverge", basis: { kind: "bounds-both-hold", a: a.id, b: b.id } };
    }
    // (units whose conversion is exact, "three decades" and "30 years", are compared as one unit)
    if (va.unit !== vb.unit && fa.scale !== fb.scale && !(convertsExactly(va.unit) && convertsExactly(vb.unit))) return compareConverted(a, b, fa, fb);
    // "less than the $150 million" and "$150 million": the comparison leaves out the very figure the other states
    if (meetsOnlyAtStrictBound(a, va, ia, ib) || meetsOnlyAtStrictBound(b, vb, ib, ia)) {
      return { verdict: "diverge", basis: { kind: "within-tolerance", a: a.id, b: b.id } };
    }
    // Two exact figures whose spans meet: one is a rounding of the other ("$68.7 billion", "$69 billion").
    if (isExactFigure(va) && isExactFigure(vb)) {
      const [stepA, stepB] = [statedStep(a, fa.estimate)!, statedStep(b, fb.estimate)!];
      // (a finer figure at the very edge of what the coarser covers, "four and a half" against
      // "four" or "five", rounds to neither for certain: the two differ, precision.ts roundsTo)
      const [finer, coarser] = stepA <= stepB ? [va.nominal * fa.scale, fb.span] : [vb.nominal * fb.scale, fa.span];
      if (!roundsTo(finer, coarser)) return { verdict: "diverge", basis: { kind: "within-tolerance", a: a.id, b: b.id } };
      return stepA <= stepB
        ? { verdict: "agree", basis: { kind: "refinement", finer: a.id, coarser: b.id } }
        : { verdict: "agree", basis: { kind: "refinement", finer: b.id, coarser: a.id } };
    }
    // A figure inside an open bound ("around 1.2 million" within "more than 800,000"), an exact
    // figure inside an approximation, or the same number stated twice: the finer one refines.
    const sameNumber = va.nominal !== null && va.nominal === vb.nominal;
    if (contains(ia, ib) && (isExact(b) || sameNumber || isOpenBound(va))) return { verdict: "agree", basis: { kind: "refinement", finer: b.id, coarser: a.id } };
    if (contains(ib, ia) && (isExact(a) || sameNumber || isOpenBound(vb))) return { verdict: "agree", basis: { kind: "refinement", finer: a.id, coarser: b.id } };
    return { verdict: "diverge", basis: { kind: "within-tolerance", a: a.id, b: b.id } };
  }
  if (contains(ia, ib)) return { verdict: "agree", basis: { kind: "refinement", finer: b.id, coarser: a.id } };
  if (contains(ib, ia)) return { verdict: "agree", basis: { kind: "refinement", finer: a.id, coarser: b.id } };
  return { verdict: "diverge", basis: { kind: "within-tolerance", a: a.id, b: b.id } };
}

function frameKey(c: Claim): string {
  return c.value.type === "quantity" && c.frame ? `${c.frame.start}/${c.frame.end}` : "";
}

/** How far apart (days) reports may lie and still tell one time, when a figure's only frame is its report's year. */
const ONE_TIME_DAYS = 92;

/**
 * Whether claims whose only time frames are their documents' years (frameImplied) were reported
 * within ONE_TIME_DAYS of each other: a story followed across a new year ("Lee, 61," on 20
 * December and "Lee, 61," on 15 January) tells one time, not one figure for each year. Not when a
 * claim states a frame of its own ("in 2009"), nor when a reporting day is unknown, nor for
 * reports a year apart (two addresses of two years).
 */
function oneTimeOfReport(claims: readonly Claim[]): boolean {
  let first = Infinity;
  let last = -Infinity;
  const years = new Set<string>();
  for (const c of claims) {
    if (!c.frame) continue;
    const at = c.claimFrame?.time.reportedAt;
    if (!c.frameImplied || !at) return false;
    years.add(frameKey(c));
    const day = toInterval({ type: "date", start: at, end: at, granularity: "day", approximate: false }).lo;
    first = Math.min(first, day);
    last = Math.max(last, day);
  }
  return years.size > 1 && last - first <= ONE_TIME_DAYS;
}

/**
 * One value stated in frames that nest, each within the next ("a trial set for 28 October, lasting
 * three days" and "a three-day trial pencilled in for October"; "12 killed on 3 May" and "12 killed
 * in May"): the narrower frame is a part of the wider one, and where every claim gives the same value
 * they tell one figure, so they are one part and agree. Never two frames side by side ("in 2023",
 * "in 2024": two periods) nor two values (a count for a day and one for its month may differ and
 * still both hold, so they stay apart parts: no contradiction across nested frames).
 */
function nestedFramesOfOneValue(claims: readonly Claim[], anchors: readonly Claim[]): boolean {
  if (!oneValue(claims)) return false;
  // (one sale's price, each frame a year the sale is told in: the dates are the sale's, compared on
  // their own, not periods the price held over: group/sale-prices.ts salePriceOfFigure)
  if (onePriceTold(claims)) return true;
  // (one sum of one thing voted through, each frame the year of the vote: group/approved-sums.ts)
  if (oneApprovedSumTold(claims)) return true;
  if (anchors.some((c) => !c.frame || c.frameImplied)) return false;
  const frames = anchors.map((c) => frameInterval(c.frame!));
  return frames.every((a, i) => frames.slice(i + 1).every((b) => contains(a, b) || contains(b, a)));
}

/** Claims that all tell one sale's price, one amount in one currency (group/sale-prices.ts). */
function onePriceTold(claims: readonly Claim[]): boolean {
  const first = claims[0] === undefined ? null : salePriceOfFigure(claims[0]);
  return first !== null && claims.every((c) => salePriceOfFigure(c) === first);
}

/**
 * The comparable parts of claims of one measure: one per time frame — stated frames, and the
 * implied frames (document years) that fit no stated one. A claim joins every part whose frame
 * its own fits (sameFrame): claims without a frame join all parts, a claim with an implied frame
 * joins the stated frames it overlaps.
 */
function framePartitions(claims: readonly Claim[]): Claim[][] {
  // (one age told again in a later year: ages-retold.ts)
  if (oneTimeOfReport(claims) || oneAgeRetold(claims)) return [[...claims]];
  const anchors = new Map<string, Claim>();
  // One claim per distinct stated frame is enough to ask whether an implied frame fits a stated one.
  const stated = [...new Map(claims.filter((o) => o.frame && !o.frameImplied).map((o) => [frameKey(o), o])).values()];
  for (const c of claims) {
    if (frameKey(c) === "" || anchors.has(frameKey(c))) continue;
    const fitsStated = c.frameImplied && stated.some((o) => sameFrame(c, o));
    if (!fitsStated) anchors.set(frameKey(c), c);
  }
  if (anchors.size <= 1 || nestedFramesOfOneValue(claims, [...anchors.values()])) return [[...claims]];
  return [...anchors.values()].map((anchor) => claims.filter((c) => frameKey(c) === frameKey(anchor) || sameFrame(c, anchor) && (frameKey(c) === "" || c.frameImplied !== anchor.frameImplied)));
}

/** Which part of an occurrence a finding judges: one measure in one time frame, or the measures or frames side by side. */
type Part = Pick<OccurrenceIdentity, "kind" | "measure" | "frame">;

function partOf(claims: readonly Claim[]): Part {
  const frames = [...new Set(claims.filter((c) => c.frame).map(frameKey))].sort();
  return { kind: "part", measure: claims[0]?.measure ?? null, frame: frames.length > 0 ? frames.join(",") : null };
}

function makeFinding(group: ClaimGroup, j: Judging, claims: readonly Claim[], verdict: Verdict, basis: Basis, part: Part): Finding {
  const compare = (a: Claim, b: Claim) => comparePair(a, b, j);
  const sides = sidesOf(claims, compare, (c) => j.facts(c).span);
  // Running tallies are read in the order they were reported.
  if (basis.kind === "later-report") {
    const day = (side: readonly Claim[]): string => side.map((c) => j.facts(c).reportedAt ?? "9999").sort()[0]!;
    sides.sort((x, y) => (day(x) < day(y) ? -1 : day(x) > day(y) ? 1 : 0));
  }
  return buildFinding(group, { identity: { ...part, names: j.names }, claims, verdict, basis, sides, attribution: (c) => j.facts(c).attribution });
}

/** Whether every pair of these claims shares its time frame (sameFrame), asked of one claim per distinct frame. */
function framesAgree(claims: readonly Claim[]): boolean {
  const one = new Map<string, Claim>();
  for (const c of claims) if (c.frame) one.set(`${frameKey(c)}|${Boolean(c.frameImplied)}`, c);
  const reps = [...one.values()];
  return reps.every((a, i) => reps.slice(i + 1).every((b) => sameFrame(a, b)));
}

/** A day told as its night or its small hours (acrossMidnight reads the pair). */
function nightOrSmallHours(c: Claim): boolean {
  return c.value.type === "date" && c.value.granularity === "day" && (NIGHT.test(c.text) || SMALL_HOURS.test(c.text));
}

/**
 * Whether a date that states no year took one from its document other than the one year some date
 * stating its year gives (or that date spans several years): only such a pair may be "unstated-year"
 * (yearOnlyImplied), so only then is every pair compared. "May" in a report of 1997 beside "1997"
 * decides nothing.
 */
function yearsLentApart(claims: readonly Claim[]): boolean {
  const lent = new Set<number>();
  for (const c of claims) if (c.value.type === "date" && c.value.start !== null && !statesYear(c) && c.value.start.slice(0, 4) === c.value.end.slice(0, 4)) lent.add(Number(c.value.start.slice(0, 4)));
  if (lent.size === 0) return false;
  for (const c of claims) {
    if (c.value.type === "quantity" || c.value.start === null || !statesYear(c)) continue;
    const [from, to] = [Number(c.value.start.slice(0, 4)), Number(c.value.end.slice(0, 4))];
    // (a span of several years may hold the date in another of its years)
    if (from !== to) return true;
    for (const year of lent) if (year !== from) return true;
  }
  return false;
}

/**
 * Two claims of one sentence, two claims of one document tied to an occurrence, two figures of
 * one document read without a frame, figures of a frame's topic reported on different days, a frame's
 * date that is its document's own day, a date without its year beside one with it, or a night or
 * small hours (acrossMidnight): their pair is not decided by values and classes alone (they never contradict each other, yet each may
 * contradict a third), so every pair is compared.
 */
function pairsDecideAlone(claims: readonly Claim[], j: Judging): boolean {
  const sentences = new Set<string>();
  const frameless = new Set<string>();
  const documents = new Set<string>();
  // figures of a frame's topic of more than one reporting day, or of a report known only to its
  // month (which reportedApart never takes for the same day)
  const framed = claims.filter((c) => c.value.type === "quantity" && frameTopic(c.rule) !== "rule" && j.facts(c).reportedAt !== null);
  if (new Set(framed.map((c) => j.facts(c).reportedAt)).size > 1 || framed.some((c) => j.facts(c).reportedUntil !== null)) return true;
  if (claims.some((c) => ownDay(c, j.facts(c)) || reckoned(c) || nightOrSmallHours(c))) return true;
  if (yearsLentApart(claims)) return true;
  for (const c of claims) {
    const sentence = `${c.document}\u0000${c.sentence}`;
    if (sentences.has(sentence)) return true;
    sentences.add(sentence);
    // claims of one document tied to an occurrence: whether they may contradict depends on the pair
    if (j.facts(c).evidence !== "" && documents.has(c.document)) return true;
    documents.add(c.document);
    if (c.value.type !== "quantity" || !j.facts(c).frameless) continue;
    if (frameless.has(c.document)) return true;
    frameless.add(c.document);
  }
  return false;
}

/**
 * Two values of two documents that one document gives both of, held apart there as two things (in
 * one sentence, or not tied to one occurrence: two loans, revenue and spending): a third and a fourth
 * document that each give one of them, or two copies of one report, do not make them one
 * occurrence's conflict. (Given by two sources, or held apart only because two sources differ, they
 * still may: "police said 18 were hurt, the hospital 12" against another report's 12.) Answers per
 * pair of values, once.
 */
/**
 * A claim asked for evidence of its occurrence that gives none at all (no name in a role, no named
 * participant, no words of a one-off thing), and is not held aside by its own sentence: its
 * document leaves open what it is about, rather than telling it apart from the document's other
 * figures. Must hold: "He then broke away for a 60-yard run" (a pronoun only). Must not hold:
 * "Ross broke away for a 60-yard run on the opening snap" (a runner and a place in the game);
 * "another 60-yard run" (set apart by its sentence); any claim of an occurrence that asks no identity.
 */
function saysNothing(f: ClaimFacts): boolean {
  return f.evidence !== "" && f.links.size === 0;
}

/** Why a pair of one document is two things, not one thing told two ways (sources, reporting days). */
const THINGS_APART: ReadonlySet<Basis["kind"]> = new Set(["one-sentence", "unestablished", "part-of-count"]);

function heldApartByOneDocument(claims: readonly Claim[], j: Judging): (a: Claim, b: Claim) => boolean {
  const keyOf = (c: Claim): string => {
    const iv = j.facts(c).interval;
    return `${iv.lo}:${iv.hi}`;
  };
  let byDocument: Map<string, Map<string, Claim[]>> | null = null;
  const answers = new Map<string, boolean>();
  return (a, b) => {
    const [ka, kb] = [keyOf(a), keyOf(b)];
    const asked = ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
    const known = answers.get(asked);
    if (known !== undefined) return known;
    if (!byDocument) {
      byDocument = new Map();
      for (const c of claims) {
        let values = byDocument.get(c.document);
        if (!values) byDocument.set(c.document, (values = new Map()));
        const list = values.get(keyOf(c));
        if (list) list.push(c);
        else values.set(keyOf(c), [c]);
      }
    }
    let apartThere = false;
    for (const values of byDocument.values()) {
      const [xs, ys] = [values.get(ka), values.get(kb)];
      if (!xs || !ys) continue;
      const twoThings = (x: Claim, y: Claim): boolean => {
        if (j.facts(x).attribution !== j.facts(y).attribution) return false;
        const kind = comparePair(x, y, j).basis.kind;
        // a value whose sentence names nothing at all ("He broke away for an 86-yard run") is not
        // held apart from the other by its document: the document only does not say whose it is
        return THINGS_APART.has(kind) && !(kind === "unestablished" && (saysNothing(j.facts(x)) || saysNothing(j.facts(y))));
      };
      if (xs.some((x) => ys.some((y) => twoThings(x, y)))) {
        apartThere = true;
        break;
      }
    }
    answers.set(asked, apartThere);
    return apartThere;
  };
}

/** Claims of one measure and frame: the most serious pair verdict, or null when there is nothing to report. */
function judgePartition(group: ClaimGroup, j: Judging, claims: readonly Claim[]): Finding | null {
  if (claims.length < 2) return null;
  // one document's claims make a finding only by contradicting each other, which claims whose spans all meet cannot
  if (oneDocument(claims) && spansAllMeet(claims, j)) return null;
  const tolerance = j.tolerance;
  const heldApart = heldApartByOneDocument(claims, j);
  const worst = worstPair(claims, {
    single: j.single,
    compare: (a, b) => {
      const pair = comparePair(a, b, j);
      if (pair.verdict !== "contradict") return pair;
      if (heldApart(a, b)) return { verdict: "diverge", basis: { kind: "unestablished", a: a.id, b: b.id } };
      // a claim of a document read as of a day only its story lent it is a reader's inference
      const lent = [a, b].find(storyDated);
      return lent ? { verdict: "diverge", basis: { kind: "story-date", a: lent.id, b: (lent === a ? b : a).id } } : pair;
    },
    framesAgree: framesAgree(claims),
    side: frameSide,
    span: (c) => j.facts(c).span,
    classOf: (c) => contradictionClass(j.facts(c)),
    pairwiseOnly: pairsDecideAlone(claims, j),
    // (a contradiction is of disjoint spans: comparePair; sums at their story's rate are spanned pair by pair)
    contradictionsDisjoint: claims.every((c) => c.exchange === undefined),
    ...(tolerance ? { ruleSlack: (c: Claim) => toleranceSlack(tolerance, c.value) * j.facts(c).scale } : {}),
    ...(j.converted ? { scale: (c: Claim) => j.facts(c).scale } : {}),
  });
  if (!worst) return null;
  if (new Set(claims.map((c) => c.document)).size < 2 && worst.verdict !== "contradict") return null;
  return makeFinding(group, j, claims, worst.verdict, worst.basis, partOf(claims));
}

/** A claim of a document read as of the day its story lent it (pipeline.ts STORY_DATED). */
const storyDated = (c: Claim): boolean => c.provenance.includes("date:story");

/** Whether the claims all stand in one document. */
function oneDocument(claims: readonly Claim[]): boolean {
  return claims.every((c) => c.document === claims[0]!.document);
}

/**
 * Whether every two of the claims' spans meet (comparePair contradicts only claims whose spans do
 * not): for intervals, exactly when the latest start lies at or before the earliest end. Not asked
 * of sums compared at their story's rate (atRate widens their spans pair by pair). Must hold:
 * 2 and 2 told many times; 2 to 4 and 3 to 5. Must not: 2 and 3; 2 to 4, 3 to 5 and 5 to 6.
 */
export function spansAllMeet(claims: readonly Claim[], j: Judging): boolean {
  let maxLo = -Infinity;
  let minHi = Infinity;
  for (const c of claims) {
    if (c.exchange !== undefined) return false;
    const { lo, hi } = j.span(c);
    maxLo = Math.max(maxLo, lo);
    minHi = Math.min(minHi, hi);
  }
  return maxLo <= minHi;
}

/** Whether every claim states one value (the same interval). */
function oneValue(claims: readonly Claim[]): boolean {
  const first = toInterval(claims[0]!.value);
  return claims.every((c) => equal(toInterval(c.value), first));
}

/**
 * One occurrence → its findings. Claims are split by measure, then by time frame (claims without
 * a frame join every frame); each part with two sources (or a self-contradiction) is judged on its
 * own. When a measure holds several frames (and its claims more than one value), or the occurrence
 * several measures, from two or more documents, one more finding says so (diverge) — so "1.7 million ordered to leave" and "1.2
 * million repatriated" are reported side by side without ever contradicting.
 */
export function judgeGroup(group: ClaimGroup): Finding[] {
  if (group.undated) return judgeUndatedGroup(group);
  const j = judgingOf(group);
  const byMeasure = new Map<string, Claim[]>();
  for (const c of group.claims) {
    const list = byMeasure.get(c.measure ?? "");
    if (list) list.push(c);
    else byMeasure.set(c.measure ?? "", [c]);
  }
  // One comparison of the same claims reached twice (two frames holding the same claims) is one finding.
  const findings = new Map<string, Finding>();
  const byId = new Map(group.claims.map((c) => [c.id, c]));
  const add = (f: Finding | null): void => {
    if (!f) return;
    const key = comparisonKey(f.verdict, f.claims.map((id) => byId.get(id)!));
    if (!findings.has(key)) findings.set(key, f);
  };
  const documents = (claims: readonly Claim[]): number => new Set(claims.map((c) => c.document)).size;
  for (const claims of byMeasure.values()) {
    const parts = framePartitions(claims);
    for (const part of parts) add(part.length > 1 ? judgePartition(group, j, part) : null);
    // one figure stated for several periods ("$1,500" in an address of 1997 and of 1998) differs in nothing
    if (parts.length > 1 && documents(claims) > 1 && !oneValue(claims)) {
      const framed = claims.filter((c) => frameKey(c) !== "");
      const other = framed.find((c) => frameKey(c) !== frameKey(framed[0]!))!;
      add(makeFinding(group, j, claims, "diverge", { kind: "different-frames", a: framed[0]!.id, b: other.id }, { kind: "frames", measure: claims[0]!.measure, frame: null }));
    }
  }
  if (byMeasure.size > 1 && documents(group.claims) > 1) {
    const measures = [...byMeasure.keys()].map((m) => (m === "" ? "unspecified" : m));
    add(makeFinding(group, j, group.claims, "diverge", { kind: "different-measures", measures }, { kind: "measures", measure: null, frame: null }));
  }
  return [...findings.values()];
}
