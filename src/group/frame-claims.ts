/**
 * The one switch for claims that came in through claim frames — by a rule's vocabulary rather than
 * its trigger, or with no rule at all ("frame:kill/person"). They are listed in every report, with
 * their frames; whether they are judged (grouped into findings) is decided here alone. Off until
 * the occurrence stage can tell occurrences apart by their frames: judged by topic alone, figures
 * from unrelated events and stories would contradict each other.
 */
import type { Claim } from "../types.js";

export const JUDGE_FRAME_CLAIMS = false;

export function isFrameClaim(claim: Claim): boolean {
  return claim.provenance.includes("via:frame");
}

/** The claims that group and judge see. */
export function judgedClaims(claims: readonly Claim[]): readonly Claim[] {
  return JUDGE_FRAME_CLAIMS ? claims : claims.filter((c) => !isFrameClaim(c));
}
