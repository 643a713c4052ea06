/**
 * The tagger: a sentence → its tokens with offsets, part of speech (Universal Dependencies tags)
 * and lemma, by wink-nlp with its English lite model. Run only on sentences
 * that hold a value, once per sentence; every frame component of the sentence reads the same
 * tokens. The model is loaded on first use (about 70 ms), so runs that tag nothing never pay it.
 *
 * Offsets are found by walking the sentence: each token's text is looked up from the end of the
 * previous one, so they point into the sentence as written (wink's contractions "ca" + "n't" are
 * substrings of "can't").
 *
 * Every sentence is tagged as by a tagger that has read nothing before it. wink keeps every word
 * outside its lexicon that it has read, with the kind of token it took it for the first time (a
 * number, a word, punctuation) and its spelling features, and reads it that way ever after: once
 * "hit.358" had been read, a later "358 with 13 homers" tagged its "358" as a proper noun, where a
 * fresh tagger says number; a word read whole in one place stayed whole elsewhere. So the outputs
 * would depend on what was read before, in which order and in which thread. After each sentence the
 * model's tables forget what the sentence added (see forget()).
 */
import { createRequire } from "node:module";
import type { PartOfSpeech, TaggedToken } from "../../types.js";
import { isGazetteerName } from "../gazetteer.js";
import { readCoreModel, winkModel } from "./wink-model.js";
import { retagIndefinitePronouns } from "./indefinite-pronouns.js";
import { lengthGate } from "./word-lengths.js";
import { calendarWords, weekdayWords } from "../../values/calendar-words.js";

interface WinkDoc {
  tokens(): { out(f: unknown): unknown[] };
}
interface WinkNlp {
  readDoc(text: string): WinkDoc;
  its: { value: unknown; pos: unknown; lemma: unknown };
}

/** One of the model's tables of values (lexemes, spelling shapes, prefixes, suffixes) that grow as it reads. */
interface WinkFeature {
  hash: Record<string, number>;
  list: string[];
  index: number;
}
interface WinkModel {
  core(): { features: Record<string, Partial<WinkFeature>> };
}

let nlp: WinkNlp | null = null;
/** The growing tables of the loaded model; the lexeme table is the first. */
let tables: WinkFeature[] = [];
/** The lexeme table's size when the model was loaded. */
let loadedLexemes = 0;

/**
 * Lexemes the tagger may leave behind (see forget()) before it is loaded afresh: each takes some
 * 100 bytes, and a fresh load about 100 ms.
 */
const MAX_LEFT_LEXEMES = 100_000;

function load(): WinkNlp {
  if (nlp && tables[0]!.list.length - loadedLexemes < MAX_LEFT_LEXEMES) return nlp;
  const require = createRequire(import.meta.url);
  const winkNLP = require("wink-nlp") as (model: unknown, pipe: string[]) => WinkNlp;
  // core() reads a fresh copy of the model's tables for each instance; keep hold of it.
  let core: ReturnType<WinkModel["core"]> | null = null;
  const model = winkModel(() => (core = readCoreModel() as ReturnType<WinkModel["core"]>));
  // sbd is left out: the caller gives one sentence at a time. So is ner: its entities are read by
  // nothing here, the parts of speech do not depend on them, and it took a third of the tagging.
  nlp = winkNLP(model, ["pos"]);
  const features = (core as ReturnType<WinkModel["core"]> | null)?.features ?? {};
  const growing = (f: Partial<WinkFeature> | undefined): f is WinkFeature => f !== undefined && f.hash !== undefined && Array.isArray(f.list) && typeof f.index === "number";
  if (!growing(features.lexeme)) throw new Error("wink-eng-lite-web-model: no lexeme table in the model");
  tables = [features.lexeme, ...Object.entries(features).flatMap(([name, f]) => (name !== "lexeme" && growing(f) ? [f] : []))];
  loadedLexemes = features.lexeme.list.length;
  return nlp;
}

/**
 * Forget what the last sentence added to the model's tables (their sizes before it: `marks`), so
 * that the next one is read as by a fresh tagger. A new entry is dropped from its table's hash, so
 * the next sentence that meets the value adds it anew, with the kind of token it has there. The
 * lexeme table keeps its list (wink keeps each lexeme's features, out of reach, in an array that
 * runs beside it, so an index must not be given out twice; load() starts afresh when it has grown
 * too long); the other tables are cut back to their sizes.
 */
