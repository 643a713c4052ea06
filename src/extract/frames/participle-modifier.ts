/**
 * A past participle between a count and the noun it counts qualifies that noun and is no verb of
 * the clause: "13 loaded magazines were found", "two armed men robbed a shop", "40 damaged homes
 * were torn down", also after an adverb of degree ("13 fully loaded magazines", "three heavily armed
 * men"). Read as a verb, the participle took the count's predicate ("load", "arm") from the clause's
 * own verb, and the counted noun was lost behind it. The noun must be the one the value layer
 * counted (its unit), so a participle that takes an object stays a verb ("12 killed two guards").
 * Must read as a modifier: "13 loaded magazines", "13 fully loaded magazines", "three heavily armed
 * men", "40 damaged homes". Must not: "12 killed two guards" (a count before the noun, no unit),
 * "five arrested" (no noun after), "three men armed with knives" (the participle follows the noun),
 * "two quickly" (no participle after the adverb), "six blocked shots" (a noun of an act: the
 * participle names the act, a block), "we have 355 damaged shops" (a clause of "have" or "be"
 * only states the count: the participle tells what happened to the things counted).
 */
import type { TaggedToken } from "../../types.js";
import { singular } from "../../values/quantity/counted.js";
import { isPersonNoun } from "../../values/quantity/people.js";
import { eventKey } from "./sentence.js";

const PARTICIPLE = /^\p{Ll}{2,}(?:ed|en)$/u;
const DEGREE = /^\p{Ll}{3,}ly$/u;

/**
 * Nouns of acts, whose participle before them names the act done ("six blocked shots", "three
 * missed kicks", "40 confirmed deaths"): there the participle stays the count's verb.
 */
const ACTS = /^(?:shot|hit|vote|pass|goal|attempt|throw|kick|fumble|punt|save|tackle|play|death|injury|casualty|fatality|arrest|case|call)$/;

/**
 * A form of "have" or "be" right before the count ("we have 355 damaged shops", "there were 40
 * flooded homes", "had six blocked shots"): the clause only states the count, and the participle
 * names what happened to the things counted, so it stays the count's verb.
 */
function stateBefore(tokens: readonly TaggedToken[], first: number): boolean {
  for (let i = first - 1; i >= 0 && i >= first - 4; i--) {
    const t = tokens[i]!;
    if (t.lemma === "have" || t.lemma === "be") return true;
    if (!(t.pos === "ADV" || t.pos === "DET" || t.pos === "PART" || /^(?:about|around|over|than|more|less|nearly|almost|some)$/i.test(t.text))) return false;
  }
  return false;
}

/** Whether the noun at `k` is the one the value layer counted (`unit`). */
function isCountedNoun(t: TaggedToken | undefined, unit: string): boolean {
  if (!t || t.pos !== "NOUN" || unit === "" || ACTS.test(t.lemma) || eventKey(t) !== null) return false;
  const word = t.text.toLowerCase();
  return singular(word) === unit || t.lemma === unit || (unit === "person" && isPersonNoun(word, t.text));
}

/** Whether the participle at `k` stands right before the counted noun. */
function participleAt(tokens: readonly TaggedToken[], k: number, unit: string): boolean {
  const t = tokens[k];
  return t !== undefined && (t.pos === "VERB" || t.pos === "ADJ") && PARTICIPLE.test(t.text) && isCountedNoun(tokens[k + 1], unit);
}

/**
 * Whether the token at `k`, after a count that ends at `last`, is a participle that qualifies the
 * counted noun (or the adverb of degree before one): see the module's comment.
 */
export function participleBeforeCounted(tokens: readonly TaggedToken[], k: number, last: number, unit: string, first = last): boolean {
  if (stateBefore(tokens, first)) return false;
  if (k === last + 1 && tokens[k]?.pos === "ADV" && DEGREE.test(tokens[k]!.text)) return participleAt(tokens, k + 1, unit);
  if (k === last + 1) return participleAt(tokens, k, unit);
  return k === last + 2 && tokens[k - 1]?.pos === "ADV" && DEGREE.test(tokens[k - 1]!.text) && participleAt(tokens, k, unit);
}

/**
 * A word in -ing that the tagger read as a noun right after a plural noun, with no noun after it,
 * is a participle of a reduced relative clause on the plural ("two boats closing in on it", "three
 * trucks heading north", "40 workers striking for pay"), not the head of a compound: a count of
 * more than one counts the plural. Compounds of a plural and a gerund are followed by their own
 * noun or stand alone as a mass ("arms smuggling ring"), so a noun after the -ing word keeps it.
 * Must stop at the plural: "two boats closing in", "three trucks heading north". Must not:
 * "a weapons training course" (a noun after it), "the boat closing" (no plural before it).
 */
export function participleAfterPlural(tokens: readonly TaggedToken[], k: number): boolean {
  const plural = tokens[k];
  const ing = tokens[k + 1];
  if (!plural || !ing || plural.pos !== "NOUN" || ing.pos !== "NOUN" || !/^\p{Ll}{3,}ing$/u.test(ing.text)) return false;
  const word = plural.text.toLowerCase();
  if (!/[^s]s$/.test(word) || plural.lemma === word) return false;
  const after = tokens[k + 2];
  return after === undefined || after.pos !== "NOUN";
}
