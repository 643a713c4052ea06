/**
 * Relative days and clock times of reports that no date can be given (normalize/undated-days.ts),
 * grouped by occurrence among themselves only. Such a claim has no calendar day: it is never set
 * against a claim that has one (group.ts keeps these out of every other grouping), only against
 * another of its story that fixes the same kind of thing — a clock time (in one zone, or none
 * stated) against a clock time, else a weekday against a weekday, a month and a day against a
 * month and a day, a day counted from the report against another. A clock time told in a named
 * zone joins the clock times told with none only on the same minute ("at 1100 hours" and "at
 * 11am IST": zonedTimesOf); and one call told by its caller and by its receiver is not parted by
 * who did each (calls.ts).
 *
 * Two claims are of one occurrence, as dated claims are, when their predicates name one kind of
 * happening (predicate-classes.ts oneKindOfHappening: "the bomb exploded Friday" and "the Friday
 * blast"; or of one kind undated-kinds.ts reads: "the bomb detonated" and "a bomb exploded", "were
 * disrupted" and "was hampered") and no participant keeps them apart (participants.ts separates;
 * of one cut told on one day, only a place or an event: undated-kinds.ts); complete linkage, so
 * one vague claim cannot chain two happenings; a forecast ("will visit Sunday") joins only forecasts. A saying ("police said Saturday") joins only one
 * that fixes the same (and two sayings of one day are one day of saying), and so does a day in a
 * phrase that names another happening ("charged after a shooting in Dunmere Friday"): two days on which
 * things were said are two sayings, not a conflict; two sayings of one clock time are two
 * moments of saying, not one (they do not join). Claims
 * of one document join only if they fix the same. Judged by judge/undated-days.ts.
 *
 * Must group: "exploded Friday" (A) / "the Friday blast" (B); "at 5:30 p.m." / "about 5:30 p.m."
 * of one blast; "Friday" / "Saturday" of one blast (to diverge). Must not: "Friday" of a blast and
 * "Saturday" of an arrest; "said Friday" / "said Saturday"; "10:30 a.m." and "5 p.m." in one report.
 */
import type { Claim, ClaimGroup, RelativeDay, UndatedDayValue } from "../types.js";
import { classesOfClaim, oneKindOfHappening, predicateOf } from "./predicate-classes.js";
import { callEnd, fromItsTwoEnds } from "./calls.js";
import { separates } from "./participants.js";
import { attackAndItsFoiling, oneUndatedKind, peopleAsPredicate, sameCutOfOneDay } from "./undated-kinds.js";
import { partHours, timeInPart } from "./undated-parts.js";
import { oneFoiledAttack } from "./foiled-attacks.js";

/** Whether a claim is a day or clock time of a report that no date can be given. */
export function isUndatedDay(c: Claim): c is Claim & { value: UndatedDayValue } {
  return c.value.type === "date" && c.value.start === null;
}

/** Verbs of saying: the day something was said is a saying's own. */
const SAYING: ReadonlySet<string> = new Set(["say", "tell", "add", "state", "note", "explain", "insist", "recall", "comment", "announce", "report", "confirm", "warn"]);

/** A clock's zone as compared: "GMT", "UTC", "Coordinated Universal Time" are one; none stated is the reports' own. */
function zoneKey(zone: string | undefined): string {
  if (zone === undefined) return "local";
  return zone === "GMT" || zone === "UTC" || zone === "Z" ? "UTC" : zone;
}

/** What a relative value is compared on: its clock (in its zone), else the kind of day it fixes. */
export function comparedOn(r: RelativeDay): string | null {
  if (r.time !== undefined) return `time:${zoneKey(r.zone)}`;
  if (r.weekday !== undefined) return "weekday";
  if (r.month !== undefined && r.day !== undefined) return "month-day";
  if (r.daysFromReport !== undefined) return "report-day";
  if (r.month !== undefined) return "month";
  if (r.yearsFromReport !== undefined) return "report-year";
  if (r.weeksFromReport !== undefined) return "report-week";
  return null;
}

/** Minutes since midnight of "HH:MM". */
function minutes(time: string): number {
  const [h, m] = time.split(":").map(Number);
  return h! * 60 + m!;
}

/**
 * How far from an approximate clock time ("about 5:30 p.m.") another may be and be the same: by
 * the precision it is stated to: a quarter hour for a round half hour or hour, five minutes for a
 * round ten or quarter, two for any other minute. An exact time is that minute.
 */
function slack(time: string, approximate: boolean): number {
  if (!approximate) return 0;
  const m = minutes(time) % 60;
  return m % 30 === 0 ? 15 : m % 10 === 0 || m % 15 === 0 ? 5 : 2;
}

