/**
 * One happening told on two days by reports that count the same figure in it. A navy's report of
 * the week says a warship "on Thursday thwarted an attack, detaining 31 raiders"; another outlet,
 * writing the next day, says "foiled an attack on Friday, seizing 31 raiders". The two dates reach
 * two occurrences (or two topics) and nothing set them side by side, though the count both
 * sentences tell, which the grouping already holds as one figure, says they tell one happening.
 * Two date claims are set against each other here, in a group whose days diverge, when
 *   - they are in two reports of one story reported together, and tell two different days;
 *   - each tells one whole recent day of its report (a day or a part of one within FRAME_DATE_DAYS
 *     before, or on, the day its report was written), not a moment of it (clock times are compared
 *     as moments: same-figure.ts) nor the day someone said something ("the minister said Friday");
 *   - each sentence tells that one day and no other (a sentence of two days, "the 31 raiders
 *     seized on Thursday were handed over on Monday", does not say which day its count is of);
 *   - the clause of each date (its sentence's counts said with its verb, with none, or of the
 *     event its frame names) counts the same figure as the other's, and the two counts stand in
 *     one group already (their grouping took them for one figure of one occurrence), a figure
 *     of MIN_FIGURE or more (a count of a few, "two men", is told of too many happenings);
 *   - and their predicates are not of two kinds (predicate-classes.ts kindsApart: "31 raiders
 *     detained on Thursday" and "31 raiders released on Monday" are two happenings), unless the
 *     clauses share two such figures ("1,800 nurses and 12 unions wrote to the minister on
 *     Monday", "1,800 nurses and 12 unions sent letters to the minister on Friday": one act
 *     told with two verbs, by the two figures that make it out).
 * The group is of recurring cardinality: its days diverge and never contradict (the words tell one
 * happening, not which of its days is right).
 */
import type { Claim, ClaimGroup } from "../types.js";
import { bucketsBy, groupedTogether, tellsAnew, tiedSets, toldAsOneGroup } from "./overlaps.js";
import { reportedTogether } from "./occurrence-topics.js";
import { newsOfItsReport, singleDay } from "./one-day.js";
import { kindsApart, predicateOf } from "./predicate-classes.js";
import { byPlace } from "./same-figure.js";
import { clockOf } from "./clock-spans.js";

/** The least figure a count must state to tie two days: a count of a few people or things is told of many happenings. */
const MIN_FIGURE = 10;

/** Claims compared within one bucket at most. */
const BUCKET_CAP = 400;

/** Verbs of saying: the day someone said something is not the day of what was said. */
const SAYING: ReadonlySet<string> = new Set(["say", "tell", "add", "state", "note", "explain", "insist", "recall", "comment", "announce", "report"]);

/** The day a claim tells, when it is one whole recent day of its report, not a moment nor a day of saying (see the header). */
function recentDay(c: Claim): string | null {
  const day = singleDay(c);
  if (day === null || clockOf(c) !== null) return null;
  const p = predicateOf(c);
  if (p !== null && SAYING.has(p)) return null;
  return newsOfItsReport(c, day) ? day : null;
}

/** The figure a count states: its number, or its bound ("more than 1,300": 1,300); null for none. */
function figureOf(c: Claim): number | null {
  const v = c.value;
  if (v.type !== "quantity") return null;
  return v.nominal ?? v.min ?? v.max;
}

/** What one scan's sentences tell: the days and the counts (of two or more) of each sentence of each document. */
interface Sentences {
  days: Map<string, Set<string>>;
  counts: Map<string, Claim[]>;
}

const placeOf = (c: Claim): string => `${c.document}\u0000${c.sentence}`;

