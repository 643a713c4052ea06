/**
 * One game's day told in two reports. Sports reports tell the day of a game by its result, with
 * whatever verb or noun each outlet chose ("the Owls beat the Hawks on Sunday", "the Hawks lost
 * to the Hanley Owls Sunday afternoon", "the Owls got the win today"), or by the round it is of
 * ("Saturday's semifinal", "they play Saturday in a 2 p.m. semifinal"). The topics keep such
 * claims apart (a verb each, or a light one: "got", "play", "moved on to"), and the day groups of
 * one person (day-happenings.ts) want a full name a team is seldom told by. Two date claims are
 * taken here for one game's day, as an agreement only, when
 *   - both tell one whole day (or a part of one), the same day, not a moment of it, within
 *     FRAME_DATE_DAYS of the day its report was written, either side (a game ahead is told too),
 *     in two reports of one story reported together;
 *   - both tell a game: a verb of a result (predicate-classes.ts defeat, win, lose) or a noun of
 *     a game right by the day ("the win today", "Sunday's loss", "Saturday in a semifinal":
 *     GAME_NOUN within NEAR words);
 *   - and both sentences name one team or player (participants.ts namesShared: "the Owls" and
 *     "the Hanley Owls"), or both tell the day with one round of a tournament by it ("Saturday's
 *     semifinals", "a semifinal Saturday"): a round is held once.
 * Never a claim of what someone said on the day, nor of a moment of it ("at 1:05 p.m. Saturday":
 * clock claims are compared as moments, same-figure.ts). Never a licence to contradict: every
 * member states the same day.
 */
import type { Claim, ClaimGroup } from "../types.js";
import { dayNumber } from "../values/intervals.js";
import { bucketsBy, byContent, formedGroups, fromTwoReports, groupedTogether, tellsAnew, toldAsOneGroup } from "./overlaps.js";
import { FRAME_DATE_DAYS, reportedTogether } from "./occurrence-topics.js";
import { namesShared } from "./participants.js";
import { classesOfClaim, predicateOf } from "./predicate-classes.js";
import { byPlace } from "./same-figure.js";
import { clockOf } from "./clock-spans.js";

/** Classes of a game's result (predicate-classes.ts). */
const RESULT: ReadonlySet<string> = new Set(["defeat", "win", "lose"]);

/** Verbs of saying: a day someone said something is one of the day's many statements. */
const SAYING: ReadonlySet<string> = new Set(["say", "tell", "add", "state", "note", "explain", "insist", "recall", "comment", "announce"]);

/** Nouns of a game or its result; the rounds of a tournament are their own group (ROUND). */
const GAME_NOUN = /^(?:win|wins|victory|victories|loss|losses|defeat|defeats|game|games|match|matches|bout|showdown|(?:semi-?|quarter-?)?finals?)$/i;

/** A round of a tournament, held once: its stem ("semifinals" → semifinal). */
const ROUND = /^((?:semi-?|quarter-?)?final)s?$/i;

/** Words before or after the day a game's noun may stand in ("the win today", "Saturday in a 1:35 p.m. semifinal"). */
const NEAR_BEFORE = 3;
const NEAR_AFTER = 5;

/** The words of a sentence before and after a claim's day (its first telling in the sentence). */
function wordsBy(c: Claim): { before: string[]; after: string[] } {
  const at = c.sentence.indexOf(c.text);
  if (at < 0) return { before: [], after: [] };
  const words = (s: string) => s.match(/[\p{L}\p{N}]+(?:[:.-][\p{L}\p{N}]+)*/gu) ?? [];
  return { before: words(c.sentence.slice(0, at)).slice(-NEAR_BEFORE), after: words(c.sentence.slice(at + c.text.length)).slice(0, NEAR_AFTER) };
}

/** The nouns of a game right by a claim's day. */
function gameNouns(c: Claim): string[] {
  const { before, after } = wordsBy(c);
  return [...before, ...after].filter((w) => GAME_NOUN.test(w));
}

/** The rounds of a tournament told right by a claim's day ("semifinal"). */
function roundsBy(c: Claim): string[] {
  return gameNouns(c).flatMap((w) => {
    const m = ROUND.exec(w);
    return m ? [m[1]!.toLowerCase().replace("-", "")] : [];
  });
}

/** The day a claim tells, when it is one whole day near its report's (see the header), else null. */
function gameDay(c: Claim): string | null {
  const v = c.value;
  if (v.type !== "date" || v.start === null || (v.granularity !== "day" && v.granularity !== "part") || v.start !== v.end || clockOf(c) !== null) return null;
  if (SAYING.has(predicateOf(c) ?? "")) return null;
  const at = c.claimFrame?.time.reportedAt;
  if (!at || Math.abs(dayNumber(at) - dayNumber(v.start)) > FRAME_DATE_DAYS) return null;
  return v.start;
}

/** Whether a claim tells a game: a verb of its result, or a noun of a game by the day. */
function tellsAGame(c: Claim): boolean {
  return (classesOfClaim(c) ?? []).some((k) => RESULT.has(k)) || gameNouns(c).length > 0;
}

/** Whether a claim tells a game's day (see the header). */
function isGameDay(c: Claim): boolean {
  return gameDay(c) !== null && tellsAGame(c);
}

/**
 * Two claims of one game's day in two reports (see the header). Must hold: "the Owls got the win
 * today" (a report of that Sunday) and "the Hawks lost to the Hanley Owls on Sunday afternoon";
 * "they play Saturday in a 2 p.m. semifinal" and "moved the Owls on to Saturday's semifinals".
 * Must not: the same with Saturday and Sunday; "the Owls won Sunday" and "the Wolves lost
 * Sunday" (no one named in both); "Saturday's semifinal" and "Saturday's final" with no one
 * named in both; "Ray Kimble said Sunday that the win mattered"; a game of a year before.
 */
export function oneGameDay(a: Claim, b: Claim): boolean {
  return a.document !== b.document && gameDayTie(a, b);
}

/** One game's day told by two claims, whichever reports they are of (two of one report too: a group's members are tied pair by pair). */
function gameDayTie(a: Claim, b: Claim): boolean {
  if (a.story !== b.story || !reportedTogether(a, b)) return false;
  const day = gameDay(a);
  if (day === null || day !== gameDay(b) || !tellsAGame(a) || !tellsAGame(b)) return false;
  if (namesShared(a, b)) return true;
  const rb = roundsBy(b);
  return roundsBy(a).some((r) => rb.includes(r));
}

/**
 * Groups of one game's day that the groups already made do not hold together: complete-linkage
 * (each member tells that game's day with every other: gameDayTie), claims
 * taken in the order of what they say, bucketed by story and day.
 */
export function gameDayGroups(claims: readonly Claim[], groups: readonly ClaimGroup[]): ClaimGroup[] {
  const grouped = groupedTogether(groups);
  const buckets = bucketsBy(claims, (c) => (c.story === undefined || !isGameDay(c) ? null : `${c.story}|${gameDay(c)!}`));
  const out: ClaimGroup[] = [];
  for (const bucket of buckets) {
    if (!fromTwoReports(bucket)) continue;
    const formed = formedGroups([...bucket].sort(byContent), (g, c) => g.every((m) => gameDayTie(m, c)));
    for (const members of formed) {
      const fresh = tellsAnew(members, grouped);
      if (!fresh) continue;
      members.sort(byPlace);
      out.push(toldAsOneGroup("game-day", members, "one game's day", "single"));
    }
  }
  return out;
}
