/**
 * One figure, one group. A claim may reach more than one group: its topic's occurrence and a group
 * of one figure told in other words (same-figure.ts), or two occurrences of its topic. Where two
 * groups of one story share a claim and every claim of both states one span ("20-13" in eleven
 * reports, reached by a rule in some and by frames in others), they tell one figure: they are
 * joined, and the report gives one agreement over all of them instead of two that repeat each
 * other's claims. Groups whose claims state different values are left as they are (joining them
 * would judge together figures that each grouping kept apart for its own reasons), as are groups
 * of two measures (the injured and the hospitalized of one event may be one number and still two
 * figures).
 */
import type { Cardinality, Claim, ClaimGroup } from "../types.js";
import { byPlace, oneSpan } from "./same-figure.js";

/**
 * The groups each claim stands in, in rising order, as far as `groups` was read (a claim is in one
 * or two, so a short array is cheaper to build and to search than a set), and what was read: each
 * group and its claims as they were.
 */
interface Together {
  read: ClaimGroup[];
  claims: (readonly Claim[])[];
  sizes: number[];
  byId: Map<string, number[]>;
}

/** What was read of each list of groups: the groupings that ask of one list each read only the groups added since. */
const togetherOf = new WeakMap<readonly ClaimGroup[], Together>();

/** Whether the groups read are still the first of `groups`, each with the same claims. */
function stillHolds(t: Together, groups: readonly ClaimGroup[]): boolean {
  if (groups.length < t.read.length) return false;
  for (let i = 0; i < t.read.length; i++) {
    const g = groups[i]!;
    if (g !== t.read[i] || g.claims !== t.claims[i] || g.claims.length !== t.sizes[i]) return false;
  }
  return true;
}

/** The groups each claim stands in, every group of `groups` read: those read before kept when they still hold, else all read anew. */
function togetherIn(groups: readonly ClaimGroup[]): Map<string, number[]> {
  let t = togetherOf.get(groups);
  if (t === undefined || !stillHolds(t, groups)) {
    t = { read: [], claims: [], sizes: [], byId: new Map() };
    togetherOf.set(groups, t);
  }
  const together = t.byId;
  for (let i = t.read.length; i < groups.length; i++) {
    const g = groups[i]!;
    for (const c of g.claims) {
      const s = together.get(c.id);
      if (s === undefined) together.set(c.id, [i]);
      else if (s[s.length - 1] !== i) s.push(i);
    }
    t.read.push(g);
    t.claims.push(g.claims);
    t.sizes.push(g.claims.length);
  }
  return together;
}

/**
 * Whether two claims already stand in one of `groups`: the test later groupings ask so as not to
 * make a group that tells again what one group tells (day-happenings.ts, retold-sentences.ts,
 * game-days.ts, signing-days.ts). `groups` is read when first asked (most groupings find nothing
 * to ask of an archive of unrelated reports), and then only the groups added since the last
 * grouping read it: some twenty groupings ask, one after another, of one growing list.
 */
export function groupedTogether(groups: readonly ClaimGroup[]): (a: Claim, b: Claim) => boolean {
  let together: Map<string, number[]> | undefined;
  return (a, b) => {
    together ??= togetherIn(groups);
    const x = together.get(a.id);
    const y = together.get(b.id);
    if (x === undefined || y === undefined) return false;
    for (const i of x) if (y.includes(i)) return true;
    return false;
  };
}

/** Whether claims come from two reports at least: a grouping of tellings compares reports, not one report with itself. */
export function fromTwoReports(claims: readonly Claim[]): boolean {
  const first = claims[0]?.document;
  return claims.some((c) => c.document !== first);
}

/**
 * The claims of stories told by two reports at least (`story`, none read as one story with ""): the
 * only claims a grouping that compares reports of one story can bring together. An archive of
 * unrelated reports is mostly stories of one report each (214 of the 233 State of the Union
 * addresses), whose claims such a grouping need not read at all. Whole stories are kept or left
 * out, so whatever a grouping reads of a story or a report is read alike.
 */
export function ofStoriesOfTwoReports(claims: readonly Claim[]): readonly Claim[] {
  const first = new Map<string, string | null>();
  for (const c of claims) {
    const story = c.story ?? "";
    const seen = first.get(story);
    if (seen === undefined) first.set(story, c.document);
    else if (seen !== null && seen !== c.document) first.set(story, null);
  }
  let told = 0;
  for (const document of first.values()) if (document === null) told++;
  if (told === first.size) return claims;
  return claims.filter((c) => first.get(c.story ?? "") === null);
}

/**
 * Whether a group tells something the groups so far do not: two of its claims, from two reports,
 * that stand in no group together (`grouped`: groupedTogether). A group that only tells again
 * what one group holds is not made twice.
 */
export function tellsAnew(members: readonly Claim[], grouped: (a: Claim, b: Claim) => boolean): boolean {
  return members.some((a, i) => members.slice(i + 1).some((b) => a.document !== b.document && !grouped(a, b)));
}

const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

/** By what the claims say, not by file names: renaming files changes no group. */
export function byContent(a: Claim, b: Claim): number {
  return cmp(a.text, b.text) || cmp(a.sentence, b.sentence) || cmp(a.document, b.document) || a.offset - b.offset || cmp(a.rule, b.rule) || cmp(a.id, b.id);
}

