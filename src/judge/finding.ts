/**
 * The finding object of one judged occurrence, built in one place for every judge (judge.ts, and
 * undated-days.ts for claims with no calendar day): its fingerprint from the occurrence's
 * identity, its claims and sides as ids, its measures, and its reason in words (reasons.ts).
 */
import type { Basis, Claim, ClaimGroup, Finding, Verdict } from "../types.js";
import { type OccurrenceIdentity, fingerprintOccurrence } from "./fingerprint.js";
import { rateInWords, reasonFor, withRateNote } from "./reasons.js";

export interface JudgedOccurrence {
  identity: Omit<OccurrenceIdentity, "rule" | "topic">;
  claims: readonly Claim[];
  verdict: Verdict;
  basis: Basis;
  /** The claims grouped by what they say (Finding.sides). */
  sides: readonly (readonly Claim[])[];
  /** Who says a claim inside its text, for the reason ("police said"), or null. */
  attribution: (c: Claim) => string | null;
}

export function buildFinding(group: ClaimGroup, o: JudgedOccurrence): Finding {
  const { claims, basis } = o;
  // sums in two currencies compared at the story's own rate: the rate, and where it is stated
  const rate = rateInWords(claims);
  return {
    id: fingerprintOccurrence({ rule: group.rule, topic: group.topic, ...o.identity }),
    rule: group.rule,
    topic: group.topic,
    verdict: o.verdict,
    claims: claims.map((c) => c.id),
    measures: [...new Set(claims.map((c) => c.measure))],
    basis,
    reason: withRateNote(reasonFor(basis, { topic: group.topic, claims: new Map(claims.map((c) => [c.id, c])), attribution: o.attribution }), rate),
    selfContradiction: new Set(claims.map((c) => c.document)).size === 1,
    sides: o.sides.map((side) => side.map((c) => c.id)),
    ...(rate !== null ? { rate } : {}),
  };
}
