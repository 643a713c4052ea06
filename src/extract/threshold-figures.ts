/**
 * Figures a level is compared with, not figures of an occurrence: "stayed below the 8000 mark",
 * "broke through the 1,500-point barrier", "slipped under the 30,000 level", "closed above 12,000",
 * "oil held above $100 a barrel". The figure is a line a market, a price or a count is measured
 * against, named by the writer; the level reached is told by another figure ("at 7,812.40"), if
 * at all. Two reports that say "the 8000 mark" agree on nothing, and one that says "below 9,000"
 * does not set 9,000 against another report's close. Such a mention stays in the sentence's
 * mentions (it still takes part in the reading of the others) but is no claim of its own, as the
 * dates of dateless-mentions.ts are not.
 *
 * Read:
 *   - a figure followed by a noun of a line (mark, barrier, threshold, milestone), or by "level"
 *     or "line" after "the" ("the 8000 mark", "the 1,500-point barrier", "the 30,000 level");
 *   - a round figure (a whole hundred at least) right after "below", "above" or "beneath", with
 *     the words of the comparison as part of it or just before it ("below 9,000", "above $100 a
 *     barrel").
 * Not read: "closed at 8,100", "fell 300 points", "over 250 points" ("over" tells an amount more
 * often than a line), "below 85 percent", "a level of $2.10" (the level itself), "under 50 people".
 */
import type { Mention } from "../types.js";

/** Words of an age or a length of time in a mention. */
const TIME_WORDS = /\b(?:old|years?|months?|weeks?|days?|hours?|minutes?)\b/iu;

/** A noun of a line just after the figure (through a unit written with it: "1,500-point"). */
const LINE_AFTER = /^(?:[-\s]+points?)?[-\s]+(?:mark|barrier|threshold|milestone)s?\b/iu;
/**
 * "the 30,000 level", "the 100-dollar line": a level or a line after "the", closing its phrase
 * (not "the 85-foot level crossing", a noun "level" describes).
 */
const THE_LEVEL_AFTER = /^(?:[-\s]+(?:points?|dollars?))?[-\s]+(?:level|line)(?=\s*(?:[,.;:)]|$)|\s+(?:for|since|in|on|at|before|after|by|and|as|during|again|once|today|yesterday)\b)/iu;
const THE_BEFORE = /\bthe\s+$/iu;

/** A word of a comparison with a line, in the mention or just before it. */
const COMPARED = /^(below|above|beneath)\s/iu;
const COMPARED_BEFORE = /\b(below|above|beneath)\s+$/iu;

/** Verbs of a level moving, staying or being traded, that "below" or "above" a line follows. */
const MOVED = String.raw`(?:fell|falls?|falling|fallen|dropp?(?:ed|ing|s)?|dipp?(?:ed|ing|s)?|slipp?(?:ed|ing|s)?|sank|sinks?|sinking|slid(?:es?|ing)?|stay(?:ed|ing|s)?|remain(?:ed|ing|s)?|held|holds?|holding|clos(?:ed|es|ing)|end(?:ed|ing|s)?|finish(?:ed|es|ing)?|rose|rises?|rising|risen|climb(?:ed|ing|s)?|trad(?:ed|es|ing)|run|back)`;
/** Such a verb just before the comparison ("stayed below", "closed well above"), or before "to" in its clause ("fell 300 points to below"). */
const MOVED_BEFORE = new RegExp(String.raw`\b${MOVED}\s+(?:(?:just|well|further|back|again|even)\s+)?$|\b${MOVED}\b[^,;]{0,40}?\bto\s+$`, "iu");

/** Whether a quantity of a sentence is a line a level is compared with (see above). */
export function namesAThreshold(m: Mention, sentence: string): boolean {
  // (not an age or a length: "a 30-year-old mark" is a record's age)
  if (m.kind !== "quantity" || m.value?.type !== "quantity" || TIME_WORDS.test(m.text)) return false;
  const after = sentence.slice(m.offset + m.length, m.offset + m.length + 24);
  const before = sentence.slice(Math.max(0, m.offset - 60), m.offset);
  if (LINE_AFTER.test(after) || (THE_BEFORE.test(before) && THE_LEVEL_AFTER.test(after))) return true;
  // the words before the comparison, whether the mention holds it ("below 5000") or not
  const word = COMPARED.exec(m.text) ?? COMPARED_BEFORE.exec(before);
  if (word === null) return false;
  const lead = COMPARED.test(m.text) ? before : before.slice(0, before.length - word[0].length);
  if (!MOVED_BEFORE.test(lead)) return false;
  const n = m.value.nominal ?? m.value.max ?? m.value.min;
  return n !== null && n !== undefined && m.value.unit !== "percent" && n >= 100 && n % 100 === 0;
}
