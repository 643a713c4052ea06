/**
 * Stories: documents about the same events (topic detection and tracking). Claims are compared
 * within a story only, so an archive of unrelated documents does not set one event's figures
 * against another's: a folder of reports on one bank bombing is one story; a second folder on
 * another bank bombing, scanned with it, is another.
 *
 * Each document is a vector of its salient terms (extract/salient-terms.ts: words of proper names,
 * event nouns), weighted (1 + ln tf) · ln(1 + N/df) — a term every document uses weighs little,
 * one few use weighs much — with terms of one document only at a quarter weight (they can match
 * nothing, but a document full of names of its own is about something else too), and cut to its
 * VECTOR_TERMS heaviest terms: what a document is most about, so that two long documents do not
 * look alike through the many names each mentions in passing. Two documents are similar by the
 * cosine of their vectors, which counts half for two documents whose own dates (front matter, a
 * manifest, metadata, a dateline, an address or the file's path) lie more than FAR_DAYS apart — two
 * outages of one cable months apart, two yearly addresses — and not at all when dates the user states lie more than MAX_DAYS apart (an
 * inferred date is too rough to tell).
 *
 * Two stories of two events of one kind that share their people (two fights of one champion) do
 * not join when each has names of its own that the other never uses and their dates do not show
 * them written together (ownNamesApart).
 *
 * Clustering is average linkage over the similar pairs, strongest pair first: a pair of at least
 * PAIR_MIN joins its two stories when the average similarity over all pairs of their documents
 * (less than SIM_FLOOR counts 0) is at least AVERAGE_MIN. The average is taken over every pair of
 * the two stories, compared then if the blocking keys did not pair them, while the stories are
 * small (EXACT_PAIRS); beyond that a pair not compared counts 0. A chain of documents each like
 * the next does not make one story of them all, as single linkage would.
 *
 * Cost. Candidate pairs come from blocking keys: each document's BLOCKING_TERMS terms used by
 * another document — half its heaviest, half those most documents share (in a folder of reports
 * on one event, the event's own names: each report's heaviest terms are what it alone adds) —
 * and in a key's list of documents (ordered by date, then path) each document is paired with
 * those within WINDOW places of it. So an archive costs at most documents × BLOCKING_TERMS ×
 * 2·WINDOW comparisons of two VECTOR_TERMS-term vectors, not documents², plus at most EXACT_PAIRS
 * per merge; a story of more than WINDOW documents that share no rarer term may split into
 * stories close in time.
 */
import { createHash } from "node:crypto";
import type { DateSource, DocumentProfile, IsoDay, Story } from "../types.js";
import { dayNumber } from "../values/intervals.js";

export interface StoryDocument {
  path: string;
  date: IsoDay | null;
  dateSource: DateSource | null;
  profile?: DocumentProfile;
}

export const PAIR_MIN = 0.25;
export const AVERAGE_MIN = 0.1;
/** Similarities below this count as none (they would only lower averages a little). */
const SIM_FLOOR = 0.05;
export const MAX_DAYS = 60;
export const FAR_DAYS = 30;
const FAR_FACTOR = 0.5;
const VECTOR_TERMS = 32;
export const BLOCKING_TERMS = 12;
export const WINDOW = 64;
const KEYS = 6;
/** Pairs of documents two stories may have for their average to be computed over all of them. */
const EXACT_PAIRS = 4096;

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A document's heaviest terms as ascending term numbers, with their weights (unit length). */
interface Vector {
  ids: Int32Array;
  weights: Float64Array;
}

function vectors(docs: readonly StoryDocument[], df: ReadonlyMap<string, number>, number: ReadonlyMap<string, number>): Vector[] {
  const n = docs.length;
  return docs.map((d) => {
    const all = (d.profile?.terms ?? []).map((term, i): [string, number] => {
      const count = d.profile!.counts[i] ?? 1;
      const seen = df.get(term) ?? 1;
      return [term, (1 + Math.log(count)) * Math.log(1 + n / seen) * (term.startsWith("event:") ? 0.5 : 1) * (seen < 2 ? 0.25 : 1)];
    });
    const kept = all.sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).slice(0, VECTOR_TERMS);
    const norm = Math.sqrt(kept.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
    const byId = kept.map(([t, w]) => [number.get(t)!, w / norm] as const).sort((a, b) => a[0] - b[0]);
    return { ids: Int32Array.from(byId, ([id]) => id), weights: Float64Array.from(byId, ([, w]) => w) };
  });
}

