/**
 * A team's scoreless stretch in one game, told by two reports. Game reports time a spell in which
 * one side could not score with whatever words each outlet chose ("kept Keld off the scoreboard
 * for nearly six minutes", "Keld didn't score again for almost seven minutes", "Keld went five
 * minutes without a point"), and the frames hang the length on other verbs each time (keep, pull,
 * score, go), so the lengths were never set side by side. Two duration claims are taken here for
 * one stretch when
 *   - both are lengths of minutes or seconds told as a spell without scoring (SCORELESS before the
 *     length, or AFTER it: "without a point", "scoring drought");
 *   - of one team: the side kept off the scoreboard ("kept Keld off"), else the last name written
 *     before the words of not scoring (the subject, or the side a pronoun stands for: "cut the
 *     Owls' deficit, but they didn't score"), one name, or one its story gives for the other
 *     ("Hanley" for "the Hanley Owls");
 *   - in two reports of one story at most a day apart (the night of the game and the morning after);
 *   - not told in two periods of play ("for six minutes in the first half", "for seven minutes
 *     early in the second half": two stretches; game-periods.ts), when both name one.
 * A team may go scoreless more than once in a game, and such lengths are told loosely ("nearly",
 * "almost"): the group is of recurring cardinality, of estimates, so two lengths diverge and never
 * contradict.
 */
import type { Claim, ClaimGroup } from "../types.js";
import { bucketsBy, byContent, formedGroups, fromTwoReports, groupedTogether, toldAsOneGroup } from "./overlaps.js";
import { daysBetweenReports } from "./occurrence-topics.js";
import { oncePerClaim } from "./per-claim.js";
import { storyAliasWords } from "./participants.js";
import { byPlace } from "./same-figure.js";
import { plainName } from "./name-words.js";
import { periodsApart } from "./game-periods.js";

/** Units of a spell of play. */
const GAME_TIME = /^(?:minute|minutes|min|mins|second|seconds|sec|secs)$/i;

/** Words of not scoring right before a length ("off the scoreboard for", "didn't score again for"). */
const SCORELESS = new RegExp(
  [
    String.raw`\boff\s+the\s+(?:scoreboard|board)\s+for\s+$`,
    String.raw`\bwithout\s+(?:a|any)\s+(?:point|basket|field\s+goal|goal|score|run|hit|touchdown|bucket)s?\s+for\s+$`,
    String.raw`\b(?:did|would|could|does|do)(?:\s*n\s*['’]?\s*t|\s+not)\s+score(?:\s+again)?\s+(?:for|in)\s+$`,
    String.raw`\b(?:failed|unable)\s+to\s+score(?:\s+again)?\s+(?:for|in)\s+$`,
    String.raw`\bscoreless\s+(?:for\s+)?$`,
  ].join("|"),
  "iu",
);
/** Words of not scoring right after a length ("five minutes without a point", "a six-minute scoring drought"). */
const AFTER = /^\s*(?:without\s+(?:a\s+|any\s+)?(?:point|basket|field\s+goal|goal|score|scoring|bucket)s?\b|(?:scoring\s+)?drought\b|scoreless\b)/iu;

/** "kept Keld off the scoreboard": the side kept off. */
const KEPT_OFF = /\b(?:kept|keep|keeps|keeping|held|hold|holds|holding)\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)\s+off\s+the\s+(?:scoreboard|board)\b/u;
const NAME_RUN = /\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/gu;
/** Capitalized words that name no side. */
const NO_SIDE = /^(?:a|an|the|but|and|then|after|before|when|with|they|he|she|it|its|their)$/;

/** The name words of a side ("Keld", "the Hanley Owls" → "hanley owls"), none when it names none. */
function side(run: string): string | null {
  const words = plainName(run.replace(/['’]\s*s?$/u, "")).split(" ").filter((w) => w !== "" && !NO_SIDE.test(w));
  return words.length === 0 ? null : words.join(" ");
}

/** The side whose scoreless stretch a claim tells (see the header), null when it tells none. */
export const scorelessSide: (c: Claim) => string | null = oncePerClaim((c) => {
  if (c.value.type !== "quantity" || c.claimFrame?.counted !== "duration" || !GAME_TIME.test(c.value.unit)) return null;
  const at = c.sentence.indexOf(c.text);
  if (at < 0) return null;
  const before = c.sentence.slice(0, at);
  const told = SCORELESS.exec(before);
  if (told === null && !AFTER.test(c.sentence.slice(at + c.text.length))) return null;
  const kept = KEPT_OFF.exec(before);
  if (kept) return side(kept[1]!);
  // the last name before the words of not scoring (or before the length)
  const upTo = before.slice(0, told ? told.index : before.length);
  for (const m of [...upTo.matchAll(NAME_RUN)].reverse()) {
    const s = side(m[0]);
    if (s !== null) return s;
  }
  return null;
});

/** Reports of one game: the night of it and the morning after. */
const ONE_GAME_DAYS = 1;
const NO_TIME = { reportedAt: null };

/** A side's name words with the words its story names it by ("hanley" → "owls"). */
function sideWords(c: Claim, s: string): Set<string> {
  const out = new Set(s.split(" "));
  for (const w of s.split(" ")) for (const a of storyAliasWords(c, w)) for (const x of a.split(" ")) out.add(x);
  return out;
}

/**
 * One team's scoreless stretch told by two claims (see the header). Must be one: "kept Keld off
 * the scoreboard for nearly six minutes" and "Keld didn't score again for almost seven minutes".
 * Must not: Keld's stretch and the Owls'; "Keld led for six minutes" (no spell without scoring);
 * "without a win for six weeks" (no length of play); two reports of one story a week apart; a
 * stretch in the first half and one in the second.
 */
export function oneScorelessStretch(a: Claim, b: Claim): boolean {
  if (a.document === b.document || a.story === undefined || a.story !== b.story) return false;
  const days = daysBetweenReports(a.claimFrame?.time ?? NO_TIME, b.claimFrame?.time ?? NO_TIME);
  if (days === null || days > ONE_GAME_DAYS) return false;
  const [x, y] = [scorelessSide(a), scorelessSide(b)];
  if (x === null || y === null) return false;
  // (a stretch in the first half and one in the second are two stretches: game-periods.ts)
  if (periodsApart(a, b)) return false;
  const wb = sideWords(b, y);
  return [...sideWords(a, x)].some((w) => wb.has(w));
}

/** Groups of one team's scoreless stretch that no group holds together already: they diverge, never contradict. */
export function scorelessStretchGroups(claims: readonly Claim[], groups: readonly ClaimGroup[]): ClaimGroup[] {
  const buckets = bucketsBy(claims, (c) => (c.story === undefined || scorelessSide(c) === null ? null : c.story));
  if (buckets.length === 0) return [];
  const grouped = groupedTogether(groups);
  const out: ClaimGroup[] = [];
  for (const bucket of buckets) {
    if (!fromTwoReports(bucket)) continue;
    for (const members of formedGroups([...bucket].sort(byContent), (g, c) => g.every((m) => oneScorelessStretch(m, c)))) {
      if (members.length < 2 || !members.some((a, i) => members.slice(i + 1).some((b) => !grouped(a, b)))) continue;
      members.sort(byPlace);
      out.push({ ...toldAsOneGroup("scoreless-stretch", members, "one team's scoreless stretch", "recurring"), estimates: true });
    }
  }
  return out;
}
