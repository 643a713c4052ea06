/**
 * "took 23 into custody", "five were taken into custody", "held 12 in custody": a count with no
 * noun of its own that a verb of taking puts into custody counts people, and the happening is an
 * arrest, as "arrested 23" tells it. Before, the bare count counted nothing and its verb was the
 * light "take", so it met no other report of the arrests.
 * Must read: "took 23 into custody" (person, arrest), "Nine were taken into custody" (person,
 * arrest, passive). Must not: "took 23 boxes into custody" (a noun of its own: its noun counts),
 * "took 2 hours" (no custody), "23 in custody" keeps its verb (no verb of taking).
 */
import type { TaggedToken } from "../../types.js";
import { lower } from "./sentence.js";

/** Whether the words right after `last` are "into custody", or a passive verb of taking and "into custody" ("were taken into custody"). */
export function intoCustodyAfter(tokens: readonly TaggedToken[], last: number): boolean {
  if (custodyAt(tokens, last + 1)) return true;
  let k = last + 1;
  while (tokens[k] && (tokens[k]!.pos === "AUX" || tokens[k]!.pos === "ADV") && k <= last + 3) k++;
  return k > last + 1 && tokens[k]?.lemma === "take" && custodyAt(tokens, k + 1);
}

const custodyAt = (tokens: readonly TaggedToken[], k: number): boolean => lower(tokens[k]) === "into" && lower(tokens[k + 1]) === "custody";

/** Whether the verb at `at` is a verb of taking whose count goes "into custody" (see the module's comment). */
export function takenIntoCustody(tokens: readonly TaggedToken[], at: number, last: number): boolean {
  if (tokens[at]?.lemma !== "take") return false;
  // "took 23 into custody" (the count right after the verb), "23 were taken into custody"
  return (at < last && at >= last - 4 && custodyAt(tokens, last + 1)) || (at > last && at <= last + 4 && custodyAt(tokens, at + 1));
}
