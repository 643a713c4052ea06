/**
 * A day told as how long something will take: "it could take until 12 March before power is
 * restored", "crews will take until Friday to reopen the bridge". The light verb "take" names no
 * happening; the verb of the clause after the day ("before … restored", "to … reopen") is the
 * happening the day is forecast for, and it is read as the claim's predicate (predicate-classes.ts
 * predicateOf). Only a verb of a known class is taken ("take until Friday to decide" keeps "take"
 * when "decide" is in none), and only within the clause right after the day.
 */
import type { Claim } from "../types.js";

/** "until"/"till" right before the day (over "the", "early", "mid-", "late"). */
const UNTIL_BEFORE = /\b(?:until|till)\s+(?:(?:the|early|mid|late|about|around)[\s-]+)?$/i;
/** The clause after the day: "before" or "to", then its words up to a stop or a comma. */
const CLAUSE_AFTER = /^\s*,?\s*(?:before|to)\s+([^,.;:!?]*)/i;
/** How many words of that clause are looked at for its verb. */
const CLAUSE_WORDS = 6;

/** The base forms a word may be of: itself, without "-s", "-d", "-ed", "-ing", "-ied" → "-y". */
function bases(word: string): string[] {
  const w = word.toLowerCase();
  const out = [w];
  if (w.endsWith("ied")) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith("ed")) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith("ing")) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
  if (w.endsWith("s")) out.push(w.slice(0, -1));
  return out;
}

/**
 * The verb of the clause after a day that "take" carries ("take until 12 March before power is
 * restored" → restore), as a base form for which `known` holds; null for none. `c` must be a date
 * claim whose frame reads "take".
 */
export function tookUntil(c: Pick<Claim, "sentence" | "text">, known: (word: string) => boolean): string | null {
  const at = c.sentence.indexOf(c.text);
  if (at < 0 || !UNTIL_BEFORE.test(c.sentence.slice(Math.max(0, at - 24), at))) return null;
  if (!/\btak(?:e|es|en|ing)|\btook\b/i.test(c.sentence.slice(Math.max(0, at - 40), at))) return null;
  const m = CLAUSE_AFTER.exec(c.sentence.slice(at + c.text.length));
  if (!m) return null;
  for (const word of m[1]!.split(/\s+/).slice(0, CLAUSE_WORDS)) {
    const base = bases(word.replace(/[^\p{L}-]/gu, "")).find(known);
    if (base) return base;
  }
  return null;
}
