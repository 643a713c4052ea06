/**
 * Readings of a countdown: a length told as the time still left at one moment, "with 12 seconds
 * left", "48 seconds remaining", "with four minutes to play", "two days to go before the vote".
 * Such a figure is no length of anything that happened: it marks a moment, and a story tells many
 * moments of one game or one run-up ("with 48 seconds left, Orr spiked the ball", "with 12 seconds
 * left, Orr was sacked"). Two different readings are two moments, not one figure told twice, so a
 * reading joins only the readings and lengths that state its own figure (group.ts); the same
 * reading told by two reports still agrees. (A clock written "4:12 left" is read as a game clock
 * instead: values/quantity/game-clocks.ts.)
 *
 * Must read: "with 12 seconds left", "48 seconds remaining", "four minutes to play in the game",
 * "just over 4 minutes remaining", "two days to go". Must not: "the drive took 48 seconds", "12
 * seconds later", "he left after four minutes" (the verb before the figure).
 */
import type { Claim } from "../types.js";
import { overlaps, toInterval } from "../values/intervals.js";
import { oncePerClaim } from "./per-claim.js";
import { soleWordAt } from "./word-places.js";

/** Units of a countdown's reading. */
const TIME = /^(?:second|minute|hour|day|week|month|lap|mile|km)s?$/;

/** The words right after the figure that make it time left. */
const LEFT = /^\s*(?:left|remaining|to\s+play|to\s+go)\b/i;

/** Whether a claim is a reading of time left (see the header). */
export const timeLeft = oncePerClaim((c: Claim): boolean => {
  const v = c.value;
  if (v.type !== "quantity" || !TIME.test(v.unit)) return false;
  const at = soleWordAt(c.sentence, c.text);
  return at >= 0 && LEFT.test(c.sentence.slice(at + c.text.length));
});

/** Whether two figures are two moments: one at least a reading of time left, and their figures differ. */
export function otherMomentLeft(a: Claim, b: Claim): boolean {
  return (timeLeft(a) || timeLeft(b)) && !overlaps(toInterval(a.value), toInterval(b.value));
}
