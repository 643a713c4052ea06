/**
 * "Fire" of a person is a dismissal, not a shooting: "ordered the manager to fire Tam Roe five
 * times", "fired him twice", "fired the coach" tell of someone losing a job; "fired five shots",
 * "fired a rocket", "fired a Kalashnikov" tell of a weapon. A rule whose words hold "fire" as a
 * shooting's verb (rules/shots-fired.yml) must not take a count of the first kind, and the grouping
 * reads its kind of happening as a dismissal (group/predicate-classes.ts). Only counts are read so
 * ("fired him five times", "fired two employees"): a day told with "fire" keeps the topics it had
 * (a frame may read "fire" where the sentence's fire is a blaze: "police were called to a fire").
 *
 * The frame's patient (what the verb acts on) says which: a person when it is a personal pronoun
 * ("him", "them"), a noun of people ("the coach", "two employees": values/quantity/people.ts) or a
 * bare proper name ("Tam Roe", "Roe"; not after "a", "an": "a Kalashnikov" is a weapon's make).
 * Must be a dismissal: "fire Tam Roe", "fired him", "fired the coach", "fired two employees".
 * Must not: "fired five shots", "fired a rocket", "fired a Kalashnikov", "fired at Roe" (no patient),
 * "fired tear gas", a predicate other than "fire".
 */
import type { Participant } from "../types.js";
import { isPersonNoun } from "../values/quantity/people.js";

const PRONOUN = /^(?:him|her|them|me|us|you|himself|herself|themselves)$/i;
/** Nouns of a job's holder that people.ts does not count as people. */
const HOLDER = /^(?:coach(?:es)?|managers?|directors?|chiefs?|executives?|aides?|agents?|secretar(?:y|ies)|assistants?|deputies|deputy|editors?|players?|presidents?|ceos?|teachers?)$/i;
const BARE_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*$/u;

/** Whether a frame's predicate "fire" acts on a person (see the header). */
export function firesSomeone(lemma: string | undefined, participants: readonly Participant[]): boolean {
  if (lemma !== "fire") return false;
  const patient = participants.find((p) => p.role === "patient");
  if (!patient) return false;
  const text = patient.text.trim();
  if (PRONOUN.test(text) || BARE_NAME.test(text)) return true;
  const head = text.split(/\s+/).at(-1) ?? "";
  return HOLDER.test(head) || isPersonNoun(head.toLowerCase(), head);
}
