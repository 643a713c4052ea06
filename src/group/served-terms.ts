/**
 * A term told as served in full: "served a 30-month prison term", "served a five-year sentence",
 * "he served his two-year term". A length told as a court's sentence (sentence-lengths.ts) is the
 * term given; once a report says, in the past, that someone served the whole of it, the same length
 * is the time that person spent in jail, and is one figure with "served 30 months in prison",
 * "spent two and a half years behind bars" (the class "time-spent" of predicate-classes.ts). Other
 * reports of that stay told with another length ("served four months") then meet it.
 *
 * Reads only "served" in the past right before the term: a determiner and the figure, nothing of a
 * part between ("served most of a six-month sentence", "served half of his term" are parts);
 * "is serving a 12-year term", "will serve a three-year sentence" are the sentence, not yet served.
 *
 *   must be served:   "Vance served a 30-month prison term for fraud"   (30-month)
 *                     "She served her five-year sentence at Leeds"     (five-year)
 *   must not be:      "Vance served most of a six-month sentence"      (a part of it)
 *                     "Vance is serving a 12-year term"                 (not yet served)
 *                     "Vance received a five-year sentence"             (the term given)
 *                     "Vance served 30 months in prison"                (time spent already: no term named)
 */
import type { Claim } from "../types.js";
import { termKind } from "./sentence-lengths.js";
import { soleWordAt } from "./word-places.js";

/** Right before the figure: "served" and a determiner of the whole term ("a", "an", "his", "the"). */
const SERVED_THE_TERM = /\bserved\s+(?:a|an|the|his|her|their|its)\s+$/i;

/** Whether a claim tells a court's sentence served in full: its length is the time spent in jail. */
export function servedTerm(c: Claim): boolean {
  if (c.claimFrame?.predicate?.lemma !== "serve" || termKind(c) !== "sentence") return false;
  const at = soleWordAt(c.sentence, c.text);
  return at >= 0 && SERVED_THE_TERM.test(c.sentence.slice(Math.max(0, at - 24), at));
}
