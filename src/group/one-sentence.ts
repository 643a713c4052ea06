/**
 * Two figures of one sentence told of two subjects. A report that states two figures of one frame
 * side by side tells two things apart itself: "Brenton Corp. fell 4.2%, while Castellan slipped
 * 1.1%", "the Orvik index rose 2%, and Talbria's index was up 0.5%", "Mendal, which lost 8%, and
 * Pryce, which dropped 9%". Between the first figure and the second a clause opens ("while",
 * "whilst", "whereas", "and", "but", a comma or semicolon of a list) whose subject is a name: the
 * second figure completes that clause, so it is told of another subject than the first, and the
 * two are two occurrences (group.ts keeps them apart; when a second report tells the sentence
 * again, each of its figures meets the one of the same subject, not a divergence of both).
 *
 * Kept together: a total and its part ("12 people, including three children"; "of whom", "among
 * them"), a change ("to 12, up from 10"; "than"), a figure told again in other words ("or"), a
 * range ("between 10 and 12"), and any clause between that names no one ("and 3 more later").
 */
import type { Claim } from "../types.js";
import { soleWordAt } from "./word-places.js";
import { calendarWords } from "../values/calendar-words.js";

/**
 * A clause opened between the figures whose subject is a name: a word that opens clauses, then at
 * most three words in small letters that are not prepositions ("while the affiliated Brask 30
 * index", not "and died on Monday"), then a capital that is no day or month (in full, or cut short with its period: "and Sept. 3").
 */
const NAMED_CLAUSE =
  new RegExp(
    String.raw`(?:[,;]|\b(?:while|whilst|whereas|and|but)\b)\s+(?:(?!(?:on|in|at|by|for|to|of|from|with|since|until|after|before|during|per|as|into|over|under|near)\b)\p{Ll}[\p{L}'-]*\s+){0,3}(?!(?:${calendarWords()}|UTC|GMT)\b|(?:${calendarWords({ forms: "short" })})\.)\p{Lu}`,
    "u",
  );

/** Words between two figures that make the second a part of the first, a change of it, or it again. */
const ONE_THING = /\b(?:including|includes|among|of whom|of which|of them|from|than|or|compared|between|out of)\b/iu;

/** Where each claim's text stands in their shared sentence, in order; null when it cannot be placed. */
function places(a: Claim, b: Claim): [number, number, number] | null {
  const [first, second] = a.offset <= b.offset ? [a, b] : [b, a];
  const at = soleWordAt(first.sentence, first.text);
  if (at < 0) return null;
  const next = at + (second.offset - first.offset);
  if (first.sentence.slice(next, next + second.text.length) !== second.text) return null;
  return [at, at + first.text.length, next];
}

/** Whether two claims of one sentence of one report tell their figures of two named subjects. */
export function toldOfTwoSubjects(a: Claim, b: Claim): boolean {
  if (a.document !== b.document || a.sentence !== b.sentence || a.offset === b.offset) return false;
  const at = places(a, b);
  if (at === null || at[1] > at[2]) return false;
  const between = a.sentence.slice(at[1], at[2]);
  return NAMED_CLAUSE.test(between) && !ONE_THING.test(between);
}
