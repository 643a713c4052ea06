/**
 * A word in -ing and the word after it, written right before a person's name, are the person's
 * title, not a verb of the clause: "placed running back Tom Ley on the list", "veteran running back
 * Ivo Marsh went on the list", "named acting director Ann Lee", "the club's leading scorer Ana
 * Diaz". A tagger reads "running", "leading", "acting" as verbs there. Must not be: a verb after a
 * preposition, a subordinator, an auxiliary or "to" ("after beating champion Tom Ley", "was
 * calling coach Ivo Marsh", "to meet senator Ann Lee"), nor one whose next-but-one word is no
 * proper name, or is a day or a month ("seen running away Tuesday", "kept running drills Monday").
 */
import type { TaggedToken } from "../../types.js";
import { calendarWords } from "../../values/calendar-words.js";

/** Weekdays and months, which are proper nouns but name no one. */
const CALENDAR_WORD = new RegExp(`^(?:${calendarWords({ forms: "both" })})\\.?$`);

/** Words before a verb that make it one, whatever follows it (a possessive "'s" opens a noun phrase instead). */
const OPENS_VERB = /^(?:ADP|SCONJ|AUX|PRON|CCONJ)$/;
const VERB_PARTICLE = /^(?:to|not|n['’]t|never)$/i;

/** Whether the verb-tagged word at `i` opens a title before a name (see the module's comment). */
export function titleBeforeName(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.pos !== "VERB" || !/^\p{Ll}+ing$/u.test(t.text)) return false;
  const head = tokens[i + 1];
  if (!head || !/^(?:NOUN|ADV|ADJ)$/.test(head.pos) || !/^\p{Ll}+$/u.test(head.text)) return false;
  const name = tokens[i + 2];
  if (!name || name.pos !== "PROPN" || !/^\p{Lu}/u.test(name.text) || CALENDAR_WORD.test(name.text)) return false;
  const prev = tokens[i - 1];
  return prev !== undefined && !OPENS_VERB.test(prev.pos) && !VERB_PARTICLE.test(prev.text);
}
