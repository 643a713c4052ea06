/**
 * Sentence boundaries with offsets. A line break always ends a sentence (news files put one
 * paragraph or heading per line); inside a line, . ! ? end one when followed by a space and a
 * capital, digit or opening quote — unless the word before is an abbreviation ("U.S. troops",
 * "Mr. Dar", "Jan. 5") or an initial ("A. Khan"), or the "?" is a currency sign an encoding lost
 * before an amount ("to lend? 22.4bn to Greece"), or the dot is a decimal point a tokenizer
 * parted from its digits ("a content of. 09 percent").
 */
import { monthWords } from "../values/calendar-words.js";

export interface Sentence {
  /** Offset of the first character (UTF-16) in the document. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof gen col lt maj capt sgt sen rep gov pres st mt jr sr inc ltd co corp bros vs etc al " +
    `${monthWords({ forms: "short" }).toLowerCase().split("|").join(" ")} ` +
    "no nos vol pp ed eds fig approx est dept univ govt " +
    "u.s u.k u.n e.g i.e a.m p.m u.s.a d.c"
  ).split(" "),
);

// A candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace, then a
// sentence opener. "U.S. troop" (lower-case next word) never matches.
const BOUNDARY = /[.!?]+["'”’)\]]*\s+(?=["“‘'(\[]?[\p{Lu}\p{N}])/gu;

const LETTER_OR_DOT = /[\p{L}.]/u;

const LOST_CURRENCY = /^\p{Ll}\? \d+(?:[.,]\d+)?[-\s]?(?:bn|m|mn|billion|million|trillion)\b/u;

/** A word glued to a dot, one space, then digits that start with 0: ". 09", never a sentence's first figure. */
const PARTED_DECIMAL = /^\p{L}\. 0\d/u;

/** The longest abbreviation, with its dot. */
const LONGEST = Math.max(...[...ABBREVIATIONS].map((a) => a.length)) + 1;

function isAbbreviationBefore(line: string, dotIndex: number): boolean {
  let i = dotIndex;
  // ASCII letters and dots by their codes; any other character (one UTF-16 unit) by the expression.
  for (; i > 0; i--) {
    const c = line.charCodeAt(i - 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46) continue;
    if (c < 128 || !LETTER_OR_DOT.test(line[i - 1]!)) break;
  }
  if (dotIndex - i > LONGEST) return false;
  const word = line.slice(i, dotIndex).toLowerCase();
  if (word.length === 1) return true; // an initial: "A. Khan"
  return ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\.$/, ""));
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  for (let m = lineBreak.exec(text); m; m = lineBreak.exec(text)) {
    splitLine(text, lineStart, m.index, out);
    lineStart = m.index + m[0].length;
  }
  splitLine(text, lineStart, text.length, out);
  return out;
}

/**
 * The sentences of one line, text[start, end) (it holds no line break), with offsets into
 * `text`, added to `out`: what splitSentences gives for that stretch, without looking for
 * line breaks. `enough`, asked after each sentence added, stops the reading when it says so (a
 * caller that needs a line's first sentences only: a line may be a whole document); the sentences
 * read up to then are those of the whole reading, since a boundary is told by what stands around it.
 */
export function splitLine(text: string, start: number, end: number, out: Sentence[] = [], enough?: (out: Sentence[]) => boolean): Sentence[] {
  const line = text.slice(start, end);
  let sentenceStart = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
    if (m[0].startsWith(".") && isAbbreviationBefore(line, m.index)) continue;
    // "to lend? 22.4bn to Greece": a currency sign an encoding turned into "?", glued to the word
    // before an amount with a scale, does not end a sentence
    if (m[0] === "? " && LOST_CURRENCY.test(line.slice(m.index - 1, m.index + 24))) continue;
    // "a content of. 09 percent": a decimal point a tokenizer parted from its digits, not an end
    if (m[0] === ". " && PARTED_DECIMAL.test(line.slice(m.index - 1, m.index + 4))) continue;
    const stop = m.index + m[0].trimEnd().length;
    pushTrimmed(out, text, start + sentenceStart, start + stop);
    sentenceStart = m.index + m[0].length;
    if (enough?.(out)) return out;
  }
  pushTrimmed(out, text, start + sentenceStart, end);
  enough?.(out);
  return out;
}
