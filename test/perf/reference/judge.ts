/**
 * REFERENCE (judge): the verdict rules written a second time, as plainly as possible, to check
 * src/judge/ against. It imports nothing from src/ but types, has its own interval arithmetic and
 * compares every pair of claims; src/judge/ finds the same pair without visiting every pair, caches
 * frames and shares code with the grouper. test/perf/group-judge.test.ts checks that both give
 * the same findings (verdict, basis, claims) on random claims. Not used by relcheck itself: a
 * change to what a verdict means is made here and in src/judge/ alike.
 *
 * The rules, for two claims a and b of one occurrence (README, "What the verdicts mean"):
 *   - different measures: diverge (different-measures);
 *   - figures for different time frames: diverge (different-frames); a claim without a frame fits
 *     any frame; a frame implied by the document's year fits a stated frame it overlaps; otherwise
 *     frames must be the same period;
 *   - values that do not overlap:
 *       approximate figures that miss by no more than the larger tolerance: diverge (within-tolerance);
 *       figures of a single-valued topic, one for a stated frame and one for an implied frame:
 *         diverge (unstated-frame);
 *       a single-valued topic: contradict (disjoint-intervals); a recurring one: diverge;
 *   - the same interval: agree (equal);
 *   - figures that are two open bounds ("over", "at least", "up to", "nearly") of different
 *     numbers: diverge (bounds-both-hold);
 *   - one inside the other: agree (refinement) — for figures only when the inner one is exact,
 *     the outer one an open bound, or both state the same number;
 *   - anything else that overlaps: diverge (within-tolerance).
 * A finding takes the gravest pair (contradict > diverge > agree), among those the pair whose
 * values overlap most (shared length over joint length), among those the first pair in order;
 * pairs within one document count only when they contradict. Each document speaks with its first
 * figure of a measure (several figures in one document count different things); dates are all kept.
 */
import type { Basis, Claim, ClaimGroup, ClaimId, QuantityValue, RuleTolerance, Value, Verdict } from "../../../src/types.js";

export interface ReferenceFinding {
  verdict: Verdict;
  basis: Basis;
  claims: ClaimId[];
  measures: (string | null)[];
  selfContradiction: boolean;
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

function tolerance(v: QuantityValue): number {
  if (!v.approximate || v.nominal === null || v.min === null || v.max === null) return 0;
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
  return a.frame.start === b.frame.start && a.frame.end === b.frame.end;
}

function isOpen(v: QuantityValue): boolean {
  return v.qualifier !== null && OPEN.includes(v.qualifier);
}

function isExactFigure(v: Value): boolean {
  return v.type !== "quantity" || (!v.approximate && v.min !== null && v.min === v.max);
}

/** A rule's tolerance for a figure: the larger of its absolute and its relative allowance. */
function ruleAllowance(t: RuleTolerance | undefined, v: QuantityValue): number {
  if (!t) return 0;
  return Math.max(t.absolute, t.relative * Math.abs(v.nominal ?? v.max ?? v.min ?? 0));
}

export function referencePair(a: Claim, b: Claim, single: boolean, ruleTolerance?: RuleTolerance): { verdict: Verdict; basis: Basis } {
  const ids = { a: a.id, b: b.id };
  if (a.measure !== b.measure) {
    return { verdict: "diverge", basis: { kind: "different-measures", measures: [a.measure ?? "unspecified", b.measure ?? "unspecified"] } };
  }
  if (a.value.type === "quantity" && !framesFit(a, b)) return { verdict: "diverge", basis: { kind: "different-frames", ...ids } };
  const [sa, sb] = [span(a.value), span(b.value)];
  const va = a.value;
  const vb = b.value;
  if (!meet(sa, sb)) {
    if (va.type === "quantity" && vb.type === "quantity" && (va.approximate || vb.approximate || ruleTolerance)) {
      const miss = sa.hi < sb.lo ? sb.lo - sa.hi : sa.lo - sb.hi;
      const allowed = Math.max(tolerance(va), tolerance(vb), ruleAllowance(ruleTolerance, va), ruleAllowance(ruleTolerance, vb));
      if (miss <= allowed) return { verdict: "diverge", basis: { kind: "within-tolerance", ...ids } };
    }
    if (!single) return { verdict: "diverge", basis: { kind: "within-tolerance", ...ids } };
    const stated = (c: Claim): boolean | null => (c.frame ? c.frameImplied !== true : null);
    const [fa, fb] = [stated(a), stated(b)];
    if (va.type === "quantity" && fa !== null && fb !== null && fa !== fb) return { verdict: "diverge", basis: { kind: "unstated-frame", ...ids } };
    return { verdict: "contradict", basis: { kind: "disjoint-intervals", ...ids } };
  }
  if (sa.lo === sb.lo && sa.hi === sb.hi) return { verdict: "agree", basis: { kind: "equal", claims: [a.id, b.id] } };
  const refines = (finer: Claim, coarser: Claim) => ({ verdict: "agree" as const, basis: { kind: "refinement" as const, finer: finer.id, coarser: coarser.id } });
  if (va.type === "quantity" && vb.type === "quantity") {
    if (isOpen(va) && isOpen(vb) && va.nominal !== vb.nominal) return { verdict: "diverge", basis: { kind: "bounds-both-hold", ...ids } };
    const sameNumber = va.nominal !== null && va.nominal === vb.nominal;
    if (within(sa, sb) && (isExactFigure(vb) || sameNumber || isOpen(va))) return refines(b, a);
    if (within(sb, sa) && (isExactFigure(va) || sameNumber || isOpen(vb))) return refines(a, b);
    return { verdict: "diverge", basis: { kind: "within-tolerance", ...ids } };
  }
  if (within(sa, sb)) return refines(b, a);
  if (within(sb, sa)) return refines(a, b);
  return { verdict: "diverge", basis: { kind: "within-tolerance", ...ids } };
}

/** The gravest pair of the claims, every pair tried in order. */
export function referenceWorstPair(claims: readonly Claim[], single: boolean, ruleTolerance?: RuleTolerance): { verdict: Verdict; basis: Basis; i: number; j: number } | null {
  let best: { verdict: Verdict; basis: Basis; i: number; j: number; fit: number } | null = null;
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const [a, b] = [claims[i]!, claims[j]!];
      const pair = referencePair(a, b, single, ruleTolerance);
      if (a.document === b.document && pair.verdict !== "contradict") continue;
      const fit = overlap(span(a.value), span(b.value));
      if (!best || GRAVITY[pair.verdict] > GRAVITY[best.verdict] || (GRAVITY[pair.verdict] === GRAVITY[best.verdict] && fit > best.fit)) {
        best = { ...pair, i, j, fit };
      }
    }
  }
  return best && { verdict: best.verdict, basis: best.basis, i: best.i, j: best.j };
}

