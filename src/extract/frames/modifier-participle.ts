/**
 * A past participle that opens a noun phrase after a preposition or right after its clause's verb,
 * with a noun after it, describes that noun and is no verb of the clause: "was placed on injured
 * reserve on Friday" dates a placing, not an injury; "placed undrafted rookie Ed Moss on the list"
 * places someone; "charged with attempted murder", "found in stolen cars". News writes such
 * modifiers before lists, statuses and people everywhere ("injured list", "unpaid leave",
 * "undrafted rookie"), and reading them as the clause's verb takes the date away from what happened.
 * Must read as a modifier: "on injured reserve", "on unpaid leave", "placed undrafted rookie",
 * "found abandoned cars". Must not: "to strengthen ties", "to unpaid leave" ("to" may mark an infinitive), "they wounded two
 * men" (a pronoun before it), "had abandoned cars" (an auxiliary), "was injured Friday" (no noun
 * after it), "placed injured" (no noun after), a participle glued to a word before it by a hyphen
 * ("a knee-wrecked season": predicate.ts inGluedModifier reads those), one after a verb whose form
 * does not end in -ed ("saw injured men": left to the plain reading).
 */
import type { TaggedToken } from "../../types.js";

/** Whether the participle at `i` opens a noun phrase after a preposition or a finite verb (see the module's comment). */
export function participleOpensPhrase(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !prev || t.pos !== "VERB" || !/^\p{Ll}+(?:ed|en)$/u.test(t.text) || tokens[i + 1]?.pos !== "NOUN") return false;
  // ("to" may mark an infinitive: "to strengthen ties", "to open talks")
  if (prev.pos === "ADP") return !/^to$/i.test(prev.text);
  // a finite verb takes the phrase as its object: "placed undrafted rookie …", "found abandoned cars"
  return prev.pos === "VERB" && /^\p{Ll}+ed$/u.test(prev.text);
}
