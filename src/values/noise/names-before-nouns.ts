/**
 * A number that is part of a name standing before a noun, not a count of that noun:
 * - a brand or a name made of a number alone, after "the" and before a singular noun that closes
 *   the phrase: "the 76 station on Main Road", "at the 24 shop," (a count of two or more takes a
 *   plural: "76 stations", "the 9 diners"); not a number before a unit or a length of time ("the 20
 *   minute drive", "the 3 km stretch") nor before a noun that another noun follows ("the 25 member
 *   council", "the 23 pirate boats": a size or a count of what the last noun names);
 * - a name of two to four capitalized words and its number, before a lower-case noun: "the Sea Me
 *   We 3 cable", "the Middle East-Western Europe 4 cable network", "Sea Me We 4 and Sea Me We 3
 *   lines". Not a count in words ("Six AK 47 rifles" are six rifles, the model is names.ts's), not a
 *   date ("the March 4 vote", "Friday 13 people"), not a count after a phrase that opens a sentence
 *   ("In New York 12 people died": a preposition heads the run), not people ("Port Vale 3 residents"), not a count of a unit a word further on ("the United States
 *   3 full years ahead"),
 *   and not a line in title case (a headline: "Storm Leaves 300 Families Homeless").
 * Numbered roads ("Route 9 diner") and glued model names ("AK-47s", "SMW4") are addresses.ts's
 * and identifiers.ts's.
 */
import { noise, type NoiseHit } from "./noise-mention.js";
import { isPersonNoun } from "../quantity/people.js";
import { readUnitAfter } from "../quantity/units.js";
import { isFunctionWord } from "../quantity/counted.js";
import { TENS_WORDS, UNIT_WORDS } from "../quantity/number-words.js";
import { titleCased } from "./title-case.js";
import { monthWords, weekdayWords } from "../calendar-words.js";

/**
 * A number of one to three digits between spaces, before a lower-case word. The space before it is
 * checked by hand (isBlank): found from its digits, the search skips what holds none, where a look
 * behind the number tried at every character took five times as long.
 */
const NUMBER_BEFORE_WORD = /\d{1,3}(?=[ \t]+\p{Ll})/gu;

/** Whether the character at `i` is a space or a tab. */
function isBlank(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c === 9;
}
const WORD_AFTER = /[ \t]+(\p{Ll}+)(?![\p{L}\p{N}'’-])/uy;
const SECOND_WORD = /[ \t]+(\p{Ll}+)/uy;
/** Then what closes the phrase: a mark, the end, or a word that opens what follows. */
const PHRASE_END = /^(?:[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:on|in|at|near|off|along|by|of|and|or|where|which|that|who|was|is|has|had|across|outside|opposite)\b)/u;
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he[ \t]+$/u;
/** Two to four capitalized words right before the number, the whole run (no capitalized word before it). */
const NAME_BEFORE = /(?:^|[^\p{L}\p{N}'’.-][ \t]*|^)((?:\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*[ \t]+){2,4})$/u;
/** Words that are no part of a name: prepositions and words that open a sentence, months, weekdays, titles. */
const NOT_NAME_WORD = new RegExp(`^(?:In|On|At|By|For|From|To|With|About|Around|Over|Under|Some|Nearly|Almost|Only|Just|All|Another|The|A|An|And|But|Or|Of|After|Before|Since|Until|Than|Between|Among|Below|Above|When|While|As|If|Then|Now|Also|Mr|Mrs|Ms|Dr|${monthWords({ forms: "both" })}|${weekdayWords()})$`);
/** Units of time and measure the quantity grammar reads as units ("the 20 minute drive"). */
const TIME_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|percent|per|points?|times|degrees?|yards?|inch(?:es)?|feet|foot|miles?)$/;

const singular = (word: string): boolean => !/s$/.test(word) || /(?:ss|us|is)$/.test(word);

export function findNamesBeforeNouns(text: string): NoiseHit[] {
  const hits: NoiseHit[] = [];
  NUMBER_BEFORE_WORD.lastIndex = 0;
  for (let m = NUMBER_BEFORE_WORD.exec(text); m; m = NUMBER_BEFORE_WORD.exec(text)) {
    const start = m.index;
    // (digits right after a digit cannot follow a space either: the search may go on after these)
    if (!isBlank(text, start - 1)) continue;
    const end = start + m[0].length;
    WORD_AFTER.lastIndex = end;
    const w = WORD_AFTER.exec(text);
    if (!w) continue;
    const noun = w[1]!;
    // (three letters at least: "the 9 p.m. news", "the 7 am train" are clocks)
    // (nor a participle or an adverb: "less than the 300 promised", "the 40 expected")
    if (noun.length < 3 || /(?:ed|ing|ly)$/.test(noun) || TIME_UNIT.test(noun) || isFunctionWord(noun) || readUnitAfter(text, end)) continue;
    const before = text.slice(Math.max(0, start - 48), start);
    if (THE_BEFORE.test(before)) {
      // "the 76 station on …": a singular noun that closes the phrase
      if (singular(noun) && PHRASE_END.test(text.slice(WORD_AFTER.lastIndex, WORD_AFTER.lastIndex + 12)) && !isPersonNoun(noun, noun)) {
        hits.push(noise(start, m[0], "identifier", "identifier/name-before-noun"));
      }
      continue;
    }
    const name = NAME_BEFORE.exec(before);
    if (!name) continue;
    // "repaid the United States 3 full years ahead": a unit a word further on makes it a count
    SECOND_WORD.lastIndex = WORD_AFTER.lastIndex;
    const second = SECOND_WORD.exec(text);
    if (second && (TIME_UNIT.test(second[1]!) || readUnitAfter(text, WORD_AFTER.lastIndex))) continue;
    const words = name[1]!.trim().split(/[ \t-]+/);
    // (a count in words opens no name: "Six AK 47 rifles" are six rifles)
    if (words.some((x) => NOT_NAME_WORD.test(x) || UNIT_WORDS[x.toLowerCase()] !== undefined || TENS_WORDS[x.toLowerCase()] !== undefined) || isPersonNoun(noun, noun) || titleCased(text, start)) continue;
    const from = start - name[1]!.length;
    hits.push(noise(from, text.slice(from, end), "identifier", "identifier/name-before-noun"));
  }
  return hits;
}