/** The part of the day a part names, for comparing: morning, afternoon, or evening and night as one; null for "late", "early". */
function partKey(part: string | undefined): string | null {
  if (part === undefined) return null;
  if (/\bmorning\b/.test(part)) return "morning";
  if (/\bafternoon\b/.test(part)) return "afternoon";
  if (/\b(?:evening|night|overnight)\b/.test(part)) return "evening";
  return null;
}

/**
 * Whether two relative values fix the same thing, on what they are compared on: one weekday, one
 * day from the report, one month and day; one clock time within the stated precision (and, where
 * both give a day of one kind, that day too).
 */
export function fixesTheSame(a: UndatedDayValue, b: UndatedDayValue): boolean {
  const [x, y] = [a.relative, b.relative];
  if (x.weekday !== undefined && y.weekday !== undefined && x.weekday !== y.weekday) return false;
  if (x.daysFromReport !== undefined && y.daysFromReport !== undefined && x.daysFromReport !== y.daysFromReport) return false;
  if (x.month !== undefined && y.month !== undefined && (x.month !== y.month || x.day !== y.day)) return false;
  if (x.yearsFromReport !== undefined && y.yearsFromReport !== undefined && x.yearsFromReport !== y.yearsFromReport) return false;
  if (x.weeksFromReport !== undefined && y.weeksFromReport !== undefined && x.weeksFromReport !== y.weeksFromReport) return false;
  if (x.time !== undefined && y.time !== undefined) {
    const apart = Math.abs(minutes(x.time) - minutes(y.time));
    return apart <= Math.max(slack(x.time, a.approximate), slack(y.time, b.approximate));
  }
  // (a clock time against a part of the day: inside its hours or not, undated-parts.ts)
  const [hx, hy] = [partHours(x), partHours(y)];
  if (x.time !== undefined && hy) return timeInPart(minutes(x.time), slack(x.time, a.approximate), hy);
  if (y.time !== undefined && hx) return timeInPart(minutes(y.time), slack(y.time, b.approximate), hx);
  // ("Friday morning" and "Friday evening" are two times of the day; "late Friday" and "Friday afternoon" may be one)
  const [px, py] = [partKey(x.part), partKey(y.part)];
  return px === null || py === null || px === py;
}

/** A day right after a verb of saying: "said Saturday", "announced on Friday", "told reporters Monday". */
const AFTER_SAYING = /\b(?:said|says|told\s+\p{L}+|announced|reported|confirmed|stated|added|noted|warned|explained)\s+(?:on\s+|late\s+|early\s+)?$/iu;

/** Whether a claim dates a saying (its predicate is one, or it stands right after one). */
function saying(c: Claim): boolean {
  const p = predicateOf(c);
  if (p !== null && SAYING.has(p)) return true;
  const at = c.sentence.indexOf(c.text);
  return at > 0 && AFTER_SAYING.test(c.sentence.slice(Math.max(0, at - 40), at));
}

/** Whether two undated claims may be about one occurrence (see the header). */
function oneOccurrence(a: Claim & { value: UndatedDayValue }, b: Claim & { value: UndatedDayValue }): boolean {
  if (notHappened(a) !== notHappened(b)) return false;
  const same = fixesTheSame(a.value, b.value);
  // (a month alone or a year counted back names a past happening that may recur: other months are other happenings)
  if (!same && (coarse(a.value.relative) || coarse(b.value.relative))) return false;
  const [sa, sb] = [saying(a), saying(b)];
  if ((a.document === b.document || sa || sb || inAfterPhrase(a) || inAfterPhrase(b)) && !same) return false;
  // (one cut of lines told on one day, whoever each outlet says suffered it: undated-kinds.ts)
  if (same && !sa && !sb && sameCutOfOneDay(a, b)) return true;
  // (two sayings of one day: "officials said Saturday" and "police said on Saturday"; not of one
  // clock time, the moment of one saying: "she said around 5:30 p.m." and "staff were told at 5:30 p.m.")
  const sayings = sa && sb && a.value.relative.time === undefined && b.value.relative.time === undefined;
  // (an attack foiled told by the foiling and by the rescue of its target: foiled-attacks.ts)
  // (a predicate read from a noun of people names no kind, save between two clock times, whose one minute ties them: undated-kinds.ts)
  const clocks = a.value.relative.time !== undefined && b.value.relative.time !== undefined;
  const kind = (clocks || (!peopleAsPredicate(a) && !peopleAsPredicate(b))) && (oneKindOfHappening(a, b) || oneUndatedKind(a, b) || oneFoiledAttack(a, b));
  // (a call told by its caller and by its receiver: who did each is another end of one call, calls.ts)
  // (and an attack told by the attackers and by those who foiled it: who did each is another side of one fight, undated-kinds.ts)
  return (kind || sayings) && !separates(a, b, twoEndsOfACall(a, b) ? CALL_ROLES : attackAndItsFoiling(a, b) ? PLACE_ONLY : undefined);
}

