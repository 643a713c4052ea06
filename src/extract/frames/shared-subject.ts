/**
 * Two verbs of one subject joined by "and", with a phrase between ("Reyes was hurt in the opener
 * in August and missed eight games", "Reyes tore a ligament in the opener and missed eight
 * games"): the second verb's subject is the first verb's. Finds that first verb: the nearest
 * finite verb before "and" in its clause. Must match those. Must not match when a subject stands
 * after "and" (then the walk back never reaches "and"), when a comma or a clause end comes first
 * ("Reyes was hurt, and the club missed him": not reached), or when no finite verb is found (a
 * participle alone: "after tearing a ligament and missing eight games"). The first verb's subject
 * is taken only when it opens the sentence (opensItsSentence): a subject found deeper in a long
 * sentence may be a partitive's whole or a place in an aside ("one of the party has slipped … and
 * has fallen", "a climber of Leeds but living in York, slipped … and fell").
 */
import type { TaggedToken } from "../../types.js";
import { isClauseEnd } from "./sentence.js";

/** How far back from "and" the first verb may stand. */
const REACH = 16;

/** The index of the first verb of "V … and V", for the "and" at `and`; -1 when none. */
export function verbBeforeAnd(tokens: readonly TaggedToken[], and: number): number {
  for (let j = and - 1; j >= 0 && j >= and - REACH; j--) {
    const t = tokens[j]!;
    if (isClauseEnd(t) || t.text === "," || t.text.toLowerCase() === "and") return -1;
    if (t.pos === "VERB" && !/ing$/i.test(t.text)) return j;
  }
  return -1;
}

/** Whether the word at `from` opens its sentence (only quotes and brackets before it). */
export function opensItsSentence(tokens: readonly TaggedToken[], from: number): boolean {
  for (let k = 0; k < from; k++) if (!/^["'“‘(]$/.test(tokens[k]!.text)) return false;
  return true;
}
