/**
 * A count inside a prepositional phrase set off by commas right after its clause's subject: "The
 * raiders, in four vans, were trying to reach the depot", "The rowers, with 12 oars, set off at
 * dawn". The phrase tells how the subject did what the clause says: the count belongs to the
 * clause's verb (were trying, set off) and subject, which the phrase's closing comma is followed by.
 * Must: "The raiders, in four vans, were trying …" (the comma after "vans" closes it), "The crews,
 * aboard two tugs, pulled …", "Ana Ruiz, with three friends, walked …". Must not: "They came in
 * four vans, and left …" (no comma opens the phrase after a subject), "The raiders, four men in
 * all, …" (no preposition: an apposition, read by the predicate walk), "two men, between 30 and
 * 40 years old, working …" (an age range: no phrase that carries them), "The raiders, in four
 * vans and a lorry that broke down, …" (a verb inside: not a bare phrase), a phrase that runs to
 * the clause's end.
 */
import type { TaggedToken } from "../../types.js";

/** Words that may stand between the preposition and the count: "in the four vans", "on their two boats". */
const DETERMINER = /^(?:the|their|its|his|her|our|some|about|around|nearly|almost|just|over)$/i;
/**
 * Prepositions of a phrase that carries or accompanies the subject ("in four vans", "aboard two
 * tugs", "with three friends"); not "between 30 and 40 years old", "of", "from", "for", which
 * give a range, a part or a source.
 */
const CARRYING = /^(?:in|on|aboard|onboard|inside|with|atop)$/i;
/** How far the closing comma may stand after the count (adjectives and a compound noun). */
const REACH = 5;

/**
 * The index of the comma that closes a prepositional phrase holding the value (first … last, its
 * counted noun ending at `phraseEnd`) and set off after a noun, when a verb or an auxiliary follows
 * it; else null.
 */
export function appositivePhraseEnd(tokens: readonly TaggedToken[], first: number, phraseEnd: number): number | null {
  let k = first - 1;
  while (k >= 0 && DETERMINER.test(tokens[k]!.text) && k > first - 3) k--;
  if (tokens[k]?.pos !== "ADP" || !CARRYING.test(tokens[k]!.text) || tokens[k - 1]?.text !== ",") return null;
  const head = tokens[k - 2];
  if (!head || (head.pos !== "NOUN" && head.pos !== "PROPN")) return null;
  for (let c = phraseEnd + 1; c < tokens.length && c <= phraseEnd + REACH; c++) {
    const t = tokens[c]!;
    if (t.text === ",") {
      const next = tokens[c + 1];
      return next && (next.pos === "AUX" || next.pos === "VERB") ? c : null;
    }
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "PUNCT" || t.pos === "PRON" || t.pos === "SCONJ") return null;
  }
  return null;
}