function forget(marks: readonly number[]): void {
  tables.forEach((t, k) => {
    const mark = marks[k]!;
    for (let i = mark; i < t.list.length; i++) if (t.hash[t.list[i]!] === i) delete t.hash[t.list[i]!];
    if (k > 0) {
      t.list.length = mark;
      t.index = mark;
    }
  });
}

/**
 * A past form whose lemma lost its silent e: "fined" → "fin", "dined" → "din", "caned" → "can".
 * A verb of one syllable ending in one vowel and one consonant doubles that consonant before -ed
 * ("planned", "stabbed"), so "fined" with one n is the past of "fine". Must match fined, dined,
 * caned, piped; must not match planned, jailed, visited, fixed, played, showed.
 */
function silentE(text: string, lemma: string): string {
  // (compared in place: no "<lemma>ed" is built for every token; and a word that does not end in
  // "ed" is not lower-cased for it, most words)
  if (!endsInEd(text)) return lemma;
  const w = text.toLowerCase();
  if (w.length !== lemma.length + 2 || !w.endsWith("ed") || !w.startsWith(lemma) || !/^[^aeiouy]*[aeiou][b-df-hj-np-tvz]$/.test(lemma)) return lemma;
  return `${lemma}e`;
}

/**
 * Whether `text` lower-cased ends in "ed", read from its last two characters: "e" or "E", then "d"
 * or "D". No other character lower-cases to anything that ends in a "d" or an "e" (test/unit/extract/
 * silent-e.test.ts reads every code point), so the lower-cased word need not be made to tell.
 * Must match "fined", "DINED", "piPeD"; must not match "fine", "end", "d", "", "ed." nor "edd".
 */
export function endsInEd(text: string): boolean {
  const n = text.length;
  if (n < 2) return false;
  const d = text.charCodeAt(n - 1);
  const e = text.charCodeAt(n - 2);
  return (d === 100 || d === 68) && (e === 101 || e === 69);
}

/**
 * Tests of a token's spelling that the retagging below asks of every token, written once here: an
 * expression with \p{…} written inside a function is built anew by the bundle on every call.
 */
const A_LETTER = /\p{L}/u;
const LOWER_FIRST = /^\p{Ll}/u;
const TITLE_CASED = /^\p{Lu}\p{Ll}/u;
const LOWER_PLURAL = /^\p{Ll}+s$/u;
const LOWER_PRESENT = /^\p{Ll}+[^s]s$/u;

const KNOWN_POS = new Set<string>(["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X", "SPACE"]);

/**
 * Capitals that are emphasis, not names: local reports set the first words of a story in capitals
 * ("A LARGE fire broke out", "FIRE crews were called", "THE council has voted"). A run of words in
 * capitals at the start of a sentence, each of four letters or more and a word of the lexicon,
 * followed by a word in lower case, is read as if written in lower case (the first letter of the
 * sentence kept): the frame pass tags and reads frames from the sentence so written, whose offsets
 * are the original's, since only the case changes. Must match those; must
 * not match "NATO troops crossed" (a name of the gazetteer), "US troops" (two letters), "POLICE
 * SAY FIVE HURT" (a line in capitals: no word in lower case follows).
 */
export function unshout(sentence: string): string {
  const m = /^((?:(?:A|AN|THE)[ \t]+)?)((?:[A-Z]{4,}[ \t]+){0,2}[A-Z]{4,}|(?<=^(?:AN|THE)[ \t]+))(?=[ \t]+[a-z]|(?<=^(?:AN|THE)[ \t]+)[a-z])/.exec(sentence);
  if (!m || (m[2] === "" && m[1] === "")) return sentence;
  const words = m[2] === "" ? [] : m[2]!.split(/[ \t]+/);
  if (!words.every((x) => inLexicon(x) && !isGazetteerName(x))) return sentence;
  const lead = m[1]!;
  const run = m[2]!.toLowerCase();
  const fixed = lead === "" ? run[0]!.toUpperCase() + run.slice(1) : lead[0] + lead.slice(1).toLowerCase() + run;
  return fixed + sentence.slice(fixed.length);
}

