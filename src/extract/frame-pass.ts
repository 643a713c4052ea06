/**
 * The frame pass over a document: every date and quantity the value layer reads (after its
 * non-claim filters, outside masked markup) is a candidate claim. A sentence that holds at least
 * one is tagged once (extract/tag), and the frame components read each of its values
 * (extract/frames). Sentences without a value are never tagged.
 */
import type { Mention, SourceDocument, TaggedToken } from "../types.js";
import { findMentions } from "../values/index.js";
import { isPersonNoun } from "../values/quantity/people.js";
import { isMasked } from "../ingest/mask-ranges.js";
import { type Reading, readFrames } from "./frames/index.js";
import { offerToldBack, offerersIn } from "./frames/participants.js";
import { keyOf } from "./frames/sentence.js";
import { Referents, mayResolve, personIntroducedBefore } from "./coreference.js";
import { STAT_COUNTED, playerGames, pronounSubjectOf, subjectMayBeToldBack, subjectToldBackOf } from "./pronoun-antecedent.js";
import { fragmentNoun, nounAfterLastFigure } from "./fragment-noun.js";
import { tellsNoDate } from "./dateless-mentions.js";
import { namesAThreshold } from "./threshold-figures.js";
import { type Sentence, splitSentences } from "./sentences.js";
import { closeSpacedContractions, tagSentence, unshout } from "./tag/tagger.js";
import { retagNamesReadAsVerbs } from "./tag/name-verbs.js";

/** A value of the document with its frame. */
export interface FramedValue {
  /** Offset of the value in the document. */
  offset: number;
  mention: Mention;
  sentence: string;
  sentenceStart: number;
  /** All values of the same sentence, for time frames. */
  sentenceMentions: readonly Mention[];
  /** The sentence's tokens (one array shared by its values). */
  tokens: readonly TaggedToken[];
  reading: Reading;
}

/** The kinds of mention that can be claims. */
const CLAIMABLE = new Set(["date", "range", "quantity", "duration"]);

/**
 * Time spent tagging in this thread, and sentences tagged, for the benchmark. `now` is the clock,
 * in milliseconds: wall time unless the caller gives another (the benchmark gives CPU time, which a
 * machine shared with other work does not distort). Date.now, not performance.now: the first use
 * of `performance` loads Node's perf_hooks (some 10 ms of every run that tags), for a figure only
 * the benchmark reads, with its own clock.
 */
export const taggerClock = { ms: 0, sentences: 0, now: (): number => Date.now() };

/**
 * Durations with a number are figures too ("a three-day kayak tour", "12 days to repair", "the
 * 28-year-old"): their frames decide whether they say anything (a bare "for years" names no event).
 */
function claimable(m: Mention): boolean {
  // a part of a day ("Tuesday night", "this morning") dates an event as a day does
  if (m.kind === "time") return m.value?.type === "date";
  if (!CLAIMABLE.has(m.kind) || !m.value) return false;
  if (m.kind === "duration") return m.value.type === "quantity";
  return true;
}

/** Nouns that "no" turns into a count of none worth stating ("no injuries", "no one was hurt"). */
const NONE_NOUNS = /^(?:one|injur(?:y|ies)|deaths?|casualt(?:y|ies)|fatalit(?:y|ies)|arrests?|victims?|survivors?|damage)$/i;
const NONE_KEY = /\b(?:no(?:\s+[a-z]|-one\b|body\b)|none\b)/i;

/**
 * Whether a sentence without a value may hold a count that only the tags show: "one" or "no" in
 * it (a plain search for the letters spares most sentences the two expressions). A sentence that
 * NONE_KEY lets in ("no" before any word) is tagged only if a count of none could come of it
 * (mayCountNone) or a bare "one" stands in it: tagging every "no doubt", "no longer" and "no
 * reason" of the addresses took some 2,800 more sentences, none of which gave a count.
 */
