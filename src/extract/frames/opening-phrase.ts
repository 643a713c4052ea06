/**
 * A date that opens its clause right after an opening phrase set off by a comma: "With Ivo hurt,
 * last week the club signed a back", "In a statement, on Monday the firm said …", "“ With Ivo,
 * last week during practice he had a setback ”". The date frames the clause after it, as a date
 * that opens its sentence does. Must match those. Must not match a phrase with a verb of its own
 * before the comma ("When Ivo fell, last week …" opens with a conjunction; "The club said, last
 * week …": a clause), nor a date that does not follow the comma right away.
 */
import type { TaggedToken } from "../../types.js";

const OPENING_QUOTE = /^["'“‘(]$/;

/** A preposition a date may open with: "on Monday", "in May". */
const DATE_PREPOSITION = /^(?:on|in|at|by)$/i;

export function afterOpeningPhrase(tokens: readonly TaggedToken[], date: number): boolean {
  const first = DATE_PREPOSITION.test(tokens[date - 1]?.text ?? "") ? date - 1 : date;
  if (tokens[first - 1]?.text !== ",") return false;
  let k = 0;
  while (k < first && OPENING_QUOTE.test(tokens[k]!.text)) k++;
  if (tokens[k]?.pos !== "ADP" || k >= first - 2) return false;
  for (let i = k + 1; i < first - 1; i++) {
    const t = tokens[i]!;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "SCONJ" || t.text === ",") return false;
  }
  return true;
}
