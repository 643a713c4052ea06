/**
 * REFERENCE (judge): the verdict rules written a second time, as plainly as possible, to check
 * src/judge/ against. It imports nothing from src/ but types and the reading of who a claim names
 * (group/participants.ts partiesOf: the tokens, not what they prove), has its own interval
 * arithmetic and compares every pair of claims; src/judge/ finds the same pair without visiting every pair, caches
 * frames and shares code with the grouper. test/perf/group-judge.test.ts checks that both give
 * the same findings (verdict, basis, claims, sides) on random claims. Not used by relcheck itself:
 * a change to what a verdict means is made here and in src/judge/ alike.
 *
 * The rules, for two claims a and b of one occurrence (README, "What the verdicts mean"):
 *   - different measures: diverge (different-measures);
 *   - figures for different time frames: diverge (different-frames); a claim without a frame fits
 *     any frame; a frame implied by the document's year fits a stated frame it overlaps; otherwise
 *     frames must be the same period, or one stated frame within the other when both claims
 *     state one value (a day and its month: one figure);
 *   - an exact figure stands for what rounds to it: the place value of its last written digit
 *     (the scale, "billion", counted in), half of it either side, stopping 2^-21 of it short of
 *     each end; for an estimate the trailing zeros of a whole number round too;
 *   - spans that do not overlap:
 *       approximate figures that miss by no more than the larger tolerance: diverge (within-tolerance);
 *       a recurring topic: diverge (recurring);
 *       figures, one for a stated frame and one for an implied frame, or one whose period is
 *         unknown (undated): diverge (unstated-frame);
 *       a figure inside a longer one of its document (a part of a count), or a part of a stated
 *       whole ("eight of their last 10") against a claim that is not a part of that whole: diverge (part-of-count);
 *       two values of one sentence: diverge (one-sentence);
 *       a value its sentence holds aside (negated, hypothetical, a comparison's base, an
 *         increment), claims not linked to each other, or two figures of one document read without frames:
 *         diverge (unestablished). With no identity given, every pair counts as linked; otherwise
 *         the two claims must share evidence — a proper name (not a country) both
 *         frames give in one role, one participant named finer than a country both give in one
 *         role, a topic's title
 *         word, or two tokens in common, not both common nouns (for a frame's own topic,
 *         "frame:kill/person", only the first two; for one without a predicate or a counted
 *         thing, "frame:-/money", nothing);
 *       a running tally (the occurrence's rule, or any of its claims, says so) with a reporting
 *         day unknown: diverge (unknown-report-time); of different days: diverge (later-report);
 *       estimates (the rule, or any claim, says so) of different sources: diverge (sources-differ);
 *       otherwise: contradict (disjoint-intervals);
 *   - the same interval (as stated): agree (equal);
 *   - figures that are two open bounds ("over", "at least", "up to", "nearly") of different
 *     numbers: diverge (bounds-both-hold);
 *   - two exact figures whose spans meet: agree (refinement), the one with the finer step finer,
 *     when the finer one's number lies within what the coarser covers; otherwise (a number at the
 *     coarser's very edge, "4.5" against "4") diverge (within-tolerance);
 *   - one inside the other: agree (refinement) — for figures only when the inner one is exact,
 *     the outer one an open bound, or both state the same number;
 *   - anything else that overlaps: diverge (within-tolerance).
 * An occurrence whose figures are written in two units of one dimension (metres and feet) is
 * compared in the dimension's base unit: each figure's span, interval and allowances converted, an
 * exact figure covering at least what rounds to its first two digits and the ends of other
 * figures widened by half that much; two overlapping figures of different units agree when each
 * number, converted, lies within the other's span (the narrower finer), or when a bound or an
 * approximation holds the other's number and that other is exact or the first a bound; else they diverge.
 * A finding takes the gravest pair (contradict > diverge > agree), among those the pair whose
 * spans overlap most (shared length over joint length), among those the first pair in order;
 * pairs within one document count only when they contradict. Every figure counts. Its sides:
 * claims taken most precise first (narrowest span, then first in order), each value once, each
 * joining the first side every claim of which it agrees with; sides listed by documents, then
 * claims, then first place, or, for a later report, by their earliest reporting day.
 */
import { namesNoHappening } from "../../../src/group/occurrence-topics.js";
import { oneKindOfHappening } from "../../../src/group/predicate-classes.js";
import { ownerOf, partOfSpelledOutCount, partiesOf } from "../../../src/group/participants.js";
import type { Basis, Claim, ClaimGroup, ClaimId, IsoDay, QuantityValue, RuleTolerance, Value, Verdict } from "../../../src/types.js";

export interface ReferenceFinding {
  verdict: Verdict;
  basis: Basis;
  claims: ClaimId[];
  measures: (string | null)[];
  selfContradiction: boolean;
  sides: ClaimId[][];
}

interface Span {
  lo: number;
  hi: number;
}

const GRAVITY: Record<Verdict, number> = { agree: 0, diverge: 1, contradict: 2 };
const OPEN = ["over", "at least", "up to", "nearly"];

function day(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return Math.round(t.getTime() / 86_400_000);
}

function span(v: Value): Span {
  if (v.type === "quantity") return { lo: v.min === null ? -Infinity : v.min, hi: v.max === null ? Infinity : v.max };
  if (v.start === null || v.end === null) return { lo: -Infinity, hi: Infinity };
  return { lo: day(v.start), hi: day(v.end) };
}

