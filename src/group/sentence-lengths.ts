/**
 * A length of time told as the length of a court's sentence, whatever verb carries it: "was
 * sentenced to seven years in prison", "received a five-year sentence", "is serving a 12-year
 * term", "got 20 years behind bars" are one kind of happening (the class "sentence" of
 * predicate-classes.ts), so that two reports of one sentence meet however they tell it. Time
 * added to a sentence ("three more years were added to his prison term", "adding two years to her
 * sentence", "another three-year sentence") is a kind of its own ("sentence-added"): it is not
 * the sentence's whole length, and is never set against it.
 *
 * Must be "sentence": "received a five-year sentence", "got 20 years behind bars", "is serving a
 * 12-year term in Leeds", "was jailed for six years in federal prison"; "spent nine years in prison", "served
 * four months in prison" are not (time served: no sentence named).
 * Must be "sentence-added": "three more years were added to his prison term", "adding two years
 * to her sentence", "handed another three-year sentence".
 * Must be neither: "a five-year contract", "the five-year term of the mayor" (no prison or
 * sentence), "jailed on Friday" (a date), "after serving five years".
 */
import type { Claim } from "../types.js";
import { soleWordAt } from "./word-places.js";

/** Units of a length of time a sentence is given in. */
const TERM_UNIT = /^(?:year|month|decade|week|day)$/;

/** Right after the figure: the sentence itself ("-year sentence", "years in prison", "-year prison term", "years behind bars"). */
const TERM_AFTER = /^[\s-]*(?:years?|months?|decades?|weeks?|days?)?\s*(?:(?:prison|jail|custodial|federal|state|mandatory|suspended|life)\s+)?(?:sentences?\b|terms?\b(?!\s+(?:of|as)\s+(?:office|mayor|president|governor|chair))|in\s+(?:(?:federal|state|county)\s+)?(?:prison|jail)\b|behind\s+bars\b|(?:more\s+)?(?:were\s+|was\s+)?added\s+to\s+(?:his|her|their|the)\s+(?:prison\s+|jail\s+)?(?:sentence|term)\b|to\s+(?:his|her|their|the)\s+(?:prison\s+|jail\s+)?(?:sentence|term)\b)/i;

/** Verbs of time served: with only a place of it after the length ("in prison"), the time served, not the sentence given. */
const SERVED = /^(?:serve|spend)$/;
/** The place of a term, not the term's noun: "in prison", "in federal jail", "behind bars". */
const PLACE_OF_TERM = /(?:in\s+(?:(?:federal|state|county)\s+)?(?:prison|jail)|behind\s+bars)$/i;

/** Words that make a length one added to a sentence: "another", "more", "additional", "extra", "added", "adding". */
const ADDED_BEFORE = /\b(?:another|additional|extra|added|adding|adds|add)\s+(?:\S+\s+){0,1}$/i;
const ADDED_AFTER = /^[\s-]*(?:years?|months?)?\s*(?:more\b|(?:were\s+|was\s+)?added\b|to\s+(?:his|her|their|the)\s+(?:prison\s+|jail\s+)?(?:sentence|term)\b)/i;

/** The kind of a sentence's length a claim tells (see the header), or null. */
export function termKind(c: Claim): "sentence" | "sentence-added" | null {
  const v = c.value;
  if (v.type !== "quantity" || c.claimFrame?.counted !== "duration" || !TERM_UNIT.test(v.unit)) return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  const after = c.sentence.slice(at + c.text.length);
  const told = TERM_AFTER.exec(after);
  if (!told) return null;
  // "served four months in prison", "spent nine years behind bars": time served, not the sentence
  if (SERVED.test(c.claimFrame.predicate?.lemma ?? "") && PLACE_OF_TERM.test(told[0])) return null;
  const before = c.sentence.slice(Math.max(0, at - 30), at);
  return ADDED_BEFORE.test(before) || ADDED_AFTER.test(after) ? "sentence-added" : "sentence";
}