/**
 * Contractions written with spaces around the apostrophe, as some feeds print them ("they wouldn ’ t
 * score", "she didn ' t go", "we ’ re told"): the tagger reads "wouldn", "’" and "t" as three nouns
 * and the verb after them as a noun too. Each is read closed up, the spaces it loses put after it
 * ("they wouldn’t   score"), so the sentence keeps its length and every word after it its offset,
 * as unshout keeps them. Must match: "n ’ t", "n ' t", "’ re", "’ ve", "’ ll", "’ m", "’ d" after
 * a word (and "’ s" after a word of letters: "the coach ’ s side"). Must not match: a quote closed
 * before a word ("the ‘ old ’ tactics"), a plural possessive ("the Rams ’ coach"), an apostrophe
 * written closed ("wouldn’t", left as it is), "’ t" after no "n" ("it ’ t" is no contraction).
 */
const SPACED_CONTRACTION = /(?<=\p{L})(?:(?<=n) ([’']) (t)|(?<=\p{L}) ([’']) (s|re|ve|ll|m|d))(?![\p{L}\p{N}])/gu;
export function closeSpacedContractions(sentence: string): string {
  if (!sentence.includes(" ’ ") && !sentence.includes(" ' ")) return sentence;
  return sentence.replace(SPACED_CONTRACTION, (_all, q1?: string, t?: string, q2?: string, rest?: string) => `${q1 ?? q2}${t ?? rest}  `);
}

export function tagSentence(sentence: string): TaggedToken[] {
  const w = load();
  const marks = tables.map((t) => t.list.length);
  let values: string[];
  let pos: string[];
  let lemmas: string[];
  try {
    const tokens = w.readDoc(sentence).tokens();
    values = tokens.out(w.its.value) as string[];
    pos = tokens.out(w.its.pos) as string[];
    lemmas = tokens.out(w.its.lemma) as string[];
  } finally {
    forget(marks);
  }
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
    out.push({ text, start, end, pos: (KNOWN_POS.has(tag) ? tag : "X") as PartOfSpeech, lemma: silentE(text, (lemmas[i] ?? text).toLowerCase()) });
  }
  // A "?" between a word and a number, in mid-sentence, is a currency sign that an encoding lost
  // ("to lend? 22.4bn to Greece", "agreeing a? 110-billion bailout"): a symbol, not a question's end.
  for (let i = 1; i < out.length - 1; i++) {
    const t = out[i]!;
    if (t.text === "?" && out[i + 1]!.pos === "NUM" && /^\d/.test(out[i + 1]!.text) && out[i + 1]!.start - t.end <= 1 && A_LETTER.test(out[i - 1]!.text)) t.pos = "SYM";
  }
  retagNounsReadAsVerbs(out);
  // ("proud of everything the team did": a pronoun, no verb: indefinite-pronouns.ts)
  retagIndefinitePronouns(out);
  retagOpeningAdjective(out);
  retagPassiveParticiples(out);
  retagDatedParticiples(out);
  retagPresentVerbsBeforeDays(out);
  retagIrregularPasts(out);
  retagPastsAfterSubjectPronouns(out);
  retagPastsReadAsNouns(out);
  retagDatesBackTo(out);
  retagSayingAfterNames(out);
  retagPluralsAfterCounts(out);
  lemmatizePrefixedPasts(out);
  // A possessive is always split from its word: the tokenizer keeps "IRA's" whole where it split it
  // off punctuation ("IRA's,") and splits it elsewhere ("IRA" + "'s").
  return splitPossessives(out) ?? out;
}

/** Verbs of saying that a name or a noun stands before as their subject: "Lynch said", "Hale told". */
const SAYS = /^(?:said|says|say|told|tells|added|adds|testified|stated|explained|insisted|recalled|wrote|noted)$/i;

/**
 * "According" before "to" is part of a preposition ("According to the vendor's note of 4 March, …":
 * no verb for a date to hang on). And nouns the model reads as verbs where a verb cannot stand: the word after "according to" ("to
 * police" is no infinitive: "According to police, …", "according to witnesses"), and a capitalized
 * word right before a verb of saying ("Lynch said", "Marsh told the court": a name, not "to lynch").
 * Must match those; must not match "to police the streets" (no "according"), "Police said" (a noun
 * already), "Asked if he would run, Hale said" (the verb before the comma is not before "said").
 */