/** What parts an attack told by its attackers from one told by its foiling: where. */
const PLACE_ONLY: readonly "place"[] = ["place"];

/** What parts two tellings of one call from its two ends: where, and which event (calls.ts fromItsTwoEnds). */
const CALL_ROLES: readonly ("place" | "event")[] = ["place", "event"];

/** Whether two claims tell one call from its two ends ("put out a message" / "picked up the call"). */
function twoEndsOfACall(a: Claim, b: Claim): boolean {
  const [x, y] = [classesOfClaim(a), classesOfClaim(b)];
  return x !== null && y !== null && x.includes("phone-call") && y.includes("phone-call") && fromItsTwoEnds(callEnd(a, predicateOf(a)), callEnd(b, predicateOf(b)));
}

/** A month without its day or a year counted from the report ("in January", "three years ago"): no day of the story's news. */
function coarse(r: RelativeDay): boolean {
  return r.weekday === undefined && r.daysFromReport === undefined && r.day === undefined && r.time === undefined;
}

/** A day inside a phrase that names another happening: "charged after a shooting in Dunmere Friday". */
const AFTER_PHRASE = /\b(?:after|before|following|since|ahead\s+of)\s+(?:a|an|the|his|her|their|its)\b[^,;.]*$/i;

/** Whether a claim may date the happening of an "after …" phrase it stands in rather than its predicate's. */
function inAfterPhrase(c: Claim): boolean {
  const at = c.sentence.indexOf(c.text);
  return at > 0 && AFTER_PHRASE.test(c.sentence.slice(Math.max(0, at - 80), at));
}

/** A forecast or a supposition ("will visit Sunday", "could open Monday"): not what happened. */
function notHappened(c: Claim): boolean {
  return (c.claimFrame?.modality ?? []).some((m) => m === "forecast" || m === "hypothetical" || m === "negated");
}

