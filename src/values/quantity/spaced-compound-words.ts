/**
 * A tens word and a unit word written with a space ("twenty four", "thirty five") are one number,
 * as with a hyphen (24, 35): number-words.ts reads them so. One construction parts them: the unit
 * word glued by a hyphen to the word after it opens a compound adjective ("four-person",
 * "six-member"), and then the tens word counts the noun the compound qualifies: "the twenty
 * four-person teams" are twenty teams of four. After "a" or "an" the noun is one thing, so the
 * two words stay one number: "a twenty four-hour strike" is a strike of 24 hours.
 */
import { TENS_WORDS, UNIT_WORDS } from "./number-words.js";

const SPACED_COMPOUND = /^([a-z]+)[ \t]+([a-z]+)$/i;
/** A hyphen and a letter right after the unit word: the compound adjective it opens. */
const OPENS_COMPOUND = /^-\p{L}/u;
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:a|an|one)[ \t]+$/iu;

/**
 * The length of the tens word alone when `words` (read at `start` of `text`) is a tens word and a
 * unit word that opens a compound adjective ("twenty" of "twenty four-person teams"); null when
 * the words stand as one number.
 */
export function tensBeforeCompound(text: string, start: number, words: string): number | null {
  const m = SPACED_COMPOUND.exec(words);
  if (!m || TENS_WORDS[m[1]!.toLowerCase()] === undefined) return null;
  const unit = UNIT_WORDS[m[2]!.toLowerCase()];
  if (unit === undefined || unit < 1 || unit > 9) return null;
  const end = start + words.length;
  if (!OPENS_COMPOUND.test(text.slice(end, end + 2))) return null;
  if (ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return null;
  return m[1]!.length;
}
