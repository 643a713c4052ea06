/**
 * What every frame component reads and writes: one tagged sentence, its values (each with the
 * tokens it covers), and one Reading per value that the components fill in turn. Also the small
 * word classes the components share (reporting verbs, light verbs, event nouns …) and token
 * helpers. Components never look at other sentences.
 */
import type { IsoDay, Mention, Modality, Participant, TaggedToken } from "../../types.js";
import { wordTable } from "../../values/word-table.js";

/** A value of the sentence with the tokens it covers (first..last, inclusive). */
export interface ValueSpan {
  mention: Mention;
  first: number;
  last: number;
}

export interface FrameSentence {
  text: string;
  tokens: readonly TaggedToken[];
  /** Every value of the sentence that may become a claim, in order. */
  values: readonly ValueSpan[];
  /** The document's date: a figure's report time when the sentence states none. */
  documentDate: IsoDay | null;
}

export interface PredicateReading {
  lemma: string;
  voice: "active" | "passive" | null;
  /** Token index of the verb or event noun; -1 when it comes from no single token. */
  at: number;
  negated: boolean;
}

/** One value's frame while the components fill it in. */
export interface Reading {
  value: ValueSpan;
  /** The number is part of a name, an address or a link, not a figure: no claim. */
  notAClaim: string | null;
  counted: string | null;
  /** Token index of the counted noun, or -1. */
  countedAt: number;
  /** For an attribute (magnitude, age, distance): whose attribute it is ("earthquake", "person"). */
  holder: string | null;
  /** The last token of the value's own noun phrase (the counted noun, a coordination, a partitive). */
  phraseEnd: number;
  predicate: PredicateReading | null;
  participants: Participant[];
  tally: boolean;
  reportedAt: IsoDay | null;
  /** The last day of the report when it is known only to a span (ClaimFrame time.reportedUntil). */
  reportedUntil?: IsoDay;
  attribution: string | null;
  modality: Modality[];
  /** The name "he" or "she" opening the sentence stands for (ClaimFrame subjectToldBack). */
  subjectToldBack?: string;
}

/** A frame component: adds one annotation to the readings of a sentence. */
export type FrameComponent = (sentence: FrameSentence, readings: readonly Reading[]) => void;

// --- token helpers ----------------------------------------------------------------------------

export const lower = (t: TaggedToken | undefined): string => (t ? t.text.toLowerCase() : "");

export function isNoun(t: TaggedToken | undefined): boolean {
  return t !== undefined && (t.pos === "NOUN" || t.pos === "PROPN");
}

export function isVerb(t: TaggedToken | undefined): boolean {
  return t !== undefined && t.pos === "VERB";
}

/** A token that some value of the sentence covers. */
export function valueAt(sentence: FrameSentence, index: number): ValueSpan | null {
  for (const v of sentence.values) if (index >= v.first && index <= v.last) return v;
  return null;
}

/** Ends a clause for the components' left and right walks. */
export function isClauseEnd(t: TaggedToken | undefined): boolean {
  if (!t) return true;
  // (a "?" the tagger marked as a symbol is a currency sign lost in encoding: "to lend? 22.4bn")
  return t.text === ";" || t.text === ":" || t.text === "." || (t.text === "?" && t.pos !== "SYM") || t.text === "!" || t.text === "—" || t.text === "–";
}

/** Words k and k + 2 glued by the hyphen between them, no space on either side: "last-minute", not "talks - ended". */
export function gluedByHyphen(tokens: readonly TaggedToken[], k: number): boolean {
  const [a, dash, b] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  return a !== undefined && dash?.text === "-" && b !== undefined && a.end === dash.start && dash.end === b.start && /^\p{L}+$/u.test(a.text) && /^\p{L}+$/u.test(b.text);
}

/** A past participle as written ("killed", "taken", "hurt" after a form of be). */
export function looksParticiple(t: TaggedToken): boolean {
  const w = t.text.toLowerCase();
  return /(?:ed|en|wn|ung|lt|pt|ght|ne|ut|urt|ot|id|ck|ruck|uck|ost)$/.test(w) && w !== t.lemma;
}

/**
 * Verbs whose past participle is written as their base form ("were cut", "was hit", "had been
 * shut"): after a form of "be" or "get" they are passive, as "were severed" is. Not "set" ("is
 * set to open": a schedule), "let", "cost", "read", "upset" (an adjective as often), "quit".
 */
const SAME_FORM_PARTICIPLES: ReadonlySet<string> = new Set(["cut", "put", "hit", "shut", "hurt", "burst", "split", "spread", "cast", "shed", "slit", "broadcast", "thrust"]);

/** Whether a verb right after a form of "be" or "get" is its past participle: it looks like one, or is written like its base form (SAME_FORM_PARTICIPLES). */
export function participleAfterBe(t: TaggedToken): boolean {
  return looksParticiple(t) || SAME_FORM_PARTICIPLES.has(t.text.toLowerCase());
}

// --- word classes ------------------------------------------------------------------------------

