/**
 * Who "he" or "she" is in a sentence that opens with the pronoun and tells a player's figure ("He
 * had 793 yards …", "But she missed six games and scored 40 goals"): the person the sentences
 * before it are about. Read back from the sentence right before: one that opens with a name as its
 * subject ("Ames came into the year as …", "But Ames initially was hurt …") gives that name; one
 * that opens with "he" or "she" itself is about the same person, and the sentence before it is read
 * (three sentences back at most); any other opening (a description, an article, a quote, a
 * possessive, a fronted phrase, a lone capitalized word the document writes nowhere else inside a
 * sentence: "Precision and poise marked his start") gives no one.
 *
 * Kept for the counts of a statistic only (STAT_COUNTED): the group stage takes the name as the
 * figure's holder where the figure's clause is the pronoun's (group/stat-lines.ts).
 * Must: "Ames came into 2019 as the top rusher." before "He had 900 yards." → Ames; "Ames missed
 * six games. He had 400 yards." before "But he had 20 catches." → Ames. Must not: "The club
 * placed Ames on the list." (an article opens it), "Ames's knee is hurt." (a possessive),
 * "“Ames will be back,” Dunn said." (a quote), "Last season it was Ames …" (a fronted phrase).
 */
import { escapeRegExp } from "../values/exec-all.js";
import { wordTable } from "../values/word-table.js";

/** A sentence that opens with "he" or "she" as its subject, past a joining word. */
const OPENS_PRONOUN = /^(?:(?:And|But|Yet|Then|So|Still|Now)\s+(?:he|she)|He|She)\s+\p{Ll}/u;
/** A sentence that opens with a name as its subject, past a joining word, before a word in lower case. */
const OPENS_NAME = /^(?:(?:And|But|Yet|Then|So|Still|Now)\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})(?:,\s+|\s+)\p{Ll}/u;
/** Capitalized words that open a sentence and name no one. */
const NO_NAME = /^(?:And|But|Yet|Then|So|Still|The|A|An|This|That|These|Those|It|They|We|I|You|His|Her|Their|Its|Our|In|On|At|With|After|Before|When|While|As|If|For|Of|By|From|To|Last|Next|Since|During|Despite|Although|Though|Because|There|Here|One|Both|Each|All|Some|Many|Most|No|Only|Even|Also|Meanwhile|However|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** The counts of a statistic (as a frame names what it counts) the antecedent is kept for. */
export const STAT_COUNTED = wordTable<true>({
  yard: true, point: true, touchdown: true, td: true, catch: true, reception: true, pass: true, carry: true, rush: true,
  rebound: true, assist: true, interception: true, sack: true, tackle: true, goal: true,
});

/**
 * Whether the document writes the name's last word capitalized after another word (inside a
 * sentence, or after the name's first word): a lone capitalized word that opens a sentence may be
 * any word ("Precision and poise marked his start"), a name is written so elsewhere too.
 */
function writtenInside(sentences: readonly { text: string }[], name: string): boolean {
  const last = new RegExp(String.raw`\S\s+${escapeRegExp(name.split(/\s+/).at(-1)!)}\b`, "u");
  return sentences.some((s) => last.test(s.text));
}

/** Whether a sentence opens with "he" or "she" as its subject. */
export function opensWithPronoun(sentence: string): boolean {
  return OPENS_PRONOUN.test(sentence);
}

/**
 * The name the sentences before `index` give "he" or "she" (see the header), or null. `sentences`
 * are the document's, in order; the sentence at `index` is the one that opens with the pronoun.
 */
export function personToldBefore(sentences: readonly { text: string }[], index: number): string | null {
  for (let k = index - 1; k >= 0 && k >= index - 3; k--) {
    const text = sentences[k]!.text.trim();
    if (OPENS_PRONOUN.test(text)) continue;
    const m = OPENS_NAME.exec(text);
    if (!m) return null;
    const name = m[1]!;
    if (/['’]s?$/u.test(name) || NO_NAME.test(name.split(/\s+/)[0]!)) return null;
    return writtenInside(sentences, name) ? name : null;
  }
  return null;
}