/** The claims by `keyOf` (null: left out), one list per key in the keys' sorted order, each in the claims' order. */
export function bucketsBy(claims: readonly Claim[], keyOf: (c: Claim) => string | null): Claim[][] {
  const buckets = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = keyOf(c);
    if (key === null) continue;
    const list = buckets.get(key);
    if (list) list.push(c);
    else buckets.set(key, [c]);
  }
  return [...buckets.keys()].sort().map((k) => buckets.get(k)!);
}

/** Sets of claims tied pair by pair, through one another too (single linkage), in the order of their first members. */
export function tiedSets(claims: readonly Claim[], tie: (a: Claim, b: Claim) => boolean): Claim[][] {
  const home = claims.map((_, i) => i);
  const find = (i: number): number => (home[i] === i ? i : (home[i] = find(home[i]!)));
  for (let i = 0; i < claims.length; i++) for (let j = i + 1; j < claims.length; j++) if (tie(claims[i]!, claims[j]!)) home[find(j)] = find(i);
  const sets = new Map<number, Claim[]>();
  claims.forEach((c, i) => {
    const r = find(i);
    const list = sets.get(r);
    if (list) list.push(c);
    else sets.set(r, [c]);
  });
  return [...sets.values()];
}

/** Groups formed one claim at a time, in the claims' order: each joins the first group `joins` takes it into, else opens one of its own. */
export function formedGroups(claims: readonly Claim[], joins: (group: readonly Claim[], c: Claim) => boolean): Claim[][] {
  const formed: Claim[][] = [];
  for (const c of claims) {
    const home = formed.find((g) => joins(g, c));
    if (home) home.push(c);
    else formed.push([c]);
  }
  return formed;
}

/** The one measure a group's claims have, or undefined when they have several. */
function measureOf(g: ClaimGroup): string | null | undefined {
  const measures = new Set(g.claims.map((c) => c.measure));
  return measures.size === 1 ? g.claims[0]!.measure : undefined;
}

/**
 * Whether two groups tell one figure: one story, most of the claims of each in common, one span
 * over all their claims, no two measures. A claim or two in common is no evidence: a claim that
 * two groupings reached may be the one they disagree about ("two" arrested and "two" killed
 * sharing a "two" whose sentence tells both; two 15-year-olds of one story).
 */
function oneFigure(g: ClaimGroup, h: ClaimGroup): boolean {
  if (g.story !== h.story) return false;
  const ids = new Set(g.claims.map((c) => c.id));
  const shared = h.claims.filter((c) => ids.has(c.id)).length;
  if (2 * shared <= g.claims.length || 2 * shared <= h.claims.length) return false;
  const [mg, mh] = [measureOf(g), measureOf(h)];
  if (mg === undefined || mh === undefined || (mg !== null && mh !== null && mg !== mh)) return false;
  return oneSpan([...g.claims, ...h.claims]);
}

/** `h`'s claims that `g` lacks added to `g`, all under the one measure either names. */
function joined(g: ClaimGroup, h: ClaimGroup): ClaimGroup {
  const measure = measureOf(g) ?? measureOf(h) ?? null;
  const ids = new Set(g.claims.map((c) => c.id));
  const claims: Claim[] = [...g.claims, ...h.claims.filter((c) => !ids.has(c.id))].map((c) => (c.measure === measure ? c : { ...c, measure })).sort(byPlace);
  const days = { ...(h.reportingDays ?? {}), ...(g.reportingDays ?? {}) };
  return { ...g, claims, ...(Object.keys(days).length > 0 ? { reportingDays: days } : {}) };
}

/**
 * Groups that share a claim and state one span joined into the earlier of them, in place; the
 * order of the others is kept, so the result depends only on the groups' order (which depends on
 * what the claims say, not on file order). Only groups that share a claim are compared (an index
 * of claims to groups), so an archive of thousands of groups costs little; a joined group may
 * share a claim with a further one, hence the rounds.
 */
export function joinOneFigure(groups: ClaimGroup[]): void {
  for (let changed = true; changed; ) {
    changed = false;
    const holders = new Map<string, number[]>();
    groups.forEach((g, i) => {
      for (const c of g.claims) {
        const list = holders.get(c.id);
        if (list) list.push(i);
        else holders.set(c.id, [i]);
      }
    });
    const gone = new Set<number>();
    for (let i = 0; i < groups.length; i++) {
      if (gone.has(i)) continue;
      const partners = new Set<number>();
      for (const c of groups[i]!.claims) for (const j of holders.get(c.id)!) if (j > i) partners.add(j);
      for (const j of [...partners].sort((x, y) => x - y)) {
        if (gone.has(j) || !oneFigure(groups[i]!, groups[j]!)) continue;
        groups[i] = joined(groups[i]!, groups[j]!);
        gone.add(j);
        changed = true;
      }
    }
    if (gone.size > 0) {
      const kept = groups.filter((_, i) => !gone.has(i));
      groups.splice(0, groups.length, ...kept);
    }
  }
}

/**
 * The group a grouping forms of claims it found to tell one thing in other words: keyed by the
 * grouping's kind, the rule and its first claim's place; no measure parts its claims.
 */
export function toldAsOneGroup(kind: string, members: readonly Claim[], topic: string, cardinality: Cardinality, rule: string = members[0]!.rule): ClaimGroup {
  const first = members[0]!;
  return {
    key: `${kind}:${rule}#${first.document}#${first.offset}`,
    rule,
    topic,
    cardinality,
    claims: members.map((c) => ({ ...c, measure: null })),
    ...(first.story !== undefined ? { story: first.story } : {}),
    identity: [],
  };
}