const meet = (a: Span, b: Span): boolean => !(a.hi < b.lo || b.hi < a.lo);
const within = (outer: Span, inner: Span): boolean => outer.lo <= inner.lo && inner.hi <= outer.hi;

/** Shared length over joint length, counting both ends (days are inclusive); 0.5 when unbounded. */
function overlap(a: Span, b: Span): number {
  if (!meet(a, b)) return 0;
  const shared = Math.min(a.hi, b.hi) - Math.max(a.lo, b.lo) + 1;
  const joint = Math.max(a.hi, b.hi) - Math.min(a.lo, b.lo) + 1;
  if (!Number.isFinite(joint) || joint <= 0) return 0.5;
  return shared / joint;
}

function ownTolerance(v: Value): number {
  if (v.type !== "quantity" || !v.approximate || v.nominal === null || v.min === null || v.max === null) return 0;
  return Math.max(v.max - v.nominal, v.nominal - v.min);
}

function frameOf(c: Claim): Span | null {
  return c.frame ? span(c.frame) : null;
}

function framesFit(a: Claim, b: Claim): boolean {
  if (!a.frame || !b.frame) return true;
  const impliedA = a.frameImplied === true;
  const impliedB = b.frameImplied === true;
  if (impliedA !== impliedB) return meet(frameOf(a)!, frameOf(b)!);
  return (a.frame.start === b.frame.start && a.frame.end === b.frame.end) || (impliedA && oneTimeOfReport([a, b]));
}

/** A season: reports this close whose figures' only frames are their documents' years tell one time. */
const SEASON_DAYS = 92;

function reportedOn(c: Claim): number | null {
  const at = c.claimFrame?.time.reportedAt;
  return at ? Date.parse(`${at}T00:00:00Z`) / 86_400_000 : null;
}

/** Every framed claim's frame is implied, there are two years or more of them, and the reports lie within a season. */
function oneTimeOfReport(claims: readonly Claim[]): boolean {
  const framed = claims.filter((c) => c.frame);
  if (framed.some((c) => c.frameImplied !== true || reportedOn(c) === null)) return false;
  if (new Set(framed.map((c) => `${c.frame!.start}/${c.frame!.end}`)).size < 2) return false;
  const days = framed.map((c) => reportedOn(c)!);
  return Math.max(...days) - Math.min(...days) <= SEASON_DAYS;
}

function isOpen(v: QuantityValue): boolean {
  return v.qualifier !== null && OPEN.includes(v.qualifier);
}

function isExactFigure(v: Value): boolean {
  return v.type !== "quantity" || (!v.approximate && v.min !== null && v.min === v.max);
}

/** One number, no qualifier, no tolerance: a figure whose digits state its precision. */
function roundable(v: Value): v is QuantityValue & { nominal: number } {
  return v.type === "quantity" && !v.approximate && v.qualifier === null && v.min !== null && v.min === v.max && v.nominal !== null;
}

const SCALE_WORDS: [RegExp, number][] = [
  [/\bthousand\b/i, 1e3],
  [/\bmillion\b/i, 1e6],
  [/\bbillion\b/i, 1e9],
  [/\btrillion\b/i, 1e12],
  [/\b(?:lakhs?|lac)\b/i, 1e5],
  [/\bcrores?\b/i, 1e7],
];

/** The place value of the last digit a figure states (see the header), or null. */
function step(c: Claim, estimate: boolean): number | null {
  const v = c.value;
  if (!roundable(v)) return null;
  const n = v.nominal;
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(c.text);
  let place: number;
  let whole: string | null = null;
  if (digits) {
    const plain = digits[0].split(",").join("");
    const dot = plain.indexOf(".");
    const decimals = dot < 0 ? 0 : plain.length - dot - 1;
    const written = Number(plain);
    const factor = written > 0 && n !== 0 ? 10 ** Math.round(Math.log10(Math.abs(n / written))) : 1;
    place = factor * 10 ** -decimals;
    if (decimals === 0) whole = dot < 0 ? plain : plain.slice(0, dot);
  } else {
    const scale = SCALE_WORDS.find(([re]) => re.test(c.text));
    place = scale ? scale[1] : 1;
    // down to the last decimal a fraction states (6.4: tenths)
    while (place > 1e-9 && Math.abs(n / place - Math.round(n / place)) >= 1e-9 * Math.max(1, Math.abs(n / place))) place /= 10;
    whole = String(Math.round(n / place));
  }
  if (estimate && whole !== null) {
    const digitsOnly = whole.replace(/^0+(?=\d)/, "");
    if (digitsOnly !== "0") {
      let zeros = 0;
      while (zeros < digitsOnly.length - 1 && digitsOnly[digitsOnly.length - 1 - zeros] === "0") zeros++;
      place *= 10 ** zeros;
    }
  }
  return place;
}

