/**
 * Counts told in a round word: "a dozen", "two dozen", "half a dozen", "a score of". News writes
 * them as counts of about that many ("a dozen shots rang out" for eleven or thirteen), as it writes
 * "about 12", so the value layer reads them approximate: about 12, 24, 6 or 20, with the
 * tolerance a qualifier would give ("about 12": 11.5–12.5, and the judge's slack). Such a count
 * agrees with 12 and only diverges from 11 or 13. A count the writer states to be precise
 * ("exactly a dozen", "precisely two dozen") stays exact; one with its own qualifier ("more than
 * a dozen", "about a dozen", "a dozen or so") keeps that qualifier's reading.
 *
 * Must read round: "a dozen rounds", "two dozen units", "half a dozen men", "the dozen eggs",
 * "a score of villagers". Must not: "twelve rounds", "12 rounds", "exactly a dozen eggs",
 * "precisely two dozen"; and "score" as a game's or a test's ("a score of 3-1", "a score of
 * ninety", "the score of the match") counts nothing.
 */
import type { Mention, QuantityValue } from "../../types.js";
import { readCounted, unitOfCounted } from "./counted.js";
import { CARDINAL_WORD_SOURCE } from "./number-words.js";
import { bounds, readQualifierBefore } from "./qualifiers.js";
import type { StatedNumber } from "./stated-number.js";
import { wordTable } from "../word-table.js";

/** The scale word a round count ends with. */
const ROUND_SCALE = /^dozen$/i;

/** A word that states the count is precise, right before it. */
const PRECISE_BEFORE = /\b(?:exactly|precisely)\s+$/i;

/**
 * Whether the number `stated`, which starts at `start` in `text` and has no qualifier of its own,
 * is a round count (see the header).
 */
export function isRoundCount(text: string, start: number, stated: StatedNumber): boolean {
  if (!stated.words || stated.scale === null || !ROUND_SCALE.test(stated.scale)) return false;
  return !PRECISE_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

const SCORES = wordTable<number>({ a: 1, one: 1, two: 2, three: 3, four: 4 });

/** "a score of" and what follows it, up to three words, the last a plural noun. */
const SCORE_OF = /\b(a|one|two|three|four)\s+score\s+of\s+((?:[a-z]+\s+){0,2}?(?:[a-z]+[a-rt-z]s|[a-z]*(?:people|men|children)|police|staff|cattle))\b/gi;

/** A number or a thing scored among the words after "of": a game's or a test's score ("a score of twenty points", "a score of top marks"). */
const NUMBER_AMONG = new RegExp(String.raw`\b(?:${CARDINAL_WORD_SOURCE}|nil|zero|love|par|points|marks|runs|goals|percent)\b`, "i");

/** Each "a score of" + plural noun, as a round count of about 20 of that noun (see the header). */
export function findScores(text: string): Mention[] {
  if (!/score\s+of/i.test(text)) return [];
  const out: Mention[] = [];
  SCORE_OF.lastIndex = 0;
  for (let m = SCORE_OF.exec(text); m; m = SCORE_OF.exec(text)) {
    if (NUMBER_AMONG.test(m[2]!)) continue;
    const n = 20 * SCORES[m[1]!.toLowerCase()]!;
    const scoreEnd = m.index + /^\S+\s+score/i.exec(m[0])![0].length;
    const counted = readCounted(text, scoreEnd, true, true);
    const windowStart = Math.max(0, m.index - 24);
    const q = readQualifierBefore(text.slice(windowStart, m.index), windowStart);
    const b = bounds(n, 1, q ? q.qualifier : "around");
    const start = q ? q.edge : m.index;
    const end = m.index + /^\S+\s+score\s+of/i.exec(m[0])![0].length;
    const value: QuantityValue = { type: "quantity", min: b.min, max: b.max, unit: unitOfCounted(counted.phrase, counted.written), approximate: b.approximate, qualifier: q ? q.qualifier : null, nominal: n };
    out.push({ offset: start, length: end - start, text: text.slice(start, end), kind: "quantity", value, timex: null, relative: false, pattern: q ? "quantity/qualified-words" : "quantity/words", counted: counted.phrase });
  }
  return out;
}
