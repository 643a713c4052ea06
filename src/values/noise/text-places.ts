/**
 * A place in a text told by a number in words after its label: "on page twenty of the cookbook",
 * "chapter three of the memoir", "verse sixteen", "paragraph four of the ruling", "section two",
 * "Chapter Eleven". Such a number locates a passage; it counts nothing, so it is no claim (the
 * same labels before digits are read as labels by the quantity grammar, quantity/index.ts
 * LABEL_BEFORE, and as references when capitalized: section-numbers.ts).
 *
 * Not a place: a count of the label's noun ("four pages", "twenty chapters"), a number that a
 * unit or a counted plural follows ("turned the page twenty years later", "a section two miles
 * long": it counts those), or a number after a mark ("the last page, twenty people said").
 */
import { noise, type NoiseHit } from "./noise-mention.js";
import { CARDINAL_WORD_SOURCE } from "../quantity/number-words.js";
import { readUnitAfter } from "../quantity/units.js";
import { isFunctionWord } from "../quantity/counted.js";
import { execAll } from "../exec-all.js";

/** Labels of a place in a text, singular or plural ("pages twenty to thirty"). */
const LABEL = String.raw`(?:pages?|chapters?|sections?|paragraphs?|verses?|clauses?)`;
/** One number in words, compounds included ("twenty-five", "twenty five", "one hundred"). */
const NUMBER = String.raw`${CARDINAL_WORD_SOURCE}(?:(?:-|[ \t]+)${CARDINAL_WORD_SOURCE})*`;
const PLACE = new RegExp(String.raw`(?<![\p{L}\p{N}-])${LABEL}[ \t]+(${NUMBER})(?![\p{L}\p{N}-])`, "giu");
/** The word after the number. */
const WORD_AFTER = /^[ \t]+(\p{L}+)/u;
/** Words after a number that make it a count of something else ("twenty more", "two other"). */
const COUNT_WORDS = /^(?:people|men|women|children|more|other|per)$/i;

/** Whether the word after the number makes it a count: a plural noun, a unit ("twenty years", "two miles"). */
function countedAfter(text: string, end: number): boolean {
  const w = WORD_AFTER.exec(text.slice(end, end + 24))?.[1];
  if (w !== undefined && (COUNT_WORDS.test(w) || (w.length > 3 && /[^su'’]s$/i.test(w) && !isFunctionWord(w)))) return true;
  return readUnitAfter(text, end) !== null;
}

export function findTextPlaces(text: string): NoiseHit[] {
  const hits: NoiseHit[] = [];
  for (const m of execAll(PLACE, text)) {
    const number = m[1]!;
    const end = m.index + m[0].length;
    if (countedAfter(text, end)) continue;
    hits.push(noise(m.index + m[0].length - number.length, number, "section-number", "section-number/text-place"));
  }
  return hits;
}