/** Verbs that introduce what someone says: they give the attribution, not the predicate. */
export const REPORTING = new Set([
  "say", "tell", "report", "announce", "confirm", "state", "claim", "add", "note", "write", "accord", "quote",
  "believe", "think", "reveal", "disclose", "insist", "explain", "indicate", "suggest", "learn", "know",
]);

/** Verbs whose object noun carries the event: "made 46 arrests" is about arrests. */
export const LIGHT = new Set(["make", "have", "take", "give", "do", "suffer", "cause", "record", "see", "sustain", "receive", "carry", "leave", "bring", "include", "total", "number", "reach", "put"]);

/**
 * Adjectives and participles that say what happened to the counted people when they follow them
 * ("87 people dead and about 900 injured"), with the verb they stand for.
 */
export const COMPLEMENT = wordTable<string>({
  dead: "die",
  killed: "kill",
  injured: "injure",
  wounded: "wound",
  hurt: "hurt",
  missing: "missing",
  homeless: "homeless",
  displaced: "displace",
  hospitalized: "hospitalize",
  hospitalised: "hospitalize",
  arrested: "arrest",
  detained: "detain",
  evacuated: "evacuate",
  rescued: "rescue",
  trapped: "trap",
  stranded: "strand",
  affected: "affect",
  damaged: "damage",
  destroyed: "destroy",
});

/**
 * Nouns that name an event (an occurrence a figure can be about): the participant "event", and the
 * predicate of a date or figure that stands right before one ("the Monday morning attack").
 * A small closed class for news; the key folds spelling variants ("quake" → "earthquake").
 */
export const EVENT_NOUNS = wordTable<string>({
  attack: "attack", shooting: "shooting", bombing: "bombing", blast: "blast", explosion: "explosion",
  quake: "earthquake", earthquake: "earthquake", tremor: "earthquake", aftershock: "aftershock", tsunami: "tsunami",
  fire: "fire", firebomb: "firebomb", blaze: "fire", flood: "flood", flooding: "flood", storm: "storm", hurricane: "hurricane",
  cyclone: "cyclone", typhoon: "typhoon", eruption: "eruption", landslide: "landslide", crash: "crash", collision: "crash",
  derailment: "crash", accident: "accident", strike: "strike", airstrike: "strike", raid: "raid", siege: "siege",
  shelling: "shelling", ambush: "ambush", massacre: "massacre", killing: "killing", murder: "murder", stabbing: "stabbing",
  rampage: "rampage", spree: "rampage", shootout: "shooting", gunfight: "shooting",
  protest: "protest", demonstration: "protest", rally: "rally", march: "march", riot: "riot", riots: "riot", unrest: "riot",
  vigil: "vigil", clash: "clash", clashes: "clash", war: "war", battle: "battle", conflict: "conflict", invasion: "invasion",
  coup: "coup", election: "election", vote: "vote", referendum: "referendum", poll: "poll", primary: "primary", campaign: "campaign",
  deal: "deal", merger: "merger", acquisition: "acquisition", purchase: "purchase", takeover: "takeover", sale: "sale",
  offer: "offer", proposal: "offer", bid: "bid", contract: "contract", agreement: "agreement", bailout: "bailout", package: "package",
  loan: "loan", trial: "trial", verdict: "verdict", sentencing: "sentencing", arraignment: "arraignment", hearing: "hearing",
  arrest: "arrest", chase: "chase", pursuit: "chase", standoff: "standoff", hijacking: "hijacking", kidnapping: "kidnapping",
  outbreak: "outbreak", epidemic: "epidemic", pandemic: "pandemic", launch: "launch", summit: "summit", visit: "visit",
  meeting: "meeting", talks: "talks", ceremony: "ceremony", funeral: "funeral", game: "game", match: "match", race: "race",
  season: "season", birthday: "birthday", announcement: "announcement", recall: "recall", layoff: "layoff", layoffs: "layoff",
  evacuation: "evacuation", rescue: "rescue", investigation: "investigation", incident: "incident", disaster: "disaster",
  escape: "escape", jailbreak: "escape", breakout: "escape", manhunt: "manhunt",
  surgery: "surgery", transplant: "transplant", amputation: "amputation",
  collapse: "collapse", sinking: "sinking", capsizing: "sinking", shipwreck: "sinking",
});

export function eventKey(t: TaggedToken | undefined): string | null {
  if (!t || t.pos !== "NOUN") return null;
  return EVENT_NOUNS[t.text.toLowerCase()] ?? EVENT_NOUNS[t.lemma] ?? null;
}

/** "The police", "Marfin bank officials" → "police", "marfin bank officials": the key of a name or noun phrase. */
export function keyOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/^(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+/, "")
    .replace(/['’]s$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The text of tokens from..to (inclusive) as written. */
export function textOf(sentence: FrameSentence, from: number, to: number): string {
  const a = sentence.tokens[from];
  const b = sentence.tokens[to];
  if (!a || !b || to < from) return "";
  return sentence.text.slice(a.start, b.end);
}