const documentsOf = (claims: readonly Claim[]): number => new Set(claims.map((c) => c.document)).size;
const frameName = (c: Claim): string => (c.value.type === "quantity" && c.frame ? `${c.frame.start}..${c.frame.end}` : "");

function finding(claims: readonly Claim[], verdict: Verdict, basis: Basis): ReferenceFinding {
  return {
    verdict,
    basis,
    claims: claims.map((c) => c.id),
    measures: [...new Set(claims.map((c) => c.measure))],
    selfContradiction: documentsOf(claims) === 1,
  };
}

/** One finding of claims of one measure and frame, or null. */
function judgePart(claims: readonly Claim[], single: boolean, ruleTolerance?: RuleTolerance): ReferenceFinding | null {
  let kept = claims;
  if (claims[0]?.value.type === "quantity") {
    const seen = new Set<string>();
    kept = claims.filter((c) => {
      if (seen.has(c.document)) return false;
      seen.add(c.document);
      return true;
    });
  }
  if (kept.length < 2) return null;
  const worst = referenceWorstPair(kept, single, ruleTolerance);
  if (!worst) return null;
  if (documentsOf(kept) < 2 && worst.verdict !== "contradict") return null;
  return finding(kept, worst.verdict, worst.basis);
}

/**
 * The claims of one measure split by time frame: a part for each stated frame and for each
 * implied frame that fits no stated one; claims join every part whose frame theirs fits.
 */
function partsByFrame(claims: readonly Claim[]): Claim[][] {
  const heads: Claim[] = [];
  for (const c of claims) {
    const name = frameName(c);
    if (name === "" || heads.some((h) => frameName(h) === name)) continue;
    if (c.frameImplied && claims.some((o) => o.frame && !o.frameImplied && framesFit(c, o))) continue;
    heads.push(c);
  }
  if (heads.length <= 1) return [[...claims]];
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
  const single = group.cardinality === "single";
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
      const f = part.length > 1 ? judgePart(part, single, group.tolerance) : null;
      if (f) out.push(f);
    }
    if (parts.length > 1 && documentsOf(claims) > 1) {
      const framed = claims.filter((c) => frameName(c) !== "");
      const other = framed.find((c) => frameName(c) !== frameName(framed[0]!))!;
      out.push(finding(claims, "diverge", { kind: "different-frames", a: framed[0]!.id, b: other.id }));
    }
  }
  if (measures.length > 1 && documentsOf(group.claims) > 1) {
    out.push(finding(group.claims, "diverge", { kind: "different-measures", measures: measures.map((m) => (m === "" ? "unspecified" : m)) }));
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
