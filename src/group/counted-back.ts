/**
 * One past happening counted back from each report's own day. Reports of one week retell what
 * happened to the people of a story a while before ("she moved back to Keld about six weeks ago",
 * "the family returned home 12 weeks ago"; "Reyes tore a muscle in training last week", "last week
 * in training he tore the muscle"), each counting back from its own day with its own verb and its
 * own estimate, so the claims reach two topics, or one whose dates more than two weeks apart are
 * two acts, and nothing sets them side by side. Two date claims are taken here for one happening's,
 * in a group whose days agree where they meet and diverge where they do not (never contradict: an
 * estimate counted back is no statement of the day), when
 *   - they are in two reports of one story reported together (occurrence-topics.ts
 *     reportedTogether), each told by a time counted back from its report's known day ("12 weeks
 *     ago", "about two weeks ago", "a year ago", "last week", "last December") that ends before it;
 *   - neither is a statement's date ("said last week"), their predicates are not of two kinds
 *     (predicate-classes.ts kindsApart), and their frames name no different participants
 *     (participants.ts separates), nor describe who acted or underwent it by different nouns
 *     ("his father died", "his mother died");
 *   - and either the sentences tell it alike — at least SHARED content words in common, one of them
 *     in lower case in both, leaving out words most of the story's reports use
 *     (retold-past-dates.ts tellingStems) — while the two times meet ("suffered a setback in
 *     training last week", "last week in training he had a setback");
 *   - or their predicates name one kind of happening (predicate-classes.ts oneKindOfHappening:
 *     "returned", "moved back"), both times began more than FRAME_DATE_DAYS before their reports
 *     (the story's background, not its news, where a kind of happening recurs day by day), the
 *     farther lies at most ESTIMATES_APART times as far back as the nearer (two estimates of one
 *     time, not a recent return and one of years before), and the sentences share a word besides
 *     the verbs' own ("living", "home").
 * A claim joins a group only when it is tied so to every member, so a group holds one claim of a report.
 */
import type { Claim, ClaimGroup } from "../types.js";
import { centre, dayNumber, overlaps, toInterval } from "../values/intervals.js";
import { FRAME_DATE_DAYS, reportedTogether } from "./occurrence-topics.js";
import { bucketsBy, byContent, formedGroups, fromTwoReports, groupedTogether, tellsAnew, toldAsOneGroup } from "./overlaps.js";
import { separates } from "./participants.js";
import { oncePerClaim } from "./per-claim.js";
import { kindsApart, oneKindOfHappening, predicateOf } from "./predicate-classes.js";
import { SAYING, lowerWordShared, sharedStems, stemOf, tellingStems } from "./retold-past-dates.js";
import { byPlace } from "./same-figure.js";

/** Content words two tellings alike must share. */
const SHARED = 2;

/** How many times farther back one estimate of a time may lie than the other. */
const ESTIMATES_APART = 3;

/** Claims compared within one story at most. */
const BUCKET_CAP = 200;

