/**
 * REFERENCE (group): the pairwise definition of src/group/group.ts — every claim against every
 * member of every occurrence — kept as the oracle of test/perf/group-judge.test.ts, which checks
 * that the indexed version gives exactly the same occurrences. Not used by relcheck itself: a
 * change to what grouping means is made here and in src/group/group.ts alike.
 */
/**
 * group: Claim[] → ClaimGroup[]. Claims of one rule and one story are split into occurrences:
 * claims that can be about the same thing. Two claims can be when their participants are
 * compatible (the proper name of a named topic; read with a frame, no clash of proper names in
 * one role; read without, a shared country or name word or none named) and, by the rule's
 * cardinality,
 *   - recurring topics (visits, strikes): their dates overlap — different dates are different events;
 *   - single topics with distinct-after: the middles of their dates lie within that distance;
 *   - other single topics: always.
 * Clustering is complete-linkage on values (a claim joins an occurrence only if its value fits
 * every member) and best-fit (for a date, the occurrence with the most members that tell its kind
 * of happening, then the most similar occurrence wins), processed from the most precise
 * claim to the least, so one vague date cannot chain two different events together; actors read
 * without a frame need to fit one member only, because each sentence names only some of those
 * involved, while participants read with a frame must clash with none. Best fit: the most
 * similar value, else the nearest. A claim that shares a country or name with members of several
 * fitting occurrences ties them into one, when every member of each fits every member of the
 * other and none is kept apart from one of the other by its participants. Cost: O(claims ×
 * occurrences) per rule.
 */
import type { Claim, ClaimGroup, CompiledRule } from "../../../src/types.js";
import { decodeActors } from "../../../src/extract/actors.js";
import { FRAME_RULE_FILE, frameRule } from "../../../src/extract/frame-claims.js";
import { addSameFigures, sameFigureGroups } from "../../../src/group/same-figure.js";
import { classesOfClaim } from "../../../src/group/predicate-classes.js";
import { cityNameOf } from "../../../src/extract/gazetteer.js";
import { FRAME_DATE_DAYS, kindOfThing, mayMeet, occurrenceTopics, ruleMayMeet, sameFigure, standingOf, thingOf, unitOf } from "../../../src/group/occurrence-topics.js";
import { keysOf, ownActors, separates } from "../../../src/group/participants.js";
import { periodsApart } from "../../../src/group/figure-periods.js";
import { type Interval, centre, overlaps, similarity, toInterval, width } from "../../../src/values/intervals.js";
import { comparedAs, dimensionOf, factorOf } from "../../../src/values/quantity/dimensions.js";

/**
 * Subjects compatible: one side names no one, or the two share a country or a word of a proper
 * name. Sentences mention bystanders, so only a complete lack of overlap ("the Soviet withdrawal"
 * and "the U.S. withdrawal") keeps two claims apart.
 */
export function sameSubject(rule: CompiledRule, a: Claim, b: Claim): boolean {
  if (rule.subject === "name") {
    const [na, nb] = [a.actors[0], b.actors[0]];
    if (!na || !nb) return false;
    const wa = na.slice("title:".length).split(" ");
    const wb = nb.slice("title:".length).split(" ");
    return wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w));
  }
  const evidence = (c: Claim): string[] => {
    const { countries, names } = decodeActors(ownActors(c));
    return [...countries, ...names.flatMap((n) => n.split(" ").map((w) => `name:${cityNameOf(w)}`))];
  };
  const x = evidence(a);
  const y = evidence(b);
  return x.length === 0 || y.length === 0 || x.some((e) => y.includes(e));
}

/** A country or a word of a proper name both claims name (for a named topic, titles that fit): a tie, where sameSubject also lets one side name no one. */
function namesInCommon(rule: CompiledRule, a: Claim, b: Claim): boolean {
  if (rule.subject === "name") return sameSubject(rule, a, b);
  const evidence = (c: Claim): string[] => {
    const { countries, names } = decodeActors(ownActors(c));
    return [...countries, ...names.flatMap((n) => n.split(" ").map((w) => `name:${w}`))];
  };
  const y = evidence(b);
  return evidence(a).some((e) => y.includes(e));
}

/** When a figure was true: the middle of its stated period, else the day it was reported; null unknown. */
function figureTime(c: Claim): number | null {
  if (c.frame && !c.frameImplied) return centre(toInterval(c.frame));
  const reported = c.claimFrame?.time.reportedAt;
  return reported ? centre(toInterval({ type: "date", start: reported, end: reported, granularity: "day", approximate: false })) : null;
}

// dates and ranges together; quantities of one kind of thing (units of one dimension are one thing),
// counted in other words only on the same figure
function kind(c: Claim): string {
  return c.value.type === "quantity" ? `quantity:${comparedAs(kindOfThing(c))}${standingOf(c)}` : "date";
}

