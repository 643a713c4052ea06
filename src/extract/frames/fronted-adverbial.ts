/**
 * A fronted adverbial: a phrase that opens its sentence and ends at the sentence's first comma,
 * opened by a preposition, an adverb or a subordinating conjunction ("Over the span of the trial,",
 * "Later that year,", "When the storm hit,"). It tells when, where or how the clause after it
 * happened; it is never part of that clause's subject, so the walk back from a verb to its subject
 * stops at its comma: in "During the length of the strike, Ona Bell wrote 200 letters" the one who
 * wrote is Ona Bell, not "the length of the strike, Ona Bell" (as a list "the team of A, B and C"
 * would read).
 * Must: "Over the span of the trial, Ida Marsh …", "In the wake of the flood, the council …",
 * "Later that year, Ida Marsh …", "When the storm hit, the mayor …". Must not: "The team of Ida
 * Marsh, Ona Bell and Tom Kerr …" (opens with an article: a list), "Ida Marsh, Ona Bell and Tom
 * Kerr …", a comma that is not the sentence's first.
 */
import type { TaggedToken } from "../../types.js";

const OPENING_QUOTE = /^["'“‘(]$/;

/** Whether the comma at `comma` closes a fronted adverbial (see the module's comment). */
export function closesFrontedAdverbial(tokens: readonly TaggedToken[], comma: number): boolean {
  if (tokens[comma]?.text !== ",") return false;
  let k = 0;
  while (k < comma && OPENING_QUOTE.test(tokens[k]!.text)) k++;
  const first = tokens[k];
  if (!first || k >= comma - 1 || (first.pos !== "ADP" && first.pos !== "ADV" && first.pos !== "SCONJ")) return false;
  for (let i = k + 1; i < comma; i++) if (tokens[i]!.text === "," || tokens[i]!.text === ";") return false;
  return true;
}
