/**
 * "Back" right after a form of "be" tells a return: "Dunn was back for only three games", "she is
 * back in training", "the crews were back at work on Monday" (the predicate "be back", of the
 * return class: group/predicate-classes.ts). Must match those. Must not match "back" as a noun
 * after an article ("was a back for the Otters"), "back" that is no word right after "be" ("was
 * sent back", "was holding back"), or "be" with no "back" ("was out for three games").
 */
import type { TaggedToken } from "../../types.js";

/** Whether the token at `i` is a form of "be" followed by "back". */
export function beBack(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.pos === "AUX" && t.lemma === "be" && tokens[i + 1]?.text.toLowerCase() === "back";
}
