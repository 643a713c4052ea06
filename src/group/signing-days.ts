/**
 * One player's signing told by two days. Reports of one week of roster moves tell the day a club
 * took a player on with whatever verb each outlet chose ("the Owls signed Ray Kimble on Monday",
 * "Ray Kimble, who was picked up Tuesday", "the Owls re-signed guard Ray Kimble on Tuesday"), and
 * outlets slip by a day. Their topics differ (three verbs) and the day groups (day-happenings.ts)
 * join one day only, so two days of one signing were never set side by side. Here they are, when
 *   - both claims tell a whole day (or a part of one), not a moment of it, that lies within
 *     FRAME_DATE_DAYS before (or on) the day its report was written: the week's news, not a
 *     signing of the player's past ("signed by the Hawks in 2029");
 *   - both tell a player taken on by a club: a verb of signing (predicate-classes.ts "sign":
 *     sign, ink, re-sign) or "picked up" (not "picked" alone, which chooses: "picked as captain");
 *   - both frames give one person named in full (two words or more) as who was taken on (a
 *     patient whose words end in a name its sentence gives: "guard Ray Kimble"), the one person
 *     by the same full name (participants.ts mayBeOnePerson: "r kimble" is "ray kimble");
 *   - in two reports of one story reported together.
 * The group is of recurring cardinality: its days diverge and never contradict (a player let go
 * and signed again within a week is signed twice; nothing in the words says which day is wrong).
 */
import type { Claim, ClaimGroup } from "../types.js";
import { bucketsBy, groupedTogether, tellsAnew, tiedSets, toldAsOneGroup } from "./overlaps.js";
import { reportedTogether } from "./occurrence-topics.js";
import { newsOfItsReport, singleDay } from "./one-day.js";
import { mayBeOnePerson } from "./participants.js";
import { classesOfClaim, predicateOf } from "./predicate-classes.js";
import { byPlace } from "./same-figure.js";
import { clockOf } from "./clock-spans.js";
import { plainName } from "./name-words.js";

/** "picked up", "picks up", "picking up" (a player taken on), not "picked" alone (chosen). */
const PICKED_UP = /\bpick(?:ed|s|ing)?\s+(?:[\p{L}'’.-]+\s+){0,3}?up\b/iu;


/** Whether a claim's verb takes a player on: a verb of signing, or "picked up". */
function takesOn(c: Claim): boolean {
  if ((classesOfClaim(c) ?? []).includes("sign")) return true;
  return predicateOf(c) === "pick" && PICKED_UP.test(c.sentence);
}

/** The day a claim tells, when it is one whole recent day of its report (see the header), else null. */
export function recentDay(c: Claim): string | null {
  const day = singleDay(c);
  return day !== null && clockOf(c) === null && newsOfItsReport(c, day) ? day : null;
}

/**
 * The full names the frame gives as who was taken on: a patient whose words end in a full name
 * its sentence gives ("running back Ray Kimble": ray kimble).
 */
export function signed(c: Claim): string[] {
  const names = c.actors.filter((x) => x.startsWith("name:")).map((x) => plainName(x.slice(5))).filter((n) => n.includes(" "));
  return (c.claimFrame?.participants ?? [])
    .filter((p) => p.role === "patient")
    .map((p) => plainName(p.key ?? p.text))
    .flatMap((p) => names.filter((n) => ` ${p}`.endsWith(` ${n}`)));
}

/** Whether a claim tells a recent signing of a player named in full (see the header). */
export function isSigning(c: Claim): boolean {
  return recentDay(c) !== null && takesOn(c) && signed(c).length > 0;
}

/**
 * Two claims of one player's signing in two reports of one story, whatever days they give (see the
 * header). Must hold: "the Owls signed Ray Kimble on Monday" and "Ray Kimble, who was signed on
 * Tuesday"; "the Owls picked up guard Ray Kimble on Monday" and "the Owls re-signed Ray Kimble on
 * Tuesday". Must not: "signed Luis Ortiz" and "signed Ray Kimble"; "picked Ray Kimble as captain";
 * "waived Ray Kimble"; "signed Ray Kimble in 2029" (no day of the week's news); two claims of one report.
 */
export function oneSigning(a: Claim, b: Claim): boolean {
  if (a.document === b.document || a.story !== b.story || !reportedTogether(a, b)) return false;
  if (!isSigning(a) || !isSigning(b)) return false;
  const sb = signed(b);
  return signed(a).some((x) => sb.some((y) => mayBeOnePerson(x, y)));
}

/**
 * Groups of one player's signing told by two days or more that no group already holds together:
 * claims tied pair by pair (oneSigning), bucketed by story, a group only where its days differ.
 */
export function signingDayGroups(claims: readonly Claim[], groups: readonly ClaimGroup[]): ClaimGroup[] {
  const grouped = groupedTogether(groups);
  const buckets = bucketsBy(claims, (c) => (c.story === undefined || !isSigning(c) ? null : c.story));
  const out: ClaimGroup[] = [];
  for (const unsorted of buckets) {
    const bucket = [...unsorted].sort(byPlace);
    for (const members of tiedSets(bucket, oneSigning)) {
      if (members.length < 2 || new Set(members.map((c) => recentDay(c))).size < 2) continue;
      if (!tellsAnew(members, grouped)) continue;
      out.push(toldAsOneGroup("signing", members, "one player's signing", "recurring"));
    }
  }
  return out;
}
