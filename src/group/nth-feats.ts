/**
 * The nth feat of one player or team, told by two reports. Sports reports count a feat as it
 * happens again ("Moss's fifth comeback of the season", "the fifth time Moss has rallied his side
 * to a win", "Keld's third shutout", "the third time Keld blanked an opponent"): one outlet counts
 * the feat's noun, another counts "times" of its verb, so their topics differ (frame:finish/comeback,
 * frame:rally/time) and the figures were never set side by side. Two claims are taken here for one
 * count, as an agreement only, when
 *   - both are ordinals ("fifth", "5th") of one feat: the noun they count, or the verb of "the
 *     nth time" (FEATS: a comeback and a rally are one feat; a shutout and a blanking one);
 *   - they state the same number;
 *   - the frames of both name one player or team who did it, as agent or as whose feat it is
 *     (the frame's patient: "Moss's fifth comeback");
 *   - in two reports of one story reported together.
 * Different numbers are not set against each other: a count goes up with each game, and "the
 * fifth comeback" and "the sixth" may both be true a week apart. Two feats (a comeback and a
 * shutout), two holders, or an ordinal of something else ("the fifth quarter") make no group.
 */
import type { Claim, ClaimGroup } from "../types.js";
import { wordTable } from "../values/word-table.js";
import { bucketsBy, byContent, formedGroups, fromTwoReports, groupedTogether, tellsAnew, toldAsOneGroup } from "./overlaps.js";
import { reportedTogether } from "./occurrence-topics.js";
import { oncePerClaim } from "./per-claim.js";
import { predicateOf } from "./predicate-classes.js";
import { byPlace } from "./same-figure.js";
import { plainName } from "./name-words.js";

/** A feat by the noun that counts it or the verb of "the nth time …", and the feat it is. */
const FEATS = wordTable<string>({
  comeback: "comeback",
  rally: "comeback",
  shutout: "shutout",
  blank: "shutout",
  "hat-trick": "hat-trick",
  "triple-double": "triple-double",
  "double-double": "double-double",
  "no-hitter": "no-hitter",
});

/** Nouns that count occasions of a verb: "the fifth time Moss rallied". */
const OCCASIONS: ReadonlySet<string> = new Set(["time", "times", "occasion", "occasions"]);

const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))$/i;

/** "comeback" for a claim that counts a feat by an ordinal (see the header); null for any other. */
export const featOf: (c: Claim) => string | null = oncePerClaim((c) => {
  if (c.value.type !== "quantity" || !ORDINAL.test(c.text.trim())) return null;
  const counted = c.claimFrame?.counted?.toLowerCase() ?? null;
  if (counted === null) return null;
  if (OCCASIONS.has(counted)) {
    const verb = predicateOf(c);
    return verb === null ? null : (FEATS[verb] ?? null);
  }
  return FEATS[counted] ?? null;
});

/** The names the frame gives as who did the feat (agent) or whose it is (patient), in plain form. */
function holders(c: Claim): string[] {
  const names = new Set(c.actors.filter((x) => x.startsWith("name:")).map((x) => plainName(x.slice(5))));
  return (c.claimFrame?.participants ?? [])
    .filter((p) => p.role === "agent" || p.role === "patient")
    .map((p) => plainName(p.key ?? p.text))
    .filter((n) => names.has(n));
}

/**
 * One feat counted with one ordinal by two claims (see the header). Must be one: "Moss's fifth
 * comeback" and "the fifth time Moss has rallied the Owls". Must not: "Moss's fifth comeback" and
 * "Dunn's fifth comeback"; "Moss's fifth comeback" and "Moss's fifth shutout"; "the fifth time
 * Moss said so"; two reports of one story a month apart.
 */
export function oneNthFeat(a: Claim, b: Claim): boolean {
  if (a.story !== b.story || !reportedTogether(a, b)) return false;
  const feat = featOf(a);
  if (feat === null || feat !== featOf(b) || a.value.type !== "quantity" || b.value.type !== "quantity" || a.value.nominal !== b.value.nominal) return false;
  const hb = holders(b);
  return holders(a).some((n) => hb.includes(n));
}

/**
 * Groups of one feat's count that the groups already made do not hold together: complete-linkage
 * (oneNthFeat with every member), bucketed by story, feat and number.
 */
export function nthFeatGroups(claims: readonly Claim[], groups: readonly ClaimGroup[]): ClaimGroup[] {
  const grouped = groupedTogether(groups);
  const buckets = bucketsBy(claims, (c) => {
    const feat = c.story === undefined ? null : featOf(c);
    return feat === null || c.value.type !== "quantity" ? null : `${c.story}|${feat}|${c.value.nominal}`;
  });
  const out: ClaimGroup[] = [];
  for (const bucket of buckets) {
    if (!fromTwoReports(bucket)) continue;
    for (const members of formedGroups([...bucket].sort(byContent), (g, c) => g.every((m) => oneNthFeat(m, c)))) {
      if (!tellsAnew(members, grouped)) continue;
      members.sort(byPlace);
      out.push(toldAsOneGroup("nth-feat", members, "one feat's count", "single"));
    }
  }
  return out;
}
