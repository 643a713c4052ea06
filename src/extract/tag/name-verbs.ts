/**
 * Surnames that are also forms of English verbs, read by the tagger as the verbs: "Felt" (feel),
 * "Manning" (man), "Browning" (brown), "Said" (say), "Hunt", "Cook", "Wade". A frame built on such a
 * token takes the name for the sentence's predicate ("the agency hired Felt in 1942" read as a
 * feeling), and the name is lost as a participant. A capitalized word tagged as a verb is read as
 * a proper noun when the same document uses it as the last word of a person's name:
 *   - a run of two or more capitalized words that ends with it ("Dana Felt", "W. D. Felt", "Mr.
 *     Felt"; proper-names.ts reads the runs), in a sentence written in ordinary case (a line in
 *     headline case, "Residents Felt Tremors For Hours", capitalizes its verbs too), where it ends
 *     one of the names the sentence's actors are read as (actors.ts: a title or a word of an
 *     institution is none, "the Keld Welfare Act", nor a country);
 *   - or the word with an age between commas after it ("Felt, 71,", "Felt, aged 71,").
 * Only a token inside its sentence is read so, or one that opens it before a verb or before a
 * comma ("Felt, 71, said …", "Felt retired …"): a capitalized verb that opens a sentence before
 * its object ("Manning the pumps, the crew …") is a verb whatever the document names. A word the
 * document names no one by stays a verb ("She felt the floor shake"; a headline's "Felt").
 *
 * Only capitalized tokens tagged as verbs are looked into, and the document is searched once per
 * such word, among the sentences that hold it: most documents have none.
 */
import type { TaggedToken } from "../../types.js";
import { sentenceActors } from "../actors.js";
import { properNameRuns } from "../proper-names.js";

const TITLE_CASED = /^\p{Lu}\p{Ll}/u;
const OPENING_PUNCT = /^["'“‘(]$/;
const POSSESSIVE = /['’]s$/;
/**
 * A word of ordinary text: four letters or more, in lower case, and no preposition or conjunction
 * that a headline leaves in lower case ("Crews Battle Blaze with Winds").
 */
const LOWER_WORD = /(?:^|[\s"“‘(])(?!(?:with|from|into|onto|over|after|amid|near|than|that|upon|when|while)\b)\p{Ll}{4,}/u;
/** Whether a token may be a name read as a verb: capitalized, tagged a verb, inside its sentence or opening it before a verb or a comma. */
function mayBeName(tokens: readonly TaggedToken[], i: number, first: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== "VERB" || !TITLE_CASED.test(t.text)) return false;
  if (i > first) return true;
  const next = tokens[i + 1];
  return next !== undefined && (next.pos === "VERB" || next.pos === "AUX" || next.text === ",");
}

/** Whether a sentence is written in ordinary case, not in a headline's capitals: some word of ordinary text is in lower case. */
function ordinaryCase(sentence: string): boolean {
  return LOWER_WORD.test(sentence);
}

/** Whether a run of two words or more ends with `word` (or its possessive). */
function endsWith(words: readonly string[], word: string): boolean {
  return words.length >= 2 && words[words.length - 1]!.replace(POSSESSIVE, "") === word;
}

function escaped(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Whether the document (its sentences) uses `word` as the last word of a person's name: a run of
 * two or more capitalized words ending with it, in a sentence of ordinary case, or the word before
 * an age between commas. Must hold for "Agent Dana Felt retired." and "Felt, 71, said …"; must not
 * for "Officials Felt Tremors For Hours" (headline case; not the run's last word either) nor "She
 * felt it." (no capital).
 */
export function namedAsPerson(word: string, sentences: readonly { text: string }[]): boolean {
  const aged = new RegExp(`(?<![\\p{L}\\p{N}.])${escaped(word)}(?:['’]s)?,\\s*(?:aged\\s+)?\\d{1,3},`, "u");
  const lower = word.toLowerCase();
  for (const s of sentences) {
    if (!s.text.includes(word)) continue;
    if (aged.test(s.text)) return true;
    if (!ordinaryCase(s.text)) continue;
    if (!properNameRuns(s.text).some((run) => endsWith(run.split(/\s+/), word))) continue;
    // the actors' names leave out titles and words of institutions ("the Welfare Act", "the Budget Office"), and countries
    if (sentenceActors(s.text).some((a) => a.startsWith("name:") && a.endsWith(lower) && (a.length === 5 + lower.length || a.charAt(a.length - lower.length - 1) === " "))) return true;
  }
  return false;
}

/**
 * Retag, in each tagged sentence of a document, the capitalized verbs that the document uses as a
 * person's name (see above) as proper nouns, their lemma the word in lower case.
 */
export function retagNamesReadAsVerbs(tagged: readonly TaggedToken[][], sentences: readonly { text: string }[]): void {
  let named: Map<string, boolean> | null = null;
  for (const tokens of tagged) {
    let first = 0;
    while (first < tokens.length && OPENING_PUNCT.test(tokens[first]!.text)) first++;
    for (let i = first; i < tokens.length; i++) {
      if (!mayBeName(tokens, i, first)) continue;
      const t = tokens[i]!;
      named ??= new Map();
      let is = named.get(t.text);
      if (is === undefined) named.set(t.text, (is = namedAsPerson(t.text, sentences)));
      if (!is) continue;
      t.pos = "PROPN";
      t.lemma = t.text.toLowerCase();
    }
  }
}
