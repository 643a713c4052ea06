/**
 * The noun a bare count leaves out in a sentence with no verb, which the sentence before names
 * after its own last figure: "Ortiz set the mark in 2019 with 41 goals. Before her? Lind in 1990
 * with 38." (38 goals). A list or an answer written as a fragment gives the noun once, as a
 * sentence's later count does within it (frames/elided-noun.ts); the sentence that names it may be
 * one or two sentences back (past a question with no figure).
 *
 * Must read: "Lind in 1990 with 38." after "… with 41 goals." (goal). Must not read a count of a
 * sentence with a verb ("Lind scored 38."), a count before a word of its own ("Lind with 38
 * caps."), a year ("Lind in 1990."), nor a count when no sentence of the two before names a noun
 * after its last figure, nor a number that opens its sentence ("2." of a numbered list).
 */
import type { TaggedToken } from "../types.js";
import type { Reading } from "./frames/index.js";

/** What may follow a bare count: the end of the fragment. */
const END = /^[.!?;)]$/;

/** The noun the last figure of a sentence's readings counts, written after it; null when none. */
export function nounAfterLastFigure(readings: readonly Reading[]): string | null {
  const last = readings.filter((r) => !r.notAClaim && r.value.mention.kind === "quantity").at(-1);
  return last && last.counted !== null && last.countedAt > last.value.last ? last.counted : null;
}

/** Gives a fragment's bare counts the noun `noun` (see the header). */
export function fragmentNoun(tokens: readonly TaggedToken[], readings: readonly Reading[], noun: string): void {
  // (a capitalized word inside the sentence is a name, whatever its tag: "Manning", "Fielding")
  if (tokens.some((t, i) => (t.pos === "VERB" || t.pos === "AUX") && !(i > 0 && /^\p{Lu}/u.test(t.text)))) return;
  for (const r of readings) {
    // (a count that opens the fragment is a list's number or a heading's: "2.", "8. Trade")
    if (r.value.first === 0 || !tokens.slice(0, r.value.first).some((t) => /\p{L}/u.test(t.text))) continue;
    if (r.notAClaim || r.counted !== null || r.value.mention.kind !== "quantity") continue;
    const v = r.value.mention.value;
    if (!v || v.type !== "quantity" || v.unit !== "" || v.min === null || v.min !== v.max || !Number.isInteger(v.min)) continue;
    if (!/^\d{1,3}(?:,\d{3})*$/.test(r.value.mention.text) || (v.min >= 1900 && v.min <= 2100 && !/,/.test(r.value.mention.text))) continue;
    const next = tokens[r.value.last + 1];
    if (next !== undefined && !END.test(next.text)) continue;
    r.counted = noun;
  }
}
