/**
 * The noun phrase after a count's "of" ("17 of the hijacked ships", "two of their wounded men") or
 * joined to it by "and" ("the ships and their crew") runs over a past participle and a possessive
 * pronoun before its noun, so the verb its whole takes is found after it: "At least 17 of the
 * hijacked ships and their crew are still held" holds 17 ships. Before, the phrase stopped at "of"
 * (or "and"), and the count took no verb at all.
 * Must run on: "of the hijacked ships", "and their crew", "of its stolen cars". Must not: "of the
 * ships hijacked" (the participle after the noun: the phrase has ended), "of them" (a pronoun that
 * is the whole, read by counted.ts), "of the seized" (no noun after the participle), "of her
 * sister's children" (a possessive noun: the partitive's own reading in counted.ts takes it).
 */
import type { TaggedToken } from "../../types.js";

const POSSESSIVE = /^(?:their|its|his|her|our|my|your)$/i;

/** Whether the token at `j` is a participle or a possessive pronoun before the phrase's noun. */
export function inPartitivePhrase(tokens: readonly TaggedToken[], j: number): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  if (!t || !next) return false;
  // (not before a noun that is itself a possessive: "five of her sister's children" — counted.ts reads those)
  if (t.pos === "PRON" && POSSESSIVE.test(t.text)) return (next.pos === "NOUN" || next.pos === "ADJ" || next.pos === "VERB") && !/^['’]s?$/.test(tokens[j + 2]?.text ?? "");
  return t.pos === "VERB" && /^\p{Ll}{3,}(?:ed|en)$/u.test(t.text) && next.pos === "NOUN";
}
