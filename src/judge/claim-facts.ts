/**
 * What the judge needs to know of each claim of an occurrence beyond its value, worked out once
 * per claim: the span it covers (stated precision), whether it is tied to the occurrence by
 * evidence, whether it is a running tally and when it was reported, whether it is an estimate and
 * who gives it.
 *
 *   tied         not held aside by its sentence (negated, hypothetical, a comparison's base, an
 *                increment), and linked to another claim of the occurrence by positive evidence (a proper name
 *                both frames give in one role, or one named participant both give, a topic title,
 *                two names or countries in common — for a frame's own topic, only the first two;
 *                a frame's topic without a predicate or a counted thing, none: evidenceOf). Two
 *                claims may contradict only when they are linked to each other; a chain of linked
 *                claims is where such pairs are looked for. A claim not tied may agree or diverge,
 *                never contradict
 *   part         a value inside a larger count of its sentence ("two" of "two women and one man",
 *                "three" of "three of the five hostages"): it counts a part, so it never
 *                contradicts
 *   tally        a running figure (the rule's figures are tallies, the frame says so, or the
 *                sentence does: "so far", "at least", "rose to", "toll"); tallies of different
 *                reporting days diverge as a later report
 *   reportedAt   the frame's reporting day, else the document's stated date; null when unknown
 *   estimate     the rule's figures are estimates, or the value is "an estimated …", or a forecast;
 *                estimates of different sources diverge, and their trailing zeros round
 *   source       who gives the figure: the attribution in the text ("police said"), else the
 *                document's own writer
 */
import { guiltTies } from "../group/guilt-findings.js";
import { quotedStatementKey } from "../group/quoted-statements.js";
import { namesNoHappening } from "../group/occurrence-topics.js";
import { onceEvidence } from "../group/once.js";
import { oncePerClaim } from "../group/per-claim.js";
import { keysOf, namedKeys, ownerOf, partOfSpelledOutCount, partiesOf, soleWordAt, storyAliasWords } from "../group/participants.js";
import { playEvidence, playOf } from "../group/play-lengths.js";
import { pairEvidence, pairOf } from "../group/score-pairs.js";
import { isGameClock } from "../group/game-clocks.js";
import { clockSpan } from "../group/clock-spans.js";
import { heldRecordOf } from "../group/stat-lines.js";
import type { Claim, ClaimGroup, IsoDay, RuleTolerance } from "../types.js";
import { type Interval, toInterval } from "../values/intervals.js";
import { dimensionOfClaim, factorOfClaim } from "../values/quantity/dimensions.js";
import { identityNames } from "./fingerprint.js";
import { spanOf } from "./precision.js";

export interface ClaimFacts {
  /** What the value covers: its stated precision (precision.ts), in the unit the occurrence is compared in. */
  span: Interval;
  /** The value's own interval, in the unit the occurrence is compared in. */
  interval: Interval;
  /** Base units per unit of the claim's own (1 unless the occurrence is told in several units of one dimension: `converted`). */
  scale: number;
  /** A value inside a larger count of its sentence ("two" of "two women and one man"): a part, never a total. */
  part: boolean;
  /** The stated whole the value is a part of ("eight of their last 10" → "10"; "breakdown" for a share of a breakdown list), or null: wholeOfPart. */
  whole: string | null;
  tied: boolean;
  /** The chain of claims it is tied to (see `tied`), as a class name. */
  evidence: string;
  /** What it gives as evidence of one occurrence; two claims are linked when these meet (empty: none, or no identity asked for). */
  links: Set<string>;
  /**
   * The part of `links` that names the occurrence itself — a proper name in a role of its frame,
   * a named participant, the person an age belongs to — and the frame's predicate (null: none
   * read). Two claims of one document contradict only when these meet and their predicates, where
   * both are read, are one: a writer who gives two figures of one measure in two sentences nearly
   * always speaks of two things (two loans, two treaties, two reserves).
   */
  strongLinks: Set<string>;
  predicate: string | null;
  tally: boolean;
  reportedAt: IsoDay | null;
  /** The last day of a report known only to a span (ClaimFrame time.reportedUntil); null when reportedAt is a day. */
  reportedUntil: IsoDay | null;
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
  /** The names most of the occurrence's claims give: what identifies it (fingerprint.ts). */
  names: readonly string[];
  /** The rule's tolerance (`tolerance:`): figures this close diverge; absent: their own precision only. */
  tolerance?: RuleTolerance;
  /**
   * The occurrence's quantities are told in several units of one dimension ("600 m", "2,000 feet"):
   * they are compared in the dimension's base unit, each allowed the rounding of a conversion.
   */
  converted: boolean;
  facts(c: Claim): ClaimFacts;
  /** A claim's span, facts(c).span, read without the rest of its facts (spansAllMeet: one document's claims whose spans meet are judged no further). */
  span(c: Claim): Interval;
}

