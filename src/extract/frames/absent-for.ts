/**
 * A state of absence told of someone for a count: "he will be unavailable for the last two games",
 * "Ruiz remains ineligible for three matches", "she was absent for 12 sittings". The adjective names
 * no happening of its own; the count is of what the one told of misses, as "he will miss the last
 * two games" says: the predicate is "miss" (a verb the tagger has no reason to see in an adjective).
 * Must: "would be unavailable for the final two games", "is ineligible for three matches", "was
 * absent for 12 sittings", "remains unavailable for two more games". Must not: "unavailable
 * comment for two days" (no "for" right after the adjective), "was available for three games"
 * (present, not absent), "the unavailable two players" (no "be" or "remain" before it), "was
 * unavailable for comment after the three games" (a verb or another phrase between "for" and the count).
 */
import type { TaggedToken } from "../../types.js";

/** Adjectives of someone's absence from what they would take part in. */
const ABSENT = /^(?:unavailable|absent|ineligible)$/i;
/** Verbs of being in a state: "is", "was", "be", "remains", "stayed". */
const STATE = /^(?:be|remain|stay)$/;
/** Words that may stand between "for" and the count: "the team's final two", "his next three". */
const BEFORE_COUNT = new Set(["DET", "ADJ", "PRON", "PROPN", "NOUN", "PART", "ADV"]);
/** How many words may stand between "for" and the count. */
const REACH = 5;

/** Whether the token at i is an adjective of absence after "be" or "remain", with "for" after it leading to the count at `value`. */
export function absentFor(tokens: readonly TaggedToken[], i: number, value: number): boolean {
  if (!ABSENT.test(tokens[i]?.text ?? "") || tokens[i + 1]?.text.toLowerCase() !== "for") return false;
  if (value - (i + 2) > REACH || value < i + 2) return false;
  for (let k = i + 2; k < value; k++) {
    const t = tokens[k]!;
    if (!BEFORE_COUNT.has(t.pos)) return false;
  }
  let k = i - 1;
  while (k >= 0 && tokens[k]!.pos === "ADV") k--;
  const verb = tokens[k];
  return verb !== undefined && STATE.test(verb.lemma);
}
