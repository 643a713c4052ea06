/**
 * A frame whose verb has a pronoun for its subject ("He served five months", "On 3 May, she
 * pleaded guilty", "until it was sold for $2 million"): the frame reads no agent, yet the sentence
 * says who or what the verb is about — someone or something the text named before — and, in the
 * passive, leaves the agent unsaid. The other names of that sentence ("prosecutors investigating
 * the Keld affair", "Young Ames worked the farm until it was sold") are then no candidates for the
 * agent (participants.ts unnamedAgent), so an agent named in another report ("Ames served four
 * months", "the family sold it") is not taken to be someone else.
 *
 * Read from the sentence as written: he, she, they or it opens a clause (the sentence, or after a
 * comma or a word that joins clauses), and the word after it, past auxiliaries and adverbs, is the
 * frame's verb: it begins as the verb's base form does ("pleaded"/"plead"), or, an irregular form,
 * with its first letter ("sold"/"sell", "began"/"begin") and is no verb of saying ("he said the
 * mill sold …"). Must match and must not match: test/unit/group/pronoun-subject.test.ts.
 */
import type { Claim } from "../types.js";

/** A pronoun that opens a clause, the auxiliaries and adverbs after it, and the next word. */
const PRONOUN_CLAUSE =
  /(?:^|[,;:]\s*|\b(?:and|but|until|when|after|before|because|as|while|since|then|so|that|where|once|if|though|although)\s+)(?:he|she|they|it)\s+((?:(?:has|have|had|was|were|is|are|been|being|be|also|later|then|never|once|only|\p{Ll}+ly)\s+){0,3})(\p{Ll}+)/giu;

/** Forms of verbs of saying and knowing, whose subject is the speaker, not the one who acted. */
const SAYING = /^(?:say|says|said|tell|tells|told|state[sd]?|claim(?:s|ed)?|add(?:s|ed)?|note[sd]?|wr[io]tes?|believe[sd]?|think|thinks|thought|insist(?:s|ed)?|explain(?:s|ed)?|know|knows|knew|learn(?:s|ed|t)?|recall(?:s|ed)?|suggest(?:s|ed)?)$/;

/** Whether a word as written is a form of the verb whose base form is `lemma`. */
function formOf(word: string, lemma: string): boolean {
  if (word.startsWith(lemma.replace(/[ey]$/, ""))) return true;
  // (an irregular form keeps the first letter of its base form; a verb of saying is the pronoun's own)
  return word[0] === lemma[0] && !SAYING.test(word);
}

/** Whether a claim's frame verb has he, she, they or it for its subject in the claim's sentence. */
export function pronounActs(c: Claim): boolean {
  const lemma = c.claimFrame?.predicate?.lemma;
  if (!lemma) return false;
  for (const m of c.sentence.matchAll(PRONOUN_CLAUSE)) if (formOf(m[2]!.toLowerCase(), lemma)) return true;
  return false;
}
