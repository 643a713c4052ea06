/**
 * One person's happening told by its day in two reports. Outlets tell the day of a recent move in
 * sports and transactions news with a weekday, "today" or a date ("the Owls waived Ray Kimble on
 * Tuesday", "Ray Kimble, who was let go today"), with whatever verb each chose, and often in a
 * sentence that tells more besides ("the woes went on Tuesday for the Owls, who cut Ray Kimble").
 * The topics keep such claims apart (two verbs), and a figure told in other words (same-figure.ts)
 * is grouped value first, where a claim of that day about someone else may come first.
 *
 * Two date claims are taken here for one happening's day, as an agreement only, when
 *   - both tell one whole day, the same one, in two reports of one story reported within
 *     FRAME_DATE_DAYS of each other;
 *   - both sentences name one person by a full name (two words or more: "Ray Kimble", "coach
 *     Ray Kimble"; a surname alone is shared by kin and namesakes), and the frame of one of them
 *     gives that person as who did or underwent its happening (agent, patient or recipient);
 *   - their predicates are not of two kinds (predicate-classes.ts kindsApart: "arrested on
 *     Monday" and "released on Monday" are two happenings of one man's day), or both tell a
 *     contest: its result or a player's line in it ("the Owls beat the Hawks on Friday" and
 *     "Ray Kimble scored 23 points Friday" date one game);
 *   - and their frames do not name different people undergoing them (two players moved by one
 *     club on one day: "placed Kimble on the list Tuesday", "signed Ortiz Tuesday").
 * Never a licence to contradict: every member states the same day.
 */
import type { Claim, ClaimGroup } from "../types.js";
import { bucketsBy, byContent, formedGroups, fromTwoReports, groupedTogether, tellsAnew, toldAsOneGroup } from "./overlaps.js";
import { reportedTogether } from "./occurrence-topics.js";
import { mayBeOnePerson } from "./participants.js";
import { classesOfClaim, kindsApart, predicateOf } from "./predicate-classes.js";
import { byPlace } from "./same-figure.js";
import { clockOf } from "./clock-spans.js";
import { plainName } from "./name-words.js";


/** Verbs of saying: a person says many things on one day, each its own statement. */
const SAYING: ReadonlySet<string> = new Set(["say", "tell", "add", "state", "note", "explain", "insist", "recall", "comment"]);

/**
 * A claim of one whole day: a day or a part of one ("Tuesday", "today", "Friday afternoon"); not a
 * moment of it ("at 3:33 a.m.": the time of another happening of that day, clock claims are
 * compared as moments, same-figure.ts), nor the day someone said something ("Ray Kimble said
 * Tuesday").
 */
function oneDay(c: Claim): string | null {
  const v = c.value;
  if (v.type !== "date" || !(v.granularity === "day" || v.granularity === "part") || v.start !== v.end) return null;
  const p = predicateOf(c);
  return clockOf(c) !== null || (p !== null && SAYING.has(p)) ? null : v.start;
}

/** The full names (two words or more) a claim's sentence gives. */
function fullNames(c: Claim): string[] {
  return c.actors.filter((x) => x.startsWith("name:")).map((x) => plainName(x.slice(5))).filter((n) => n.includes(" "));
}

/** The names the frame gives who did or underwent the claim's happening. */
function doersAndDoneTo(c: Claim): string[] {
  return (c.claimFrame?.participants ?? []).filter((p) => p.role === "agent" || p.role === "patient" || p.role === "recipient").map((p) => plainName(p.key ?? p.text));
}

/** A participant's words that hold a name ("veteran back ray kimble" holds "ray kimble"). */
function holds(words: string, name: string): boolean {
  return ` ${words} `.includes(` ${name} `) || mayBeOnePerson(words, name);
}

/** The full names both sentences give (one person: "ray kimble" and "guard ray kimble"). */
function sharedNames(a: Claim, b: Claim): string[] {
  const [na, nb] = [fullNames(a), fullNames(b)];
  return na.filter((x) => nb.some((y) => mayBeOnePerson(x, y))).concat(nb.filter((y) => na.some((x) => mayBeOnePerson(x, y))));
}

/** One person both sentences name in full, whom the frame of one of them gives as its doer or who it was done to. */
function onePersonFramed(a: Claim, b: Claim): boolean {
  const shared = sharedNames(a, b);
  if (shared.length === 0) return false;
  const framed = [...doersAndDoneTo(a), ...doersAndDoneTo(b)];
  return shared.some((n) => framed.some((w) => holds(w, n)));
}

/**
 * The names the frame gives as undergoing the happening: a patient whose words end in a name its
 * sentence gives ("signed guard Ray Kimble": ray kimble); not one that only holds a name before
 * its head ("took Kimble's place": a place), nor a capitalized noun that ends a longer name
 * ("placed on Injured Reserve": reserve).
 */