function sentencesOf(claims: readonly Claim[]): Sentences {
  const days = new Map<string, Set<string>>();
  const counts = new Map<string, Claim[]>();
  for (const c of claims) {
    const day = singleDay(c);
    const n = figureOf(c);
    // (its place read once, and only for a day or a count: the key is built anew each time)
    if (day === null && (n === null || n < 2)) continue;
    const at = placeOf(c);
    if (day !== null) {
      const set = days.get(at);
      if (set) set.add(day);
      else days.set(at, new Set([day]));
    }
    if (n !== null && n >= 2) {
      const list = counts.get(at);
      if (list) list.push(c);
      else counts.set(at, [c]);
    }
  }
  return { days, counts };
}

/** The words of the event a claim's frame names ("a raid on the port": raid on the port). */
function eventsOf(c: Claim): string[] {
  return (c.claimFrame?.participants ?? []).filter((p) => p.role === "event").map((p) => (p.key ?? p.text).toLowerCase());
}

/**
 * The counts of a date's own clause: counts of its sentence said with its verb, or with no verb,
 * or whose frame names the event its frame names ("foiled a raid on Friday, seizing 31 raiders":
 * the raid); not a count of another clause ("funerals were held on Friday for the 31 killed").
 */
function countsOfItsClause(c: Claim, told: Sentences): Claim[] {
  const p = predicateOf(c);
  const events = eventsOf(c);
  return (told.counts.get(placeOf(c)) ?? []).filter((x) => {
    const q = predicateOf(x);
    return q === null || q === p || eventsOf(x).some((e) => events.includes(e));
  });
}

/**
 * Whether two date claims tell one happening on two days, by the figures their clauses count (see
 * the header); `grouped` says whether two claims stand in one group already. One figure both
 * clauses count, held as one figure, ties two days told with predicates of no two kinds; two such
 * figures tie them whatever verbs the outlets chose ("1,800 nurses and 12 unions wrote on Monday",
 * "1,800 nurses and 12 unions sent letters on Friday": one act told with two verbs).
 */
export function oneHappeningCounted(a: Claim, b: Claim, told: Sentences, grouped: (x: Claim, y: Claim) => boolean): boolean {
  if (a.document === b.document || a.story !== b.story || !reportedTogether(a, b)) return false;
  const [da, db] = [recentDay(a), recentDay(b)];
  if (da === null || db === null || da === db) return false;
  if (told.days.get(placeOf(a))?.size !== 1 || told.days.get(placeOf(b))?.size !== 1) return false;
  const cb = countsOfItsClause(b, told);
  const shared = new Set(countsOfItsClause(a, told).flatMap((x) => cb.filter((y) => figureOf(x) === figureOf(y) && grouped(x, y)).map(() => figureOf(x)!)));
  // (one of them MIN_FIGURE or more: "two men and three cars" are told of too many happenings)
  if (![...shared].some((n) => n >= MIN_FIGURE)) return false;
  return shared.size >= 2 || !kindsApart(a, b);
}

/**
 * Groups of one happening told on two days by the one figure their sentences count (see the
 * header): claims tied pair by pair (oneHappeningCounted), bucketed by story, a group only where
 * its days differ and no group already holds its claims together.
 */
export function figureDayGroups(claims: readonly Claim[], groups: readonly ClaimGroup[]): ClaimGroup[] {
  const grouped = groupedTogether(groups);
  const told = sentencesOf(claims);
  const buckets = bucketsBy(claims, (c) => (c.story === undefined || recentDay(c) === null || !told.counts.has(placeOf(c)) ? null : c.story));
  const out: ClaimGroup[] = [];
  for (const unsorted of buckets) {
    if (unsorted.length < 2 || unsorted.length > BUCKET_CAP) continue;
    const bucket = [...unsorted].sort(byPlace);
    for (const members of tiedSets(bucket, (a, b) => oneHappeningCounted(a, b, told, grouped))) {
      if (members.length < 2 || new Set(members.map(recentDay)).size < 2) continue;
      if (!tellsAnew(members, grouped)) continue;
      out.push(toldAsOneGroup("counted-day", members, "one happening's day, by the figure it counts", "recurring"));
    }
  }
  return out;
}
