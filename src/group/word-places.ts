/** Where a value's text stands in its sentence as a word of its own. */
import { escapeRegExp } from "../values/exec-all.js";

/**
 * Where a value's text stands in its sentence as a word of its own, or -1 when it does not or
 * stands there more than once: "eight" in "five of Creighton's first eight points" is the second
 * "eight" of the letters but the only word "eight".
 */
export function soleWordAt(sentence: string, text: string): number {
  const places = wordPlaces(sentence, text);
  return places.length === 1 ? places[0]! : -1;
}

/**
 * Every place `text` stands in `sentence` as a word of its own (no letter or digit either side),
 * left to right and not overlapping, as the expression `(?<![\p{L}\p{N}])text(?![\p{L}\p{N}])`
 * finds them.
 */
export function wordPlaces(sentence: string, text: string): number[] {
  if (text === "") return [];
  // A text with a surrogate may meet half of a pair in the sentence: the expression decides.
  if (SURROGATE.test(text)) return wordPlacesByExpression(sentence, text);
  // Without one, a match starts and ends between whole characters, and the search is the
  // expression's: left to right, the next one after the end of the last (indexOf, no expression
  // compiled per call, which took most of the time of judging a large archive).
  const places: number[] = [];
  for (let i = sentence.indexOf(text); i >= 0; ) {
    if (!isWordCodePoint(codePointBefore(sentence, i)) && !isWordCodePoint(sentence.codePointAt(i + text.length))) {
      places.push(i);
      i = sentence.indexOf(text, i + text.length);
    } else i = sentence.indexOf(text, i + 1);
  }
  return places;
}

/** wordPlaces by the expression it is defined by, with \p{L} and \p{N} as word characters. */
function wordPlacesByExpression(sentence: string, text: string): number[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`, "gu");
  return [...sentence.matchAll(re)].map((m) => m.index);
}

const SURROGATE = /[\ud800-\udfff]/;
const WORD_CODE_POINT = /^[\p{L}\p{N}]$/u;

/** The code point that ends right before `at` (a surrogate pair as one), or undefined at the start. */
function codePointBefore(text: string, at: number): number | undefined {
  if (at <= 0) return undefined;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(at - 2);
  }
  return low;
}

function isWordCodePoint(cp: number | undefined): boolean {
  if (cp === undefined) return false;
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return WORD_CODE_POINT.test(String.fromCodePoint(cp));
}
