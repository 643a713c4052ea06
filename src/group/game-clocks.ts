/**
 * Moments of a game told by its clock (values/quantity/game-clocks.ts: "with 4:12 left", "3:05 to
 * play"), and the figures told at one such moment.
 *
 * A game clock is a moment of play, not a happening of its own: a game has many moments, so two
 * different clocks never contradict (two plays), and one clock told alike agrees, unless the two
 * name two periods of play ("4:12 left in the first half" and "4:12 left in the second half":
 * group/game-periods.ts). A clock is compared with clocks only (topic frame:game-clock), whatever
 * verb tells the play it marks.
 *
 * A running score told at a clock ("took a 45-38 lead with 13:10 to go") is the score at that
 * moment: two reports that give one game's running score at one clock (one period, or none named)
 * tell one value, equal or not (group/score-pairs.ts asks `scoreMoment`).
 */
import type { Claim } from "../types.js";
import { findGameClocks } from "../values/quantity/game-clocks.js";
import { periodOf, periodsApart } from "./game-periods.js";
import { placeWhere } from "./stat-lines.js";

/** Whether a claim is a game clock. */
export function isGameClock(c: Claim): boolean {
  return c.value.type === "quantity" && c.value.unit === "game-clock";
}

/**
 * Whether two claims, one of them at least a game clock, are two moments: a clock and another
 * figure, two different clocks, or one clock in two named periods. Must part: "4:12 left" and
 * "3:05 to play"; "4:12 left in the first half" and "4:12 left in the second half". Must not:
 * "with 4:12 left in the half" and "4:12 to play in the first half"; "4:12 left" and "4:12 to go".
 */
export function clocksApart(a: Claim, b: Claim): boolean {
  if (!isGameClock(a) || !isGameClock(b)) return true;
  if (a.value.type !== "quantity" || b.value.type !== "quantity" || a.value.min !== b.value.min) return true;
  return periodsApart(a, b);
}

/**
 * The moment a figure of a game is told at: the sole game clock of the figure's clause after it
 * ("a 45-38 lead with 13:10 to go", "at 45-38 on a pair of free throws with 13:10 to go"), with its
 * period when one is named ("13:10 to go in the second half" → "790 half 2"); null when its clause
 * gives none or more than one. Must read: "took a 45-38 lead with 13:10 to go" → "790"; must not:
 * "led 45-38, and with 13:10 to go they called time" (another clause) → null.
 */
export function momentOf(c: Claim): string | null {
  const at = placeWhere(c.sentence, c.text, /^/);
  if (at < 0) return null;
  const after = c.sentence.slice(at + c.text.length).split(/[;!?(]|[,:.](?!\d)|\b(?:and|but|while|before|after|when)\b/)[0] ?? "";
  const clocks = findGameClocks(after);
  if (clocks.length !== 1) return null;
  const seconds = clocks[0]!.value?.type === "quantity" ? clocks[0]!.value.min : null;
  if (seconds === null) return null;
  const period = periodOf(c);
  return period === null ? `${seconds}` : `${seconds} ${period}`;
}

/**
 * Whether two running scores are told at one moment of their game: one clock, and no two named
 * periods. Must: "a 45-38 lead with 13:10 to go" and "at 45-37 ... with 13:10 to play". Must not:
 * two clocks; a score with no clock; 13:10 in the first half and 13:10 in the second half.
 */
export function oneMoment(a: Claim, b: Claim): boolean {
  const [x, y] = [momentOf(a), momentOf(b)];
  if (x === null || y === null) return false;
  const [sx, sy] = [x.split(" ")[0], y.split(" ")[0]];
  return sx === sy && !periodsApart(a, b);
}
