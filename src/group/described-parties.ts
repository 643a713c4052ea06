/**
 * A party told by a definite description with a common noun: "the group", "the company", "the
 * country", "the militia", "the regime", "the firm", "the team", "the city", "the rebel movement".
 * News names a party once and then tells it back so ("Orvane Foods was founded in 1962. In 2004
 * the firm bought …"); the description is not a name of its own, so it counts as a party
 * different from the one another report names only through the name its document gave it.
 *
 * Read here: whether a participant's text is such a description (an article or a demonstrative,
 * at most three lower-case words, and a noun of the list; no capital, no possessive, no digit),
 * and whether the name its document gave it (extract/coreference.ts: the one name of its kind)
 * can be taken. It cannot when its own frame gives that very name in another role: "the firm
 * bought the dairy company Palm Dairies" names the only company of its sentence, Palm Dairies, but
 * the buyer is not what it bought; the description was told back to something named before, which
 * its document did not name as a company. Such a description is read as no name at all (neutral):
 * it parts nothing and ties nothing by name, as an unresolved description does.
 *
 * Must be a description: "the group", "the company", "this firm", "the ruling regime", "the
 * country", "the home team". Must not: "the Taliban regime" (a capital: a name), "Orvane Foods",
 * "the group's leader" (a possessive: someone else), "the 3rd team" (a digit), "a company"
 * (indefinite: not told back).
 */
import type { Claim, Participant } from "../types.js";

/** Common nouns that tell back a body, a place or a side named before. */
const DESCRIBING_NOUN = new Set(
  (
    "group company firm country nation state regime government administration militia movement organisation organization " +
    "faction party team club side squad city town village capital province region bank lender insurer carrier airline " +
    "operator retailer manufacturer carmaker automaker chain conglomerate business corporation agency ministry union alliance coalition network outfit"
  ).split(" "),
);

/** "the", "this" or "that", at most three lower-case modifiers, and the noun. */
const DESCRIPTION = /^(?:the|this|that)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}(\p{Ll}+)$/u;

/**
 * The noun of a definite description by a common noun of the list ("the ruling regime" → regime),
 * or null.
 */
export function describingNoun(text: string): string | null {
  const m = DESCRIPTION.exec(text.trim());
  return m && DESCRIBING_NOUN.has(m[1]!) ? m[1]! : null;
}

/** A name as compared here: lower case, words only. */
const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * The name a participant stands for, as partiesOf compares it: the name its document gives it
 * (refersTo), unless it is a definite description by a common noun whose frame gives that name in
 * another role (see the header); then none.
 */
export function referentOf(c: Claim, p: Participant): string | null {
  const name = p.refersTo;
  if (!name) return null;
  if (describingNoun(p.text) === null) return name;
  const own = norm(name);
  const elsewhere = (c.claimFrame?.participants ?? []).some((q) => q !== p && q.role !== p.role && (norm(q.refersTo ?? q.text) === own || norm(q.text).endsWith(` ${own}`)));
  return elsewhere ? null : name;
}
