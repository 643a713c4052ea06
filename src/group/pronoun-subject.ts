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
 * comma or a word that joins clauses) before the claim's value, or right after a value that opens
 * the sentence ("On 3 May 1980, he …", "Then, on 3 May, she …": FRONTED), and the word after it, past auxiliaries and adverbs, is the
 * frame's verb: it begins as the verb's base form does ("pleaded"/"plead"), or, an irregular form
 * (short, or with no -ed or -ing), with its first letter ("sold"/"sell", "began"/"begin", "led"/
 * "lead") and is no verb of saying ("he said the mill sold …"). A pronoun of a clause after the
 * value is another clause's subject ("five ships were escorted when it detected …"). Must match
 * and must not match: test/unit/group/pronoun-subject.test.ts.
 */
import type { Claim } from "../types.js";
import { soleWordAt } from "./word-places.js";

/** A pronoun that opens a clause, the auxiliaries and adverbs after it, and the next word. */
const PRONOUN_CLAUSE =
  /(?:^|[,;:]\s*|\b(?:and|but|until|when|after|before|because|as|while|since|then|so|that|where|once|if|though|although)\s+)(he|she|they|it)\s+((?:(?:has|have|had|was|were|is|are|been|being|be|also|later|then|never|once|only|\p{Ll}+ly)\s+){0,3})(\p{Ll}+)/giu;

/**
 * What may stand before a value that opens the sentence's fronted phrase: a short phrase with no
 * comma ("On ", "Early on "), after a linking adverb and its comma ("Then, on 9 March, she …",
 * "Later, on Friday, it …"). Not a clause ("After the council voted against the plan for …").
 */
const FRONTED = /^(?:(?:then|later|earlier|afterwards|subsequently|meanwhile|finally|first|next|also|again|however|but|and|so),\s*)?[^,;:]{0,12}$/i;

/** Forms of verbs of saying and knowing, whose subject is the speaker, not the one who acted. */
const SAYING = /^(?:say|says|said|tell|tells|told|state[sd]?|claim(?:s|ed)?|add(?:s|ed)?|note[sd]?|wr[io]tes?|believe[sd]?|think|thinks|thought|insist(?:s|ed)?|explain(?:s|ed)?|know|knows|knew|learn(?:s|ed|t)?|recall(?:s|ed)?|suggest(?:s|ed)?)$/;

/** Whether a word as written is a form of the verb whose base form is `lemma`. */
function formOf(word: string, lemma: string): boolean {
  if (word.startsWith(lemma.replace(/[ey]$/, ""))) return true;
  // (an irregular form keeps the first letter of its base form; a verb of saying is the pronoun's own)
  // (a short one may end in -ed: "led"/"lead", "fled"/"flee"; a longer one in -ed or -ing is regular: "sailed")
  return word[0] === lemma[0] && (word.length <= 4 || !/(?:ed|ing)$/.test(word)) && !SAYING.test(word);
}

/** Whether a claim's frame verb has he, she, they or it for its subject in the claim's sentence. */
export function pronounActs(c: Claim): boolean {
  return actingPronoun(c) !== null;
}

/** The pronoun (he, she, they or it, in lower case) that is the subject of a claim's frame verb in its sentence; null for none. */
export function actingPronoun(c: Claim): string | null {
  const lemma = c.claimFrame?.predicate?.lemma;
  if (!lemma) return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  const end = at + c.text.length;
  for (const m of c.sentence.matchAll(PRONOUN_CLAUSE)) {
    const pronoun = m.index + m[0].search(/\b(?:he|she|they|it)\s/i);
    // before the value, or right after a value that opens the sentence's fronted phrase
    const placed = pronoun < at || (FRONTED.test(c.sentence.slice(0, at)) && /^[\s,]*$/.test(c.sentence.slice(end, pronoun)));
    if (placed && formOf(m[3]!.toLowerCase(), lemma)) return m[1]!.toLowerCase();
  }
  return null;
}