export function mayCountByTags(text: string): boolean {
  if (ONE_LETTERS.test(text) && ONE_KEY.test(text)) return true;
  return NO_LETTERS.test(text) && NONE_KEY.test(text) && (BARE_ONE.test(text) || mayCountNone(text));
}
const ONE_LETTERS = /one/i;
const NO_LETTERS = /no/i;
/** "one" not inside a word (the tagger's token "one", which countsByTags may take as a count). */
const BARE_ONE = /(?<![a-z])one(?![a-z])/i;
/** "none", "nobody" anywhere ("no-one" is read below, as "no" before "one"). */
const NONE_WORDS = /none|nobody/i;
/** The nouns of "no reports of injuries" (countsByTags: a noun of NONE_NOUNS, not "one"). */
const REPORTED_NONE = /injur|death|casualt|fatalit|arrest|victim|survivor|damage/i;
const REPORT_LETTERS = /report/i;
const NO_AT = /no/gi;
const NOT_WORD = /[^\p{L}\p{N}]*/uy;

/**
 * Whether the tags could show a count of none in the sentence (countsByTags): "none" or "nobody";
 * "no reports of" a harm; or "no" before a noun of NONE_NOUNS or of people ("no injuries", "no-one",
 * "no civilians"). Read from the letters alone, generously: every "no", even inside a word, and
 * every beginning of the run of characters after it (up to a space) is taken for the token that
 * could follow it, so no sentence the tags could give such a count for is passed over.
 * Must match: "No civilians were hurt.", "There was no-one inside.", "Nobody saw it.", "There
 * were no immediate reports of casualties." Must not match: "There is no doubt of it.", "We can
 * no longer wait.", "No reason was given."
 */
export function mayCountNone(text: string): boolean {
  if (NONE_WORDS.test(text)) return true;
  if (REPORT_LETTERS.test(text) && REPORTED_NONE.test(text)) return true;
  NO_AT.lastIndex = 0;
  for (let m = NO_AT.exec(text); m !== null; m = NO_AT.exec(text)) {
    NOT_WORD.lastIndex = m.index + 2;
    NOT_WORD.test(text);
    const from = NOT_WORD.lastIndex;
    let to = from;
    while (to < text.length && !/\s/.test(text.charAt(to))) to++;
    for (let end = from + 1; end <= to; end++) {
      const word = text.slice(from, end);
      if (NONE_NOUNS.test(word) || (isPersonNoun(word.toLowerCase(), word))) return true;
    }
    NO_AT.lastIndex = m.index + 1;
  }
  return false;
}

/** Letters of "one", "no", "none" or "nobody", in any case: what countsByTags needs of a token. */
const NO_OR_ONE = /no|one/i;

/**
 * Whether a sentence to be tagged can give no framed value, so that it need not be tagged: every
 * value it holds is a date that states no date to check (`statesNone`: dateless-mentions.ts, "the
 * 14th century", "the third straight day"), and its text (`read`, as the tagger would be given it)
 * holds no "no" nor "one" in any case, so that countsByTags can find no count among its tokens
 * (each such token is a piece of the text, or a piece of a contraction that holds those letters
 * itself: test/unit/extract/untagged-sentences.test.ts reads every contraction of the model).
 * Such a sentence's readings are all left out (dateless), and being of dates only, they name no
 * noun for a fragment after them (nounAfterLastFigure: the frame pass forgets the last one).
 * Must match: "The abbey dates to the 12th century.", "It was the third straight day of rain."
 * Must not match: a sentence with no value, one with a date to check ("… burned on Friday in the
 * 12th century"), a count ("300 monks lived there in the 12th century"), a "no" or a "one"
 * anywhere ("No abbey of the 12th century stands", "One tower of the 12th century stands", "It
 * has stood since the 12th century": "no" in no word of its own is read too).
 */
export function claimsNothing(values: readonly Mention[], read: string, statesNone: (m: Mention) => boolean): boolean {
  return values.length > 0 && values.every((m) => m.kind === "date" && m.parts === undefined && statesNone(m)) && !NO_OR_ONE.test(read);
}

function countMention(text: string, start: number, end: number, n: number, pattern: string, counted: string | null): Mention {
  return {
    offset: start,
    length: end - start,
    text: text.slice(start, end),
    kind: "quantity",
    value: { type: "quantity", min: n, max: n, unit: "", approximate: false, qualifier: null, nominal: n },
    timex: null,
    relative: false,
    pattern,
    counted,
  };
}

