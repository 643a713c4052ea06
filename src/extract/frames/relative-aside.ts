/**
 * A relative clause set off by commas inside the clause a fronted date frames: "In a press
 * conference at 16:15, Ann Reid, the head of Varn Motors, which filed for bankruptcy earlier
 * today, outlined a plan". The date is the press conference's, told with the clause's own verb
 * ("outlined"); the verb of the relative clause ("filed") tells what its antecedent did at
 * another time, so the search for the clause's verb passes over it, from its opening comma to the
 * comma that closes it. A relative clause that runs to the end of the clause closes nothing: the
 * clause's verb, if any, stood before it.
 * Must: ", which filed for bankruptcy earlier today," (closed by its comma); ", who was hurt in
 * May," ; ", in which two were hurt,". Must not: ", the head of Varn Motors," (an apposition, no
 * relative word), ", outlined a plan" (a verb), ", when the plan was approved" (a conjunction).
 */
import type { TaggedToken } from "../../types.js";

const RELATIVE = /^(?:where|which|who|whom|whose)$/i;

/** How far a relative clause set off by commas may run before its closing comma, in tokens. */
const REACH = 24;

/** Whether a relative clause opens at token i: "which filed", "who was", "in which". */
function opensRelative(tokens: readonly TaggedToken[], i: number): boolean {
  if (RELATIVE.test(tokens[i]?.text ?? "")) return true;
  return tokens[i]?.pos === "ADP" && RELATIVE.test(tokens[i + 1]?.text ?? "");
}

/**
 * For a comma at `comma` that opens a relative clause: the index of the comma that closes it;
 * -1 when it closes at the clause's end (or beyond REACH); null when no relative clause opens there.
 */
export function relativeAsideEnd(tokens: readonly TaggedToken[], comma: number, isClauseEnd: (t: TaggedToken | undefined) => boolean): number | null {
  if (tokens[comma]?.text !== "," || !opensRelative(tokens, comma + 1)) return null;
  for (let k = comma + 2; k < tokens.length && k <= comma + REACH; k++) {
    if (isClauseEnd(tokens[k])) return -1;
    if (tokens[k]!.text === ",") return k;
  }
  return -1;
}