function cosine(a: Vector, b: Vector): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

const STATED: ReadonlySet<DateSource | null> = new Set<DateSource | null>(["frontmatter", "manifest"]);

/** Dates the document's own text, its path or its user states (an inferred date is too rough to tell). */
const READ: ReadonlySet<DateSource | null> = new Set<DateSource | null>(["frontmatter", "manifest", "html-meta", "dateline", "url", "path"]);

/**
 * How much a pair's similarity counts, by time: reports on one event come out within days of each
 * other, and follow-ups (a trial, a repair) name the event's people and places again; two
 * documents whose own dates lie more than FAR_DAYS apart and share only the general terms (a cable,
 * a company, a town) are about two events of that thing, so their similarity counts half.
 */
function timeFactor(a: StoryDocument, b: StoryDocument): number {
  if (!a.date || !b.date || !READ.has(a.dateSource) || !READ.has(b.dateSource)) return 1;
  return Math.abs(dayNumber(a.date) - dayNumber(b.date)) > FAR_DAYS ? FAR_FACTOR : 1;
}

/** Stated dates too far apart to tell of one story. */
function apartInTime(a: StoryDocument, b: StoryDocument): boolean {
  if (!a.date || !b.date || !STATED.has(a.dateSource) || !STATED.has(b.dateSource)) return false;
  return Math.abs(dayNumber(a.date) - dayNumber(b.date)) > MAX_DAYS;
}

/**
 * Similar pairs [similarity, i, j] (i < j) among the candidates the blocking keys give: in each
 * key's list of documents (by date, then path), the documents within WINDOW places of each other.
 */
function similarPairs(docs: readonly StoryDocument[], vs: readonly Vector[], df: readonly number[], stats?: StoryStats): [number, number, number][] {
  const postings: number[][] = [];
  const keysOf: number[][] = vs.map((v, i) => {
    const shared = [...v.ids.keys()].filter((k) => df[v.ids[k]!]! >= 2);
    const heaviest = [...shared].sort((x, y) => v.weights[y]! - v.weights[x]! || v.ids[x]! - v.ids[y]!);
    const widest = [...shared].sort((x, y) => df[v.ids[y]!]! - df[v.ids[x]!]! || v.weights[y]! - v.weights[x]! || v.ids[x]! - v.ids[y]!);
    const keys = [...new Set([...heaviest.slice(0, BLOCKING_TERMS / 2), ...widest.slice(0, BLOCKING_TERMS / 2), ...heaviest])]
      .slice(0, BLOCKING_TERMS)
      .map((k) => v.ids[k]!);
    for (const id of keys) (postings[id] ??= []).push(i);
    return keys;
  });
  const byTime = (i: number, j: number): number => cmp(docs[i]!.date ?? "", docs[j]!.date ?? "") || i - j;
  const place = new Map<number, Map<number, number>>(); // key → document → place in the key's list
  postings.forEach((list, id) => {
    if (!list) return;
    list.sort(byTime);
    place.set(id, new Map(list.map((d, p) => [d, p])));
  });
  const seenBy = new Int32Array(docs.length).fill(-1);
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < docs.length; i++) {
    for (const id of keysOf[i]!) {
      const list = postings[id]!;
      const p = place.get(id)!.get(i)!;
      for (let q = Math.max(0, p - WINDOW); q < Math.min(list.length, p + 1 + WINDOW); q++) {
        const j = list[q]!;
        if (j <= i || seenBy[j] === i) continue;
        seenBy[j] = i;
        if (apartInTime(docs[i]!, docs[j]!)) continue;
        if (stats) stats.compared++;
        const sim = cosine(vs[i]!, vs[j]!) * timeFactor(docs[i]!, docs[j]!);
        if (sim >= SIM_FLOOR) pairs.push([sim, i, j]);
      }
    }
  }
  return pairs;
}