/**
 * Where a bare "one" may count that the value layer leaves alone: after a verb ("killing one",
 * "shot one") or before a verb or a partitive ("one died", "one was hurt", "one of the guards").
 * Only such sentences are tagged for it when they hold no other value.
 */
const ONE_KEY = /\b(?:[a-z]+(?:ed|ing|t)[ \t]+one\b|one[ \t]+(?:of[ \t]|was\b|were\b|is\b|has\b|had\b|have\b|died\b|dies\b|[a-z]+ed\b))/i;

/**
 * Counts that only the tags show, which the value layer leaves alone because the words are too
 * often something else: a bare "one" that a verb takes or that does something ("killing one",
 * "one died"; not "the one", "one day"), a partitive "one" of a plural ("one of the guards was
 * shot", "killing one of them"; the determiner component drops "one of the reasons"), and "no"
 * before a noun of casualties or arrests ("no injuries", "no one was hurt") — a count of none.
 */
export function countsByTags(text: string, tokens: readonly TaggedToken[], taken: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const free = (start: number, end: number): boolean => !taken.some((m) => m.offset < end && start < m.offset + m.length);
  tokens.forEach((t, i) => {
    // Only "one", "no", "none" and "nobody" count here: a token of another length is none of them
    // (only ASCII letters lower-case into these words, one character each), and is not lower-cased.
    const n = t.text.length;
    if (n < 2 || n > 6 || n === 5) return;
    const w = t.text.toLowerCase();
    if (w !== "one" && w !== "no" && w !== "none" && w !== "nobody") return;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (w === "one" && t.pos === "NUM" && free(t.start, t.end)) {
      if (next && (next.pos === "NOUN" || next.pos === "ADJ" || next.pos === "PROPN" || next.text === "-")) return;
      // "no-one" is "no one", a count of none (below), never one
      if (prev?.text === "-" && /^no$/i.test(tokens[i - 2]?.text ?? "")) return;
      if (prev && /^(?:the|no|any|every|each|this|that|which|no-|another|such|a)$/i.test(prev.text)) return;
      const object = prev?.pos === "VERB";
      let after = i + 1;
      if (next?.text.toLowerCase() === "of") {
        // "one of the guards", "one of them": the whole is a plural noun or a pronoun
        let k = i + 2;
        while (tokens[k] && (tokens[k]!.pos === "DET" || tokens[k]!.pos === "ADJ" || (tokens[k]!.pos === "PRON" && !/^(?:them|those|these)$/i.test(tokens[k]!.text)) || tokens[k]!.text === "'s")) k++;
        const whole = tokens[k];
        const plural = whole !== undefined && ((whole.pos === "NOUN" && whole.lemma !== whole.text.toLowerCase()) || /^(?:them|those|these)$/i.test(whole.text));
        if (!plural) return;
        while (tokens[k + 1]?.pos === "NOUN") k++;
        after = k + 1;
      }
      const subject = tokens[after]?.pos === "AUX" || tokens[after]?.pos === "VERB";
      if (object || subject) out.push(countMention(text, t.start, t.end, 1, "frame/bare-one", null));
      return;
    }
    if (w === "no" && next && NONE_NOUNS.test(next.text) && free(t.start, next.end)) {
      out.push(countMention(text, t.start, next.end, 0, "frame/none", next.text.toLowerCase()));
    }
    // "no civilians were hurt", "no passengers were killed": "no" before people, of whatever event
    // (the determiner component keeps only counts of harm, arrest or rescue)
    if (w === "no" && next?.pos === "NOUN" && !NONE_NOUNS.test(next.text) && isPersonNoun(next.text.toLowerCase(), next.text) && free(t.start, next.end)) {
      out.push(countMention(text, t.start, next.end, 0, "frame/none", next.text.toLowerCase()));
    }
    // "no reports of injuries", "no immediate reports of casualties": none of them reported
    if (w === "no") {
      let k = i + 1;
      while (tokens[k]?.pos === "ADJ") k++;
      const noun = tokens[k + 2];
      if (/^reports?$/i.test(tokens[k]?.text ?? "") && tokens[k + 1]?.text.toLowerCase() === "of" && noun && noun.text.toLowerCase() !== "one" && NONE_NOUNS.test(noun.text) && free(t.start, noun.end)) {
        out.push(countMention(text, t.start, noun.end, 0, "frame/none", noun.text.toLowerCase()));
      }
    }
    // "none of the guards was hurt", "none were injured": "none" of people is "no one"
    if (w === "none" && free(t.start, t.end)) out.push(countMention(text, t.start, t.end, 0, "frame/none", "one"));
    // "no-one" and "nobody" are "no one" written as one word
    const hyphened = w === "no" && next?.text === "-" && next.start === t.end && tokens[i + 2]?.text.toLowerCase() === "one" && tokens[i + 2]!.start === next.end;
    if (hyphened && free(t.start, tokens[i + 2]!.end)) out.push(countMention(text, t.start, tokens[i + 2]!.end, 0, "frame/none", "one"));
    if (w === "nobody" && free(t.start, t.end)) out.push(countMention(text, t.start, t.end, 0, "frame/none", "one"));
  });
  return out;
}

