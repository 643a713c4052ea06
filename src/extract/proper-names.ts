/**
 * Proper-name runs in one sentence, read from capitalization alone: "Foreign Minister Ishaq Dar",
 * "the Marshall group", "NATO", "Lieutenant J. N. Maffit", "St. Louis". Owns what counts as a
 * capitalized word and where a run stops; actors.ts decides which runs name someone.
 *
 * A capitalized word inside a sentence is part of a name (as in compromise's titlecase rule); the
 * first word of a sentence is one only when a capitalized word follows it ("Ishaq Dar said …"),
 * since "In", "The", "Our" start sentences too. A run goes on over spaces, initials and
 * abbreviations ("Mr.", "St.") and stops at any other punctuation, so "Wyoming, Utah" is two runs.
 * Words with digits ("F-16"), all-capital acronyms and roman numerals ("NATO", "XXXIV") and the
 * pronoun "I" are never names.
 * No tagger runs: ~50× faster than part-of-speech tagging, and the result does not depend on a
 * statistical model.
 */
import { execAll } from "../values/exec-all.js";
import { MONTH_ABBR, MONTH_FULL } from "../values/temporal/lexicon.js";

/** Words that start sentences without naming anyone ("In Kabul …", "Our …", "Last …"). */
const FUNCTION_WORDS = new Set(
  (
    "a an the this that these those it its he she we they i you his her their our my your " +
    "in on at by for from to with of after before since during under over about above across against along among around " +
    "and but or nor so yet if when while as though although because unless until whereas whether where which who whom whose what why how " +
    "there here then thus hence however moreover furthermore meanwhile nevertheless also still even only just " +
    "last next first second third some many most much more few several all any each every no not none both either neither " +
    "is are was were be been being has have had do does did will would shall should can could may might must " +
    "let upon within without between through throughout toward towards into onto per via " +
    "one two three four five six seven eight nine ten yesterday today tomorrow now recently earlier later " +
    "such other another same own"
  ).split(" "),
);

/** A month's name, in full or cut short ("March", "Sept."): with a day after it, a date. */
const MONTH = new RegExp(`^(?:${MONTH_FULL}|${MONTH_ABBR})\\.?$`);

/** Abbreviations whose period does not end a sentence and that carry a name on: "St. Louis", "Mr. Dar". */
const ABBREVIATIONS = new Set("st mr mrs ms dr gen lt col capt maj sgt sen rep gov pres prof mt ft jr sr messrs hon rev adm cmdr gov supt".split(" "));

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;
const TITLE_CASE = /^\p{Lu}[\p{Ll}'’]/u;
const INITIALS = /^(?:\p{Lu}\.)+$/u; // "J.", "U.S."
const INITIALS_LED = /^(?:\p{Lu}\.)+-\p{L}/u; // "U.S.-led"
const ACRONYM = /^\p{Lu}{2,}$/u; // "NATO", "TTP", "XXXIV"

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(sentence: string): Word[] {
  const words: Word[] = [];
  for (const m of execAll(WORD, sentence)) {
    let text = m[0];
    // "Kabul." — a final period is punctuation, unless the word is initials ("U.S.") or an abbreviation.
    if (text.endsWith(".") && !INITIALS.test(text) && !ABBREVIATIONS.has(text.slice(0, -1).toLowerCase())) text = text.slice(0, -1);
    words.push({ text, start: m.index, end: m.index + text.length });
  }
  return words;
}

function capitalized(w: string): boolean {
  // (a lower-case ASCII letter or a digit first: none of the expressions below can match)
  const c = w.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return false;
  if (/\d/.test(w) || w === "I") return false;
  // "TTP", "NATO", "UNHCR": acronyms are tagged apart, not as names; "XXXIV" is a number.
  if (ACRONYM.test(w)) return false;
  return TITLE_CASE.test(w) || INITIALS.test(w) || INITIALS_LED.test(w);
}

/** A period after an abbreviation or initials does not end the sentence: "Mr. Monroe", "J. N. Maffit". */
function endsSentence(between: string, previous: Word | undefined): boolean {
  if (/[!?:;]/.test(between)) return true;
  // an opening quote starts a quoted sentence ("… said: “The …", ' "We …'); a closing one before a
  // space does not: 'Vincent "The Chin" Gigante' and '"We won" Smith said' go on with a name
  if (/["“‘]/.test(between) && !/["”’]\s+$/.test(between)) return true;
  if (!between.includes(".")) return false;
  return !previous || !(INITIALS.test(previous.text) || previous.text.endsWith("."));
}

export function properNameRuns(sentence: string): string[] {
  const words = wordsOf(sentence);
  // whether word i starts a sentence, asked only of capitalized words (most words are not)
  const starts: (boolean | undefined)[] = [];
  const startsAt = (i: number): boolean => (starts[i] ??= i === 0 || endsSentence(sentence.slice(words[i - 1]!.end, words[i]!.start), words[i - 1]));
  const proper = words.map((w, i) => {
    if (!capitalized(w.text)) return false;
    // after a spaced dash, as after a dateline ("DUNMORE, May 2 - Two barns burned"), a clause
    // starts: a function or number word there names no one
    if (i > 0 && FUNCTION_WORDS.has(w.text.toLowerCase()) && /\s[-–—]+\s*$/.test(sentence.slice(words[i - 1]!.end, w.start))) return false;
    if (!startsAt(i)) return true;
    if (FUNCTION_WORDS.has(w.text.toLowerCase())) return false;
    const next = words[i + 1];
    // "Born March 29, 1930, in Leeds", "Elected May 4 2001": a first word before a date names no one
    if (next !== undefined && MONTH.test(next.text) && /^\d/.test(words[i + 2]?.text ?? "")) return false;
    return next !== undefined && capitalized(next.text) && /^\s+$/.test(sentence.slice(w.end, next.start));
  });
  const runs: string[] = [];
  const spans: [number, number][] = [];
  let runStart = -1;
  for (let i = 0; i <= words.length; i++) {
    const joins = i < words.length && proper[i] && runStart >= 0 && /^[\s.]*$/.test(sentence.slice(words[i - 1]!.end, words[i]!.start)) && !startsAt(i);
    if (joins) continue;
    if (runStart >= 0) {
      runs.push(sentence.slice(words[runStart]!.start, words[i - 1]!.end));
      spans.push([words[runStart]!.start, words[i - 1]!.end]);
    }
    runStart = i < words.length && proper[i] ? i : -1;
  }
  return withNicknamesLeftOut(sentence, runs, spans);
}

/** After a name's first part: a nickname in quotes ('"The Hawk"', '"Jerry"'), up to the next part. */
const NICKNAME_AFTER = /^\s+["“][^"“”\n]{1,30}["”]\s+/;

/**
 * 'Anna "The Hawk" Berg', 'Luis "Jerry" Ortiz': a nickname in quotes between the parts of one name.
 * The name is also read whole without it ("Anna Berg", "Luis Ortiz"). Not 'Anna said "Go" Monday'
 * (a word of the sentence after the name), nor 'Anna "Go" now' (no name after the quote).
 */
export function withNicknamesLeftOut(sentence: string, runs: string[], spans: readonly (readonly [number, number])[]): string[] {
  const out = runs;
  for (let k = 0; k < spans.length; k++) {
    const m = NICKNAME_AFTER.exec(sentence.slice(spans[k]![1], spans[k]![1] + 40));
    if (!m) continue;
    const next = spans[k]![1] + m[0].length;
    const l = spans.findIndex((sp) => sp[0] === next);
    if (l > k) out.push(`${runs[k]!} ${runs[l]!}`);
  }
  return out;
}