/** The story and kind of each quantity whose kind, among these claims, is written in more than one unit. */
function mixedUnits(claims: readonly Claim[]): Set<string> {
  const units = new Map<string, Set<string>>();
  for (const c of claims) {
    if (c.value.type !== "quantity") continue;
    const k = `${c.story ?? ""}#${kind(c)}`;
    if (dimensionOf(unitOf(c)) === null) continue;
    units.set(k, (units.get(k) ?? new Set()).add(unitOf(c)));
  }
  return new Set([...units].filter(([, u]) => u.size > 1).map(([k]) => k));
}
const isMixed = (mixed: ReadonlySet<string>, c: Claim): boolean => c.value.type === "quantity" && mixed.has(`${c.story ?? ""}#${kind(c)}`);

/** A claim's interval: in its dimension's base unit when its kind is written in several units. */
function valueInterval(mixed: ReadonlySet<string>, c: Claim): Interval {
  const iv = toInterval(c.value);
  if (!isMixed(mixed, c)) return iv;
  const f = factorOf(unitOf(c));
  return { lo: iv.lo * f, hi: iv.hi * f };
}

/**
 * Figures of one kind in two different units, more than UNITS_APART (5) times apart, are different
 * measures (a height in feet, a chase in miles): a claim joins members of another unit only within
 * that factor of every member, once converted.
 */
function sameOrder(mixed: ReadonlySet<string>, members: readonly Claim[], c: Claim): boolean {
  const base = (x: Claim): number | null => (x.value.type === "quantity" && x.value.nominal !== null && isMixed(mixed, x) ? x.value.nominal * factorOf(unitOf(x)) : null);
  const own = base(c);
  if (own === null) return true;
  const counted = members.filter((m) => base(m) !== null);
  if (counted.every((m) => unitOf(m) === unitOf(c))) return true;
  return counted.every((m) => own * 5 >= base(m)! && own <= base(m)! * 5);
}

/** distinct-after for quantities: two figures whose known times lie further apart are different occurrences. */
function closeInTime(rule: CompiledRule, a: Claim, b: Claim): boolean {
  const [ta, tb] = [figureTime(a), figureTime(b)];
  return rule.distinctAfterDays === null || ta === null || tb === null || Math.abs(ta - tb) <= rule.distinctAfterDays;
}

/** An anchored figure's stated time frame (not one implied by its document's year) overlaps the other's, or one states none. */
function framesOverlap(rule: CompiledRule, a: Claim, b: Claim): boolean {
  const stated = (c: Claim) => (c.value.type === "quantity" && c.frame && !c.frameImplied ? toInterval(c.frame) : null);
  const [fa, fb] = [stated(a), stated(b)];
  return !rule.anchored || fa === null || fb === null || overlaps(fa, fb);
}

/** Whether the values of two claims can describe one occurrence (subjects aside): of one story, and by cardinality. */
function sameTime(rule: CompiledRule, a: Claim, b: Claim): boolean {
  if ((a.story ?? "") !== (b.story ?? "") || kind(a) !== kind(b)) return false;
  if (a.value.type === "quantity") return (comparedAs(thingOf(a)) === comparedAs(thingOf(b)) || sameFigure(a, b)) && closeInTime(rule, a, b) && framesOverlap(rule, a, b) && !(rule.distinctAfterDays === null && periodsApart(a, b));
  const ia = toInterval(a.value);
  const ib = toInterval(b.value);
  if (rule.cardinality === "recurring" && rule.file === FRAME_RULE_FILE && ["increase", "fall"].includes(rule.id.slice("frame:".length).split("/")[0]!)) return ia.lo === ib.lo && ia.hi === ib.hi;
  if (rule.cardinality === "recurring") return overlaps(ia, ib);
  // NOTE: occurrences are told apart by the distance between the middles of the two periods, so
  // "the 1990s" (middle 1995) and "2001" are years apart although the intervals nearly touch.
  if (rule.distinctAfterDays !== null) return Math.abs(centre(ia) - centre(ib)) <= rule.distinctAfterDays;
  return true;
}

const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Most precise first; ties broken by what the claims say, not by file names, so renaming or
 * reordering files cannot change how claims cluster.
 */
function byPrecision(mixed: ReadonlySet<string>, a: Claim, b: Claim): number {
  const [ia, ib] = [valueInterval(mixed, a), valueInterval(mixed, b)];
  return (
    width(ia) - width(ib) ||
    cmp(ia.lo, ib.lo) ||
    cmp(a.text, b.text) ||
    cmp(a.sentence, b.sentence) ||
    cmp(a.document, b.document) ||
    a.offset - b.offset
  );
}

function byPlace(a: Claim, b: Claim): number {
  return (a.document < b.document ? -1 : a.document > b.document ? 1 : 0) || a.offset - b.offset;
}

/**
 * Whether a claim may join an occurrence of a frame's own topic: no clash of the frames'
 * participants with any member, and with every member the same value or evidence of one
 * occurrence (src/group/occurrence-topics.ts mayMeet).
 */
function fitsFrameTopic(rule: CompiledRule, members: readonly Claim[], claim: Claim): boolean {
  return members.every((m) => !separates(claim, m, rule.identify, false) && mayMeet(m, claim));
}