function retagNounsReadAsVerbs(tokens: TaggedToken[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== "VERB" && t.pos !== "AUX") continue;
    // "according to" is one preposition that names a source, no verb of according
    if (/^according$/i.test(t.text) && /^to$/i.test(tokens[i + 1]?.text ?? "")) {
      t.pos = "ADP";
      continue;
    }
    const afterAccordingTo = i >= 2 && /^according$/i.test(tokens[i - 2]!.text) && /^to$/i.test(tokens[i - 1]!.text);
    const nameBeforeSaying = TITLE_CASED.test(t.text) && SAYS.test(tokens[i + 1]?.text ?? "") && tokens[i + 1]!.pos === "VERB";
    if (!afterAccordingTo && !nameBeforeSaying) continue;
    t.pos = nameBeforeSaying && !afterAccordingTo ? "PROPN" : "NOUN";
    t.lemma = t.text.toLowerCase();
  }
}

/** Endings of adjectives of kind or rank: parliamentary, presidential, regional, legislative, western. */
const ADJECTIVE_ENDING = /^\p{Lu}\p{Ll}+(?:ary|ial|ical|ional|ipal|eral|ive|ous|ern)$/u;

/**
 * A capitalized adjective that opens a sentence before a plain noun is an adjective, not a name the
 * capital makes of it: "Parliamentary elections are due in May", "Presidential aides said",
 * "Regional officials met", "Legislative work resumed". Must not match a name of the gazetteer
 * ("Montreal police said"), a word before a capitalized one ("National Guard troops"), nor one
 * inside the sentence ("the Parliamentary Assembly").
 */
