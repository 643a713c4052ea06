/**
 * A rule's trigger written as a word of a league's or an association's name that a contest noun
 * follows: "the Missouri Valley Conference tournament", "the Big Ten Conference title", "the
 * Summit League championship". The name stands for the body whose contest it is, not for a meeting
 * or a summit the rule dates. Must match those (a capitalized trigger after a capitalized word, a
 * contest noun in lower case right after it). Must not match "the Munich Security Conference opened
 * on Friday" (no contest noun after), "the conference tournament" (no name: the trigger in lower
 * case), "a Conference on trade" (no name before it).
 */
import type { TermMatch } from "./terms.js";

const CONTEST_AFTER = /^[\s\u00a0]+(?:tournament|tourney|championships?|title|finals?|semifinals?|semi-finals?|quarterfinals?|quarter-finals?|playoffs?|season|standings|opener|schedule|crown|cup)\b/;
const NAME_WORD_BEFORE = /(?<![\p{L}])(?!(?:The|A|An|This|That|Its|His|Her|Their|Our|In|At|On)[\s\u00a0])\p{Lu}[\p{L}.'’-]*[\s\u00a0]+$/u;

export function contestBodyName(sentence: string, trigger: TermMatch): boolean {
  if (!/^\p{Lu}/u.test(trigger.text)) return false;
  return NAME_WORD_BEFORE.test(sentence.slice(Math.max(0, trigger.start - 30), trigger.start)) && CONTEST_AFTER.test(sentence.slice(trigger.end, trigger.end + 30));
}