export function groupClaims(claims: readonly Claim[], rules: readonly CompiledRule[]): ClaimGroup[] {
  const groups: ClaimGroup[] = [];
  // Claims no rule took: one topic per counted thing and predicate class (occurrence-topics.ts).
  const known = new Set(rules.map((r) => r.id));
  const topics = occurrenceTopics(claims, known);
  const framed = [...new Set(claims.map((c) => topics.get(c)!))].filter((id) => !known.has(id) && id.startsWith("frame:")).sort();
  const frameTopics = framed.map((id) => {
    const kind = claims.find((c) => topics.get(c) === id)!.value.type === "quantity" ? "quantity" : "date";
    const r = frameRule(id, kind);
    if (kind !== "date") return r;
    // the dates of a level's moves ("frame:fall/date"): a move's period is which move it is
    return ["increase", "fall"].includes(id.slice("frame:".length).split("/")[0]!) ? { ...r, cardinality: "recurring" as const } : { ...r, distinctAfterDays: FRAME_DATE_DAYS };
  });
  for (const rule of [...rules, ...frameTopics]) {
    const own = claims.filter((c) => topics.get(c) === rule.id && (rule.subject !== "name" || c.actors.length > 0));
    const occurrences: Claim[][] = [];
    const mixed = mixedUnits(own);
    const fitsValues = (members: readonly Claim[], claim: Claim): boolean => members.every((m) => sameTime(rule, m, claim)) && sameOrder(mixed, members, claim);
    for (const claim of [...own].sort((a, b) => byPrecision(mixed, a, b))) {
      let best: { members: Claim[]; share: number; overlap: number; distance: number } | null = null;
      const fitting: Claim[][] = [];
      for (const members of occurrences) {
        // Values must fit every member (complete linkage); the subject must fit one of them, since
        // each sentence names only some of those involved.
        if (!fitsValues(members, claim)) continue;
        if (rule.file === FRAME_RULE_FILE) {
          if (!fitsFrameTopic(rule, members, claim)) continue;
        } else {
          if (!members.some((m) => sameSubject(rule, m, claim))) continue;
          // reported far apart: the same value or a tie to one occurrence with every member
          if (!members.every((m) => ruleMayMeet(m, claim))) continue;
          if ((claim.claimFrame || members.some((m) => m.claimFrame)) && members.some((m) => separates(claim, m, rule.identify))) continue;
        }
        fitting.push(members);
        // for a date, first how many members tell its kind of happening; then the best overlap
        // with a member, then the nearest value
        const classes = claim.value.type === "quantity" ? null : classesOfClaim(claim);
        const share = classes === null ? 0 : Math.max(...classes.map((k) => members.filter((m) => (classesOfClaim(m) ?? []).includes(k)).length));
        const own = valueInterval(mixed, claim);
        const overlap = Math.max(...members.map((m) => similarity(valueInterval(mixed, m), own)));
        const distance = Math.min(...members.map((m) => Math.abs(centre(valueInterval(mixed, m)) - centre(own))));
        if (!best || share > best.share || (share === best.share && (overlap > best.overlap || (overlap === best.overlap && distance < best.distance)))) best = { members, share, overlap, distance };
      }
      if (!best) {
        occurrences.push([claim]);
        continue;
      }
      // A claim that shares a name with members of two occurrences ties them, when every member of
      // the other fits the first's values and reports and none is kept apart from one of the first's.
      const tied = (members: readonly Claim[]): boolean => rule.file !== FRAME_RULE_FILE && members.some((m) => namesInCommon(rule, m, claim));
      for (const other of fitting) {
        if (other === best.members || !tied(other) || !tied(best.members)) continue;
        const into = best.members;
        const ok = other.every((m) => fitsValues(into, m) && into.every((x) => ruleMayMeet(x, m)) && !into.some((x) => separates(m, x, rule.identify, true)));
        if (!ok) continue;
        into.push(...other);
        occurrences.splice(occurrences.indexOf(other), 1);
      }
      best.members.push(claim);
    }
    for (const members of occurrences) {
      if (members.length < 2) continue;
      const sorted = [...members].sort(byPlace);
      const first = sorted[0]!;
      const count = new Map<string, number>();
      for (const c of sorted) for (const k of keysOf(c)) count.set(k, (count.get(k) ?? 0) + 1);
      groups.push({
        key: `${rule.id}#${first.document}#${first.offset}`,
        rule: rule.id,
        topic: rule.topic,
        cardinality: rule.cardinality,
        claims: sorted,
        ...(first.story !== undefined ? { story: first.story } : {}),
        identity: [...count].filter(([, n]) => n >= 2).map(([k]) => k).sort(),
        ...(rule.estimates || rule.vocabulary?.estimates ? { estimates: true } : {}),
        ...(rule.tallies ? { tallies: true } : {}),
        ...(rule.tolerance ? { tolerance: rule.tolerance } : {}),
      });
    }
  }
  addSameFigures(groups, sameFigureGroups(claims, topics, rules, groups));
  return groups;
}