function retagOpeningAdjective(tokens: TaggedToken[]): void {
  let i = 0;
  while (i < tokens.length && /^["'“‘(]$/.test(tokens[i]!.text)) i++;
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || t.pos !== "PROPN" || !next || next.pos !== "NOUN" || !LOWER_FIRST.test(next.text)) return;
  if (!ADJECTIVE_ENDING.test(t.text) || isGazetteerName(t.text)) return;
  t.pos = "ADJ";
  t.lemma = t.text.toLowerCase();
}

const POSSESSIVE_END = /['’]s$/i;
/**
 * The base form of a regular past participle, when the model's lexicon holds it: "extinguished" →
 * extinguish, "located" → locate, "stopped" → stop, "carried" → carry; null when none is a word.
 */
function participleBase(word: string): string | null {
  const w = word.toLowerCase();
  if (!/[a-z]{3,}ed$/.test(w)) return null;
  const stem = w.slice(0, -2);
  // (a word in -ied is first tried in -y: "married" → marry, though the lexicon holds a stray "marri")
  const tries = [/ied$/.test(w) ? `${w.slice(0, -3)}y` : "", stem, `${stem}e`, /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : ""];
  return tries.find((x) => x.length >= 3 && inLexicon(x)) ?? null;
}

/** A prefix glued by a hyphen to a verb: "re-signed", "co-founded", "pre-recorded". */
const HYPHEN_PREFIX = /^(re|co|pre|mis|over|under|out)-([a-z]{3,}ed)$/i;

/**
 * A verb written with a prefix and a hyphen in the past ("re-signed", "re-elected", "co-founded")
 * whose lemma the model left as written: its lemma is the prefix and the base of the rest
 * ("re-sign", "re-elect", "co-found"). Must not touch a word whose rest has no base in the lexicon,
 * nor a word with no hyphenated prefix ("resigned" is another verb).
 */
function lemmatizePrefixedPasts(tokens: TaggedToken[]): void {
  for (const t of tokens) {
    if (t.pos !== "VERB" || t.lemma !== t.text.toLowerCase()) continue;
    const m = HYPHEN_PREFIX.exec(t.text);
    const base = m ? participleBase(m[2]!) : null;
    if (base) t.lemma = `${m![1]!.toLowerCase()}-${base}`;
  }
}

/**
 * A past participle the model reads as an adjective after a form of "be" (an adverb between) and
 * before "by" is the verb of a passive: "it was extinguished by 6:40", "the road was reopened by
 * noon", "the hall was quickly evacuated by staff". Must match those; must not match "was
 * extinguished" with no "by" after it (a state: "the fire is extinguished now"), "was red by
 * noon" (no participle), "was tired" (no "by"), "the extinguished fire" (no "be" before it).
 */
function retagPassiveParticiples(tokens: TaggedToken[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.pos !== "ADJ" || !/^by$/i.test(tokens[i + 1]!.text)) continue;
    let k = i - 1;
    if (tokens[k]!.pos === "ADV" && k > 0) k--;
    if (tokens[k]!.pos !== "AUX" || tokens[k]!.lemma !== "be") continue;
    const base = participleBase(t.text);
    if (base === null) continue;
    t.pos = "VERB";
    t.lemma = base;
  }
}

/**
 * Words that date what happened: "ago", "yesterday", "last", "earlier", a weekday or a month (not
 * "May", a modal too), in full or cut short with its period ("Sept.", "Thurs."; "Jan" or "Sun"
 * alone may be a name).
 */
const DATING = new RegExp(`^(?:ago|yesterday|last|earlier|${calendarWords({ except: ["May"] })}|(?:${calendarWords({ forms: "short" })})\\.)$`);
/** A weekday or month cut short, its period a token of its own ("married Thurs. in Lodz" tokenizes "Thurs", "."). */
const DATING_SHORT = new RegExp(`^(?:${calendarWords({ forms: "short" })})$`);

/** Whether the token at `j` dates what happened (DATING, or a short form whose period is the next token). */
function dating(tokens: readonly TaggedToken[], j: number): boolean {
  const t = tokens[j]!.text;
  return DATING.test(t) || (DATING_SHORT.test(t) && tokens[j + 1]?.text === ".");
}
/** How far after the participle (in tokens) the dating word may stand: "married for the second time about two weeks ago". */
const DATING_REACH = 9;

/**
 * A past participle the model reads as an adjective, after a form of "be" (an adverb between) or
 * right after its subject, with a word that dates it later in its clause, is the verb of a dated
 * happening: "he was married two weeks ago", "the pair married about two weeks ago", "the road was
 * reopened on Friday", "she was divorced last year". Must match those; must not match a participle
 * with no dating word in its clause ("he was married with two sons"), one before its noun ("the
 * married couple left on Friday"), one whose clause ends first ("he was married, and on Friday he
 * left"), nor a word in -ed that is no participle of a verb of the lexicon ("was red on Monday").
 */
function retagDatedParticiples(tokens: TaggedToken[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.pos !== "ADJ") continue;
    let k = i - 1;
    if (tokens[k]!.pos === "ADV" && k > 0) k--;
    const prev = tokens[k]!;
    const afterBe = prev.pos === "AUX" && prev.lemma === "be";
    const afterSubject = k === i - 1 && (prev.pos === "NOUN" || prev.pos === "PROPN" || prev.pos === "PRON");
    if (!afterBe && !afterSubject) continue;
    let dated = false;
    for (let j = i + 1; j < tokens.length && j <= i + DATING_REACH; j++) {
      const w = tokens[j]!;
      if (w.pos === "PUNCT" || w.pos === "CCONJ" || w.pos === "VERB" || w.pos === "AUX") break;
      if (j === i + 1 && (w.pos === "NOUN" || w.pos === "ADJ")) break;
      if (dating(tokens, j)) {
        dated = true;
        break;
      }
    }
    if (!dated) continue;
    const base = participleBase(t.text);
    if (base === null) continue;
    t.pos = "VERB";
    t.lemma = base;
  }
}

/** Words of a day that a verb in the present tense may take right after it: "returns tomorrow", "meets Tuesday". */
const DAY_AFTER = new RegExp(`^(?:today|tomorrow|tonight|${weekdayWords({ forms: "both" })})\\.?$`, "i");

/**
 * A word in -s the model reads as a plural noun between a name and a day is a verb in the present
 * tense, as headlines and schedules tell what someone does on that day: "Pagano returns tomorrow",
 * "Ruiz faces Monday's hearing", "Lee leaves Friday". Its base form must be a word of the model's
 * lexicon. Must match those; must not match "the tax returns Monday" (no name before), "Pagano's
 * returns" (a possessive), "Pagano returns the ball" (no day after: the model's reading stands).
 */
function retagPresentVerbsBeforeDays(tokens: TaggedToken[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.pos !== "NOUN" || tokens[i - 1]!.pos !== "PROPN" || !LOWER_PLURAL.test(t.text) || !DAY_AFTER.test(tokens[i + 1]!.text)) continue;
    const base = [t.text.slice(0, -1), /(?:ch|sh|ss|x|o)es$/.test(t.text) ? t.text.slice(0, -2) : ""].find((x) => x.length >= 3 && inLexicon(x));
    if (base === undefined) continue;
    t.pos = "VERB";
    t.lemma = base;
  }
}

