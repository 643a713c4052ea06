/**
 * The size of a party told by what it was doing: "there were four in the climbing party", "one
 * of four men who were trying to climb the ridge", "one of three hikers who were walking to the
 * hut", "five in the sailing crew". Frames read the first with no verb and the second with a verb
 * of its own, so nothing tied them, though both count one party: its activity names it. Two such
 * counts of one value, in one story, whose activities are one (the verb's stem: "climbing" and
 * "climb", "hiking" and "hike"), tell one figure. For agreements only (same-figure.ts): the caller asks for one value.
 *
 * Read as "N in the ACTIVITY-ing party" (group, team, crew, expedition), or "one of N PEOPLE who
 * were (trying to, attempting to) ACTIVITY(-ing)". Must read: "four in the climbing party" →
 * climb; "one of four men who were trying to climb the ridge" → climb; "three in the hiking party"
 * and "one of three hikers who were trying to hike to the hut" → hik. Must not: "four in the party" (no activity), "one of four men
 * who said …" (a verb of saying), "four climbers were hurt" (no party told).
 */
import type { Claim } from "../types.js";
import { oncePerClaim } from "./per-claim.js";
import { soleWordAt } from "./word-places.js";

/** After the figure: "in the climbing party". */
const IN_THE_PARTY = /^[\s-]*in\s+(?:the|their|a|an|his|her)\s+(\p{Ll}{2,}?)ing\s+(?:party|group|team|crew|expedition)\b/u;

/** Before the figure: "one of (the)". */
const ONE_OF = /\bone\s+of\s+(?:the\s+)?$/i;

/** After the figure: a plural noun of people, "who were (trying to)" and the activity. */
const WHO_WERE = /^[\s-]*(?:\p{Ll}+\s+)?(?:\p{Ll}+s|men|women|people|children)\s+who\s+(?:were|had\s+been)\s+(?:(?:trying|attempting|hoping|setting\s+out)\s+to\s+)?(\p{Ll}{3,})/u;

/** Verbs that tell no activity of a party. */
const NO_ACTIVITY = /^(?:say|said|tell|told|be|been|being|go|going|known|killed|injured|hurt|arrested|found|taken)$/;

/** The activity that names a party a count is the size of (see the header), as the verb's stem; else null. */
export const partyActivityOf: (c: Claim) => string | null = oncePerClaim(readActivity);

function readActivity(c: Claim): string | null {
  const v = c.value;
  if (v.type !== "quantity" || v.nominal === null || v.min !== v.max || c.story === undefined) return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  const after = c.sentence.slice(at + c.text.length);
  const inParty = IN_THE_PARTY.exec(after);
  if (inParty) return stemOf(`${inParty[1]!}ing`);
  if (!ONE_OF.test(c.sentence.slice(0, at))) return null;
  const who = WHO_WERE.exec(after);
  if (!who || NO_ACTIVITY.test(who[1]!)) return null;
  return stemOf(who[1]!);
}

/** A verb's stem, whether written as "-ing" or bare: "hiking" and "hike" → hik, "climbing" → climb, "running" → run. */
function stemOf(word: string): string {
  return word.replace(/ing$/, "").replace(/e$/, "").replace(/([bdgmnprt])\1$/, "$1");
}

/** Two counts of one value that give the size of one party, named by one activity, in one story (see the header). */
export function onePartySize(a: Claim, b: Claim): boolean {
  if (a.story === undefined || a.story !== b.story) return false;
  const act = partyActivityOf(a);
  return act !== null && act === partyActivityOf(b);
}

/** Two counts of one party's size that state one number (the frames may count "person" in one and nothing in the other). */
export function onePartyOfOneSize(a: Claim, b: Claim): boolean {
  const [va, vb] = [a.value, b.value];
  return va.type === "quantity" && vb.type === "quantity" && va.nominal !== null && va.nominal === vb.nominal && onePartySize(a, b);
}