/**
 * The average similarity over all pairs of documents of two stories. The pairs the blocking keys
 * gave are known (`known`, their sum); the others were not compared because the two documents'
 * heaviest terms differ, not because they share nothing: reports on one event each name the
 * event's place and people, and then what each of them alone adds (other cases, earlier events),
 * which weighs more in a folder where every report names the place. So they are compared now,
 * while the two stories are small enough (EXACT_PAIRS); beyond that, a pair not compared counts 0.
 * Documents whose stated dates lie too far apart count 0 too.
 */
function averageBetween(a: readonly number[], b: readonly number[], known: number, docs: readonly StoryDocument[], vs: readonly Vector[], stats?: StoryStats): number {
  const n = a.length * b.length;
  if (n > EXACT_PAIRS) return known / n;
  let sum = 0;
  for (const i of a)
    for (const j of b) {
      if (apartInTime(docs[i]!, docs[j]!)) continue;
      const s = cosine(vs[i]!, vs[j]!) * timeFactor(docs[i]!, docs[j]!);
      if (s >= SIM_FLOOR) sum += s;
    }
  if (stats) stats.compared += n;
  return sum / n;
}

/** The share of a story's documents a name must be used by to be one of its own names. */
export const OWN_SHARE = 0.6;
/** How many documents each of two stories must have for their own names to tell (two or three reports may share a detail by chance). */
export const OWN_STORY = 4;
/**
 * How many words of own names each of two stories must have that the other never uses, to be two
 * events: more than the two words of one person's or one body's name. A follow-up of an event
 * months later adds one name of its own (the second official who signed it, the committee that
 * asked for it), and the first reports named a body the follow-up no longer needs; two events of
 * one kind each have a counterpart and a place of their own (a challenger and a venue).
 */
export const OWN_NAMES = 3;

/**
 * A story's own names: those most of its documents use (at least two, and OWN_SHARE of them).
 * Two stories of two events of one kind share the names of the kind and of who is always
 * involved (a team, a champion, a navy, a city), which make them look alike; but each names its
 * own opponent, ship, venue or victim in most of its reports, and the other never does. Two such
 * stories, each with OWN_NAMES words of own names the other never uses, stay apart: two title fights of
 * one boxer against two challengers, two rescues by one navy with two ships — unless their own
 * dates show them written within days of each other (sameDays): reports of one event that came out
 * together may each tell it through other people (the victims in some, the police in others).
 */
function ownNamesApart(a: ReadonlyMap<string, number>, na: number, b: ReadonlyMap<string, number>, nb: number): boolean {
  if (na < OWN_STORY || nb < OWN_STORY) return false;
  return ownNotIn(a, na, b) >= OWN_NAMES && ownNotIn(b, nb, a) >= OWN_NAMES;
}

/** Whether two stories' documents, by the days they give for themselves, came out within FAR_DAYS of each other. */
function sameDays([fa, la]: readonly [number, number], [fb, lb]: readonly [number, number]): boolean {
  return fa <= la && fb <= lb && fa - FAR_DAYS <= lb && fb - FAR_DAYS <= la;
}

function ownNotIn(a: ReadonlyMap<string, number>, na: number, b: ReadonlyMap<string, number>): number {
  const least = Math.max(2, OWN_SHARE * na);
  let n = 0;
  for (const [t, count] of a) if (count >= least && !b.has(t) && ++n >= OWN_NAMES) break;
  return n;
}

/** What building stories cost: how many pairs of documents were compared. */
export interface StoryStats {
  compared: number;
}