function doneTo(c: Claim): string[] {
  const names = c.actors.filter((x) => x.startsWith("name:")).map((x) => plainName(x.slice(5)));
  return (c.claimFrame?.participants ?? [])
    .filter((p) => p.role === "patient")
    .map((p) => plainName(p.key ?? p.text))
    .filter((p) => names.some((n) => ` ${p}`.endsWith(` ${n}`)));
}

/** Whether the frames give two different people as undergoing their happenings. */
function doneToOthers(a: Claim, b: Claim): boolean {
  const [pa, pb] = [doneTo(a), doneTo(b)];
  return pa.length > 0 && pb.length > 0 && !pa.some((x) => pb.some((y) => holds(x, y) || holds(y, x)));
}

/**
 * Whether two date claims tell one person's happening on one day (see the header). Must hold:
 * "the Owls waived Ray Kimble on Tuesday" and "Ray Kimble, let go by the Owls on Tuesday"; "the
 * woes went on Tuesday for the Owls, who cut guard Ray Kimble" and "the Owls cut Ray Kimble on
 * Tuesday". Must not: the same sentences on Tuesday and Wednesday; "Kimble" alone in one of them;
 * "arrested Ray Kimble on Monday" and "Ray Kimble was released on Monday"; "placed Ray Kimble on
 * the list Tuesday" and "signed Luis Ortiz Tuesday, a day after Ray Kimble left"; two sentences
 * that both name the club in full and no one else.
 */
export function oneDayOfOnePerson(a: Claim, b: Claim): boolean {
  return a.document !== b.document && mayBeOnePersonsDay(a, b) && onePersonFramed(a, b);
}

/**
 * Kinds of happening of one contest: its result and what a player did in it ("the Owls beat the
 * Hawks on Friday", "Ray Kimble scored 23 points Friday"): one game's day, told by its result or
 * by a player's line.
 */
const CONTEST: ReadonlySet<string> = new Set(["defeat", "win", "lose", "score", "pair", "stat"]);

/** Whether both claims tell a contest (a result, a score, a player's line). */
function oneContest(a: Claim, b: Claim): boolean {
  const [x, y] = [classesOfClaim(a), classesOfClaim(b)];
  return x !== null && y !== null && x.some((k) => CONTEST.has(k)) && y.some((k) => CONTEST.has(k));
}

/**
 * What every two members of one group must have, whichever reports they are of: one day, one
 * person both name in full, no two kinds of happening, no two people undergoing them. (That the
 * frame of one gives the person is asked of a claim with some member only: "the woes went on
 * Tuesday for the Owls, who cut Ray Kimble" and "the GM said on Tuesday that Ray Kimble was cut"
 * are one day of Kimble's once a third report says "the Owls cut Ray Kimble on Tuesday".)
 */
function mayBeOnePersonsDay(a: Claim, b: Claim): boolean {
  if (a.story !== b.story) return false;
  const day = oneDay(a);
  if (day === null || day !== oneDay(b) || !reportedTogether(a, b)) return false;
  return sharedNames(a, b).length > 0 && (!kindsApart(a, b) || oneContest(a, b)) && !doneToOthers(a, b);
}

/**
 * Groups of one person's happening told by its day that the groups already made do not hold
 * together: complete-linkage (each member may tell that day of that person's happening with every
 * other: mayBeOnePersonsDay), a claim joining a group where its or a member's frame gives the
 * person both name, claims taken in the order of what they say. Claims are bucketed by story and day.
 */
export function dayHappeningGroups(claims: readonly Claim[], groups: readonly ClaimGroup[]): ClaimGroup[] {
  const grouped = groupedTogether(groups);
  const buckets = bucketsBy(claims, (c) => {
    const day = oneDay(c);
    return day === null || fullNames(c).length === 0 ? null : `${c.story ?? ""}|${day}`;
  });
  const out: ClaimGroup[] = [];
  for (const bucket of buckets) {
    if (!fromTwoReports(bucket)) continue;
    // (two claims of one report too: a report that tells two people's moves of that day is no tie between them)
    const formed = formedGroups([...bucket].sort(byContent), (g, c) => g.every((m) => mayBeOnePersonsDay(m, c)) && g.some((m) => onePersonFramed(m, c)));
    for (const members of formed) {
      if (!fromTwoReports(members)) continue;
      const fresh = tellsAnew(members, grouped);
      if (!fresh) continue;
      members.sort(byPlace);
      out.push(toldAsOneGroup("day", members, "one happening's day", "single"));
    }
  }
  return out;
}
