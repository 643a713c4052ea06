/**
 * The one switch for claims that came in through claim frames — by a rule's vocabulary rather than
 * its trigger, or with no rule at all ("frame:kill/person"). They are listed in every report, with
 * their frames; whether they are judged (grouped into findings) is decided here alone. On: claims
 * are compared within a story only (group/stories.ts), and contradict only where their
 * participants show them to be about one occurrence (group/participants.ts, judge/claim-facts.ts).
 */
import type { Claim } from "../types.js";

export const JUDGE_FRAME_CLAIMS = true;

export function isFrameClaim(claim: Claim): boolean {
  return claim.provenance.includes("via:frame");
}

/** The claims that group and judge see. */
export function judgedClaims(claims: readonly Claim[]): readonly Claim[] {
  return JUDGE_FRAME_CLAIMS ? claims : claims.filter((c) => !isFrameClaim(c));
}
