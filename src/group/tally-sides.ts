/**
 * A report that states both a running total and one happening's figure of one frame. "Inspectors
 * found 8 defects during Monday's check" and, further on, "in all, 41 defects have been found in
 * the six checks so far": the report itself tells the two figures apart, one for one check and one
 * for all of them, so they are two occurrences, not two tellings of one figure that diverge.
 *
 * Each figure's sentence is read for a marker of its side:
 *   - a total: "a total of", "in total", "in all", "all told", "so far", "thus far", "to date",
 *     "up to now", "this season", "a running total", "in N operations|games|attempts|raids|…"
 *     (a count of two or more happenings, "during the five operations", "in their 12 games");
 *   - one happening: "during the operation", "in the raid", "in Sunday's game", "on Monday",
 *     "during Monday's check", "in yesterday's search" (a single happening named by its noun or
 *     its day), "seized from the boat", "taken from a parked car" (one place searched once).
 * A sentence with markers of both sides, or of none, gives its figures no side.
 *
 * The parting holds only in a group of claims where some report states two different figures,
 * one of each side, in two sentences (storiesTellingBoth); then claims of two sides never join one
 * occurrence, whichever report tells them, and a claim of no side joins a side only with the very
 * figure that side states: a figure that could be either never bridges the two (group.ts).
 *
 * Must part (one report): "8 defects during Monday's check" / "41 defects in the six checks so
 * far"; "a total of 41" / "on Monday, 8". Must not part: two reports alone, one of each side (no
 * report tells both); one sentence with both figures; one figure told with both markers; two
 * figures of one side.
 */
import type { Claim } from "../types.js";
import { overlaps, toInterval } from "../values/intervals.js";
import { oncePerClaim } from "./per-claim.js";
import { weekdayWords } from "../values/calendar-words.js";

export type TallySide = "total" | "one";

const COUNT = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|multiple)`;

/** Happenings a figure may be counted over: operations, games, attempts, raids, checks, … */
const HAPPENING = String.raw`(?:operation|game|match|attempt|raid|check|inspection|search|sweep|patrol|mission|sortie|incident|attack|strike|test|race|bout|fight|contest|outing|start|appearance|trip|visit|round|seizure|crackdown|swoop)`;

/** Markers of a total over several happenings (see the header). */
const TOTAL = new RegExp(
  String.raw`\b(?:a\s+total\s+of|in\s+total|in\s+all(?!\s+(?:likelihood|probability|cases|of|the|but|other|respects|seriousness|fairness))|all\s+told|so\s+far|thus\s+far|to\s+date|up\s+to\s+now|this\s+season|running\s+(?:total|tally)|(?:in|during|over|across|from)\s+(?:(?:the|their|its|his|her|our|those|these)\s+)?${COUNT}\s+${HAPPENING}(?:es|s))\b`,
  "iu",
);

const DAY = String.raw`(?:${weekdayWords()}|yesterday|today|tonight)`;

/** One place a haul is taken from: one boat, car or house is one search of it. */
const PLACE = String.raw`(?:boat|ship|vessel|skiff|dhow|car|vehicle|truck|lorry|van|house|home|flat|apartment|warehouse|plane|aircraft)`;

/** Markers of one happening (see the header). */
const ONE = new RegExp(
  String.raw`\b(?:(?:during|in|on)\s+(?:the|that|this)\s+(?:(?:latest|last|recent|same|morning|night|dawn|early)\s+)?${HAPPENING}\b|(?:on|during)\s+${DAY}\b|${DAY}['’]s\s+${HAPPENING}\b|from\s+(?:the|a|its|their|his|her)\s+(?:[\p{L}-]+\s+)?${PLACE}\b)`,
  "iu",
);

/** The side a claim's sentence gives its figure; null for a date, a sentence of no marker or of both sides' markers. */
export const tallySide = oncePerClaim((c: Claim): TallySide | null => (c.value.type !== "quantity" ? null : sentenceSide(c.sentence)));

/** The side a sentence gives its figures, read once for all its figures (most sentences hold several). */
function sentenceSide(sentence: string): TallySide | null {
  const known = sides.get(sentence);
  if (known !== undefined) return known;
  const total = TOTAL.test(sentence);
  const one = ONE.test(sentence);
  const side = total === one ? null : total ? "total" : "one";
  if (sides.size >= MAX_SENTENCES) sides.clear();
  sides.set(sentence, side);
  return side;
}
const sides = new Map<string, TallySide | null>();
const MAX_SENTENCES = 50_000;

/** Whether two claims' figures differ (their values do not overlap). */
function differ(a: Claim, b: Claim): boolean {
  return !overlaps(toInterval(a.value), toInterval(b.value));
}

/**
 * The stories (claim.story, "" for none) among the claims in which some report states two
 * different figures of two sides in two of its sentences (see the header). Linear in the claims
 * but for a report's own figures of a side, which are few.
 */
export function storiesTellingBoth(claims: readonly Claim[]): Set<string> {
  const byDocument = new Map<string, { story: string; total: Claim[]; one: Claim[] }>();
  // (only a report with figures in two sentences can tell both sides: the others' sentences are not read)
  const twoSentences = reportsOfFiguresInTwoSentences(claims);
  for (const c of claims) {
    if (!twoSentences.has(c.document)) continue;
    const side = tallySide(c);
    if (side === null) continue;
    const sides = byDocument.get(c.document) ?? { story: c.story ?? "", total: [], one: [] };
    byDocument.set(c.document, sides);
    sides[side].push(c);
  }
  const stories = new Set<string>();
  for (const { story, total, one } of byDocument.values()) if (total.some((t) => one.some((o) => t.sentence !== o.sentence && differ(t, o)))) stories.add(story);
  return stories;
}

/** The documents that state figures (quantities) in two sentences or more among the claims. */
function reportsOfFiguresInTwoSentences(claims: readonly Claim[]): Set<string> {
  const first = new Map<string, string>();
  const two = new Set<string>();
  for (const c of claims) {
    if (c.value.type !== "quantity" || two.has(c.document)) continue;
    const sentence = first.get(c.document);
    if (sentence === undefined) first.set(c.document, c.sentence);
    else if (sentence !== c.sentence) two.add(c.document);
  }
  return two;
}

/**
 * In a group where some report tells both sides: whether a claim may join an occurrence of these
 * members. Not when a member is of the other side; a claim of no side only with a figure a member
 * of a side states (or to members of no side); a claim of a side not where a member of no side
 * states a figure that neither it nor a member of a side states.
 */
export function fitsSides(members: readonly Claim[], c: Claim): boolean {
  const own = tallySide(c);
  const sided = members.filter((m) => tallySide(m) !== null);
  if (own === null) return sided.length === 0 || sided.some((m) => !differ(m, c));
  if (sided.some((m) => tallySide(m) !== own)) return false;
  return members.every((m) => tallySide(m) !== null || !differ(m, c) || sided.some((x) => !differ(x, m)));
}