/**
 * The value layer's mentions of the whole text, once (two to three times faster than sentence by
 * sentence), handed to the sentences they stand in, with offsets into the sentence; a mention
 * that runs over a sentence's end is left out, as reading the sentence alone would leave it.
 */
function mentionsBySentence(doc: SourceDocument, sentences: readonly { start: number; end: number }[]): Mention[][] {
  const out: Mention[][] = sentences.map(() => []);
  const mentions = findMentions(doc.text, { asOf: doc.date, asOfUntil: doc.dateUntil ?? null });
  let k = 0;
  for (const m of mentions) {
    while (k < sentences.length && sentences[k]!.end <= m.offset) k++;
    const s = sentences[k];
    if (!s || m.offset < s.start || m.offset + m.length > s.end) continue;
    out[k]!.push(shifted(m, s.start));
  }
  return out;
}

/** A mention with sentence offsets, its parts and whole too ("two women and one man", "three of the five"). */
function shifted(m: Mention, by: number): Mention {
  const out: Mention = { ...m, offset: m.offset - by };
  if (m.parts) out.parts = m.parts.map((p) => shifted(p, by));
  if (m.whole) out.whole = shifted(m.whole, by);
  return out;
}

/**
 * "The Keld Rovers have made the largest offer in their history to Ann Cole. The deal could be
 * worth up to $9 million.": a thing offered told back with "the" and no one who puts it forward
 * is the one the sentence before offered, and whoever put that forward puts this forward. Only
 * the sentence right before is read, and only one who offers there is taken (none or two:
 * unknown).
 */
function offeredBefore(doc: SourceDocument, sentences: readonly { start: number; end: number; text: string }[], index: number, r: Reading, tagged: ReadonlyMap<number, { read: string; tokens: readonly TaggedToken[] }>): void {
  const before = sentences[index - 1];
  if (!before) return;
  const tokens = taggedAsWritten(before.text, tagged.get(index - 1)) ?? tagAlone(before.text, sentences);
  const who = offerersIn({ text: before.text, tokens, values: [], documentDate: doc.date });
  if (who.length !== 1) return;
  r.participants = [{ role: "agent", text: who[0]!, key: keyOf(who[0]!) }, ...r.participants];
}

/**
 * The tokens the frame pass gave a sentence, when it tagged the sentence as written (`read`, the
 * text the tagger was given, is the sentence itself: no capitals of emphasis lowered, no
 * contraction closed up); null when it did not tag it, or tagged another writing of it. Tagging
 * reads each sentence as a fresh tagger would (tag/tagger.ts), the names read as verbs are retagged
 * token by token from the document alone (tag/name-verbs.ts), and nothing after writes to the
 * tokens: the same text tagged again would give the same tokens.
 */
export function taggedAsWritten(text: string, tagged: { read: string; tokens: readonly TaggedToken[] } | undefined): readonly TaggedToken[] | null {
  return tagged !== undefined && tagged.read === text ? tagged.tokens : null;
}

