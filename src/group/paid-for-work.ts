/**
 * A sum someone takes, accepts or receives for a piece of work is a payment, one kind of
 * happening with "was paid": "she took $4 million to write and direct", "he accepted $2 million
 * for coaching the side", "was given $1 million upfront to star". Outlets tell one fee with any of
 * these verbs (the payer's "paid" or the payee's "took"), and a light verb such as "take" names no
 * kind of happening by itself (predicate-classes.ts LIGHT_PREDICATES), so without this reading
 * the fee told with "took" meets none of the others.
 *
 * Read only for a sum of money after a verb of paying or taking (PAY_OR_TAKE; "given" only in
 * the passive: the one given it is paid) and followed, past at most a few words such as "upfront" or "in
 * all", by a task: "to" and a verb ("to write", "to write (with a co-author) and direct") or
 * "for" and a gerund ("for directing", "for co-writing"). Not a sum taken somewhere ("took $4
 * million to the bank", "to Geneva", "from the vault"), nor one with no task after it ("took in
 * $4 million in its first weekend").
 */
import type { Claim } from "../types.js";
import { soleWordAt } from "./word-places.js";

/**
 * A verb of paying or of taking a sum, up to four words before the figure ("paid Ada Quill $6
 * million", "took a relatively low $6 million", "was given $6 million"): the frame may read the task
 * after the figure as its verb ("paid $6 million to adapt" → adapt), so the verb is read from the text.
 */
const PAY_OR_TAKE = /\b(?:pay|pays|paid|paying|take|takes|took|taken|taking|accept|accepts|accepted|accepting|receive|receives|received|receiving|collect|collects|collected|collecting|pocket|pockets|pocketed|pocketing|given)\s+(?:[\p{L}'’-]+\s+){0,4}$/iu;

/** Words that may stand between the sum and its task: "$4 million upfront to star", "$2 million in all for directing". */
const BETWEEN = /^(?:\s+(?:upfront|up-front|up front|in all|in total|apiece|each|alone|only))?/i;

/** Words after "to" that open a place or a person, not a task: "to the bank", "to his brother", "to 2015". */
const NOT_A_TASK = /^(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|me|us|it|some|any|each|every|date|\d)$/i;

/** The task after the sum: "to" + a lowercase verb, or "for" + a gerund ("for directing", "for co-writing"). */
function taskAfter(rest: string): boolean {
  const m = /^\s+to\s+([a-z][a-z-]*)/.exec(rest);
  if (m) return !NOT_A_TASK.test(m[1]!);
  return /^\s+for\s+(?:[a-z]+-)?[a-z]+ing\b/.test(rest);
}

/** Whether a claim is a sum paid to, taken or accepted by someone for a piece of work. */
export function paidForWork(c: Pick<Claim, "claimFrame" | "sentence" | "text" | "value">): boolean {
  if (c.claimFrame?.counted !== "money" || c.value.type !== "quantity") return false;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0 || !PAY_OR_TAKE.test(c.sentence.slice(Math.max(0, at - 80), at))) return false;
  let rest = c.sentence.slice(at + c.text.length);
  rest = rest.slice((BETWEEN.exec(rest)?.[0] ?? "").length);
  return taskAfter(rest);
}
