/**
 * A value in the object of a negated verb: "the ministry has not confirmed 40 deaths", "the board
 * didn't close 20 schools", "police never recovered the 3 rifles". The sentence does not state the
 * figure as a fact, whatever the noun that counts it (its predicate may be read from that noun).
 *
 * The walk goes back from the value over the words of its own noun phrase (determiners, adjectives,
 * adverbs, numbers, signs: "the", "some", "$") to the verb, and then over that verb's auxiliaries
 * ("has", "did", "could") to a negator. A preposition, a conjunction or any other word stops it:
 * "did not open until 1990" dates the opening, "did not say whether 200 jobs would go" holds the
 * 200 in a clause of its own. After "did not", the word before the phrase is the verb whatever the
 * tagger made of it ("didn't close" with "close" read as an adjective).
 *
 * A value after "until" or "till" is when the negated thing did happen: "the bridge was not reopened
 * until 1990" says it was reopened in 1990 (notUntil).
 */
import type { TaggedToken } from "../../types.js";
import { NEGATORS } from "./predicate.js";
import { lower } from "./sentence.js";

/** Words of the value's own noun phrase that the walk back to its verb steps over. */
const IN_PHRASE = new Set(["DET", "ADJ", "ADV", "NUM", "SYM"]);
/** How many words of the noun phrase the walk steps over at most. */
const PHRASE_WORDS = 3;
/** How many auxiliaries and adverbs may stand between the negator and the verb ("has not yet confirmed"). */
const AUX_WORDS = 3;

function negator(t: TaggedToken | undefined): boolean {
  return t !== undefined && NEGATORS.has(lower(t)) && lower(t) !== "no";
}

/** The negator, if any, among the auxiliaries just before the verb at `verb`. */
function negatedAt(tokens: readonly TaggedToken[], verb: number): boolean {
  for (let j = verb - 1; j >= Math.max(0, verb - AUX_WORDS); j--) {
    const t = tokens[j]!;
    if (negator(t)) return true;
    if (t.pos !== "AUX" && t.pos !== "PART" && t.pos !== "ADV") return false;
  }
  return false;
}

/** Whether the value whose first word is `first` stands in the object of a negated verb. */
export function inNegatedObject(tokens: readonly TaggedToken[], first: number): boolean {
  let k = first - 1;
  for (let steps = 0; k >= 0 && steps < PHRASE_WORDS && IN_PHRASE.has(tokens[k]!.pos) && !negator(tokens[k]); steps++) k--;
  // "didn't close 20 schools": after do-support the word after the negator is a verb in its base form
  if (negator(tokens[k]) && k + 1 < first && tokens[k + 1]!.pos === "ADJ" && tokens[k - 1]?.pos === "AUX" && tokens[k - 1]!.lemma === "do") return true;
  const verb = tokens[k];
  if (!verb || verb.pos !== "VERB") return false;
  return negatedAt(tokens, k);
}

/** Words of a date's own phrase between "until" and its value ("until the spring of 1990", "until early 1990"). */
const UNTIL_PHRASE = new Set(["DET", "ADJ", "ADV"]);

/** Whether the value whose first word is `first` follows "until" or "till" (over at most two words of its phrase). */
export function notUntil(tokens: readonly TaggedToken[], first: number): boolean {
  let k = first - 1;
  for (let steps = 0; k >= 0 && steps < 2 && UNTIL_PHRASE.has(tokens[k]!.pos); steps++) k--;
  const w = tokens[k] === undefined ? "" : lower(tokens[k]!);
  return w === "until" || w === "till";
}

/**
 * Whether the date whose first word is `first` follows "before" (over at most two words of its
 * phrase): in a forecast, "will not be restored before 12 March" tells the day it is expected, as
 * "not … until 12 March" does (modality.ts reads it so only when the clause is a forecast; "was not
 * seen before 2019" stays negated).
 */
export function notBefore(tokens: readonly TaggedToken[], first: number): boolean {
  let k = first - 1;
  for (let steps = 0; k >= 0 && steps < 2 && UNTIL_PHRASE.has(tokens[k]!.pos); steps++) k--;
  return tokens[k] !== undefined && lower(tokens[k]!) === "before";
}
