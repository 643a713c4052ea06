/**
 * "Hold … to ransom", "keep … for ransom", "held captive for ransom": the words after the object
 * say why someone is held, and "ransom" there is no verb of the count. A tagger reads "to ransom"
 * as an infinitive, and the count before it ("hold 30 sailors to ransom") took ransoming as its
 * predicate, apart from every other report of people held. The count is the holding verb's object
 * (predicate.ts reads the verb before it instead).
 * Must read as the idiom: "still hold 40 sailors to ransom", "kept 12 crew for ransom", "are
 * holding five ships to ransom". Must not: "plan to ransom the two boys" (no verb of holding
 * before), "a ransom of $2 million" (a noun), "held 30 men and demanded ransom" (no "to"/"for").
 */
import type { TaggedToken } from "../../types.js";
import { isClauseEnd, lower } from "./sentence.js";

const HOLDING = /^(?:hold|keep|detain)$/;

/** Whether the word at `i` is the "ransom" of "hold … to ransom" (see the module's comment). */
export function heldToRansom(tokens: readonly TaggedToken[], i: number): boolean {
  if (lower(tokens[i]) !== "ransom" || !/^(?:to|for)$/.test(lower(tokens[i - 1]))) return false;
  for (let k = i - 2; k >= 0 && k >= i - 14 && !isClauseEnd(tokens[k]); k--) {
    const t = tokens[k]!;
    if ((t.pos === "VERB" || t.pos === "AUX") && HOLDING.test(t.lemma)) return true;
  }
  return false;
}
