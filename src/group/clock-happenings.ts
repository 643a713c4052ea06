/**
 * The time of day of one happening, told by several reports of a story. Outlets time one shooting,
 * fire or crash with other verbs and other roundings: "the shooting occurred about 3:10 p.m. in
 * Keld", "gunfire was reported at about 3 p.m. in Keld", "a passer-by found the wounded guard
 * shortly after 3 p.m. after the shooting". Each is a date claim of one day, and the grouping by
 * topic keeps them apart where their verbs differ; set side by side as days they would only
 * agree, whatever their clocks say. Here two clock times are one happening's when
 * - they are of one story and one day, told in two reports;
 * - they lie less than half an hour apart (clock-spans.ts MOMENTS_APART: farther apart they are
 *   two moments, a chase and an arrest);
 * - neither is a bound ("after 3 p.m.", "by 9 a.m.": clock-spans.ts clockBound);
 * - their predicates are of no two kinds and their sentences name no different people
 *   (predicate-classes.ts kindsApart, participants.ts actorsApart);
 * - and something shows one happening: a word both frames name it by (the predicate or an event
 *   they name: "the shooting occurred", "found the guard after the shooting"), a kind of happening
 *   both predicates are of, or a place both frames give ("in Keld").
 * A claim joins a group where it may be of that happening with every member and one member shows
 * it. The group is compared by clock time, each clock as its qualifier reads (clock-spans.ts):
 * "about 3 p.m." holds "shortly after 3 p.m." (agree); "about 3:30" and "about 3:10" overlap only
 * (diverge); as a recurring topic it never contradicts, since a report's clock may time another
 * step of the happening (the call, the arrival) than another report's.
 */
import type { Claim, ClaimGroup } from "../types.js";
import { clockBound, clockSpan, clockMinutes, clockOf, MOMENTS_APART } from "./clock-spans.js";
import { singleDay } from "./one-day.js";
import { bucketsBy, byContent, formedGroups, fromTwoReports, groupedTogether, toldAsOneGroup } from "./overlaps.js";
import { actorsApart } from "./participants.js";
import { classesOfClaim, kindsApart } from "./predicate-classes.js";
import { byPlace } from "./same-figure.js";

/** Clock claims of one story and day compared at most ("noon" told many times in an archive). */
const BUCKET_CAP = 60;

/**
 * A clock claim of one day that may time a happening: its clock, written in the claim itself ("7:40
 * p.m.", "3:30 Tuesday morning"; not a "Monday" whose clock stands before it, which its finding
 * would quote as the day), and not a bound of it.
 */
function timesAHappening(c: Claim): boolean {
  return c.value.type === "date" && c.story !== undefined && singleDay(c) !== null && clockMinutes(c.text) !== null && !clockBound(c);
}

/** The words a claim's frame names its happening by: its predicate and the events it names. */
function happeningWords(c: Claim): string[] {
  const f = c.claimFrame;
  const events = (f?.participants ?? []).filter((p) => p.role === "event").map((p) => (p.key ?? p.text).toLowerCase());
  return f?.predicate ? [f.predicate.lemma, ...events] : events;
}

/** The places a claim's frame gives, by key ("in Keld": keld). */
function placesOf(c: Claim): string[] {
  return (c.claimFrame?.participants ?? []).filter((p) => p.role === "place").map((p) => (p.key ?? p.text).toLowerCase());
}

/**
 * Whether two clock claims may time one happening (every two members of a group must): two
 * reports' or one report's clocks of one story and day, less than half an hour apart, with
 * predicates of no two kinds and sentences that name no different people.
 */
export function mayTimeOneHappening(a: Claim, b: Claim): boolean {
  if (a.story === undefined || a.story !== b.story || singleDay(a) === null || singleDay(a) !== singleDay(b)) return false;
  const [ca, cb] = [clockOf(a), clockOf(b)];
  if (ca === null || cb === null || Math.abs(ca - cb) >= MOMENTS_APART) return false;
  return !kindsApart(a, b) && !actorsApart(a, b);
}

/**
 * Evidence that two clock claims of two reports time one happening: a word both frames name it
 * by, a kind of happening both predicates are of, or a place both frames give. Must show: "the
 * shooting occurred about 3:10 p.m." and "the shooting was reported shortly after 3 p.m."
 * (shooting); "the blaze broke out at 2 a.m. in Keld" and "the fire started about 2 a.m. in
 * Keld" (Keld). Must not: "the council met at 3 p.m." and "the march set off at 3 p.m." (nothing
 * in common); two clocks of one report.
 */
export function oneHappeningShown(a: Claim, b: Claim): boolean {
  if (a.document === b.document) return false;
  const words = happeningWords(b);
  if (happeningWords(a).some((w) => words.includes(w))) return true;
  const [ka, kb] = [classesOfClaim(a), classesOfClaim(b)];
  if (ka !== null && kb !== null && ka.some((k) => kb.includes(k))) return true;
  const places = placesOf(b);
  return placesOf(a).some((p) => places.includes(p));
}

/** By clock time, then by what the claims say: the order claims are taken in. */
function byClock(a: Claim, b: Claim): number {
  return clockOf(a)! - clockOf(b)! || byContent(a, b);
}

/**
 * Groups of clock times of one happening (see the header), of two reports or more, where the
 * groups already formed do not hold them all together or where their clocks differ: comparing
 * them by clock tells what comparing their day could not. Bucketed by story and day.
 */
export function clockHappeningGroups(claims: readonly Claim[], groups: readonly ClaimGroup[]): ClaimGroup[] {
  const grouped = groupedTogether(groups);
  const buckets = bucketsBy(claims, (c) => (timesAHappening(c) ? `${c.story}|${singleDay(c)}` : null));
  const out: ClaimGroup[] = [];
  for (const bucket of buckets) {
    if (bucket.length > BUCKET_CAP || !fromTwoReports(bucket)) continue;
    const formed = formedGroups([...bucket].sort(byClock), (g, c) => g.every((m) => mayTimeOneHappening(m, c)) && g.some((m) => oneHappeningShown(m, c)));
    for (const members of formed) {
      if (!fromTwoReports(members)) continue;
      const spans = new Set(members.map((c) => JSON.stringify(clockSpan(c))));
      const fresh = spans.size > 1 || members.some((a, i) => members.slice(i + 1).some((b) => !grouped(a, b)));
      if (!fresh) continue;
      members.sort(byPlace);
      out.push({ ...toldAsOneGroup("clock", members, "time of day of one happening", "recurring"), moments: true });
    }
  }
  return out;
}
