/**
 * One verb, two objects, each with its own day: "signed Ivo Marsh on Monday and Cal Dunn
 * today", "fined the club in May and its coach in June". The second day is the second object's:
 * its patient is the noun phrase between "and" (after the first day) and it, not the verb's first
 * object. Must match those. Must not match a day with no other day before "and" ("signed Marsh
 * and Dunn on Monday": one day for both), nor a clause with a verb of its own after "and"
 * ("signed Marsh on Monday and waived Dunn today": the second verb reads its own object).
 */
import { type FrameSentence, type Reading, lower, valueAt } from "./sentence.js";

/** Words a noun phrase may be made of between "and" and the day. */
const PHRASE_WORD = /^(?:NOUN|PROPN|ADJ|DET|NUM)$/;
const POSSESSIVE = /^(?:its|his|her|their|our|my|your)$/i;
/** A preposition that may stand right before the day: "on Monday", "in June". */
const DAY_PREPOSITION = /^(?:on|in|at|by)$/;

/** The second object's span (from, to) for a day told after it, or null. */
export function coordinatedObject(sentence: FrameSentence, r: Reading): { from: number; to: number } | null {
  const kind = r.value.mention.kind;
  if (kind !== "date" && kind !== "time") return null;
  const { tokens } = sentence;
  let to = r.value.first - 1;
  if (DAY_PREPOSITION.test(lower(tokens[to]))) to--;
  let from = to;
  while (from >= 0 && (PHRASE_WORD.test(tokens[from]!.pos) || POSSESSIVE.test(tokens[from]!.text)) && !valueAt(sentence, from)) from--;
  // (from is now the word before the phrase: it must be "and", right after another day)
  if (from === to || lower(tokens[from]) !== "and") return null;
  const before = valueAt(sentence, from - 1);
  if (!before || before === r.value || before.last !== from - 1) return null;
  const beforeKind = before.mention.kind;
  if (beforeKind !== "date" && beforeKind !== "time") return null;
  return { from: from + 1, to };
}