/**
 * Past tenses of irregular verbs that the model's lexicon lacks, with their base forms; the model
 * reads them as nouns ("who swam to fame", "she knelt by the grave"). None of them is a noun.
 * Found by asking the lexicon for the simple past of the common irregular verbs.
 */
const IRREGULAR_PASTS: ReadonlyMap<string, string> = new Map([
  ["swam", "swim"], ["drank", "drink"], ["wove", "weave"], ["forsook", "forsake"], ["flung", "fling"],
  ["clung", "cling"], ["slung", "sling"], ["shone", "shine"], ["knelt", "kneel"],
]);
/** Whether a word is of the length of one of those forms: most words are passed over by their length alone. */
const mayBeIrregularPast = lengthGate([...IRREGULAR_PASTS.keys()]);

/**
 * A simple past of an irregular verb missing from the model's lexicon, read as a noun or an
 * adjective, is that verb: "the diver, who swam for her country in the 1990s". Must match those
 * forms in lower case; must not match a capitalized one inside a sentence (a name: "Lake Shone").
 */
function retagIrregularPasts(tokens: TaggedToken[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === "VERB" || (i > 0 && !LOWER_FIRST.test(t.text))) continue;
    const base = mayBeIrregularPast(t.text) ? IRREGULAR_PASTS.get(t.text.toLowerCase()) : undefined;
    const prefixed = base === undefined && mayBePrefixedPast(t.text) ? prefixedPastBase(tokens, i) : null;
    if (base === undefined && prefixed === null) continue;
    t.pos = "VERB";
    t.lemma = base ?? prefixed!;
  }
}

/**
 * A prefix glued to the simple past of a common irregular verb ("overtook", "mistook", "outran",
 * "retold", "forgave", "beheld"): the model's lexicon lacks most such forms and reads them as
 * nouns, though the prefixed verb ("overtake", "retell") is a word of it.
 */
const PAST_PREFIXES: readonly string[] = ["over", "under", "out", "mis", "re", "fore", "for", "with", "be", "par", "un"];
/** The simple pasts a prefix is read before, with their base forms. */
const PAST_BASE: Readonly<Record<string, string>> = {
  took: "take", threw: "throw", drew: "draw", heard: "hear", slept: "sleep", ran: "run", shone: "shine", hung: "hang", gave: "give", told: "tell",
  paid: "pay", bought: "buy", fought: "fight", sold: "sell", wrote: "write", thought: "think", spent: "spend", held: "hold", came: "come", saw: "see",
  stood: "stand", did: "do", won: "win", made: "make", built: "build", fell: "fall", rode: "ride", broke: "break", spoke: "speak", grew: "grow",
  knew: "know", flew: "fly", sang: "sing", swam: "swim",
};
export const PREFIXED_PAST = new RegExp(`^(${PAST_PREFIXES.join("|")})(${Object.keys(PAST_BASE).join("|")})$`);
/**
 * Whether a word is of a length PREFIXED_PAST can match once in lower case: five letters ("re" +
 * "ran") to twelve ("under" + "thought"), as the lists spell them (word-lengths.ts). Read on the
 * word as written: lower-casing keeps every character's length but "İ"'s, whose lower case holds a
 * combining dot no prefixed past has. Most words of a sentence ("the", "of", "a") are passed over
 * by their length, not lower-cased and read.
 * Must match "reran", "overtook", "underthought"; must not match "ran", "undersold's".
 */
export const mayBePrefixedPast: (word: string) => boolean = lengthGate(PAST_PREFIXES, Object.keys(PAST_BASE));

/**
 * The base of a prefixed irregular past the model read as a noun or an adjective ("fans overtook
 * the gates" → overtake; "she retold the tale" → retell), when the prefixed base is a word of the
 * lexicon. Must match those; must not match a form with no such base ("overbought": no "overbuy"),
 * one before a noun or an adjective it describes ("the overpaid staff", "an overheard remark"),
 * nor a word that is no prefixed past ("overhead", "outfit").
 */
