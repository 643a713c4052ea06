/**
 * Words that open a clause of its own inside a sentence — a complement clause ("said that it was
 * under fire from two ships"), a relative clause ("the crew, who later sailed two boats") or a
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
 * A relative clause whose only verb is a form of "be" right after its pronoun ("the two guards
 * hurt, who were 31 and 44 years old", "the crew seized, who were 12 in all") says what its
 * antecedent is: the count is the antecedent's, and so is the verb before it (hurt, seized); the
 * walk goes on. Not so a "that" clause with a subject of its own ("that it was 12 miles off"), nor a
 * relative clause with a verb of its own ("who later sailed two boats").
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
  if (describesAntecedent(tokens, i, value)) return false;
  if (/^that$/i.test(w)) return t.pos === "SCONJ" || t.pos === "PRON";
  if (/^because$/i.test(w)) return tokens[i + 1]?.text.toLowerCase() !== "of";
  if (ALWAYS.test(w)) return true;
  return AS_CONJUNCTION.test(w) && t.pos === "SCONJ";
}

/** Relative pronouns that are the subject of their clause: "who were 12", "which was two". */
const RELATIVE_SUBJECT = /^(?:who|which|that)$/i;

/**
 * Whether the token at i is a relative pronoun followed only by forms of "be" and adverbs up to
 * the value ("who were 61", "which is now about 40"): the clause says what its antecedent is
 * (see the module's comment).
 */
function describesAntecedent(tokens: readonly TaggedToken[], i: number, value: number): boolean {
  const t = tokens[i]!;
  if (!RELATIVE_SUBJECT.test(t.text) || (/^that$/i.test(t.text) && t.pos !== "PRON")) return false;
  const between = tokens.slice(i + 1, value);
  return between.length > 0 && between[0]!.pos === "AUX" && between[0]!.lemma === "be" && between.every((u) => (u.pos === "AUX" && u.lemma === "be") || u.pos === "ADV");
}
