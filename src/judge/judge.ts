/**
 * judge: ClaimGroup → Finding | null. Every pair of claims in an occurrence is compared (pairs
 * within one document only count when they contradict: a document that contradicts itself);
 * the finding takes the most serious pair verdict (contradict > diverge > agree) and that pair's
 * basis. worst-pair.ts finds that pair without visiting every pair (O(n log n) for contradictions);
 * wording lives in reasons.ts; ids in fingerprint.ts.
 *
 * Decision table for one pair (a, b):
 *   different measures ................................................ diverge  different-measures
 *   quantities with different time frames .............................. diverge  different-frames
 *   disjoint intervals, one frame stated and the other implied ......... diverge  unstated-frame
 *     (or either frame unknown: an undated document's figure without a period)
 *   disjoint intervals, single topic ................................... contradict disjoint-intervals
 *   disjoint intervals, recurring topic ................................ (not grouped together)
 *   equal intervals .................................................... agree    equal
 *   one inside the other, where the inner one is exact, or the outer one
 *     an open bound, or both state the same number ...................... agree    refinement
 *   two open bounds with different numbers ("over 500", "more than 700") diverge  bounds-both-hold
 *   overlap only through tolerance or partly ........................... diverge  within-tolerance
 */
import { toleranceSlack } from "../ruleset/value-keys.js";
import type { Basis, Claim, ClaimGroup, Finding, QuantityValue, RuleTolerance, Verdict } from "../types.js";
import { type Interval, contains, equal, overlaps, toInterval } from "../values/intervals.js";
import { fingerprintFinding } from "./fingerprint.js";
import { reasonFor } from "./reasons.js";
import { worstPair } from "./worst-pair.js";

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
  return a.frame.start === b.frame.start && a.frame.end === b.frame.end;
}

/** Frames as day intervals, worked out once per frame (partitions ask for them again and again). */
const frameIntervals = new WeakMap<NonNullable<Claim["frame"]>, Interval>();

function frameInterval(frame: NonNullable<Claim["frame"]>): Interval {
  let iv = frameIntervals.get(frame);
  if (!iv) frameIntervals.set(frame, (iv = toInterval(frame)));
  return iv;
}

