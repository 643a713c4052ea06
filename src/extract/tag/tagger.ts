/**
 * The tagger: a sentence → its tokens with offsets, part of speech (Universal Dependencies tags)
 * and lemma, by wink-nlp with its English lite model. Run only on sentences
 * that hold a value, once per sentence; every frame component of the sentence reads the same
 * tokens. The model is loaded on first use (about 70 ms), so runs that tag nothing never pay it.
 *
 * Offsets are found by walking the sentence: each token's text is looked up from the end of the
 * previous one, so they point into the sentence as written (wink's contractions "ca" + "n't" are
 * substrings of "can't").
 */
import { createRequire } from "node:module";
import type { PartOfSpeech, TaggedToken } from "../../types.js";

interface WinkDoc {
  tokens(): { out(f: unknown): unknown[] };
}
interface WinkNlp {
  readDoc(text: string): WinkDoc;
  its: { value: unknown; pos: unknown; lemma: unknown };
}

let nlp: WinkNlp | null = null;

function load(): WinkNlp {
  if (nlp) return nlp;
  const require = createRequire(import.meta.url);
  const winkNLP = require("wink-nlp") as (model: unknown, pipe: string[]) => WinkNlp;
  const model = require("wink-eng-lite-web-model") as unknown;
  // sbd is left out: the caller gives one sentence at a time. So is ner: its entities are read by
  // nothing here, the parts of speech do not depend on them, and it took a third of the tagging.
  return (nlp = winkNLP(model, ["pos"]));
}

const KNOWN_POS = new Set<string>(["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X", "SPACE"]);

export function tagSentence(sentence: string): TaggedToken[] {
  const w = load();
  const doc = w.readDoc(sentence);
  const tokens = doc.tokens();
  const values = tokens.out(w.its.value) as string[];
  const pos = tokens.out(w.its.pos) as string[];
  const lemmas = tokens.out(w.its.lemma) as string[];
  const out: TaggedToken[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const text = values[i]!;
    const at = sentence.indexOf(text, cursor);
    // wink normalizes nothing it keeps as a token value, so a miss is a character it rewrote;
    // such a token keeps the cursor's place with no width rather than a wrong one.
    const start = at < 0 ? cursor : at;
    const end = at < 0 ? cursor : at + text.length;
    cursor = end;
    const tag = pos[i] ?? "X";
    out.push({ text, start, end, pos: (KNOWN_POS.has(tag) ? tag : "X") as PartOfSpeech, lemma: (lemmas[i] ?? text).toLowerCase() });
  }
  // A "?" between a word and a number, in mid-sentence, is a currency sign that an encoding lost
  // ("to lend? 22.4bn to Greece", "agreeing a? 110-billion bailout"): a symbol, not a question's end.
  for (let i = 1; i < out.length - 1; i++) {
    const t = out[i]!;
    if (t.text === "?" && out[i + 1]!.pos === "NUM" && /^\d/.test(out[i + 1]!.text) && out[i + 1]!.start - t.end <= 1 && /\p{L}/u.test(out[i - 1]!.text)) t.pos = "SYM";
  }
  // NOTE: wink's tokenizer remembers words it has read: once "IRA's" was read as one word, it stays
  // one word in every later text, where a fresh tokenizer gives "IRA" + "'s". So that a sentence is
  // tagged the same whatever was read before it (and in whichever thread), a possessive is always
  // split here.
  return splitPossessives(out) ?? out;
}

/** Tokens with a possessive "'s" split off ("IRA's" → "IRA", "'s"); null when there is none. */
function splitPossessives(tokens: TaggedToken[]): TaggedToken[] | null {
  const glued = (t: TaggedToken): boolean => t.text.length > 2 && /['’]s$/i.test(t.text);
  if (!tokens.some(glued)) return null;
  const out: TaggedToken[] = [];
  for (const t of tokens) {
    if (!glued(t)) {
      out.push(t);
      continue;
    }
    const cut = t.end - 2;
    const stem = t.text.slice(0, -2);
    out.push({ ...t, text: stem, end: cut, lemma: t.lemma.replace(/['’]s$/i, "") || stem.toLowerCase() });
    out.push({ text: t.text.slice(-2), start: cut, end: t.end, pos: "PART", lemma: "'s" });
  }
  return out;
}