const COUNT = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|a\s+couple\s+of|several|\d{1,3})`;
const UNIT = String.raw`(?:days?|weeks?|months?|years?)`;
const NAMED = String.raw`(?:week|weekend|month|year|spring|summer|fall|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)`;

/** A time counted back from the day of writing: "12 weeks ago", "about two weeks ago", "a year ago", "last week", "last December". */
const COUNTED_BACK = new RegExp(
  String.raw`^(?:(?:about|around|roughly|nearly|almost|some|approximately|just|only|more\s+than|less\s+than|over|under)\s+)?${COUNT}\s+${UNIT}\s+ago$|^last\s+${NAMED}$`,
  "i",
);

/**
 * The day (day number) a claim's time is counted back from, when it is told so and ends before
 * that day; null for any other claim. Must read: "12 weeks ago", "about two weeks ago", "last week",
 * "last December" (each in a report of a known day, not a statement's date). Must not: "on 3 May",
 * "in 2030", "this week", "the previous day" (counted from another happening), "said last week".
 */
export const countedBackFrom: (c: Claim) => number | null = oncePerClaim((c) => {
  const at = c.claimFrame?.time.reportedAt;
  if (c.value.type !== "date" || c.value.end === null || c.story === undefined || !at || !COUNTED_BACK.test(c.text.trim())) return null;
  const day = dayNumber(at);
  if (dayNumber(c.value.end) >= day) return null;
  const p = predicateOf(c);
  return p !== null && SAYING.has(p) ? null : day;
});

/** Days back from its report to the middle of the time a counted-back claim tells. */
function daysBack(c: Claim): number {
  return countedBackFrom(c)! - centre(toInterval(c.value));
}

/** Whether a counted-back time began more than FRAME_DATE_DAYS before its report: the story's background. */
function background(c: Claim): boolean {
  return c.value.type === "date" && c.value.start !== null && countedBackFrom(c)! - dayNumber(c.value.start) > FRAME_DATE_DAYS;
}

/** Whether two times counted back are estimates of one time: the farther at most ESTIMATES_APART times the nearer. */
function closeEstimates(a: Claim, b: Claim): boolean {
  const [x, y] = [daysBack(a), daysBack(b)].sort((p, q) => p - q);
  return x! > 0 && y! <= ESTIMATES_APART * x!;
}

/** Words that stand for someone told before: they describe no one. */
const PRONOUN = /^(?:he|she|it|they|him|her|them|we|us|i|you|who|which|that)$/i;

/** Words that open a description: "the", "a", possessives. */
const DETERMINER = /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)$/i;

/** The noun a frame describes its agent or patient by, stemmed ("his father" → father); null for none, a pronoun or a name. */
function describedBy(c: Claim, role: "agent" | "patient"): string | null {
  const p = c.claimFrame?.participants.find((x) => x.role === role);
  if (!p || PRONOUN.test(p.text.trim())) return null;
  // (a capital past an opening determiner is a name's: participants.ts separates compares names)
  if (p.text.trim().split(/\s+/).some((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && DETERMINER.test(w)))) return null;
  const last = p.key.split(/\s+/).at(-1);
  return last ? stemOf(last) : null;
}

/** Whether two frames describe who acted, or who or what underwent it, by different nouns ("his father", "his mother"). */
function describedApart(a: Claim, b: Claim): boolean {
  return (["agent", "patient"] as const).some((role) => {
    const [x, y] = [describedBy(a, role), describedBy(b, role)];
    return x !== null && y !== null && x !== y;
  });
}

/** The stems of the words of a claim's verb ("move back" → move, back): a word of the sentence they begin ("moved", "died") is the verb's own. */
function verbStems(c: Claim): string[] {
  return (predicateOf(c) ?? "").split(/\s+/).filter(Boolean).map(stemOf);
}

/** Whether a stem is a form of one of the verbs' words ("moved" of move, "died" of die). */
function ofVerbs(stem: string, verbs: readonly string[]): boolean {
  return verbs.some((v) => stem.startsWith(v));
}

/**
 * Whether two claims count back to one past happening (see the header); `telling`: the stems of
 * b's story that tell its happenings apart. Must hold: "she returned to her home town 12 weeks ago
 * after years living in Dunmore" and "they moved back to Keld around six weeks ago, after living in
 * the south" (one kind, the background, a word in common); "Reyes tore a muscle in training last
 * week" and "last week in training he tore the muscle" (told alike, one week). Must not: the
 * returns 12 weeks and two years ago (estimates of two times); "returned last week" and "returned
 * two weeks ago" (one of them the news of the week); "Tom Reed returned" and "Ann Lee moved
 * back" (two people); "his father died" and "his mother died" (described apart); "returned" and
 * "was arrested" (two kinds); two sentences with nothing but the verb in common; "said last week";
 * one report; two stories; reports a month apart.
 */
export function oneHappeningCountedBack(a: Claim, b: Claim, telling: (stem: string) => boolean = () => true): boolean {
  if (a.document === b.document || a.story !== b.story || countedBackFrom(a) === null || countedBackFrom(b) === null) return false;
  if (!reportedTogether(a, b) || kindsApart(a, b) || separates(a, b) || describedApart(a, b)) return false;
  if (overlaps(toInterval(a.value), toInterval(b.value)) && lowerWordShared(a, b) && sharedStems(a, b, telling) >= SHARED) return true;
  if (!oneKindOfHappening(a, b) || !background(a) || !background(b) || !closeEstimates(a, b)) return false;
  const verbs = [...verbStems(a), ...verbStems(b)];
  return sharedStems(a, b, (s) => !ofVerbs(s, verbs)) >= 1;
}

/**
 * Groups of one past happening counted back from each report's day (see the header) that the
 * groups already made do not hold together: claims bucketed by story, complete-linkage in the
 * order of what they say.
 */
export function countedBackGroups(claims: readonly Claim[], groups: readonly ClaimGroup[]): ClaimGroup[] {
  const buckets = bucketsBy(claims, (c) => (countedBackFrom(c) === null ? null : c.story!)).filter(
    (bucket) => bucket.length <= BUCKET_CAP && fromTwoReports(bucket),
  );
  if (buckets.length === 0) return [];
  const grouped = groupedTogether(groups);
  const stories = new Set(buckets.map((bucket) => bucket[0]!.story));
  const telling = tellingStems(claims.filter((c) => stories.has(c.story)));
  const out: ClaimGroup[] = [];
  for (const bucket of buckets) {
    const formed = formedGroups([...bucket].sort(byContent), (g, c) => g.every((m) => oneHappeningCountedBack(m, c, telling(c))));
    for (const members of formed) {
      if (!fromTwoReports(members)) continue;
      if (!tellsAnew(members, grouped)) continue;
      members.sort(byPlace);
      out.push(toldAsOneGroup("counted-back", members, "one past happening counted back from each report's day", "recurring"));
    }
  }
  return out;
}