function prefixedPastBase(tokens: readonly TaggedToken[], i: number): string | null {
  const m = PREFIXED_PAST.exec(tokens[i]!.text.toLowerCase());
  if (!m) return null;
  const next = tokens[i + 1];
  if (next !== undefined && (next.pos === "NOUN" || next.pos === "ADJ")) return null;
  const base = `${m[1]}${PAST_BASE[m[2]!]}`;
  return inLexicon(base) ? base : null;
}

/** Pronouns that stand as a clause's subject, so that a past form right after them is its verb. */
const SUBJECT_PRONOUN = /^(?:who|he|she|they|we)$/i;

/**
 * A regular past form right after a subject pronoun, read as a noun or an adjective, is the
 * clause's verb: "the actress who starred in two westerns", "they scripted the show". Its base
 * form must be a word of the model's lexicon. Must match those; must not match a word after
 * another word ("the starred review"), a word not in -ed ("who star"), nor one whose base is no
 * word ("who hundred").
 */
function retagPastsAfterSubjectPronouns(tokens: TaggedToken[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t.pos !== "NOUN" && t.pos !== "ADJ") || !SUBJECT_PRONOUN.test(tokens[i - 1]!.text) || tokens[i - 1]!.pos !== "PRON") continue;
    const base = participleBase(t.text);
    if (base === null) continue;
    t.pos = "VERB";
    t.lemma = base;
  }
}

/** What opens a verb's object right after it: a determiner, a count, an object pronoun or a possessive one. */
const OBJECT_PRONOUN = /^(?:her|him|them|us|me|it|his|their|its|our|my|your)$/i;
/** Relative pronouns that stand as a clause's subject: "the frigate, which rescued the freighter". */
const RELATIVE_SUBJECT = /^(?:who|which|that)$/i;

/**
 * A regular past form the model's lexicon holds as a noun ("rescued": the lexicon knows "the
 * rescued") is the verb of its clause where a noun cannot stand: between its subject (a noun, a
 * name, or "who", "which", "that") and the opening of its object ("the navy rescued the crew",
 * "police rescued her", "firefighters rescued another five people", "the frigate, which rescued two
 * freighters"), or right after a form of "have" ("had rescued the freighter"). Its base form must be
 * a word of the lexicon. Must match those; must not match a word before a noun it describes ("the
 * rescued crew": an adjective, after a determiner), a word with no object opening after it ("the
 * rescued were treated"), nor a word whose base is no word ("two hundred the").
 */
function retagPastsReadAsNouns(tokens: TaggedToken[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.pos !== "NOUN" || !endsInEd(t.text) || !LOWER_FIRST.test(t.text)) continue;
    const before = tokens[i - 1]!;
    const next = tokens[i + 1]!;
    const afterHave = before.pos === "AUX" && before.lemma === "have";
    const afterSubject = before.pos === "NOUN" || before.pos === "PROPN" || (before.pos !== "PUNCT" && RELATIVE_SUBJECT.test(before.text));
    const objectOpens = next.pos === "DET" || next.pos === "NUM" || OBJECT_PRONOUN.test(next.text);
    if (!afterHave && !(afterSubject && objectOpens)) continue;
    const base = participleBase(t.text);
    if (base === null) continue;
    t.pos = "VERB";
    t.lemma = base;
  }
}

/**
 * "Dates" or "date" the model reads as a noun after the noun it is said of, and before "to", "from"
 * or "back to" and a year or a period written with its digits, is the verb of when a thing began:
 * "the hall dates to 1911", "the mill dates back to the 1890s", "the feud dates from 1972", "the
 * chapel dates to the 14th century". Must match those; must not match "key dates to remember" (no
 * year after), "the dates to 1911" (no noun before), "Lee dates Ann" (no "to" or "from").
 */