function byPlace(a: Claim, b: Claim): number {
  return (a.document < b.document ? -1 : a.document > b.document ? 1 : 0) || a.offset - b.offset || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Words before a day that make it a bound, not a moment: "allowed to return by Saturday evening", "until Friday night". */
const BOUND_BEFORE = /\b(?:by|until|till|before|after|since|from)\s+$/i;

/** Whether a claim's day is a bound of its happening (BOUND_BEFORE), not when it happened. */
function bound(c: Claim): boolean {
  const at = c.sentence.indexOf(c.text);
  return at > 0 && BOUND_BEFORE.test(c.sentence.slice(Math.max(0, at - 12), at));
}

/** Per story, its claims that name a part of a day with hours (undated-parts.ts), no clock time and no bound, in order. */
function partsOfStories(buckets: ReadonlyMap<string, readonly (Claim & { value: UndatedDayValue })[]>): Map<string, (Claim & { value: UndatedDayValue })[]> {
  const out = new Map<string, (Claim & { value: UndatedDayValue })[]>();
  for (const [key, list] of buckets) {
    const bar = key.lastIndexOf("|");
    if (key.slice(bar + 1).startsWith("time:")) continue;
    const story = key.slice(0, bar);
    for (const c of list) {
      if (partHours(c.value.relative) === null || bound(c)) continue;
      const had = out.get(story);
      if (had) had.push(c);
      else out.set(story, [c]);
    }
  }
  for (const list of out.values()) list.sort(byPlace);
  return out;
}

/**
 * A story's clock times told in a named zone ("11am IST", "0400 GMT"), in order, to be set beside
 * the clock times its reports tell with no zone. A reader takes a time with no zone in the
 * reports' own time, which a report that names the zone may be giving: the same minute in both is
 * one moment told twice, and only the same minute joins (a time with no zone never differs from
 * one with a zone: it may be of another clock). Must join: "at 1100 hours" / "at 11am IST" of one
 * call. Must not: "at 1100 hours" / "at 0800 GMT" (another minute); "at 11am IST" / "at 11 a.m. GMT"
 * (both zoned: their own bucket each).
 */
function zonedTimesOf(buckets: ReadonlyMap<string, readonly (Claim & { value: UndatedDayValue })[]>, story: string): (Claim & { value: UndatedDayValue })[] {
  const out: (Claim & { value: UndatedDayValue })[] = [];
  for (const [key, list] of buckets) {
    const bar = key.lastIndexOf("|");
    if (key.slice(0, bar) !== story || !key.slice(bar + 1).startsWith("time:") || key.slice(bar + 1) === "time:local") continue;
    out.push(...list);
  }
  return out.sort(byPlace);
}

/** The class of a death (predicate-classes.ts), which befalls its person once: protests, outages and attacks go on over days. */
const DEATH_CLASS = "kill";

type UndatedDayClaim = Claim & { value: UndatedDayValue };

/**
 * The documents that tell a death by one verb on two different weekdays in two sentences ("died
 * Friday", later "died Thursday"): one report at odds with itself. Not "protested Saturday" and
 * "protested Sunday" (protests go on), nor "late Saturday and early Sunday" of one sentence.
 */
function toldOnTwoDays(members: readonly UndatedDayClaim[]): Set<string> {
  const out = new Set<string>();
  // each document's weekday claims of a death, each with its predicate read once
  const byDocument = new Map<string, { c: UndatedDayClaim; predicate: string }[]>();
  for (const c of members) {
    if (c.value.relative.weekday === undefined || !classesOfClaim(c)?.includes(DEATH_CLASS)) continue;
    const predicate = predicateOf(c);
    if (predicate === null) continue;
    const list = byDocument.get(c.document);
    if (list) list.push({ c, predicate });
    else byDocument.set(c.document, [{ c, predicate }]);
  }
  for (const [document, told] of byDocument) {
    const twice = (a: (typeof told)[number], b: (typeof told)[number]): boolean =>
      a.c.sentence !== b.c.sentence && a.predicate === b.predicate && !fixesTheSame(a.c.value, b.c.value);
    if (told.some((a, i) => told.some((b, j) => j > i && twice(a, b)))) out.add(document);
  }
  return out;
}

/** The occurrences of undated claims (see the header), each of two documents or more. */
export function undatedDayGroups(claims: readonly Claim[]): ClaimGroup[] {
  const buckets = new Map<string, (Claim & { value: UndatedDayValue })[]>();
  for (const c of claims) {
    if (!isUndatedDay(c)) continue;
    const on = comparedOn(c.value.relative);
    if (on === null) continue;
    const key = `${c.story ?? ""}|${on}`;
    const list = buckets.get(key);
    if (list) list.push(c);
    else buckets.set(key, [c]);
  }
  const groups: ClaimGroup[] = [];
  const parts = partsOfStories(buckets);
  for (const key of [...buckets.keys()].sort()) {
    // (a report that tells a death by one verb on two weekdays in two sentences, "died on Friday"
    // and later "died on Thursday", comes last: the reports that tell it once found the occurrences,
    // and its tellings join them as they fit, so its second telling draws no report away from where
    // its first sits; not "late Saturday and early Sunday" of one sentence, nor two verbs' days, nor
    // "yesterday" and "today", which a report tells of a happening that goes on)
    const twice = toldOnTwoDays(buckets.get(key)!);
    const members = buckets.get(key)!.sort((a, b) => Number(twice.has(a.document)) - Number(twice.has(b.document)) || byPlace(a, b));
    // (a clock time of no stated zone is set against the parts of a day other reports of its story
    // name, which are of the reports' own time too: undated-parts.ts)
    const partsBeside = key.endsWith("|time:local") ? (parts.get(key.slice(0, key.length - "|time:local".length)) ?? []) : [];
    // (and the clock times other reports of its story give in a named zone, when they fix the same
    // minute: "at 1100 hours" and "at 11am IST" are one moment told with and without its zone)
    const zonedBeside = key.endsWith("|time:local") ? zonedTimesOf(buckets, key.slice(0, key.length - "|time:local".length)) : [];
    if (new Set(members.map((c) => c.document)).size < 2 && partsBeside.length === 0 && zonedBeside.length === 0) continue;
    const clusters: (Claim & { value: UndatedDayValue })[][] = [];
    for (const c of members) {
      // best fit: of the occurrences it may join, the one with most members that fix what it fixes
      let home: (typeof clusters)[number] | null = null;
      let best = -1;
      for (const cl of clusters) {
        if (!cl.every((m) => oneOccurrence(c, m))) continue;
        const same = cl.filter((m) => fixesTheSame(m.value, c.value)).length;
        if (same > best) [home, best] = [cl, same];
      }
      if (home) home.push(c);
      else clusters.push([c]);
    }
    for (const cluster of clusters) {
      const told = new Set(cluster.map((c) => c.document));
      for (const p of partsBeside) if (!told.has(p.document) && cluster.every((m) => oneOccurrence(p, m))) cluster.push(p);
      for (const z of zonedBeside) {
        if (told.has(z.document) || !cluster.every((m) => fixesTheSame(m.value, z.value) && oneOccurrence(z, m))) continue;
        cluster.push(z);
        told.add(z.document);
      }
    }
    for (const cluster of clusters) {
      if (new Set(cluster.map((c) => c.document)).size < 2) continue;
      const first = cluster[0]!;
      groups.push({
        key: `undated:${key}#${first.document}#${first.offset}`,
        rule: first.rule,
        topic: first.topic,
        cardinality: "single",
        claims: cluster,
        ...(first.story !== undefined ? { story: first.story } : {}),
        undated: true,
      });
    }
  }
  return groups;
}