/** Metres, metres per second, kilograms, square metres, kWh, kW in one of each unit. */
const FACTORS: Record<string, [string, number]> = {
  m: ["length", 1], km: ["length", 1000], cm: ["length", 0.01], mm: ["length", 0.001], mi: ["length", 1609.344], ft: ["length", 0.3048],
  km2: ["area", 1e6], mi2: ["area", 2_589_988.110336], ha: ["area", 1e4], acre: ["area", 4046.8564224],
  "m/s": ["speed", 1], "km/h": ["speed", 1000 / 3600], mph: ["speed", 1609.344 / 3600], kn: ["speed", 1852 / 3600],
  kg: ["mass", 1], lb: ["mass", 0.45359237],
  kWh: ["energy", 1], MWh: ["energy", 1e3], GWh: ["energy", 1e6], TWh: ["energy", 1e9], kW: ["power", 1], MW: ["power", 1e3], GW: ["power", 1e6],
};

function severalUnits(claims: readonly Claim[]): boolean {
  const units = claims.flatMap((c) => (c.value.type === "quantity" && FACTORS[c.value.unit] ? [c.value.unit] : []));
  return units.some((u) => units.some((w) => w !== u && FACTORS[w]![0] === FACTORS[u]![0]));
}

const scaleOf = (o: Occurrence, c: Claim): number => (o.converted && c.value.type === "quantity" ? (FACTORS[c.value.unit]?.[1] ?? 1) : 1);
const scaled = (s: Span, by: number): Span => (by === 1 ? s : { lo: s.lo * by, hi: s.hi * by });
/** Two significant digits: half of this is the rounding a conversion is allowed. */
const twoDigits = (n: number): number => (n === 0 || !Number.isFinite(n) ? 0 : 10 ** (Math.floor(Math.log10(Math.abs(n)) + 1e-9) - 1));

function covers(o: Occurrence, c: Claim, estimate: boolean): Span {
  const p = step(c, estimate);
  const f = scaleOf(o, c);
  if (p === null) {
    const s = span(c.value);
    if (!o.converted || c.value.type !== "quantity") return s;
    const slack = c.value.nominal === null ? 0 : twoDigits(c.value.nominal) / 2;
    return { lo: (s.lo - slack) * f, hi: (s.hi + slack) * f };
  }
  const n = (c.value as QuantityValue).nominal!;
  const q = o.converted ? Math.max(p, twoDigits(n)) : p;
  const half = q / 2 - q / 2 ** 21;
  return { lo: (n - half) * f, hi: (n + half) * f };
}

// ---- who a claim names, and the evidence that ties it to its occurrence ----------------------

/** Every token a claim names: countries, finer names, keys of unnamed participants. */
function keys(c: Claim): string[] {
  const out = new Set<string>();
  for (const p of partiesOf(c)) {
    for (const t of p.countries) out.add(t);
    for (const t of p.names) out.add(t);
    if (p.plain) out.add(`plain:${p.plain}`);
  }
  return [...out];
}

/** Evidence of one occurrence between two claims (see the header). */
function linked(a: Claim, b: Claim): boolean {
  const loose = (c: Claim): boolean => c.rule.startsWith("frame:");
  const unnamed = (c: Claim): boolean => (loose(c) && c.rule.slice(6).split("/").some((part) => part === "" || part === "-")) || namesNoHappening(c);
  if (unnamed(a) || unnamed(b)) return false;
  const [oa, ob] = [ownerOf(a), ownerOf(b)];
  if (oa !== null || ob !== null) return oa !== null && oa === ob;
  const named = (c: Claim): string[] => partiesOf(c).flatMap((p) => (p.role === null ? [] : p.names.map((n) => `${p.role} ${n}`)));
  const nb = named(b);
  if (named(a).some((n) => nb.includes(n))) return true;
  const whole = (c: Claim): string[] => partiesOf(c).flatMap((p) => (p.role !== null && p.key !== null && p.names.length > 0 ? [`${p.role} ${p.key}`] : []));
  const wb = whole(b);
  if (whole(a).some((k) => wb.includes(k))) return true;
  if (loose(a) || loose(b)) return false;
  const kb = keys(b);
  const common = keys(a).filter((k) => kb.includes(k));
  return (common.length >= 2 && common.some((k) => !k.startsWith("plain:"))) || common.some((k) => k.startsWith("title:"));
}

/**
 * Two claims of one document (tied to one occurrence otherwise): a rule's dates, one trigger word;
 * figures and a frame's own topic, a proper name both frames give in one role, one named
 * participant, or one person of an age, and one predicate (or predicates of one class:
 * src/group/predicate-classes.ts) where both read one.
 */
function sameOccurrenceInOneDocument(a: Claim, b: Claim): boolean {
  const trigger = (t: string): string => t.toLowerCase().replace(/is(e|ed|es|ing)$/, "iz$1").replace(/(?:ed|d|es|s|ing)$/, "");
  const words = (text: string): string => ` ${(text.match(/[\p{L}]+/gu) ?? []).map(trigger).join(" ")} `;
  const holds = (sentence: string, t: string): boolean => t.trim() !== "" && words(sentence).includes(words(t));
  if (a.value.type !== "quantity" && !a.rule.startsWith("frame:")) return holds(b.sentence, a.trigger) || holds(a.sentence, b.trigger);
  const [pa, pb] = [a.claimFrame?.predicate?.lemma ?? null, b.claimFrame?.predicate?.lemma ?? null];
  if (pa !== null && pb !== null && pa !== pb && !oneKindOfHappening(a, b)) return false;
  const [oa, ob] = [ownerOf(a), ownerOf(b)];
  if (oa !== null && oa === ob) return true;
  const named = (c: Claim): string[] => partiesOf(c).flatMap((p) => (p.role === null ? [] : p.names.map((n) => `${p.role} ${n}`)));
  const whole = (c: Claim): string[] => partiesOf(c).flatMap((p) => (p.role !== null && p.key !== null && p.names.length > 0 ? [`${p.role} ${p.key}`] : []));
  const [nb, wb] = [named(b), whole(b)];
  return named(a).some((n) => nb.includes(n)) || whole(a).some((k) => wb.includes(k));
}