function retagDatesBackTo(tokens: TaggedToken[]): void {
  for (let i = 1; i < tokens.length - 2; i++) {
    const t = tokens[i]!;
    if (t.pos !== "NOUN" || !/^dates?$/i.test(t.text)) continue;
    const before = tokens[i - 1]!;
    if (before.pos !== "NOUN" && before.pos !== "PROPN") continue;
    let k = i + 1;
    if (/^back$/i.test(tokens[k]!.text)) k++;
    if (!/^(?:to|from)$/i.test(tokens[k]?.text ?? "")) continue;
    const next = tokens[k + 1]?.text ?? "";
    const after = /^the$/i.test(next) ? (tokens[k + 2]?.text ?? "") : next;
    if (!/^\d{4}s?$|^\d{4}['’]s$|^\d{1,2}(?:st|nd|rd|th)$/.test(after)) continue;
    t.pos = "VERB";
    t.lemma = "date";
  }
}

/** Verbs of saying in the present tense that the model may read as plural nouns after a name. */
const SAYING_S = /^(?:reports|says|states|estimates|claims|writes|notes|announces|reveals|confirms|tells|puts)$/i;

/**
 * A verb of saying in -s the model reads as a plural noun right after a name and before "the",
 * "that", "a" or "an" is the verb whose subject the name is: "The Keld Courier reports the cost
 * at $4,000", "Reuters reports that …". Must match those; must not match "Courier reports show
 * the cost rose" (a verb follows: the reports are a thing), "the reports that …" (no name before),
 * "Keld's reports the …" (a possessive).
 */
function retagSayingAfterNames(tokens: TaggedToken[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.pos !== "NOUN" || tokens[i - 1]!.pos !== "PROPN" || !SAYING_S.test(t.text) || !/^(?:the|that|a|an)$/i.test(tokens[i + 1]!.text)) continue;
    t.pos = "VERB";
    t.lemma = t.text.toLowerCase().replace(/ies$/, "y").replace(/(?:ss|sh|ch|x)es$/, (m) => m.slice(0, -2)).replace(/s$/, "");
  }
}

/** A count of more than one, written in digits or in words: what stands before a plural noun. */
const COUNT_WORD = /^(?:\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen)$/i;
/** Numbers written like a year: a year before a verb is a time, not a count of its subject ("in 2009 shows"). */
const YEAR_LIKE = /^(?:1[5-9]\d\d|20\d\d)$/;

/** Prepositions whose object a count may open: "on nine carries", "for only three defeats". */
const OPENS_OBJECT = /^(?:on|for|with|of|in|from|by|after|before|over|under|to|at)$/i;

/**
 * A word in -s the model reads as a verb right after a count of more than one, where the count
 * opens a noun phrase, is that count's plural noun (a count of two or more never takes a verb in
 * -s). The count opens a noun phrase after a preposition (past "only", "just": "ran for 10 yards on
 * nine carries", "58 wins for only three defeats") and in a list of counts after "and" or a comma
 * that follows another count and its noun ("12 points and four assists", "9 rebounds and two
 * steals", "6 saves, 2 punches and 3 claims"). Must match those; must not match "one remains" (one
 * takes a verb in -s), "Chapter 11 protects the firm" (a number that is part of a name), "in 2009
 * shows" (a year), a count right after a verb, whose reading is left to the model ("had three
 * catches").
 */
function retagPluralsAfterCounts(tokens: TaggedToken[]): void {
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i]!;
    const count = tokens[i - 1]!;
    if (t.pos !== "VERB" || !LOWER_PRESENT.test(t.text) || /^(?:has|is|was|does|goes)$/.test(t.text)) continue;
    if (count.pos !== "NUM" || !COUNT_WORD.test(count.text) || YEAR_LIKE.test(count.text)) continue;
    let k = i - 2;
    if (/^(?:only|just|nearly|almost|about|some|over|under)$/i.test(tokens[k]!.text) && k > 0) k--;
    const afterPreposition = tokens[k]!.pos === "ADP" && OPENS_OBJECT.test(tokens[k]!.text);
    const inList = /^(?:and|,)$/.test(tokens[k]!.text) && k >= 2 && /s$/.test(tokens[k - 1]!.text) && tokens[k - 2]!.pos === "NUM";
    if (afterPreposition || inList) t.pos = "NOUN";
  }
}

/** Tokens with a possessive "'s" split off ("IRA's" → "IRA", "'s"); null when there is none. */
function splitPossessives(tokens: TaggedToken[]): TaggedToken[] | null {
  const glued = (t: TaggedToken): boolean => t.text.length > 2 && POSSESSIVE_END.test(t.text);
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

/** Whether the model's own lexicon (as loaded, not what it has read since) holds the word, in lower case. */
export function inLexicon(word: string): boolean {
  load();
  const i = tables[0]!.hash[word.toLowerCase()];
  return i !== undefined && i < loadedLexemes;
}
