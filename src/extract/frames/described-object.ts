/**
 * The person or thing an active verb is done to, named after words that describe it: "placed
 * undrafted rookie running back Ed Moss on the list", "arrested 23-year-old Tom Veld on Sunday",
 * "signed free-agent guard Ana Diaz". News puts an age, a rank, a position or a status before a
 * name it writes as the verb's object, and the name is who underwent what the verb tells (the
 * claim's patient): claims about two different people ("placed Ed Moss" and "placed Al Rivera")
 * are not one occurrence. The words between the verb and the name are lower-case words of
 * description (adjectives, nouns, participles, words glued by hyphens) or a figure of age; the name
 * is a full name (two or more capitalized words, not a weekday or a month) that no noun follows.
 * Must read: "placed undrafted rookie running back Ed Moss" → Ed Moss; "arrested 23-year-old Tom
 * Veld" → Tom Veld. Must not read: "arrested two men on Sunday" (no name), "signed a deal with
 * Ed Moss" (a preposition before the name), "fined the Keld Rovers coach" (a noun after the name:
 * the name describes the noun), "placed him on the list" (a pronoun), "visited Ed Moss" (no words
 * of description: the plain noun phrase reads it), "beat 40-year-old Reid" (one word of a name),
 * more than six words before the name.
 */
import type { TaggedToken } from "../../types.js";
import { isClauseEnd } from "./sentence.js";
import { calendarWords } from "../../values/calendar-words.js";

/** How many words of description may stand between the verb and the name. */
const DESCRIPTION_REACH = 6;
/** A weekday or month, in full or cut short with its period ("Sept.", "Thurs."; "Jan" alone may be a name). */
const CALENDAR = new RegExp(`^(?:${calendarWords()}|(?:${calendarWords({ forms: "short" })})\\.)$`);

/**
 * A word that can describe a person or thing before its name: a lower-case adjective, noun or
 * participle, a figure (of an age), a hyphen, or an adverb after a word in -ing ("running back",
 * predicate.ts titleBeforeName).
 */
function describes(tokens: readonly TaggedToken[], k: number): boolean {
  const t = tokens[k]!;
  if (t.text === "-" || t.pos === "NUM") return true;
  if (!/^[\p{Ll}\p{N}]/u.test(t.text)) return false;
  if (t.pos === "ADV") return /^\p{Ll}+ing$/u.test(tokens[k - 1]?.text ?? "");
  return t.pos === "ADJ" || t.pos === "NOUN" || t.pos === "VERB";
}

/** The name (its first and last index) that words of description from `from` lead to, or null. */
export function describedObject(tokens: readonly TaggedToken[], from: number): { from: number; to: number } | null {
  // (a verb glued by a hyphen to the word after it is part of a compound: "left-hander")
  if (tokens[from]?.text === "-") return null;
  let k = from;
  while (k < tokens.length && k - from < DESCRIPTION_REACH && !isClauseEnd(tokens[k]) && describes(tokens, k)) k++;
  if (k === from) return null;
  // (the words end with a word of description, not a hyphen or a figure alone)
  const last = tokens[k - 1]!;
  if (last.text === "-" || last.pos === "NUM") return null;
  const first = tokens[k];
  if (!first || first.pos !== "PROPN" || !/^\p{Lu}/u.test(first.text) || CALENDAR.test(first.text)) return null;
  let to = k;
  while (tokens[to + 1]?.pos === "PROPN" && /^\p{Lu}/u.test(tokens[to + 1]!.text) && !CALENDAR.test(tokens[to + 1]!.text)) to++;
  // a full name, as name-key.ts keys a described one: one capitalized word may be a team, a
  // place or a person the report named before ("beat 40-year-old Reid": left to the plain reading)
  if (to === k) return null;
  // "fined the Keld Rovers coach": a name that describes the noun after it
  const next = tokens[to + 1];
  if (next && (next.pos === "NOUN" || /^['’]s?$/.test(next.text))) return null;
  return { from: k, to };
}