function isOpenBound(v: QuantityValue): boolean {
  return v.qualifier !== null && OPEN_QUALIFIERS.has(v.qualifier);
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
function withinSlack(a: Claim, b: Claim, ruleTolerance?: RuleTolerance): boolean {
  const [va, vb] = [a.value, b.value];
  const ruled = ruleTolerance !== undefined;
  if (va.type !== "quantity" || vb.type !== "quantity" || !(va.approximate || vb.approximate || ruled)) return false;
  const tolerance = (v: QuantityValue): number =>
    v.approximate && v.nominal !== null && v.min !== null && v.max !== null ? Math.max(v.max - v.nominal, v.nominal - v.min) : 0;
  // a rule's tolerance (`tolerance:`) allows its figures that much more ("6.4" and "6.5" within 0.2)
  const slack = Math.max(tolerance(va), tolerance(vb), toleranceSlack(ruleTolerance, va), toleranceSlack(ruleTolerance, vb));
  const ia = toInterval(va);
  const ib = toInterval(vb);
  return Math.max(ia.lo - ib.hi, ib.lo - ia.hi) <= slack;
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

export function comparePair(a: Claim, b: Claim, single: boolean, ruleTolerance?: RuleTolerance): { verdict: Verdict; basis: Basis } {
  if (a.measure !== b.measure) {
    return { verdict: "diverge", basis: { kind: "different-measures", measures: [a.measure ?? "unspecified", b.measure ?? "unspecified"] } };
  }
  if (a.value.type === "quantity" && !sameFrame(a, b)) return { verdict: "diverge", basis: { kind: "different-frames", a: a.id, b: b.id } };
  const ia = toInterval(a.value);
  const ib = toInterval(b.value);
  if (!overlaps(ia, ib) && withinSlack(a, b, ruleTolerance)) return { verdict: "diverge", basis: { kind: "within-tolerance", a: a.id, b: b.id } };
  if (!overlaps(ia, ib)) {
    if (single && a.value.type === "quantity" && !canContradict(a, b)) return { verdict: "diverge", basis: { kind: "unstated-frame", a: a.id, b: b.id } };
    return single
      ? { verdict: "contradict", basis: { kind: "disjoint-intervals", a: a.id, b: b.id } }
      : { verdict: "diverge", basis: { kind: "within-tolerance", a: a.id, b: b.id } };
  }
  if (equal(ia, ib)) return { verdict: "agree", basis: { kind: "equal", claims: [a.id, b.id] } };
  if (a.value.type === "quantity" && b.value.type === "quantity") {
    const [va, vb] = [a.value, b.value];
    if (isOpenBound(va) && isOpenBound(vb) && va.nominal !== vb.nominal) {
      return { verdict: "diverge", basis: { kind: "bounds-both-hold", a: a.id, b: b.id } };
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

/**
 * The comparable parts of claims of one measure: one per time frame — stated frames, and the
 * implied frames (document years) that fit no stated one. A claim joins every part whose frame
 * its own fits (sameFrame): claims without a frame join all parts, a claim with an implied frame
 * joins the stated frames it overlaps.
 */
function framePartitions(claims: readonly Claim[]): Claim[][] {
  const anchors = new Map<string, Claim>();
  // One claim per distinct stated frame is enough to ask whether an implied frame fits a stated one.
  const stated = [...new Map(claims.filter((o) => o.frame && !o.frameImplied).map((o) => [frameKey(o), o])).values()];
  for (const c of claims) {
    if (frameKey(c) === "" || anchors.has(frameKey(c))) continue;
    const fitsStated = c.frameImplied && stated.some((o) => sameFrame(c, o));
    if (!fitsStated) anchors.set(frameKey(c), c);
  }
  if (anchors.size <= 1) return [[...claims]];
  return [...anchors.values()].map((anchor) => claims.filter((c) => frameKey(c) === frameKey(anchor) || sameFrame(c, anchor) && (frameKey(c) === "" || c.frameImplied !== anchor.frameImplied)));
}

function makeFinding(group: ClaimGroup, claims: readonly Claim[], verdict: Verdict, basis: Basis): Finding {
  const byId = new Map(claims.map((c) => [c.id, c]));
  return {
    id: fingerprintFinding(group.rule, group.topic, verdict, claims),
    rule: group.rule,
    topic: group.topic,
    verdict,
    claims: claims.map((c) => c.id),
    measures: [...new Set(claims.map((c) => c.measure))],
    basis,
    reason: reasonFor(basis, { topic: group.topic, claims: byId }),
    selfContradiction: new Set(claims.map((c) => c.document)).size === 1,
  };
}

/** Whether every pair of these claims shares its time frame (sameFrame), asked of one claim per distinct frame. */
function framesAgree(claims: readonly Claim[]): boolean {
  const one = new Map<string, Claim>();
  for (const c of claims) if (c.frame) one.set(`${frameKey(c)}|${Boolean(c.frameImplied)}`, c);
  const reps = [...one.values()];
  return reps.every((a, i) => reps.slice(i + 1).every((b) => sameFrame(a, b)));
}

/** Claims of one measure and frame: the most serious pair verdict, or null when there is nothing to report. */
/**
 * One figure per document. A document that gives several figures for one measure of a topic —
 * "exports of $658 million … imports of $492 million", a loan of $20 million and one of $10
 * million — is almost always counting different things, so its figures are not set against each
 * other (no self-contradiction for quantities), and its first figure speaks for it against other
 * sources. Dates are different: one document giving two years for one event contradicts itself.
 */
function onePerDocument(claims: readonly Claim[]): readonly Claim[] {
  if (claims[0]?.value.type !== "quantity") return claims;
  const seen = new Set<string>();
  return claims.filter((c) => !seen.has(c.document) && Boolean(seen.add(c.document)));
}

function judgePartition(group: ClaimGroup, all: readonly Claim[]): Finding | null {
  const claims = onePerDocument(all);
  if (claims.length < 2) return null;
  const tolerance = group.tolerance;
  const compare = tolerance ? (a: Claim, b: Claim, single: boolean) => comparePair(a, b, single, tolerance) : comparePair;
  const slack = tolerance ? (c: Claim) => toleranceSlack(tolerance, c.value) : undefined;
  const worst = worstPair(claims, group.cardinality === "single", compare, framesAgree(claims), frameSide, slack);
  if (!worst) return null;
  if (new Set(claims.map((c) => c.document)).size < 2 && worst.verdict !== "contradict") return null;
  return makeFinding(group, claims, worst.verdict, worst.basis);
}

/**
 * One occurrence → its findings. Claims are split by measure, then by time frame (claims without
 * a frame join every frame); each part with two sources (or a self-contradiction) is judged on its
 * own. When a measure holds several frames, or the occurrence several measures, from two or more
 * documents, one more finding says so (diverge) — so "1.7 million ordered to leave" and "1.2
 * million repatriated" are reported side by side without ever contradicting.
 */
export function judgeGroup(group: ClaimGroup): Finding[] {
  const byMeasure = new Map<string, Claim[]>();
  for (const c of group.claims) {
    const list = byMeasure.get(c.measure ?? "");
    if (list) list.push(c);
    else byMeasure.set(c.measure ?? "", [c]);
  }
  const findings = new Map<string, Finding>();
  const add = (f: Finding | null): void => {
    if (f && !findings.has(f.id)) findings.set(f.id, f);
  };
  const documents = (claims: readonly Claim[]): number => new Set(claims.map((c) => c.document)).size;
  for (const claims of byMeasure.values()) {
    const parts = framePartitions(claims);
    for (const part of parts) add(part.length > 1 ? judgePartition(group, part) : null);
    if (parts.length > 1 && documents(claims) > 1) {
      const framed = claims.filter((c) => frameKey(c) !== "");
      const other = framed.find((c) => frameKey(c) !== frameKey(framed[0]!))!;
      add(makeFinding(group, claims, "diverge", { kind: "different-frames", a: framed[0]!.id, b: other.id }));
    }
  }
  if (byMeasure.size > 1 && documents(group.claims) > 1) {
    const measures = [...byMeasure.keys()].map((m) => (m === "" ? "unspecified" : m));
    add(makeFinding(group, group.claims, "diverge", { kind: "different-measures", measures }));
  }
  return [...findings.values()];
}