interface Occurrence {
  /** Figures of one dimension written in two units: compared converted. */
  converted: boolean;
  single: boolean;
  identity: readonly string[] | undefined;
  tallies: boolean;
  estimates: boolean;
  reportingDays: Readonly<Record<string, IsoDay>>;
  claims: readonly Claim[];
  tolerance: RuleTolerance | undefined;
}

const SO_FAR = /\b(?:so far|at least|death toll|(?:rose|risen|rises|climbed|jumped|reached|increased) to)\b/i;
const ownTally = (c: Claim): boolean => (c.claimFrame ? c.claimFrame.time.tally : SO_FAR.test(c.sentence));
const ownEstimate = (c: Claim): boolean => (c.value.type === "quantity" && c.value.qualifier === "estimated") || Boolean(c.claimFrame?.modality.includes("forecast"));

type OccurrenceInput = Pick<ClaimGroup, "cardinality"> & Partial<Pick<ClaimGroup, "identity" | "estimates" | "tallies" | "reportingDays" | "claims" | "tolerance">>;

function occurrence(group: OccurrenceInput): Occurrence {
  const claims = group.claims ?? [];
  return {
    converted: severalUnits(claims),
    single: group.cardinality === "single",
    identity: group.identity,
    tallies: Boolean(group.tallies) || claims.some(ownTally),
    estimates: Boolean(group.estimates) || claims.some(ownEstimate),
    reportingDays: group.reportingDays ?? {},
    claims,
    tolerance: group.tolerance,
  };
}

const estimateOf = (o: Occurrence, c: Claim): boolean => o.estimates || ownEstimate(c);
const tallyOf = (o: Occurrence, c: Claim): boolean => o.tallies || ownTally(c);
const reportedAt = (o: Occurrence, c: Claim): IsoDay | null => c.claimFrame?.time.reportedAt ?? o.reportingDays[c.document] ?? null;
const sourceOf = (c: Claim): string => (c.claimFrame?.attribution ? `said:${c.claimFrame.attribution.toLowerCase()}` : `document:${c.document}`);

/** A figure whose expression lies within a longer one of the same document: a part of that count. */
/** The whole of a partitive ("eight of their last 10 games"): the verb counts the part. */
/** Where a claim's text stands in its sentence as a word of its own, once; -1 otherwise. */
function wordAt(c: Claim): number {
  const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  const found: number[] = [];
  for (let at = c.sentence.indexOf(c.text); at >= 0 && c.text !== ""; at = c.sentence.indexOf(c.text, at + 1)) {
    if (!isWordChar(c.sentence[at - 1]) && !isWordChar(c.sentence[at + c.text.length])) found.push(at);
  }
  return found.length === 1 ? found[0]! : -1;
}

