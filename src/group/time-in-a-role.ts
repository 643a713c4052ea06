/**
 * A stretch of time spent in a role or a state, told without a verb of spending: "followed by
 * seven seasons as an assistant coach", "had been a member of the drugs squad for the past five
 * years", "was paroled after five years". Each says how long someone was something, as "spent
 * seven seasons as an assistant" and "served five years" do, so it is time spent (the class
 * "time-spent" of predicate-classes.ts), whatever verb the frame read ("follow", "member",
 * "parole"). Only ever a kind of happening: two stretches told with two verbs still meet only as
 * one figure (occurrence-topics.ts timeSpentByTwoVerbs), never as two figures set against each other.
 *
 * Must be time spent: "seven seasons as an assistant coach", "three terms as the town's mayor",
 * "had been a member of the squad for the past five years", "has been with the club for six
 * seasons", "was released after four years", "paroled after serving nine years".
 * Must not: "two years as of Monday", "three weeks as planned" (no role), "prices rose for the
 * past five years" (no "been": a trend, not a stretch in a role), "had been dating him for two
 * years" (a verb of its own tells it), "released four years later"
 * (no stretch: when, not how long).
 */
import type { Claim } from "../types.js";
import { soleWordAt } from "./word-places.js";

/** What a length of time spent is counted in. */
const TIME_COUNTED = /^(?:season|year|month|week|day|decade|term)s?$/;

/** After the figure: "(seasons) as an assistant coach", "(years) as the town's mayor". */
const AS_A_ROLE = /^[\s-]*(?:(?:seasons?|years?|months?|weeks?|days?|decades?|terms?)\s+)?as\s+(?:a|an|the|his|her|their)\s+\p{L}/iu;
/**
 * Before the figure: "been a member of the squad for the past", "has been with the club for" — a
 * role or a body one belongs to after "been"; not a verb of its own ("had been going out with him
 * for two years", "has been closed for a week": that verb says what the time was).
 */
const BEEN_FOR = /\bbeen\s+(?:a|an|the|with|part\s+of|on)\s[^.;:!?]{0,80}\bfor\s+(?:the\s+(?:last|past|previous)\s+)?(?:nearly\s+|almost\s+|about\s+|some\s+)?$/i;
/** Before the figure: "paroled after", "was released after serving", "freed after". */
const LET_OUT_AFTER = /\b(?:paroled|released|freed)\s+after\s+(?:serving\s+|spending\s+)?(?:nearly\s+|almost\s+|about\s+|some\s+)?$/i;

/** Whether a claim tells a stretch of time spent in a role or a state (see the header). */
export function timeInARole(c: Claim): boolean {
  const v = c.value;
  if (v.type !== "quantity") return false;
  const counted = c.claimFrame?.counted ?? "";
  if (!TIME_COUNTED.test(counted) && !(counted === "duration" && TIME_COUNTED.test(v.unit))) return false;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return false;
  const before = c.sentence.slice(Math.max(0, at - 120), at);
  return AS_A_ROLE.test(c.sentence.slice(at + c.text.length)) || BEEN_FOR.test(before) || LET_OUT_AFTER.test(before);
}
