/**
 * What the judge needs to know of each claim of an occurrence beyond its value, worked out once
 * per claim: the span it covers (stated precision), whether it is tied to the occurrence by
 * evidence, whether it is a running tally and when it was reported, whether it is an estimate and
 * who gives it.
 *
 *   tied         linked to another claim of the occurrence by positive evidence (a proper name
 *                both frames give in one role, or one named participant both give, a topic title,
 *                two names or countries in common:
 *                group/participants.ts), directly or through claims between; each such chain is a
 *                class of its own. A claim not tied may agree or diverge, never contradict
 *   tally        a running figure (the rule's figures are tallies, the frame says so, or the
 *                sentence does: "so far", "at least", "rose to", "toll"); tallies of different
 *                reporting days diverge as a later report
 *   reportedAt   the frame's reporting day, else the document's stated date; null when unknown
 *   estimate     the rule's figures are estimates, or the value is "an estimated …", or a forecast;
 *                estimates of different sources diverge, and their trailing zeros round
 *   source       who gives the figure: the attribution in the text ("police said"), else the
 *                document's own writer
 */
import { keysOf, namedKeys, partiesOf } from "../group/participants.js";
import type { Claim, ClaimGroup, IsoDay } from "../types.js";
import type { Interval } from "../values/intervals.js";
import { spanOf } from "./precision.js";

export interface ClaimFacts {
  span: Interval;
  tied: boolean;
  /** The claims it is tied to (see `tied`), as a class name. */
  evidence: string;
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

/**
 * Claims linked by positive evidence (group/participants.ts `linked`), directly or through others:
 * union-find over the evidence each claim gives — a proper name in a role of its frame, a topic
 * title word, a pair of its tokens — so two claims sharing any of these are linked. → claim → its
 * chain's first member's index, for claims in a chain of two or more.
 */
function evidenceChains(claims: readonly Claim[]): Map<Claim, number> {
  const parent = claims.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const seenBy = new Map<string, number>();
  claims.forEach((c, i) => {
    const link = (evidence: string): void => {
      const other = seenBy.get(evidence);
      if (other === undefined) seenBy.set(evidence, i);
      else parent[find(i)] = find(other);
    };
    for (const p of partiesOf(c)) if (p.role !== null) for (const n of p.names) link(`role ${p.role} ${n}`);
    for (const k of namedKeys(c)) link(`participant ${k}`);
    const keys = keysOf(c).sort();
    for (let x = 0; x < keys.length; x++) {
      // The name of a named topic ("the Geneva Convention") identifies it on its own.
      if (keys[x]!.startsWith("title:")) link(keys[x]!);
      for (let y = x + 1; y < keys.length; y++) link(`${keys[x]}\u0000${keys[y]}`);
    }
  });
  const size = new Map<number, number>();
  const first = new Map<number, number>();
  claims.forEach((_, i) => {
    const root = find(i);
    size.set(root, (size.get(root) ?? 0) + 1);
    if (!first.has(root)) first.set(root, i);
  });
  const chains = new Map<Claim, number>();
  claims.forEach((c, i) => {
    const root = find(i);
    if (size.get(root)! >= 2) chains.set(c, first.get(root)!);
  });
  return chains;
}

/** A claim's own word on being a tally or an estimate: its frame, its qualifier, or its sentence. */
function ownTally(c: Claim): boolean {
  return c.claimFrame ? c.claimFrame.time.tally : talliesInSentence(c.sentence);
}

function ownEstimate(c: Claim): boolean {
  return (c.value.type === "quantity" && c.value.qualifier === "estimated") || Boolean(c.claimFrame?.modality.includes("forecast"));
}

type GroupFacts = Partial<Pick<ClaimGroup, "identity" | "estimates" | "tallies" | "reportingDays" | "claims">>;

function factsOf(c: Claim, group: GroupFacts, tallies: boolean, estimates: boolean, chains: () => Map<Claim, number>): ClaimFacts {
  const frame = c.claimFrame;
  const estimate = estimates || ownEstimate(c);
  const tally = tallies || ownTally(c);
  const attribution = frame?.attribution ?? null;
  const identity = group.identity;
  let tied = true;
  let evidence = "";
  if (identity !== undefined) {
    const chain = chains().get(c);
    tied = chain !== undefined;
    evidence = `chain ${chain ?? ""}`;
  }
  return {
    span: spanOf(c, estimate),
    tied,
    evidence,
    tally,
    reportedAt: frame?.time.reportedAt ?? group.reportingDays?.[c.document] ?? null,
    estimate,
    attribution,
    source: attribution ? `said:${attribution.toLowerCase()}` : `document:${c.document}`,
    frameless: frame === undefined,
  };
}

/**
 * How an occurrence is judged. It is a running tally when its rule says so or any of its claims
 * does ("so far", "the death toll"), and its figures are estimates when its rule says so or any
 * claim is one ("an estimated", a forecast): all its claims are then read that way, so that
 * which pairs may contradict depends on each claim alone (a class, see contradictionClass).
 */
export function judgingOf(group: Pick<ClaimGroup, "cardinality"> & GroupFacts): Judging {
  const claims = group.claims ?? [];
  const tallies = Boolean(group.tallies) || claims.some(ownTally);
  const estimates = Boolean(group.estimates) || claims.some(ownEstimate);
  const known = new Map<Claim, ClaimFacts>();
  let chains: Map<Claim, number> | null = null;
  const chainsOf = (): Map<Claim, number> => (chains ??= evidenceChains(claims));
  return {
    single: group.cardinality === "single",
    facts(c) {
      let f = known.get(c);
      if (!f) known.set(c, (f = factsOf(c, group, tallies, estimates, chainsOf)));
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
  return `${f.evidence}|${f.tally ? f.reportedAt : ""}|${f.estimate ? f.source : ""}`;
}