function wholeOfPartitive(c: Claim): boolean {
  if (c.value.type !== "quantity") return false;
  const at = wordAt(c);
  if (at < 0) return false;
  const before = c.sentence.slice(0, at);
  return /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|some|most|all|half|several|none|each)\s+of\s+(?:(?:the|their|its|his|her|our|those|these)\s+|[\p{L}]+\s?['’]\s?s\s+)*(?:(?:first|last|next|past|remaining)\s+)?$/iu.test(before);
}

/** The stated whole after a part ("eight of their last 10" → "10"), or null. */
function statedWhole(c: Claim): string | null {
  if (c.value.type !== "quantity") return null;
  const at = wordAt(c);
  if (at < 0) return null;
  const m = /^\s+of\s+(?:(?:the|their|its|his|her|our|those|these)\s+|[\p{L}]+\s?['’]\s?s\s+)*(?:(?:first|last|next|past|remaining)\s+)?(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/iu.exec(c.sentence.slice(at + c.text.length));
  return m ? m[1]!.toLowerCase() : null;
}

function isPart(o: Occurrence, c: Claim): boolean {
  return wholeOfPartitive(c) || partOfSpelledOutCount(c) || c.value.type === "quantity" && o.claims.some((d) => d !== c && d.value.type === "quantity" && d.document === c.document && d.offset <= c.offset && c.offset + c.length <= d.offset + d.length && d.length > c.length);
}

function plainOccurrence(a: Claim, b: Claim, single: boolean, tolerance?: RuleTolerance): Occurrence {
  return occurrence({ cardinality: single ? "single" : "recurring", ...(tolerance ? { tolerance } : {}), ...(severalUnits([a, b]) ? { claims: [a, b] } : {}) });
}

/** A rule's tolerance for a figure: the larger of its absolute and its relative allowance. */
function ruleAllowance(t: RuleTolerance | undefined, v: QuantityValue): number {
  if (!t) return 0;
  return Math.max(t.absolute, t.relative * Math.abs(v.nominal ?? v.max ?? v.min ?? 0));
}

/** Side of a claim's frame: stated, implied, unknown (undated), or none. */
function frameKind(c: Claim): "stated" | "implied" | "unknown" | null {
  if (c.frame) return c.frameImplied ? "implied" : "stated";
  return c.frameImplied ? "unknown" : null;
}

export function referencePair(a: Claim, b: Claim, single: boolean | Occurrence, tolerance?: RuleTolerance): { verdict: Verdict; basis: Basis } {
  const o = typeof single === "boolean" ? plainOccurrence(a, b, single, tolerance) : single;
  const ruleTolerance = o.tolerance;
  const ids = { a: a.id, b: b.id };
  if (a.measure !== b.measure) {
    return { verdict: "diverge", basis: { kind: "different-measures", measures: [a.measure ?? "unspecified", b.measure ?? "unspecified"] } };
  }
  if (a.value.type === "quantity" && !framesFit(a, b) && !nestedOfOneValue([a, b], [a, b])) return { verdict: "diverge", basis: { kind: "different-frames", ...ids } };
  const [sa, sb] = [covers(o, a, estimateOf(o, a)), covers(o, b, estimateOf(o, b))];
  const [ka, kb] = [scaleOf(o, a), scaleOf(o, b)];
  const va = a.value;
  const vb = b.value;
  if (!meet(sa, sb)) {
    if (va.type === "quantity" && vb.type === "quantity" && (va.approximate || vb.approximate || ruleTolerance)) {
      const miss = sa.hi < sb.lo ? sb.lo - sa.hi : sa.lo - sb.hi;
      const allowed = Math.max(ownTolerance(va) * ka, ownTolerance(vb) * kb, ruleAllowance(ruleTolerance, va) * ka, ruleAllowance(ruleTolerance, vb) * kb);
      if (miss <= allowed) return { verdict: "diverge", basis: { kind: "within-tolerance", ...ids } };
    }
    // a night, then the next day's small hours
    if (va.type === "date" && vb.type === "date" && va.start !== null && vb.start !== null && va.granularity === "day" && vb.granularity === "day") {
      const [night, early] = va.start < vb.start ? [a, b] : [b, a];
      const oneDay = Math.abs(Date.parse(va.start) - Date.parse(vb.start)) === 86_400_000;
      if (oneDay && /\b(?:night|late|overnight|midnight)\b|\b(?:9|1[01])(?:[:.]\d\d)?\s*p\.?\s?m\b/i.test(night.text) && /\b(?:early|overnight|dawn|pre-?dawn|small hours)\b|\b(?:12|0?[0-4])(?:[:.]\d\d)?\s*a\.?\s?m\b/i.test(early.text)) {
        return { verdict: "diverge", basis: { kind: "across-midnight", night: night.id, early: early.id } };
      }
    }
    if (!o.single) return { verdict: "diverge", basis: { kind: "recurring", ...ids } };
    const [fa, fb] = [frameKind(a), frameKind(b)];
    if (va.type === "quantity" && (fa === "unknown" || fb === "unknown" || (fa !== null && fb !== null && fa !== fb))) {
      return { verdict: "diverge", basis: { kind: "unstated-frame", ...ids } };
    }
    const [pa, pb] = [isPart(o, a), isPart(o, b)];
    if (pa || pb) return { verdict: "diverge", basis: pa ? { kind: "part-of-count", part: a.id, other: b.id } : { kind: "part-of-count", part: b.id, other: a.id } };
    const [wa, wb] = [statedWhole(a), statedWhole(b)];
    if (wa !== wb) return { verdict: "diverge", basis: wa !== null ? { kind: "part-of-count", part: a.id, other: b.id } : { kind: "part-of-count", part: b.id, other: a.id } };
    if (a.document === b.document && a.sentence === b.sentence) return { verdict: "diverge", basis: { kind: "one-sentence", ...ids } };
    const aside = (c: Claim): boolean =>
      (c.claimFrame?.modality ?? []).some((m) => ["negated", "hypothetical", "comparison-base", "increment"].includes(m)) ||
      (c.claimFrame?.participants ?? []).some((p) => /\b(?:another|other|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i.test(p.text));
    if (aside(a) || aside(b) || (o.identity !== undefined && !linked(a, b))) return { verdict: "diverge", basis: { kind: "unestablished", ...ids } };
    if (a.document === b.document && va.type === "quantity" && !a.claimFrame && !b.claimFrame) return { verdict: "diverge", basis: { kind: "unestablished", ...ids } };
    if (a.document === b.document && o.identity !== undefined && !sameOccurrenceInOneDocument(a, b)) return { verdict: "diverge", basis: { kind: "unestablished", ...ids } };
    const [ra, rb] = [reportedAt(o, a), reportedAt(o, b)];
    // a date written without a year, reckoned from its report's day, in reports of different days
    const reckoned = (c: Claim): boolean => c.value.type === "date" && c.value.granularity === "day" && !/\d{4}/.test(c.text);
    if ((reckoned(a) || reckoned(b)) && ra !== null && rb !== null && ra !== rb) {
      return { verdict: "diverge", basis: ra < rb ? { kind: "later-report", earlier: a.id, later: b.id } : { kind: "later-report", earlier: b.id, later: a.id } };
    }
    // a date that states no year, against one that does: tried in each year the other spans
    const yearStated = (c: Claim): boolean => /\d{4}|['’]\d\d\b/.test(c.text);
    const fitsItsYears = (x: Claim, y: Claim): boolean => {
      if (x.value.type !== "date" || y.value.type === "quantity" || x.value.start === null || y.value.start === null || yearStated(x) || !yearStated(y) || x.value.start.slice(0, 4) !== x.value.end.slice(0, 4)) return false;
      for (let year = Number(y.value.start.slice(0, 4)); year <= Number(y.value.end.slice(0, 4)) && year <= Number(y.value.start.slice(0, 4)) + 10; year++) {
        const move = (d: string): string => {
          const m = `${year}${d.slice(4)}`;
          return m.endsWith("-02-29") && !((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0) ? `${m.slice(0, 8)}28` : m;
        };
        if (!(move(x.value.end) < y.value.start || y.value.end < move(x.value.start))) return true;
      }
      return false;
    };
    if (fitsItsYears(a, b)) return { verdict: "diverge", basis: { kind: "unstated-year", a: a.id, b: b.id } };
    if (fitsItsYears(b, a)) return { verdict: "diverge", basis: { kind: "unstated-year", a: b.id, b: a.id } };
    const ownDay = (c: Claim, day: IsoDay | null): boolean => c.value.type === "date" && day !== null && c.value.start === day && c.value.end === day;
    // figures of a frame's topic: reported on different days, unless both state one period and are reported within 14 days
    // (or both name one play of a finished game or its final score: src/judge oneFinishedPlay; the
    // random claims this reference is checked on tell no plays or scores, so it is not repeated here)
    const period = (c: Claim): boolean => c.frame !== null && c.frameImplied !== true;
    const gap = ra !== null && rb !== null ? Math.abs(Date.parse(ra) - Date.parse(rb)) : 0;
    const farApart = va.type === "quantity" && (gap > 14 * 86_400_000 || (gap > 0 && !(period(a) && period(b))));
    if (a.rule.startsWith("frame:") && (farApart || (ownDay(a, ra) && ownDay(b, rb) && ra !== rb))) {
      return { verdict: "diverge", basis: ra! < rb! ? { kind: "later-report", earlier: a.id, later: b.id } : { kind: "later-report", earlier: b.id, later: a.id } };
    }
    if (tallyOf(o, a) || tallyOf(o, b)) {
      const [da, db] = [reportedAt(o, a), reportedAt(o, b)];
      if (da === null || db === null) return { verdict: "diverge", basis: { kind: "unknown-report-time", ...ids } };
      if (da < db) return { verdict: "diverge", basis: { kind: "later-report", earlier: a.id, later: b.id } };
      if (db < da) return { verdict: "diverge", basis: { kind: "later-report", earlier: b.id, later: a.id } };
    }
    if ((estimateOf(o, a) || estimateOf(o, b)) && sourceOf(a) !== sourceOf(b)) return { verdict: "diverge", basis: { kind: "sources-differ", ...ids } };
    return { verdict: "contradict", basis: { kind: "disjoint-intervals", ...ids } };
  }
  const [pa, pb] = [scaled(span(va), ka), scaled(span(vb), kb)];
  if (pa.lo === pb.lo && pa.hi === pb.hi) return { verdict: "agree", basis: { kind: "equal", claims: [a.id, b.id] } };
  const refines = (finer: Claim, coarser: Claim) => ({ verdict: "agree" as const, basis: { kind: "refinement" as const, finer: finer.id, coarser: coarser.id } });
  if (va.type === "quantity" && vb.type === "quantity") {
    if (isOpen(va) && isOpen(vb) && va.nominal !== vb.nominal) return { verdict: "diverge", basis: { kind: "bounds-both-hold", ...ids } };
    if (va.unit !== vb.unit && ka !== kb) {
      const inside = (n: number | null, k: number, s: Span): boolean => n !== null && s.lo <= n * k && n * k <= s.hi;
      const [aInB, bInA] = [inside(va.nominal, ka, sb), inside(vb.nominal, kb, sa)];
      if (aInB && bInA) return sa.hi - sa.lo <= sb.hi - sb.lo ? refines(a, b) : refines(b, a);
      if (bInA && (isOpen(va) || isExactFigure(vb))) return refines(b, a);
      if (aInB && (isOpen(vb) || isExactFigure(va))) return refines(a, b);
      return { verdict: "diverge", basis: { kind: "within-tolerance", ...ids } };
    }
    if (roundable(va) && roundable(vb)) {
      const aFiner = step(a, estimateOf(o, a))! <= step(b, estimateOf(o, b))!;
      // the finer number must lie within what the coarser covers: one at its very edge ("4.5" against "4") rounds to neither for certain
      const [n, k, s] = aFiner ? [va.nominal!, ka, sb] : [vb.nominal!, kb, sa];
      if (!(s.lo <= n * k && n * k <= s.hi)) return { verdict: "diverge", basis: { kind: "within-tolerance", ...ids } };
      return aFiner ? refines(a, b) : refines(b, a);
    }
    const sameNumber = va.nominal !== null && va.nominal === vb.nominal;
    if (within(pa, pb) && (isExactFigure(vb) || sameNumber || isOpen(va))) return refines(b, a);
    if (within(pb, pa) && (isExactFigure(va) || sameNumber || isOpen(vb))) return refines(a, b);
    return { verdict: "diverge", basis: { kind: "within-tolerance", ...ids } };
  }
  if (within(pa, pb)) return refines(b, a);
  if (within(pb, pa)) return refines(a, b);
  return { verdict: "diverge", basis: { kind: "within-tolerance", ...ids } };
}

/** The gravest pair of the claims, every pair tried in order. */
export function referenceWorstPair(
  claims: readonly Claim[], single: boolean | Occurrence, ruleTolerance?: RuleTolerance, heldApart?: (a: Claim, b: Claim) => boolean,
): { verdict: Verdict; basis: Basis; i: number; j: number } | null {
  const o = typeof single === "boolean" ? occurrence({ cardinality: single ? "single" : "recurring", claims, ...(ruleTolerance ? { tolerance: ruleTolerance } : {}) }) : single;
  let best: { verdict: Verdict; basis: Basis; i: number; j: number; fit: number } | null = null;
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const [a, b] = [claims[i]!, claims[j]!];
      let pair = referencePair(a, b, o);
      if (pair.verdict === "contradict" && heldApart?.(a, b)) pair = { verdict: "diverge", basis: { kind: "unestablished", a: a.id, b: b.id } };
      if (a.document === b.document && pair.verdict !== "contradict") continue;
      const fit = overlap(covers(o, a, estimateOf(o, a)), covers(o, b, estimateOf(o, b)));
      if (!best || GRAVITY[pair.verdict] > GRAVITY[best.verdict] || (GRAVITY[pair.verdict] === GRAVITY[best.verdict] && fit > best.fit)) {
        best = { ...pair, i, j, fit };
      }
    }
  }
  return best && { verdict: best.verdict, basis: best.basis, i: best.i, j: best.j };
}

const documentsOf = (claims: readonly Claim[]): number => new Set(claims.map((c) => c.document)).size;
const frameName = (c: Claim): string => (c.value.type === "quantity" && c.frame ? `${c.frame.start}..${c.frame.end}` : "");

/** The claims grouped by agreement (see the header). */
function sidesOf(o: Occurrence, claims: readonly Claim[], basis: Basis): ClaimId[][] {
  const cover = (c: Claim): Span => covers(o, c, estimateOf(o, c));
  const sameValue = (a: Claim, b: Claim): boolean =>
    JSON.stringify(a.value) === JSON.stringify(b.value) && a.measure === b.measure && frameName(a) === frameName(b) &&
    (a.frame?.start ?? "") === (b.frame?.start ?? "") && (a.frame?.end ?? "") === (b.frame?.end ?? "") &&
    cover(a).lo === cover(b).lo && cover(a).hi === cover(b).hi;
  const firsts = claims.filter((c, i) => claims.findIndex((d) => sameValue(c, d)) === i);
  const order = [...firsts].sort((x, y) => cover(x).hi - cover(x).lo - (cover(y).hi - cover(y).lo) || claims.indexOf(x) - claims.indexOf(y));
  const sides: Claim[][] = [];
  for (const rep of order) {
    const side = sides.find((s) => s.every((other) => referencePair(rep, other, o).verdict === "agree"));
    if (side) side.push(rep);
    else sides.push([rep]);
  }
  const full = sides.map((reps) => claims.filter((c) => reps.some((r) => sameValue(r, c))));
  const place = (s: Claim[]): number => claims.indexOf(s[0]!);
  full.sort((x, y) => documentsOf(y) - documentsOf(x) || y.length - x.length || place(x) - place(y));
  if (basis.kind === "later-report") {
    const earliest = (s: Claim[]): string => s.map((c) => reportedAt(o, c) ?? "9999").sort()[0]!;
    full.sort((x, y) => (earliest(x) < earliest(y) ? -1 : earliest(x) > earliest(y) ? 1 : 0));
  }
  return full.map((s) => s.map((c) => c.id));
}

function finding(o: Occurrence, claims: readonly Claim[], verdict: Verdict, basis: Basis): ReferenceFinding {
  return {
    verdict,
    basis,
    claims: claims.map((c) => c.id),
    measures: [...new Set(claims.map((c) => c.measure))],
    selfContradiction: documentsOf(claims) === 1,
    sides: sidesOf(o, claims, basis),
  };
}

/**
 * Whether some document gives both values, as two things: the same attribution, and a pair its
 * one document keeps apart for being in one sentence, untied, or a part of a count.
 */
function heldApartByADocument(o: Occurrence, claims: readonly Claim[]): (a: Claim, b: Claim) => boolean {
  const valueOf = (c: Claim): string => {
    if (c.value.type !== "quantity") return `${c.value.start}:${c.value.end}`;
    const k = scaleOf(o, c);
    return `${(c.value.min ?? -Infinity) * k}:${(c.value.max ?? Infinity) * k}`;
  };
  return (a, b) =>
    claims.some((x) =>
      valueOf(x) === valueOf(a) &&
      claims.some((y) =>
        y.document === x.document && valueOf(y) === valueOf(b) &&
        (x.claimFrame?.attribution ?? null) === (y.claimFrame?.attribution ?? null) &&
        apartInOne(referencePair(x, y, o).basis.kind, x, y)));
  /** A pair its document keeps apart; not for want of evidence when one of them names nothing at all. */
  function apartInOne(kind: string, x: Claim, y: Claim): boolean {
    if (!["one-sentence", "unestablished", "part-of-count"].includes(kind)) return false;
    const aside = (c: Claim): boolean =>
      (c.claimFrame?.modality ?? []).some((m) => ["negated", "hypothetical", "comparison-base", "increment", "difference"].includes(m)) ||
      (c.claimFrame?.participants ?? []).some((p) => /\b(?:another|other|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i.test(p.text));
    const namesNothing = (c: Claim): boolean => o.identity !== undefined && !aside(c) && !linked(c, c);
    return kind !== "unestablished" || !(namesNothing(x) || namesNothing(y));
  }
}

/** One finding of claims of one measure and frame, or null. */
function judgePart(o: Occurrence, claims: readonly Claim[]): ReferenceFinding | null {
  if (claims.length < 2) return null;
  const worst = referenceWorstPair(claims, o, undefined, heldApartByADocument(o, claims));
  if (!worst) return null;
  if (documentsOf(claims) < 2 && worst.verdict !== "contradict") return null;
  return finding(o, claims, worst.verdict, worst.basis);
}

/**
 * The claims of one measure split by time frame: a part for each stated frame and for each
 * implied frame that fits no stated one; claims join every part whose frame theirs fits.
 */
/** One value in stated frames each within another (a day, its month, its year): one part. */
function nestedOfOneValue(claims: readonly Claim[], heads: readonly Claim[]): boolean {
  const first = span(claims[0]!.value);
  if (!claims.every((c) => span(c.value).lo === first.lo && span(c.value).hi === first.hi)) return false;
  if (heads.some((h) => !h.frame || h.frameImplied)) return false;
  return heads.every((a) => heads.every((b) => within(frameOf(a)!, frameOf(b)!) || within(frameOf(b)!, frameOf(a)!)));
}

function partsByFrame(claims: readonly Claim[]): Claim[][] {
  if (oneTimeOfReport(claims)) return [[...claims]];
  const heads: Claim[] = [];
  for (const c of claims) {
    const name = frameName(c);
    if (name === "" || heads.some((h) => frameName(h) === name)) continue;
    if (c.frameImplied && claims.some((o) => o.frame && !o.frameImplied && framesFit(c, o))) continue;
    heads.push(c);
  }
  if (heads.length <= 1 || nestedOfOneValue(claims, heads)) return [[...claims]];
  return heads.map((head) =>
    claims.filter((c) => frameName(c) === frameName(head) || (framesFit(c, head) && (frameName(c) === "" || Boolean(c.frameImplied) !== Boolean(head.frameImplied)))),
  );
}

/** A finding's identity as the README defines it: verdict and the set of (document, measure, value, frame) it compares. */
function identity(f: ReferenceFinding, byId: ReadonlyMap<ClaimId, Claim>): string {
  const keys = f.claims.map((id) => {
    const c = byId.get(id)!;
    const { nominal: _nominal, ...value } = c.value as Value & { nominal?: unknown };
    return JSON.stringify([c.document, c.measure, c.value.type === "quantity" ? sortKeys(value) : sortKeys(c.value), c.frame ? sortKeys(c.frame) : null]);
  });
  return `${f.verdict}|${[...new Set(keys)].sort().join("|")}`;
}

function sortKeys(o: object): [string, unknown][] {
  return Object.entries(o).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
}

/** The findings of one occurrence. */
export function referenceJudge(group: ClaimGroup): ReferenceFinding[] {
  const o = occurrence(group);
  const measures: string[] = [];
  const byMeasure = new Map<string, Claim[]>();
  for (const c of group.claims) {
    const m = c.measure ?? "";
    if (!byMeasure.has(m)) {
      byMeasure.set(m, []);
      measures.push(m);
    }
    byMeasure.get(m)!.push(c);
  }
  const out: ReferenceFinding[] = [];
  for (const m of measures) {
    const claims = byMeasure.get(m)!;
    const parts = partsByFrame(claims);
    for (const part of parts) {
      const f = part.length > 1 ? judgePart(o, part) : null;
      if (f) out.push(f);
    }
    // one figure stated for several periods differs in nothing
    const first = span(claims[0]!.value);
    const oneValue = claims.every((c) => span(c.value).lo === first.lo && span(c.value).hi === first.hi);
    if (parts.length > 1 && documentsOf(claims) > 1 && !oneValue) {
      const framed = claims.filter((c) => frameName(c) !== "");
      const other = framed.find((c) => frameName(c) !== frameName(framed[0]!))!;
      out.push(finding(o, claims, "diverge", { kind: "different-frames", a: framed[0]!.id, b: other.id }));
    }
  }
  if (measures.length > 1 && documentsOf(group.claims) > 1) {
    out.push(finding(o, group.claims, "diverge", { kind: "different-measures", measures: measures.map((m) => (m === "" ? "unspecified" : m)) }));
  }
  // The same comparison reached twice (e.g. two frame parts holding the same claims) is one finding.
  const byId = new Map(group.claims.map((c) => [c.id, c] as const));
  const seen = new Set<string>();
  return out.filter((f) => {
    const key = identity(f, byId);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