/** A sentence tagged on its own, its names read as verbs retagged from the document's sentences. */
function tagAlone(text: string, sentences: readonly { text: string }[]): TaggedToken[] {
  const t0 = taggerClock.now();
  const tokens = tagSentence(text);
  taggerClock.ms += taggerClock.now() - t0;
  retagNamesReadAsVerbs([tokens], sentences);
  return tokens;
}

/** A participant that may be a description told back: one who acts or undergoes, written with an article ("the ferry", "a Tarn-born burglar"). */
/** A holder told by "he" or "she" (holder.ts personWeighed). */
function isPersonPronoun(p: { role: string; text: string }): boolean {
  return p.role === "holder" && /^(?:he|she)$/i.test(p.text);
}

function mayReferBack(p: { role: string; text: string }): boolean {
  return (p.role === "agent" || p.role === "patient" || p.role === "recipient" || p.role === "holder") && /^(?:the|this|that|a|an)\s/i.test(p.text) && mayResolve(p.text);
}

export function framedValues(doc: SourceDocument): FramedValue[] {
  return frameDocument(doc).values;
}

/** A document's framed values, its sentences, and each sentence's quantities (by its start), for the trigger pass. */
export function frameDocument(doc: SourceDocument): { values: FramedValue[]; sentences: Sentence[]; mentionsAt: Map<number, Mention[]>; dateless: Set<number> } {
  const out: FramedValue[] = [];
  const sentences = splitSentences(doc.text);
  const bySentence = mentionsBySentence(doc, sentences);
  const mentionsAt = new Map<number, Mention[]>();
  sentences.forEach((s, i) => mentionsAt.set(s.start, bySentence[i]!));
  // The sentences to tag are all tagged first, one after another, and their frames read after:
  // the tagger run between the value layer's and the frame components' work took half as long
  // again as the same sentences tagged in a row (its tables and code no longer at hand each time;
  // the addresses' 15,856 sentences, some 0.4 s of CPU). The tags are the same either way (each
  // sentence is tagged as by a fresh tagger: tagger.ts).
  const toTag: { index: number; values: Mention[]; read: string; tokens: TaggedToken[]; untagged?: true }[] = [];
  // the names the document gives and their kinds, for descriptions told back ("the vessel"); read on first need
  let referents: Referents | null = null;
  // the noun the last figure of the last sentence read counts, for a fragment after it (fragment-noun.ts)
  let counted: { index: number; noun: string } | null = null;
  // the offsets of dates that state none to check: no rule takes them either
  const dateless = new Set<number>();
  for (const [index, s] of sentences.entries()) {
    const values = bySentence[index]!.filter((m) => {
      if (!claimable(m)) return false;
      // "ended the day at 8,100", "a third straight day": no date of its own (dateless-mentions.ts);
      // read with the others (a phrase of time is no participant of them), kept from the claims below
      // (and "below the 8000 mark": a line a level is compared with, no figure of its own: threshold-figures.ts)
      if (tellsNoDate(m, s.text) || namesAThreshold(m, s.text)) dateless.add(s.start + m.offset);
      return !(doc.masked && isMasked(doc.masked, s.start + m.offset));
    });
    if (values.length === 0 && !mayCountByTags(s.text)) continue;
    // (capitals of emphasis read in lower case, contractions printed with spaces read closed up: tagger.ts unshout, closeSpacedContractions)
    const read = closeSpacedContractions(unshout(s.text));
    // a sentence whose values are all dates that state none can give no claim: read in its place, untagged
    if (claimsNothing(values, read, (m) => dateless.has(s.start + m.offset))) toTag.push({ index, values, read, tokens: [], untagged: true });
    else toTag.push({ index, values, read, tokens: [] });
  }
  const t0 = taggerClock.now();
  for (const t of toTag) if (!t.untagged) t.tokens = tagSentence(t.read);
  taggerClock.ms += taggerClock.now() - t0;
  // "the agency hired Felt in 1942": a surname the tagger read as a verb, where the document names a person so (name-verbs.ts)
  retagNamesReadAsVerbs(toTag.map((t) => t.tokens), sentences);
  taggerClock.sentences += toTag.filter((t) => !t.untagged).length;
  // the tagged sentences by index, for a sentence after one that reads back to it (offeredBefore)
  const tagged = new Map(toTag.flatMap((t) => (t.untagged ? [] : [[t.index, t] as const])));
  for (const { index, read, tokens, values: claimableValues, untagged } of toTag) {
    // (its readings, of dates only, give no noun for a fragment after it: nounAfterLastFigure)
    if (untagged) {
      counted = null;
      continue;
    }
    const s = sentences[index]!;
    const all = bySentence[index]!;
    let values = claimableValues;
    const extra = countsByTags(s.text, tokens, all).filter((m) => !(doc.masked && isMasked(doc.masked, s.start + m.offset)));
    if (extra.length > 0) values = [...values, ...extra].sort((a, b) => a.offset - b.offset);
    if (values.length === 0) continue;
    const readings = readFrames(read, tokens, values, doc.date);
    // "… with 41 goals. Before her? Lind in 1990 with 38.": a fragment's bare count takes the noun named before (fragment-noun.ts)
    if (counted !== null && index - counted.index <= 2) fragmentNoun(tokens, readings, counted.noun);
    const named = nounAfterLastFigure(readings);
    counted = named === null ? null : { index, noun: named };
    // reported as of the document, whose date is known only to its month: any day of that span
    if (doc.dateUntil) for (const r of readings) if (r.reportedAt === doc.date) r.reportedUntil = doc.dateUntil;
    for (const r of readings) if (!r.notAClaim && offerToldBack(s.text, r.participants)) offeredBefore(doc, sentences, index, r, tagged);
    for (const r of readings) {
      if (r.notAClaim || !r.participants.some(mayReferBack)) continue;
      referents ??= new Referents(sentences);
      r.participants = r.participants.map((p) => {
        const name = mayReferBack(p) ? referents!.resolve(p.text, s.end) : null;
        return name && keyOf(name) !== p.key ? { ...p, refersTo: name } : p;
      });
    }
    // "He is 6 feet tall, weighing 180 pounds" after a sentence that introduces "Tom Adder, 52,": his
    for (const r of readings) {
      if (r.notAClaim || index === 0 || !r.participants.some(isPersonPronoun)) continue;
      const name = personIntroducedBefore(sentences[index - 1]!.text);
      if (name) r.participants = r.participants.map((p) => (isPersonPronoun(p) ? { ...p, refersTo: name } : p));
    }
    // "Ames came into 2019 as the top rusher. He had 900 yards": a statistic's "he" is the person the sentences before are about (pronoun-antecedent.ts)
    // ("But he missed 10 games": the games a player misses or plays are the player's, told back as the verb's doer: playerGames)
    if (index > 0 && subjectMayBeToldBack(s.text)) {
      const stat = (r: Reading): boolean => !r.notAClaim && r.counted !== null && STAT_COUNTED[r.counted] === true;
      const name = readings.some((r) => stat(r) || playerGames(r)) ? subjectToldBackOf(sentences, index) : null;
      if (name) for (const r of readings) if (stat(r)) r.subjectToldBack = name;
      else if (playerGames(r)) r.participants = [...r.participants, { role: "agent", text: name, key: keyOf(name) }];
      // "Ames was fined in May. He paid $400": the pronoun subject of any frame is the person told before (group/pronoun-agents.ts)
      const told = readings.some((r) => !r.notAClaim && r.subjectToldBack === undefined && !playerGames(r)) ? pronounSubjectOf(sentences, index) : null;
      if (told) for (const r of readings) if (!r.notAClaim && r.subjectToldBack === undefined && !playerGames(r)) r.subjectToldBack = told;
    }
    // an age's holder is its own phrase ("the 52-year-old"): worth keeping only when it names the person
    for (const r of readings) if (r.counted === "age" && r.participants.some((p) => p.role === "holder" && !p.refersTo)) r.participants = r.participants.filter((p) => p.role !== "holder" || p.refersTo);
    for (const reading of readings) {
      const mention = reading.value.mention;
      if (dateless.has(s.start + mention.offset)) continue;
      out.push({ offset: s.start + mention.offset, mention, sentence: s.text, sentenceStart: s.start, sentenceMentions: all, tokens, reading });
    }
  }
  return { values: out, sentences, mentionsAt, dateless };
}
