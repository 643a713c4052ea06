/**
 * Words that open a clause of its own inside a sentence — a complement clause ("said that it was
 * under fire from two ships"), a relative clause ("the crew, who were 12 in all") or a
 * subordinate clause ("left because there were 40 people waiting", "when there were 3 boats
 * left") — so the walk back from a value to the verb it completes stops there. The clause's verb
 * (or its "be", which names no happening) is the value's; the verb before the opening word
 * belongs to the clause around it: in "the mill sent a message that it was being attacked by 40
 * men" the 40 did not send anything.
 * Must stop at: "that" read as a conjunction or a pronoun ("reported that there were 12",
 * "a message that it was under attack from two boats"), "which", "who", "whom", "whose", "where",
 * "because" (not "because of"), "when", "whenever", "while", "whether", "if", "unless", and
 * "after", "before", "since", "until", "once" read as conjunctions ("after there were 3 left").
 * Must not stop at: "that" as a determiner ("bought that 40-acre farm"), "after", "before",
 * "since" as prepositions ("killed 3 after the match", "since 2019"), "because of", nor at a word
 * with no verb between it and the value. Read for counts only: a date's walk reads the happening
 * it dates in its own ways.
 */
import type { TaggedToken } from "../../types.js";

/** Words that open a clause whatever the tagger reads them as. */
const ALWAYS = /^(?:which|who|whom|whose|where|because|when|whenever|while|whether|if|unless)$/i;
/** Words that open a clause only as conjunctions: as prepositions they head a phrase of the clause. */
const AS_CONJUNCTION = /^(?:after|before|since|until|till|once)$/i;

/**
 * Whether the token at i opens a clause of its own that holds a verb or an auxiliary before the
 * value at `value` (see the module's comment): with none, the word opens no clause around the
 * value ("since its start in May", "that 40-acre farm" as a tagger may read them).
 */
export function opensOwnClause(tokens: readonly TaggedToken[], i: number, value: number): boolean {
  const t = tokens[i];
  if (!t || !tokens.slice(i + 1, value).some((u) => u.pos === "AUX" || u.pos === "VERB")) return false;
  const w = t.text;
  if (/^that$/i.test(w)) return t.pos === "SCONJ" || t.pos === "PRON";
  if (/^because$/i.test(w)) return tokens[i + 1]?.text.toLowerCase() !== "of";
  if (ALWAYS.test(w)) return true;
  return AS_CONJUNCTION.test(w) && t.pos === "SCONJ";
}
