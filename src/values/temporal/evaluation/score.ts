/**
 * TempEval-3 scoring of TIMEX recognition and normalization, pooled over documents:
 * strict match = same span, relaxed match = overlapping spans (one-to-one, largest overlap
 * first); precision = matched system spans / system spans, recall = matched gold / gold spans;
 * value (type) accuracy = share of relaxed matches whose value (type) equals the gold's;
 * Value F1 = relaxed F1 × value accuracy.
 */
import type { Timex } from "../../../types.js";
import type { GoldDocument, GoldTimex } from "./gold.js";

export interface SystemTimex {
  start: number;
  end: number;
  type: Timex["type"];
  value: string;
  text: string;
}

export interface Counts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  valueCorrect: number;
  typeCorrect: number;
}

export interface Scores {
  counts: Counts;
  strict: { p: number; r: number; f1: number };
  relaxed: { p: number; r: number; f1: number };
  valueAccuracy: number;
  typeAccuracy: number;
  valueF1: number;
}

export interface Pair {
  gold: GoldTimex;
  system: SystemTimex;
}

export interface DocumentResult {
  counts: Counts;
  matched: Pair[];
  missed: GoldTimex[];
  spurious: SystemTimex[];
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** One document: one-to-one matching, exact spans first, then by overlap. */
export function scoreDocument(doc: GoldDocument, system: readonly SystemTimex[]): DocumentResult {
  const sys = system.filter((s) => !doc.unscored.some(([a, b]) => s.start < b && a < s.end));
  const gold = doc.timexes;
  const candidates: { g: number; s: number; exact: boolean; size: number }[] = [];
  gold.forEach((g, gi) =>
    sys.forEach((s, si) => {
      const size = overlap(g, s);
      if (size > 0) candidates.push({ g: gi, s: si, exact: g.start === s.start && g.end === s.end, size });
    }),
  );
  candidates.sort((a, b) => Number(b.exact) - Number(a.exact) || b.size - a.size || a.g - b.g || a.s - b.s);
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const matched: Pair[] = [];
  let strict = 0;
  for (const c of candidates) {
    if (usedG.has(c.g) || usedS.has(c.s)) continue;
    usedG.add(c.g);
    usedS.add(c.s);
    matched.push({ gold: gold[c.g]!, system: sys[c.s]! });
    if (c.exact) strict++;
  }
  const valueCorrect = matched.filter((p) => p.gold.value !== "" && p.gold.value === p.system.value).length;
  const typeCorrect = matched.filter((p) => p.gold.type === p.system.type).length;
  return {
    counts: { gold: gold.length, system: sys.length, strict, relaxed: matched.length, valueCorrect, typeCorrect },
    matched,
    missed: gold.filter((_, i) => !usedG.has(i)),
    spurious: sys.filter((_, i) => !usedS.has(i)),
  };
}

function prf(matched: number, system: number, gold: number): { p: number; r: number; f1: number } {
  const p = system ? matched / system : 0;
  const r = gold ? matched / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    gold: a.gold + b.gold, system: a.system + b.system, strict: a.strict + b.strict, relaxed: a.relaxed + b.relaxed,
    valueCorrect: a.valueCorrect + b.valueCorrect, typeCorrect: a.typeCorrect + b.typeCorrect,
  };
}

export const ZERO: Counts = { gold: 0, system: 0, strict: 0, relaxed: 0, valueCorrect: 0, typeCorrect: 0 };

export function scores(c: Counts): Scores {
  const relaxed = prf(c.relaxed, c.system, c.gold);
  const valueAccuracy = c.relaxed ? c.valueCorrect / c.relaxed : 0;
  return {
    counts: c,
    strict: prf(c.strict, c.system, c.gold),
    relaxed,
    valueAccuracy,
    typeAccuracy: c.relaxed ? c.typeCorrect / c.relaxed : 0,
    valueF1: relaxed.f1 * valueAccuracy,
  };
}
