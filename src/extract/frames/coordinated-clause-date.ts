/**
 * A date that opens the second of two clauses joined by a comma and "and" or "but": "Orme was
 * acquitted in 1990, and in May 2004 he admitted the fraud", "She left the band in 1999, but on
 * 3 June 2001 she rejoined it". The date frames the clause after it (its subject and verb), as a
 * date that opens its sentence does, not the verb of the clause before the comma (acquitted, left).
 * Must match those. Must not match a date with no comma before the conjunction ("was hired in 2001
 * and fired in 2003"), a date that does not follow the conjunction right away ("…, and he admitted
 * it in May 2004"), nor a date followed right away by a verb ("…, and in 2004 admitted": that verb
 * is found either way).
 */
import type { TaggedToken } from "../../types.js";

const CONJUNCTION = /^(?:and|but)$/i;
const DATE_PREPOSITION = /^(?:on|in|at|by|during)$/i;
/** Words that open the subject of the clause after the date. */
const SUBJECT_START = /^(?:PRON|PROPN|DET|NOUN|ADJ|NUM)$/;

export function opensCoordinatedClause(tokens: readonly TaggedToken[], first: number, last: number): boolean {
  const at = DATE_PREPOSITION.test(tokens[first - 1]?.text ?? "") ? first - 1 : first;
  if (!CONJUNCTION.test(tokens[at - 1]?.text ?? "") || tokens[at - 2]?.text !== ",") return false;
  return SUBJECT_START.test(tokens[last + 1]?.pos ?? "");
}
