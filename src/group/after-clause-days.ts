/**
 * A day told in a clause that opens with "After", read for the sentence's main clause too when it
 * is the day of the report. "After waiving Ray Kimble on Monday, the Owls replaced him by signing
 * Luis Ortiz" in a report of that Monday: the main clause tells what followed, which a report of
 * that day can only tell if it was done that day too. So the day is the day of the signing, which
 * another report tells with its own day ("the Owls signed Luis Ortiz today", "on Monday the Owls
 * signed Luis Ortiz"), but the frame of the claim hangs it on the opening clause's verb (waive), and
 * the signing was never set beside the other report's. Two date claims are taken here for one
 * player's signing day, as an agreement only, when
 *   - one is such a day: in a sentence that opens "After" and a verb in -ing, before its first
 *     comma; one whole day, its report's own day (not a moment of it); its main clause signs a
 *     player it names in full ("signing Luis Ortiz", "signed guard Luis Ortiz", "picked up Luis
 *     Ortiz": a name of the sentence's actors of two words or more);
 *   - the other tells a recent signing of that player (signing-days.ts isSigning) or is such a
 *     day too;
 *   - the same day, in two reports of one story reported together.
 * A day of the opening clause in a report of a later day is not read for the main clause (what
 * followed may have been done since), and different days are never set against each other here.
 */
import type { Claim, ClaimGroup } from "../types.js";
import { bucketsBy, byContent, formedGroups, groupedTogether, toldAsOneGroup } from "./overlaps.js";
import { reportedTogether } from "./occurrence-topics.js";
import { singleDay } from "./one-day.js";
import { oncePerClaim } from "./per-claim.js";
import { mayBeOnePerson } from "./participants.js";
import { byPlace } from "./same-figure.js";
import { clockOf } from "./clock-spans.js";
import { isSigning, oneSigning, recentDay, signed } from "./signing-days.js";
import { plainName } from "./name-words.js";

/** An opening clause "After …ing". */
const OPENS_AFTER = /^\s*After\s+\p{Ll}+ing\b/u;
/** A verb of signing in the main clause, then up to three words (a position, "rookie") before the name. */
const SIGNS = /\b(?:signing|signed|re-signing|re-signed|inking|inked|picking\s+up|picked\s+up)\s+((?:[\p{L}.'’-]+\s+){0,4}[\p{L}.'’-]+)/giu;

/** The players named in full whom the main clause of an "After …" sentence signs, when the claim is its report's own day in the opening clause; null otherwise. */
export const signedAfter: (c: Claim) => string[] | null = oncePerClaim((c) => {
  if (c.value.type !== "date" || !OPENS_AFTER.test(c.sentence)) return null;
  const comma = c.sentence.indexOf(",");
  const at = c.sentence.indexOf(c.text);
  if (comma < 0 || at < 0 || at > comma) return null;
  const day = singleDay(c);
  if (day === null || clockOf(c) !== null || day !== c.claimFrame?.time.reportedAt) return null;
  const names = c.actors.filter((x) => x.startsWith("name:")).map((x) => plainName(x.slice(5))).filter((n) => n.includes(" "));
  const out = new Set<string>();
  for (const m of c.sentence.slice(comma + 1).matchAll(SIGNS)) {
    const words = ` ${plainName(m[1]!)} `;
    for (const n of names) if (words.includes(` ${n} `)) out.add(n);
  }
  return out.size === 0 ? null : [...out].sort();
});

/** The day and players of a claim's signing: an "After …" day's main clause, or a recent signing. */
function signingOf(c: Claim): { day: string; players: string[] } | null {
  const after = signedAfter(c);
  if (after !== null) return { day: singleDay(c)!, players: after };
  if (!isSigning(c)) return null;
  return { day: recentDay(c)!, players: signed(c) };
}

/**
 * One player's signing on one day, told by two claims of which one at least reads it from an
 * "After …" sentence (see the header). Must be one: "After waiving Ray Kimble on Monday, the Owls
 * replaced him by signing Luis Ortiz" in Monday's report and "the Owls signed Luis Ortiz today" in
 * another of Monday. Must not: the same sentence in a report of Tuesday; another player signed
 * that day; the player the opening clause names ("waiving Ray Kimble"); two signings of one report.
 */
export function oneSigningAfter(a: Claim, b: Claim): boolean {
  if (a.document === b.document || a.story === undefined || a.story !== b.story || !reportedTogether(a, b)) return false;
  if (signedAfter(a) === null && signedAfter(b) === null) return false;
  const [x, y] = [signingOf(a), signingOf(b)];
  return x !== null && y !== null && x.day === y.day && x.players.some((p) => y.players.some((q) => mayBeOnePerson(p, q)));
}

/** Groups of one signing's day told in an "After …" sentence and elsewhere, that no group holds together already. */
export function afterClauseDayGroups(claims: readonly Claim[], groups: readonly ClaimGroup[]): ClaimGroup[] {
  const afters = claims.filter((c) => signedAfter(c) !== null);
  if (afters.length === 0) return [];
  const stories = new Set(afters.map((c) => c.story));
  const grouped = groupedTogether(groups);
  const buckets = bucketsBy(claims, (c) => {
    if (!stories.has(c.story)) return null;
    const s = signingOf(c);
    return s === null ? null : `${c.story}|${s.day}`;
  });
  const out: ClaimGroup[] = [];
  for (const bucket of buckets) {
    if (!bucket.some((c) => signedAfter(c) !== null)) continue;
    const ties = (m: Claim, c: Claim): boolean => oneSigningAfter(m, c) || oneSigning(m, c);
    for (const members of formedGroups([...bucket].sort(byContent), (g, c) => g.every((m) => ties(m, c)))) {
      if (members.length < 2 || !members.some((a, i) => members.slice(i + 1).some((b) => !grouped(a, b)))) continue;
      members.sort(byPlace);
      out.push(toldAsOneGroup("after-clause-day", members, "one player's signing", "single"));
    }
  }
  return out;
}
