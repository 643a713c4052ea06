/**
 * Counts of times written as one adverb: "was postponed twice", "twice delayed", "has thrice won
 * the cup". Each is the count "two times" or "three times" would be (counted "times"), so that
 * it compares with a count written in figures or words. Not a multiplier or a rate: "twice as
 * many", "twice the size", "twice that", "twice ours", "twice a week", "twice in each
 * week", "twice daily", "twice over".
 */
import type { Mention, QuantityValue } from "../../types.js";
import { wordTable } from "../word-table.js";

const TIMES = wordTable<number>({ twice: 2, thrice: 3 });

const ADVERB = /\b(twice|thrice)\b/gi;

/** Words after the adverb that make it a multiplier or a rate, not a count of times. */
const NOT_A_COUNT_AFTER = /^[\s\u00a0]*(?:as|the|that|this|those|these|a|an|per|its|their|his|her|our|my|your|ours|theirs|hers|mine|yours|what|in[\s\u00a0]+(?:each|every)|daily|weekly|monthly|yearly|annually|hourly|nightly|over|more|less|fewer|[-–—]|[0-9$€£%])(?![A-Za-z])/i;

/** Each "twice" or "thrice" that counts times, as a quantity of times. */
export function findRepetitions(text: string): Mention[] {
  const out: Mention[] = [];
  ADVERB.lastIndex = 0;
  for (let m = ADVERB.exec(text); m; m = ADVERB.exec(text)) {
    const end = m.index + m[0].length;
    if (NOT_A_COUNT_AFTER.test(text.slice(end, end + 16))) continue;
    const n = TIMES[m[1]!.toLowerCase()]!;
    const value: QuantityValue = { type: "quantity", min: n, max: n, unit: "time", approximate: false, qualifier: null, nominal: n };
    out.push({ offset: m.index, length: m[0].length, text: m[0], kind: "quantity", value, timex: null, relative: false, pattern: "quantity/words", counted: "times" });
  }
  return out;
}
