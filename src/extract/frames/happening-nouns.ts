/**
 * A date after the noun of the happening it dates, read by the predicate component (predicate.ts
 * eventBefore), for two ways news writes it that the event nouns of sentence.ts miss:
 *   - nouns of a happening to one person or one force that are no event of their own ("his death
 *     on Thursday", "its deployment on 2 June", "her arrival in May", "his disappearance in
 *     1998"): the date is that happening's, not the day of the clause's verb ("the cause of his
 *     death on Thursday was not known" is no knowing on Thursday; "sank a trawler … since its
 *     deployment on 2 June" is no sinking on 2 June);
 *   - a place told between such a noun and the date ("his death at home on Thursday", "her
 *     arrival in Keld on Monday"): the place is where, and the date still the happening's. (Not
 *     after the event nouns of sentence.ts, which a verb often takes as its object or a phrase
 *     as its place, and whose date is then the verb's or the clause's: "knocked down the blaze at
 *     the depot on 4 June", "was at the meeting in Dorling on 4 June, when …", "his fourth game in
 *     a row on Sunday".)
 *
 * Must read: death / "at home" / Thursday; deployment / 2 June; arrival / "in Keld" / Monday.
 * Must not read: "the station in Leeds on Monday" (no happening), "was arrested at home on Monday"
 * (a verb before the place: the verb's to read), "the death toll in Kandor on Monday" (the noun
 * modifies another), "mourned his death at home on Monday" (the noun a verb's object), "knocked
 * down the blaze at the depot on 4 June" (an event noun).
 */
import type { TaggedToken } from "../../types.js";
import { lower } from "./sentence.js";
import { wordTable } from "../../values/word-table.js";

/** Nouns of a happening to someone or something, by the word a frame reads them as. */
const HAPPENING_NOUNS = wordTable<string>({
  death: "death", deployment: "deployment", redeployment: "redeployment", arrival: "arrival", departure: "departure",
  disappearance: "disappearance", retirement: "retirement",
});

/** The happening a noun of HAPPENING_NOUNS names, or null (another word, a noun that modifies the next: "death toll"). */
export function happeningNoun(tokens: readonly TaggedToken[], k: number): string | null {
  const t = tokens[k];
  if (!t || t.pos !== "NOUN" || tokens[k + 1]?.pos === "NOUN") return null;
  return HAPPENING_NOUNS[lower(t)] ?? null;
}

/** Prepositions that open the place a happening is told at. */
const PLACE_PREPOSITION = /^(?:at|in|near|outside|off)$/;
/** Words a short place phrase is made of: nouns, names, adjectives, articles and possessives ("his home", "the town hall"). */
const PLACE_WORD = new Set(["NOUN", "PROPN", "ADJ", "DET", "PRON"]);
/** How many words a place phrase between a happening's noun and its date may hold. */
const PLACE_WORDS = 4;

/** Whether the noun at k heads the object of a verb: "mourned his death", "announced her arrival". */
function objectOfVerb(tokens: readonly TaggedToken[], k: number): boolean {
  let b = k - 1;
  while (b >= 0 && (tokens[b]!.pos === "DET" || tokens[b]!.pos === "ADJ" || tokens[b]!.pos === "PRON")) b--;
  return tokens[b]?.pos === "VERB";
}

/**
 * For the last word `k` before a date's preposition, when it ends a short place phrase ("at home",
 * "in Keld", "at the town hall") that follows a noun of HAPPENING_NOUNS no verb takes as its
 * object, the index of that noun; else -1.
 */
export function happeningBeforePlace(tokens: readonly TaggedToken[], k: number): number {
  let j = k;
  while (j > k - PLACE_WORDS && j > 0 && PLACE_WORD.has(tokens[j]?.pos ?? "") && !PLACE_PREPOSITION.test(lower(tokens[j]))) j--;
  if (j === k || !PLACE_PREPOSITION.test(lower(tokens[j]))) return -1;
  const noun = j - 1;
  return happeningNoun(tokens, noun) !== null && !objectOfVerb(tokens, noun) ? noun : -1;
}
