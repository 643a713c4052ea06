/**
 * The games a player's total stands over, told as "in N games" after it: "Ames now has 2,029
 * points in 106 games as a Hawk", "Ames has reached the mark in 105 games over three seasons",
 * "Ames owns 31 goals in 52 games". The count of games is the player's games played at the time
 * of writing; frames read it with the verb of the total ("reach", "notch") or with none, so two
 * reports of one story that give it were never set side by side. A report written a game later
 * gives one more: the group is of recurring cardinality, its figures diverge and never contradict.
 *
 * Read where the sentence opens with the player's name (one or two capitalised words), then at
 * most one adverb and a verb of holding or reaching a total (has, had, owns, holds, reached,
 * notched, scored, amassed, totals, …), then the words of the total, then "in" (or "over",
 * "across") and the figure of games (its own span: games, contests, matches, appearances, starts)
 * of MIN_GAMES or more (a handful of games is a stretch, "in two games against Keld", not a
 * player's games played), with no "first", "last", "past" or "final" before it.
 *
 * Must be one: "Ames now has 2,029 points in 106 games as a Hawk" / "Ames has reached the mark in
 * 105 games over three seasons" (one story). Must not: two players ("Ames …" / "Brandt …"), a
 * stretch ("Ames has 40 points in his last 12 games"), a few games ("Ames has 9 points in two
 * games"), a sentence that opens with no name ("In 106 games, Ames has 2,029 points"), a verb of no
 * total ("Ames played in 106 games"), two stories, one report.
 */
import type { Claim, ClaimGroup } from "../types.js";
import { bucketsBy, formedGroups, fromTwoReports, groupedTogether, toldAsOneGroup } from "./overlaps.js";
import { oncePerClaim } from "./per-claim.js";
import { byPlace } from "./same-figure.js";
import { soleWordAt } from "./word-places.js";

/** The least count of games read as games played (fewer are a stretch of a season). */
const MIN_GAMES = 10;

/** Units a count of games played is told in. */
const GAMES_UNIT = /^(?:game|contest|match|appearance|start)$/;

/**
 * The sentence before the figure: the player's name, an adverb, a verb of holding or reaching a
 * total, the words of the total (no clause break), and "in", "over" or "across".
 */
const HOLDER_TOTAL_IN =
  /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:(?:now|already|has|have|had)\s+){0,2}(?:has|had|owns|owned|holds|held|reached|notched|scored|amassed|totals|totaled|totalled|tallied|racked\s+up|piled\s+up|compiled|collected)\s+[^,;:.!?()]{1,50}?\s+(?:in|over|across)\s+(?:(?:his|her|their)\s+)?$/u;

/** The player whose games played a figure gives (see the header), as the last word of the name, or null. */
export const holderOfGames: (c: Claim) => string | null = oncePerClaim(readHolder);

function readHolder(c: Claim): string | null {
  const v = c.value;
  if (v.type !== "quantity" || v.nominal === null || v.nominal < MIN_GAMES || !GAMES_UNIT.test(v.unit) || c.story === undefined) return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  // (a figure's separators are no clause break: "2,029 points")
  const before = c.sentence.slice(0, at).replace(/(\d)[,.](?=\d)/g, "$1");
  const m = HOLDER_TOTAL_IN.exec(before);
  if (!m || /\b(?:first|last|past|final|next)\s+$/i.test(before)) return null;
  const words = m[1]!.toLowerCase().split(/\s+/);
  return words[words.length - 1]!.replace(/[’']s$/, "");
}

/** Two counts of one player's games played in one story (see the header; two reports are asked by the grouping). */
export function oneHoldersGames(a: Claim, b: Claim): boolean {
  if (a.story === undefined || a.story !== b.story) return false;
  const h = holderOfGames(a);
  return h !== null && h === holderOfGames(b);
}

/**
 * Groups of one player's games played told by two reports (see the header), by story and player:
 * a group only where its figures are not all one and no group already holds its claims together.
 */
export function gamesOfATotalGroups(claims: readonly Claim[], groups: readonly ClaimGroup[]): ClaimGroup[] {
  const grouped = groupedTogether(groups);
  const buckets = bucketsBy(claims, (c) => {
    const h = holderOfGames(c);
    return h === null ? null : `${c.story}\u0000${h}`;
  });
  const out: ClaimGroup[] = [];
  for (const unsorted of buckets) {
    const members = [...unsorted].sort(byPlace);
    if (!fromTwoReports(members)) continue;
    for (const set of formedGroups(members, (g, c) => g.every((x) => oneHoldersGames(x, c)))) {
      if (new Set(set.map((c) => (c.value.type === "quantity" ? c.value.nominal : null))).size < 2) continue;
      if (set.every((a, i) => set.slice(i + 1).every((b) => a.document === b.document || grouped(a, b)))) continue;
      out.push(toldAsOneGroup("games-of-a-total", set, "one player's games played, under a total", "recurring"));
    }
  }
  return out;
}