/** Whether claims give quantities of one dimension in more than one unit (values/quantity/dimensions.ts). */
export function toldInSeveralUnits(claims: readonly Claim[]): boolean {
  const seen = new Map<string, string>();
  for (const c of claims) {
    if (c.value.type !== "quantity") continue;
    const dimension = dimensionOfClaim(c);
    if (dimension === null) continue;
    const unit = seen.get(dimension);
    if (unit === undefined) seen.set(dimension, c.value.unit);
    else if (unit !== c.value.unit) return true;
  }
  return false;
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

/** A rule's topic, a frame's own topic ("frame:kill/person"), or a frame's topic missing its predicate or what it counts ("frame:-/money"). */
export function frameTopic(rule: string): "rule" | "frame" | "unnamed" {
  if (!rule.startsWith("frame:")) return "rule";
  // (asked of every claim of every group judged: a scan holds a few thousand topics, read once each)
  let topic = topics.get(rule);
  if (topic === undefined) {
    const [predicate = "-", counted = "-"] = rule.slice("frame:".length).split("/");
    topic = predicate === "-" || counted === "-" || predicate === "" || counted === "" ? "unnamed" : "frame";
    if (topics.size >= MAX_TOPICS) topics.clear();
    topics.set(rule, topic);
  }
  return topic;
}
const topics = new Map<string, "frame" | "unnamed">();
const MAX_TOPICS = 100_000;

/**
 * The evidence a claim gives that it is about one occurrence with another (group/participants.ts
 * `linked`), as strings two claims share exactly when they are linked: each proper name in a role
 * of its frame, each named participant, each topic title word, each pair of its tokens (one at
 * least a proper name). A frame's own topic ("frame:estimate/money") is loose: only a name both
 * frames give in one role ties it; a frame's topic that names no predicate or nothing counted
 * ("frame:-/money"), or only a light verb ("there were 30 pirates": occurrence-topics.ts
 * namesNoHappening), cannot be shown to be one occurrence at all.
 */
export function evidenceOf(c: Claim): Set<string> {
  const out = new Set<string>();
  const topic = frameTopic(c.rule);
  if (topic === "unnamed" || namesNoHappening(c)) return out;
  // An age stands beside its person: that name, written alike, alone ties it (group/participants.ts ownerOf).
  const owner = ownerOf(c);
  if (owner !== null) return out.add(`owner ${owner}`);
  // one play of a game is tied by its maker and a place in the game only (group/play-lengths.ts):
  // a runner's name alone ties none of his many runs to another
  // a score or a record is tied by its span and its holder only (group/score-pairs.ts)
  if (topic === "frame" && pairOf(c) !== null) {
    for (const e of pairEvidence(c, storyAliasWords)) out.add(`participant pair ${e}`);
    return out;
  }
  // the figure of a record someone holds is tied by its holder, its stat and its span (group/record-figures.ts):
  // "Lutz's scoring record of 1,904" and "passed Lutz (1,904) on the career list" (the last word of the name)
  const held = topic === "frame" ? heldRecordOf(c) : null;
  if (held !== null && held.holder !== null) return out.add(`participant record ${held.noun} ${held.span} ${held.holder.split(/\s+/).at(-1)!.toLowerCase()}`);
  // a game's clock is one of its many moments: no name ties two (group/game-clocks.ts compares them)
  if (topic === "frame" && isGameClock(c)) return out;
  if (topic === "frame" && c.value.type === "quantity" && playOf(c) !== null) {
    for (const e of playEvidence(c)) out.add(`participant play ${e}`);
    return out;
  }
  // (a sea or a gulf is where many happenings take place: it ties none to another)
  for (const p of partiesOf(c)) if (p.role !== null && !(p.role === "place" && openWater(p.text))) for (const n of p.names) out.add(`role ${p.role} ${n}`);
  for (const k of namedKeys(c)) if (!k.startsWith("place ") || !openWater(k.slice("place ".length))) out.add(`participant ${k}`);
  // one thing a one-off happening befell ("the hall was built"), by the words that name it (group/once.ts)
  for (const e of onceEvidence(c)) out.add(e);
  if (topic === "frame") return out;
  const keys = [...keysOf(c)].sort();
  for (let x = 0; x < keys.length; x++) {
    if (keys[x]!.startsWith("title:")) out.add(keys[x]!);
    for (let y = x + 1; y < keys.length; y++) if (!keys[x]!.startsWith("plain:") || !keys[y]!.startsWith("plain:")) out.add(`${keys[x]}\u0000${keys[y]}`);
  }
  return out;
}

/**
 * A sea, a gulf, an ocean, a strait or a channel: waters where many happenings of one kind take
 * place (raids on ships, rescues, collisions), so a figure told there is no more tied to another
 * told there than two figures told "in Asia". Must match "the Gulf", "Gulf of Varna", "the Keld
 * Sea", "the Straits of Orm", "Channel"; must not match "Seaford", "Gulfport", "Bay Street", "Varna".
 */
const OPEN_WATER = /\b(?:gulf|sea|ocean|straits?|channel)\b/i;

function openWater(place: string): boolean {
  return OPEN_WATER.test(place);
}

/** Evidence that names the occurrence itself (a role's proper name, a named participant, an age's person). */
const STRONG = /^(?:role|participant|owner) /;

/**
 * Claims linked by evidence, directly or through others: union-find over the evidence strings.
 * → claim → its chain's first member's index, for claims in a chain of two or more. Two claims
 * in one chain need not be linked themselves; two linked claims are always in one chain, so a
 * chain is where a contradiction may be looked for.
 */
function evidenceChains(claims: readonly Claim[], evidence: (c: Claim) => Set<string>): Map<Claim, number> {
  const parent = claims.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const seenBy = new Map<string, number>();
  claims.forEach((c, i) => {
    for (const e of evidence(c)) {
      const other = seenBy.get(e);
      if (other === undefined) seenBy.set(e, i);
      else parent[find(i)] = find(other);
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

/**
 * Ways a sentence holds its value aside from the occurrence: "not", "could", "more than in 2008"
 * (the value compared with), "two more victims" (an addition, not a total), "four years older" (a
 * difference). Such a value is never tied to the occurrence.
 */
const ASIDE: ReadonlySet<string> = new Set(["negated", "hypothetical", "comparison-base", "increment", "difference"]);

/**
 * A participant that the sentence itself sets apart from one already spoken of: "another 11th hour
 * Bush regulation", "a second convention", "the other victims". Must match another, other, second …
 * tenth; must not match "the first Taliban regime", "a brother", "the mother".
 */
const ANOTHER = /\b(?:another|other|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i;

export function namesAnother(c: Claim): boolean {
  return (c.claimFrame?.participants ?? []).some((p) => ANOTHER.test(p.text));
}

/** A claim's own word on being a tally or an estimate: its frame, its qualifier, or its sentence. */
const ownTally: (c: Claim) => boolean = oncePerClaim((c) => (c.claimFrame ? c.claimFrame.time.tally : talliesInSentence(c.sentence)));

function ownEstimate(c: Claim): boolean {
  return (c.value.type === "quantity" && c.value.qualifier === "estimated") || Boolean(c.claimFrame?.modality.includes("forecast"));
}

type GroupFacts = Partial<Pick<ClaimGroup, "identity" | "estimates" | "tallies" | "reportingDays" | "claims" | "tolerance" | "moments">>;

/**
 * The whole of a partitive: "eight of their last 10 games", "10 of the team's first 17 points",
 * "three of the five hostages", "five of Creighton's first eight points" — the verb applies to the
 * part (eight lost, ten scored, three killed), not to the whole, so the whole is no figure of the
 * occurrence. Must match the 10, 17, five and eight of those; must not match "one of the victims
 * died" (no whole), "dozens of people", "the first 17 points".
 */
const PARTITIVE_BEFORE =
  /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|some|most|all|half|several|none|each)\s+of\s+(?:(?:the|their|its|his|her|our|those|these)\s+|[\p{L}]+\s?['’]\s?s\s+)*(?:(?:first|last|next|past|remaining)\s+)?$/iu;

export function wholeOfPartitive(c: Pick<Claim, "sentence" | "text" | "value">): boolean {
  if (c.value.type !== "quantity") return false;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return false;
  return PARTITIVE_BEFORE.test(c.sentence.slice(0, at));
}

/**
 * A figure that sizes a window rather than counting what happened in it: "played in the past six
 * games", "over the last three seasons", "in his first two starts", "during the final 10 minutes".
 * The window is a stretch of the occurrence, not its total ("played in 10 games this year" and
 * "played in the past six games" are both true), so such a figure never contradicts. Must match
 * those; must not match "played in six games", "the last of six games", "in the past, six games".
 */
const WINDOW_BEFORE = /\b(?:in|over|for|during|through|across|within)\s+(?:the|their|its|his|her|our|my|your)\s+(?:past|last|first|next|previous|final|opening|latest|remaining)\s+$/i;

export function sizesAWindow(c: Pick<Claim, "sentence" | "text" | "value">): boolean {
  if (c.value.type !== "quantity") return false;
  const at = soleWordAt(c.sentence, c.text);
  return at >= 0 && WINDOW_BEFORE.test(c.sentence.slice(Math.max(0, at - 60), at));
}

/** "… of their last 10", "… of the five", "… of the team's first 17": the whole after a part. */
const WHOLE_AFTER =
  /^\s+of\s+(?:(?:the|their|its|his|her|our|those|these)\s+|[\p{L}]+\s?['’]\s?s\s+)*(?:(?:first|last|next|past|remaining)\s+)?(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/iu;

/**
 * The stated whole a value is a part of ("eight of their last 10 games" → "10", "three of the five
 * hostages" → "five"), in lower case, or null. A part of a stated whole counts within that whole:
 * it never contradicts a count without it ("lost eight of their last 10" and "a three-game losing
 * streak" are two occurrences), only another part of the same whole ("three of the five hostages"
 * and "four of the five hostages"). Must match the eight and three of those; must not match "eight
 * of them", "one of the victims", "10 of 12 points" read from the 12.
 */
export function wholeOfPart(c: Pick<Claim, "sentence" | "text" | "value">): string | null {
  if (c.value.type !== "quantity") return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  return WHOLE_AFTER.exec(c.sentence.slice(at + c.text.length))?.[1]!.toLowerCase() ?? null;
}

/** Claims whose expression lies inside another claim's of the same document: parts of a larger count. */
function partsOf(claims: readonly Claim[]): Set<Claim> {
  const parts = new Set<Claim>();
  const byDocument = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.value.type !== "quantity") continue;
    const list = byDocument.get(c.document);
    if (list) list.push(c);
    else byDocument.set(c.document, [c]);
  }
  for (const list of byDocument.values()) {
    const sorted = [...list].sort((a, b) => a.offset - b.offset || b.length - a.length);
    let open: Claim | null = null;
    for (const c of sorted) {
      if (open && c.offset + c.length <= open.offset + open.length && c.length < open.length) parts.add(c);
      else if (!open || c.offset + c.length > open.offset + open.length) open = c;
    }
  }
  return parts;
}

/**
 * A share of a breakdown ("Vale province-20" of "125 districts"; values/quantity/breakdowns.ts): a
 * part of its total, compared only with other shares (the place each belongs to keeps two names' shares apart).
 */
const isShareOfBreakdown = (c: Claim): boolean => c.provenance.includes("pattern:quantity/breakdown");

function factsOf(
  c: Claim,
  group: GroupFacts,
  tallies: boolean,
  estimates: boolean,
  chains: () => Map<Claim, number>,
  parts: () => Set<Claim>,
  evidenceFor: (c: Claim) => Set<string>,
  converted: boolean,
): ClaimFacts {
  const frame = c.claimFrame;
  const scale = converted && c.value.type === "quantity" ? factorOfClaim(c) : 1;
  const estimate = estimates || ownEstimate(c);
  const tally = tallies || ownTally(c);
  const attribution = frame?.attribution ?? null;
  const identity = group.identity;
  let tied = !frame?.modality.some((m) => ASIDE.has(m)) && !namesAnother(c);
  let evidence = "";
  let links = new Set<string>();
  if (identity !== undefined && tied) {
    const chain = chains().get(c);
    tied = chain !== undefined;
    evidence = `chain ${chain ?? ""}`;
    links = evidenceFor(c);
  }
  // (a group of one moment compares clock times: its claims' days were read apart, group/moments.ts,
  // or it tells one happening's time of day, group/clock-happenings.ts; each clock covers what its
  // qualifier says, "about 3 p.m." 2:45 to 3:15: group/clock-spans.ts)
  const at = group.moments ? clockSpan(c) : null;
  return {
    span: at ?? spanOf(c, estimate, converted),
    interval: at ?? (scale === 1 ? toInterval(c.value) : scaled(toInterval(c.value), scale)),
    scale,
    part: parts().has(c) || wholeOfPartitive(c) || partOfSpelledOutCount(c) || sizesAWindow(c),
    whole: wholeOfPart(c) ?? (isShareOfBreakdown(c) ? "breakdown" : null),
    tied,
    evidence,
    links,
    strongLinks: new Set([...links].filter((e) => STRONG.test(e))),
    predicate: frame?.predicate?.lemma ?? null,
    tally,
    reportedAt: frame?.time.reportedAt ?? group.reportingDays?.[c.document] ?? null,
    reportedUntil: frame?.time.reportedAt ? (frame.time.reportedUntil ?? null) : null,
    estimate,
    attribution,
    source: attribution ? `said:${attribution.toLowerCase()}` : `document:${c.document}`,
    frameless: frame === undefined,
  };
}

function scaled(iv: Interval, by: number): Interval {
  return { lo: iv.lo * by, hi: iv.hi * by };
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
  const evidence = new Map<Claim, Set<string>>();
  // (one finding of guilt told with two dates is tied by its pair, not by a name: group/guilt-findings.ts)
  let ties: Map<Claim, string[]> | null = null;
  const evidenceFor = (c: Claim): Set<string> => {
    let e = evidence.get(c);
    if (!e) {
      e = evidenceOf(c);
      for (const tie of (ties ??= guiltTies(claims)).get(c) ?? []) e.add(tie);
      // (one quotation whose saying two reports date is one statement: group/quoted-statements.ts)
      const quoted = quotedStatementKey(c);
      if (quoted !== null) e.add(`participant quotation ${quoted}`);
      evidence.set(c, e);
    }
    return e;
  };
  const chainsOf = (): Map<Claim, number> => (chains ??= evidenceChains(claims, evidenceFor));
  let parts: Set<Claim> | null = null;
  const partsIn = (): Set<Claim> => (parts ??= partsOf(claims));
  const converted = toldInSeveralUnits(claims);
  return {
    single: group.cardinality === "single",
    names: identityNames(claims),
    ...(group.tolerance ? { tolerance: group.tolerance } : {}),
    converted,
    facts(c) {
      let f = known.get(c);
      if (!f) known.set(c, (f = factsOf(c, group, tallies, estimates, chainsOf, partsIn, evidenceFor, converted)));
      return f;
    },
    // (as factsOf reads it: its identity's chains, parts and wholes are read from the sentences of the whole occurrence)
    span(c) {
      return known.get(c)?.span ?? spanOf(c, estimates || ownEstimate(c), converted);
    },
  };
}

/**
 * The class within which a claim may contradict others, or null when it may contradict none:
 * tied claims, of one reporting day (tallies) and one source (estimates), parts of one stated whole
 * or none (wholeOfPart).
 */
export function contradictionClass(f: ClaimFacts): string | null {
  if (!f.tied || f.part) return null;
  if (f.tally && f.reportedAt === null) return null;
  return `${f.evidence}|${f.tally ? f.reportedAt : ""}|${f.estimate ? f.source : ""}|${f.whole ?? ""}`;
}