/** Stories of the documents, in the order of their first document's path. */
export function buildStories(input: readonly StoryDocument[], stats?: StoryStats): Story[] {
  const docs = [...input].sort((a, b) => cmp(a.path, b.path));
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.profile?.terms ?? []) df.set(t, (df.get(t) ?? 0) + 1);
  const number = new Map([...df.keys()].sort().map((t, i) => [t, i] as const));
  const dfById = [...number.keys()].map((t) => df.get(t)!);
  const vs = vectors(docs, df, number);
  const pairs = similarPairs(docs, vs, dfById, stats);
  // Components, with the sum of known similarities between each pair of them.
  const members = docs.map((_, i) => [i]);
  const owner = docs.map((_, i) => i);
  // how many of each story's documents use each term (names only, not kinds of event)
  const uses = docs.map((d) => new Map<string, number>((d.profile?.terms ?? []).filter((t) => !t.startsWith("event:")).map((t) => [t, 1])));
  // the first and last day each story's documents give for themselves (read dates only)
  const days = docs.map((d): [number, number] => {
    const day = d.date && READ.has(d.dateSource) ? dayNumber(d.date) : NaN;
    return Number.isNaN(day) ? [Infinity, -Infinity] : [day, day];
  });
  const between = docs.map(() => new Map<number, number>());
  for (const [s, i, j] of pairs) {
    between[i]!.set(j, s);
    between[j]!.set(i, s);
  }
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  for (const [s, i, j] of pairs) {
    if (s < PAIR_MIN) break;
    const [a, b] = [owner[i]!, owner[j]!];
    if (a === b) continue;
    if (averageBetween(members[a]!, members[b]!, between[a]!.get(b) ?? 0, docs, vs, stats) < AVERAGE_MIN) continue;
    if (!sameDays(days[a]!, days[b]!) && ownNamesApart(uses[a]!, members[a]!.length, uses[b]!, members[b]!.length)) continue;
    days[a] = [Math.min(days[a]![0], days[b]![0]), Math.max(days[a]![1], days[b]![1])];
    // b joins a: its members, its terms' counts, and its sums with every other component.
    for (const [t, n] of uses[b]!) uses[a]!.set(t, (uses[a]!.get(t) ?? 0) + n);
    uses[b]!.clear();
    for (const m of members[b]!) owner[m] = a;
    members[a]!.push(...members[b]!);
    members[b] = [];
    for (const [c, x] of between[b]!) {
      if (c === a) continue;
      between[a]!.set(c, (between[a]!.get(c) ?? 0) + x);
      between[c]!.set(a, (between[c]!.get(a) ?? 0) + x);
      between[c]!.delete(b);
    }
    between[a]!.delete(b);
    between[b]!.clear();
  }
  // A document that names nothing (no name, at most a kind of event: "a shooting") cannot be told
  // apart from any story: it joins the only story there is (a folder of one event, two short
  // notes), and stands alone beside several.
  const blanks = docs.map((_, i) => i).filter((i) => !(docs[i]!.profile?.terms ?? []).some((t) => !t.startsWith("event:")));
  const blank = new Set(blanks);
  const named = members.filter((m) => m.some((i) => !blank.has(i)));
  if (named.length <= 1 && blanks.length > 0) {
    const home = named[0] ?? members[blanks[0]!]!;
    for (const i of blanks) {
      if (home.includes(i)) continue;
      members[i] = [];
      home.push(i);
    }
  }
  return members
    .filter((m) => m.length > 0)
    .map((m) => m.sort((x, y) => x - y))
    .sort((x, y) => x[0]! - y[0]!)
    .map((m) => story(m.map((i) => docs[i]!), df, docs.length));
}

/** The terms that bind a story: used by most of its documents, and rare elsewhere. */
function story(members: readonly StoryDocument[], df: ReadonlyMap<string, number>, n: number): Story {
  const inStory = new Map<string, number>();
  for (const d of members) for (const t of d.profile?.terms ?? []) inStory.set(t, (inStory.get(t) ?? 0) + 1);
  // (each term's score worked out once, not on every comparison of the sort)
  const scores = new Map<string, number>();
  for (const [t, k] of inStory) if (members.length === 1 || k >= 2) scores.set(t, k * Math.log(1 + n / (df.get(t) ?? 1)));
  const keys = [...scores.keys()]
    .sort((a, b) => scores.get(b)! - scores.get(a)! || cmp(a, b))
    .slice(0, KEYS)
    .map((t) => t.replace(/^event:/, ""));
  const paths = members.map((d) => d.path);
  const id = `s-${createHash("sha256").update(paths.join("\n")).digest("hex").slice(0, 10)}`;
  return { id, documents: paths, keys };
}
