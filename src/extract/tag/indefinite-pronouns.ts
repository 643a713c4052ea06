/**
 * Indefinite pronouns the model reads as verbs or names: "everything", "nothing", "someone",
 * "anybody", "no one"'s "one" aside. "proud of everything the team did" tags "everything" as a
 * verb, and a verb there gives a figure or a date later in the sentence a predicate it does not
 * have; a capitalized one opening a sentence ("Everything changed in May") is no proper name
 * either. Such a word is a pronoun wherever it stands (its lemma is itself).
 * Must: "everything" in "proud of everything the team did", "Everything" opening a sentence,
 * "nothing", "someone", "anybody". Must not: "thing", "every", "none" (a determiner or a noun,
 * left as the model read them), a word that merely starts so ("somewhat", "anyway").
 */
import type { TaggedToken } from "../../types.js";
import { lengthGate } from "./word-lengths.js";

/** The words an indefinite pronoun opens with, and those it ends with: "every" + "thing". */
export const INDEFINITE_FIRST: readonly string[] = ["every", "some", "any", "no"];
export const INDEFINITE_LAST: readonly string[] = ["thing", "one", "body"];
const INDEFINITE = new RegExp(`^(?:${INDEFINITE_FIRST.join("|")})(?:${INDEFINITE_LAST.join("|")})$`, "i");
/**
 * Whether a word is of the length of one of those ("noone" to "everything"): INDEFINITE matches
 * ASCII letters only (a case-insensitive match without the u flag maps no other character to
 * them), one character each, so a word of another length is passed over unread.
 */
export const mayBeIndefinite = lengthGate(INDEFINITE_FIRST, INDEFINITE_LAST);

export function retagIndefinitePronouns(tokens: TaggedToken[]): void {
  for (const t of tokens) {
    if (t.pos === "PRON" || !mayBeIndefinite(t.text) || !INDEFINITE.test(t.text)) continue;
    t.pos = "PRON";
    t.lemma = t.text.toLowerCase();
  }
}
