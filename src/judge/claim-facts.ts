/**
 * What the judge needs to know of each claim of an occurrence beyond its value, worked out once
 * per claim: the span it covers (stated precision), whether it is tied to the occurrence by
 * evidence, whether it is a running tally and when it was reported, whether it is an estimate and
 * who gives it.
 *
 *   tied         names a participant of the occurrence's identity (group/participants.ts); a claim
 *                not tied may agree or diverge, never contradict
 *   tally        a running figure (the rule's figures are tallies, the frame says so, or the
 *                sentence does: "so far", "at least", "rose to", "toll"); tallies of different
 *                reporting days diverge as a later report
 *   reportedAt   the frame's reporting day, else the document's stated date; null when unknown
 *   estimate     the rule's figures are estimates, or the value is "an estimated …", or a forecast;
 *                estimates of different sources diverge, and their trailing zeros round
 *   source       who gives the figure: the attribution in the text ("police said"), else the
 *                document's own writer
 */
import { keysOf } from "../group/participants.js";
import type { Claim, ClaimGroup, IsoDay } from "../types.js";
import type { Interval } from "../values/intervals.js";
import { spanOf } from "./precision.js";

export interface ClaimFacts {
  span: Interval;
  tied: boolean;
  tally: boolean;
  reportedAt: IsoDay | null;
  estimate: boolean;
  /** The attribution as written, or null when the writer says it. */
  attribution: string | null;
  source: string;
  /** Read without a frame (by a rule's trigger words only). */
  frameless: boolean;
}

/** How one occurrence is judged: its cardinality and the facts of its claims. */
export interface Judging {
  /** The topic has one true value: disjoint values may contradict. */
  single: boolean;
  facts(c: Claim): ClaimFacts;
}

/**
 * Words that make a figure a running count: "so far", "at least", "rose to", "has climbed to",
 * "the death toll". Must match: "the death toll rose to 40", "at least 12 were hurt", "so far 300
 * arrests"; must not match: "a toll of $5 per truck", "rosette", "at last".
 */
const TALLY_WORDS = /\b(?:so far|at least|death toll|(?:rose|risen|rises|climbed|jumped|reached|increased) to)\b/i;

export function talliesInSentence(sentence: string): boolean {
  return TALLY_WORDS.test(sentence);
}

function factsOf(c: Claim, group: Partial<Pick<ClaimGroup, "identity" | "estimates" | "tallies" | "reportingDays">>): ClaimFacts {
  const frame = c.claimFrame;
  const estimate = Boolean(group.estimates) || (c.value.type === "quantity" && c.value.qualifier === "estimated") || Boolean(frame?.modality.includes("forecast"));
  const tally = Boolean(group.tallies) || (frame ? frame.time.tally : talliesInSentence(c.sentence));
  const attribution = frame?.attribution ?? null;
  const identity = group.identity;
  return {
    span: spanOf(c, estimate),
    tied: identity === undefined || keysOf(c).some((k) => identity.includes(k)),
    tally,
    reportedAt: frame?.time.reportedAt ?? group.reportingDays?.[c.document] ?? null,
    estimate,
    attribution,
    source: attribution ? `said:${attribution.toLowerCase()}` : `document:${c.document}`,
    frameless: frame === undefined,
  };
}

export function judgingOf(group: Pick<ClaimGroup, "cardinality"> & Partial<Pick<ClaimGroup, "identity" | "estimates" | "tallies" | "reportingDays">>): Judging {
  const known = new Map<Claim, ClaimFacts>();
  return {
    single: group.cardinality === "single",
    facts(c) {
      let f = known.get(c);
      if (!f) known.set(c, (f = factsOf(c, group)));
      return f;
    },
  };
}

/**
 * The class within which a claim may contradict others, or null when it may contradict none:
 * tied claims, of one reporting day (tallies) and one source (estimates).
 */
export function contradictionClass(f: ClaimFacts): string | null {
  if (!f.tied) return null;
  if (f.tally && f.reportedAt === null) return null;
  return `${f.tally ? f.reportedAt : ""}|${f.estimate ? f.source : ""}`;
}
