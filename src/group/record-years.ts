/**
 * The year a named holder's record dates from, told by two reports. When a record falls, reports
 * recall when it was set, each with its own verb ("passing Moss's school mark, which had stood
 * since 2009", "Moss's record, set in 2009", "back in 2009, when Moss's record was new"): the
 * verbs differ (stand, set, a game of that year), so the topics keep the years apart and nothing
 * set them side by side. Two date claims are taken here for one record's year, as an agreement
 * only, when
 *   - both are a year written out ("2009"), the same year;
 *   - the sentence of each names a holder's record by the possessive ("Moss's record", "Ann
 *     Moss's scoring mark", "the Owls' record"), with at most two words between;
 *   - the two holders are one: the same last name word ("Ann Moss" and "Moss");
 *   - in two reports of one story.
 * Different years are never set against each other here (a sentence that names a record may date
 * something else with its year), and two holders' records make no group.
 */
import type { Claim, ClaimGroup } from "../types.js";
import { bucketsBy, byContent, formedGroups, fromTwoReports, groupedTogether, toldAsOneGroup } from "./overlaps.js";
import { oncePerClaim } from "./per-claim.js";
import { byPlace } from "./same-figure.js";
import { plainName } from "./name-words.js";

/** A capitalized name, its possessive, up to two words, then "record" or "mark". */
const HOLDERS_RECORD = /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)\s*(?:['’]\s*s|['’])\s+(?:[\p{L}-]+\s+){0,2}?(?:record|mark)s?\b/gu;

/** Capitalized words that open a sentence or a clause and name no holder. */
const NO_HOLDER = /^(?:the|a|an|this|that|his|her|their|its|and|but|after|before|when|passing|breaking)$/;

/** The last name words of the holders whose record a claim's sentence names ("moss"). */
function holdersOf(sentence: string): string[] {
  const out = new Set<string>();
  for (const m of sentence.matchAll(HOLDERS_RECORD)) {
    const words = plainName(m[1]!).split(" ").filter((w) => w !== "" && !NO_HOLDER.test(w));
    if (words.length > 0) out.add(words.at(-1)!);
  }
  return [...out].sort();
}

/** "2009 moss" for a year written out in a sentence that names a holder's record (see the header); null for any other claim. */
export const recordYearOf: (c: Claim) => string[] | null = oncePerClaim((c) => {
  if (c.value.type !== "date" || !/^\d{4}$/.test(c.text.trim())) return null;
  const year = c.text.trim();
  if (c.value.start !== `${year}-01-01` || c.value.end !== `${year}-12-31`) return null;
  const holders = holdersOf(c.sentence);
  return holders.length === 0 ? null : holders.map((h) => `${year} ${h}`);
});

/**
 * One record's year told by two claims (see the header). Must be one: "Moss's school mark, which
 * had stood since 2009" and "that 2009 season, when Ann Moss's record was set". Must not: "Moss's
 * record … since 2009" and "Dunn's record … since 2009"; 2009 and 2010 of Moss's record; a year
 * in a sentence that names no one's record; two claims of one report.
 */
export function oneRecordYear(a: Claim, b: Claim): boolean {
  if (a.document === b.document || a.story === undefined || a.story !== b.story) return false;
  const [x, y] = [recordYearOf(a), recordYearOf(b)];
  return x !== null && y !== null && x.some((k) => y.includes(k));
}

/** Groups of one record's year that the groups already made do not hold together (oneRecordYear with every member), bucketed by story and year. */
export function recordYearGroups(claims: readonly Claim[], groups: readonly ClaimGroup[]): ClaimGroup[] {
  const grouped = groupedTogether(groups);
  const buckets = bucketsBy(claims, (c) => (c.story === undefined || recordYearOf(c) === null ? null : `${c.story}|${c.text.trim()}`));
  const out: ClaimGroup[] = [];
  for (const bucket of buckets) {
    if (!fromTwoReports(bucket)) continue;
    for (const members of formedGroups([...bucket].sort(byContent), (g, c) => g.every((m) => m.document !== c.document && oneRecordYear(m, c)))) {
      if (members.length < 2 || !members.some((a, i) => members.slice(i + 1).some((b) => !grouped(a, b)))) continue;
      members.sort(byPlace);
      out.push(toldAsOneGroup("record-year", members, "one record's year", "single"));
    }
  }
  return out;
}
