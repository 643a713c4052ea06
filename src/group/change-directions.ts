/**
 * Which way a change went. A rise and a fall are two changes: "the Orvik 30 was up 3.1%" and "the
 * Orvik 30 was down 2.6%", or "Pellam gained 9.7%" and "Pellam fell 9.7%", told in reports of two
 * days, are the moves of two days, never one move told twice, whatever figure they share (an archive
 * tells the same few indexes and companies rising and falling day after day). Read of a figure of
 * a change of a level: from its kinds of happening (report-days.ts kindsTold: a rise, a fall, a
 * loss in percent or points), or, for a figure told with no verb of either ("was down 2.6%", "1.7%
 * lower than at the open", "up 40 points"), from the word of direction just before or after it.
 *
 * Two figures of opposite directions in reports of different days are two occurrences
 * (occurrence-topics.ts mayMeet). Reports of one day that tell one move both ways are left to the
 * grouping: the same day's move told as a rise and as a fall is a conflict to show, not two moves.
 */
import type { Claim } from "../types.js";
import { oncePerClaim } from "./per-claim.js";
import { kindsTold, reportDaysApart } from "./report-days.js";
import { soleWordAt } from "./word-places.js";

export type Direction = "up" | "down";

/** Units a level changes by, in which a loss is a fall ("lost 1.2%"; not "lost three games"). */
const LEVEL_UNITS: ReadonlySet<string> = new Set(["percent", "point"]);

/** A word of direction just before a figure: "down 2.6%", "was up by nearly 3%". */
const BEFORE = /\b(down|lower|off|up|higher)\s+(?:by\s+)?(?:(?:more|less)\s+than\s+|almost\s+|nearly\s+|about\s+|some\s+|over\s+|around\s+)?$/iu;

/** A word of direction just after a figure: "1.7% lower", "40 points higher", "3% down on the day". */
const AFTER = /^\s*(?:points?\s+|percent\s+|per\s+cent\s+)?(lower|higher|down|up)\b/iu;

/** The direction a figure of a change tells; null when it tells none or both. */
export const directionOf: (c: Claim) => Direction | null = oncePerClaim((c) => {
  const v = c.value;
  if (v.type !== "quantity") return null;
  const kinds = kindsTold(c);
  const up = kinds.includes("increase");
  const down = kinds.includes("fall") || (kinds.includes("lose") && LEVEL_UNITS.has(v.unit));
  if (up !== down) return up ? "up" : "down";
  if (up || !LEVEL_UNITS.has(v.unit)) return null;
  return wordOfDirection(c);
});

/** The word of direction beside a figure told with no verb of a change. */
function wordOfDirection(c: Claim): Direction | null {
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  const word = (BEFORE.exec(c.sentence.slice(Math.max(0, at - 40), at)) ?? AFTER.exec(c.sentence.slice(at + c.text.length)))?.[1]?.toLowerCase();
  if (word === undefined) return null;
  return word === "up" || word === "higher" ? "up" : "down";
}

/** Two figures of changes in opposite directions, in reports of different days (see the header). */
export function directionsApart(a: Claim, b: Claim): boolean {
  const [da, db] = [directionOf(a), directionOf(b)];
  if (da === null || db === null || da === db) return false;
  const days = reportDaysApart(a, b);
  return days !== null && days > 0;
}
