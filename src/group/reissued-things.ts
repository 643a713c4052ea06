/**
 * Things put out again, whatever verb tells it: "forced to rewrite four of its security updates",
 * "had to remove and re-release ten patches", "pulled and reissued three firmware fixes", "30,000
 * copies were recalled and reprinted". A count of things an outlet says were redone after their
 * first release counts one happening, the putting out again, whether it is told by the redoing
 * ("rewrote", "reissued", "re-released") or by the withdrawal a redoing follows in the same
 * clause ("removed and re-released"): outlets that count one round of reissues use all of these,
 * so a count read with any of them is one kind of happening ("reissue", predicate-classes.ts
 * classesOfClaim), and two reports that give it may be compared.
 *
 * Must be one kind: "rewrote four updates", "reissued four patches", "re-released four fixes",
 * "removed and re-released ten patches", "pulled and reissued ten patches".
 * Must not: "removed ten patches" (a withdrawal alone), "released ten patches" (a first release),
 * "rewrote the code in three days" (a length, not things), "reissued $2 million of bonds" (money).
 */
import type { Claim } from "../types.js";

/** Verbs of putting a thing out again (base forms as predicate-classes.ts predicateOf reads them). */
const REDOING: ReadonlySet<string> = new Set(["rewrite", "reissue", "re-issue", "re-release", "rerelease", "redo", "re-do", "republish", "re-publish", "reprint", "redeploy", "re-deploy"]);

/** Verbs of taking a thing back, which a redoing may follow in one clause. */
const WITHDRAWING: ReadonlySet<string> = new Set(["remove", "pull", "withdraw", "recall", "retract"]);

/** A withdrawal coordinated with a redoing: "remove and re-release", "pulled and reissued", "recalled and reprinted". */
const WITHDRAWN_AND_REDONE = /\b(?:remov|pull|withdr[ae]w|recall|retract)\w*\s+and\s+re-?(?:releas|issu|publish|print|deploy|writ|wrot)\w*/i;

/** Counts that are not of things put out: lengths of time, sums of money. */
const NOT_THINGS: ReadonlySet<string> = new Set(["duration", "money", "time", "percent"]);

/** Whether a claim counts things put out again, told with predicate `p` (see the header). */
export function reissuedThings(c: Claim, p: string): boolean {
  if (c.value.type !== "quantity") return false;
  const counted = c.claimFrame?.counted;
  if (counted === null || counted === undefined || NOT_THINGS.has(counted)) return false;
  if (REDOING.has(p)) return true;
  return WITHDRAWING.has(p) && WITHDRAWN_AND_REDONE.test(c.sentence);
}
