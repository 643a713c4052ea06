/**
 * The person "who" stands for, when a passive verb's subject is "who" in a clause set off by a
 * comma after a name: "Ivo Marsh, who was signed on Monday", "the keeper Cal Dunn, who has been
 * released". The name is the verb's patient. Must match those. Must not match a "who" with no comma
 * before it ("the man who was signed": its noun is read as before), one after a common noun ("the
 * striker, who was signed"), a subject that is no "who" ("which", "he"), nor an active verb ("Cal
 * Dunn, who joined in May": left to the verb's own reading).
 */
import type { TaggedToken } from "../../types.js";

/** The span of the name before ", who" whose clause's verb is at `at`, or null. */
export function nameBeforeWho(tokens: readonly TaggedToken[], at: number): { from: number; to: number } | null {
  let k = at - 1;
  while (k >= 0 && (tokens[k]!.pos === "AUX" || tokens[k]!.pos === "ADV")) k--;
  if (!tokens.slice(k + 1, at).some((t) => t.pos === "AUX" && t.lemma === "be")) return null;
  if (tokens[k]?.text.toLowerCase() !== "who" || tokens[k - 1]?.text !== ",") return null;
  const to = k - 2;
  let from = to;
  while (from >= 0 && tokens[from]!.pos === "PROPN" && /^\p{Lu}/u.test(tokens[from]!.text)) from--;
  return from === to ? null : { from: from + 1, to };
}

/**
 * The person "who" stands for as the doer of an active verb, in a clause set off by a comma after a
 * name, where the figure follows the verb with no name between them: "the board appointed Ivo Marsh, who
 * stayed for 40 games", "Cal Dunn, who scored 12 points". Must match those. Must not match "that" or
 * "which" ("the fighter that floored Orme to win the title": "that" may be anyone's), a name between
 * the verb and the figure ("Cal Dunn, who beat Ivo Marsh 6-2": the figure is the match's, with two
 * sides), a common noun before the comma ("the coach, who lasted 40 games"), nor "who" with no comma.
 */
export function nameBeforeWhoDoing(tokens: readonly TaggedToken[], at: number, valueFirst: number): { from: number; to: number } | null {
  if (valueFirst <= at || tokens.slice(at + 1, valueFirst).some((t) => t.pos === "PROPN" || /^\p{Lu}/u.test(t.text))) return null;
  let k = at - 1;
  while (k >= 0 && tokens[k]!.pos === "ADV") k--;
  if (tokens[k]?.text.toLowerCase() !== "who" || tokens[k - 1]?.text !== ",") return null;
  const to = k - 2;
  let from = to;
  while (from >= 0 && tokens[from]!.pos === "PROPN" && /^\p{Lu}/u.test(tokens[from]!.text)) from--;
  return from === to ? null : { from: from + 1, to };
}
