/**
 * A comma, "and", "but" or "while" followed by a noun phrase and a finite verb opens a clause with a
 * subject and a verb of its own: in "the Kelso 50 fell 30 points, the Orvik index was up nearly
 * nine points and the Tessaly fell 2%", the nine points are the Orvik index's, told by its own
 * "was up", and take nothing from "fell" or the Kelso 50 before the comma. A count after such an
 * opening belongs to that clause: the walk back from it to a verb stops there (its clause's verb,
 * a form of "be" that names no happening, is passed on the way back before the opening is met).
 * Must stop at: ", the wind was up to 40 mph", "and the Orvik index was up nine points", ", its
 * shares were 12% higher", "but the club is now 4 points clear". Must not stop at: "killed 3 and
 * injured 12" (no subject: a verb shared with the clause before), "shooting three people, killing
 * one" (a participle), "surged 120 points, the biggest gain in a year, to 4,000" (an apposition: no
 * finite verb), "lost $5 million, analysts said, on sales of $40 million" (a verb of saying set in
 * the clause: attribution, not a clause of the count's own), "seized the crew, who were 12 in all" (a
 * relative clause: clause-opening.ts reads it).
 */
import type { TaggedToken } from "../../types.js";
import { REPORTING } from "./sentence.js";

/** Words that join a clause of its own to the clause before it. */
const JOINER = /^(?:,|and|but|while|whilst)$/i;
/** Relative words: the clause they open is read in clause-opening.ts ("the crew, who were 12 in all"). */
const RELATIVE = /^(?:who|whom|whose|which|that|where|when)$/i;
/** Parts of speech a noun phrase is made of, up to its head. */
const PHRASE_PART = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON", "PART"]);
/** Parts of speech that may head a subject. */
const HEAD = new Set(["NOUN", "PROPN", "PRON"]);

/**
 * Whether the token at i joins a clause whose subject and finite verb stand between it and the
 * count at `value` (see the module's comment).
 */
export function opensSubjectClause(tokens: readonly TaggedToken[], i: number, value: number): boolean {
  if (!JOINER.test(tokens[i]?.text ?? "") || RELATIVE.test(tokens[i + 1]?.text ?? "")) return false;
  let j = i + 1;
  let head = false;
  while (j < value && PHRASE_PART.has(tokens[j]!.pos) && !JOINER.test(tokens[j]!.text)) {
    if (HEAD.has(tokens[j]!.pos)) head = true;
    j++;
  }
  if (!head) return false;
  while (j < value && tokens[j]!.pos === "ADV") j++;
  const verb = tokens[j];
  if (j >= value || !verb) return false;
  if (verb.pos === "AUX") return true;
  return verb.pos === "VERB" && !/ing$/i.test(verb.text) && !REPORTING.has(verb.lemma);
}
