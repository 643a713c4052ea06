/**
 * Ages: "a 45-year-old man", "45 years old", "aged 22", "at the age of 70", "died at 77", "he was
 * 12 when", "turns 29", "Kafoury, 63, of Warren", "Jane Roe (45)", "in her early 30s". Each is a
 * quantity of unit year (month, week, day for "a six-month-old") that counts "age", so that an age
 * is a claim about someone's age and never a toll or a count of people. TimeML reads "a 45-year-old"
 * as a duration (P45Y); the mention keeps that TIMEX, and src/values/index.ts lets ages take the
 * place of the durations they are. A bare number read as an age ("Kowal, 63,") has no TIMEX.
 */
import type { Mention, QuantityValue, Qualifier } from "../../types.js";
import { isPersonNoun, isRoleNoun } from "./people.js";
import { findAdverbAges } from "./ages-after-adverb.js";
import { readQualifierBefore } from "./qualifiers.js";
import { parseNumberWords } from "./number-words.js";
import { matchNear } from "../match-near.js";
import { execAll } from "../exec-all.js";
import { wordTable } from "../word-table.js";
import { monthWords, weekdayWords } from "../calendar-words.js";

const UNITS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
/** An age as written: "45", "six", "twenty-two", "a hundred". */
const NUM = String.raw`(?:\d{1,3}(?:\.\d)?|(?:${TENS})(?:[- ](?:${UNITS}))?|${UNITS}|(?:a|one)[- ]hundred)`;

export const AGE_COUNTED = "age";

/** "45-year-old", "six-month-old", "twenty-two-year-olds", "45 year old". */
const COMPOUND = new RegExp(String.raw`\b(${NUM})[- ](year|yr|month|week|day)s?[- ]olds?\b`, "gi");
/** "45 years old", "45-years-old", "26 years of age", "at least 25 years of age". */
const YEARS_OLD = new RegExp(String.raw`\b(${NUM})[- ](years?|yrs?\.?|months?)[- ](?:old\b|of[ \t]+age\b)`, "gi");
/** "aged 22", "age 22", "at age 22", "at the age of 22", "aged 18 to 25", "ages 5 and 7" (two ages). */
const AGED = new RegExp(String.raw`\b(?:aged|age|at[ \t]+the[ \t]+age[ \t]+of|ages)[ \t]+(${NUM})(?:[ \t]*(?:-|–|to)[ \t]*(${NUM}))?\b(?![ \t]*(?:%|percent|per[ \t]?cent|[.,]\d))`, "gi");
const AGE_PAIR = new RegExp(String.raw`\b(?:aged|ages)[ \t]+${NUM}(?:,[ \t]*${NUM})*,?[ \t]+and[ \t]+(${NUM})\b`, "gi");
/** A day named with no preposition: "Friday", "yesterday", "today", "tonight". */
const DAY_WORD = String.raw`(?:today|yesterday|tonight|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)`;
/**
 * "died at 77", "dead at 95", "died aged 81", "passed away on Sunday at 90", and with a short
 * phrase of where or when between: "dies in U.S. prison at 77", "died at home in Leeds at 90",
 * "died in a Dorset hospice aged 81" (up to four words after "in", "at", "on"); a day named with no
 * preposition ("died Friday at 80", "passed away yesterday aged 77"), such a day before the phrase
 * ("died yesterday in a city hospital at 88") and a manner adverb ("died peacefully at 88", "died
 * suddenly on Monday aged 54") stand between too.
 */
const DIED_AT = new RegExp(String.raw`\b(?:died|dies|dead|passed[ \t]+away)(?:[ \t]+\p{Ll}{3,}ly)?(?:[ \t]+${DAY_WORD}(?:[ \t]+(?:morning|afternoon|evening|night))?)?(?:[ \t]+(?:on|last|this|early|late|in|at)[ \t]+(?:[\p{L}.'’-]+[ \t]+){0,3}?[\p{L}.'’-]*\p{L}[\p{L}.'’-]*)?[ \t]+(?:at|aged)[ \t]+(?:the[ \t]+age[ \t]+of[ \t]+)?(${NUM})\b(?![ \t]*(?:[:%]|a\.?[ \t]?m\b|p\.?[ \t]?m\b|o['’]clock|percent|in[ \t]+the[ \t]+(?:morning|afternoon|evening)))`, "giu");
/** The verbs DIED_AT starts from: the expression runs only in short windows after them (matchNear). */
const DIED_KEY = /\b(?:died|dies|dead|passed)\b/gi;
/**
 * "He was 77.", "she is 45,", "who was 15 when", "who was 68 on Saturday" (the day of a birthday):
 * a person's age as the complement of be; not "she was three and a half miles away", "he was 12
 * on the list". "whose was" stands for "who was" (a slip: "whose" is never followed by a verb).
 */
const WAS = new RegExp(String.raw`\b(?:he|she|who|whose)[ \t]+(?:was|is|is[ \t]+now|would[ \t]+have[ \t]+been|would[ \t]+be|will[ \t]+be|had[ \t]+been)[ \t]+(?:only[ \t]+|just[ \t]+)?(${NUM})(?=[ \t]*[.,;!?)]|[ \t]*$|[ \t]+(?:when|at[ \t]+the[ \t]+time|and(?![ \t]+(?:a[ \t]+)?half\b)|but|today|yesterday|on[ \t]+(?:${weekdayWords()}))\b)`, "gim");
const OLD_KEY = /\b(?:olds?|of[ \t]+age)\b/gi;
const TURN_KEY = /\bturn/gi;
/** "turns 29 on April 11", "turned 30 last week", "will turn 40". */
const TURNS = new RegExp(String.raw`\b(?:turns|turned|turning|(?:to|will|would|['’]ll)[ \t]+turn)[ \t]+(${NUM})(?=[ \t]*[.,;!?)]|[ \t]*$|[ \t]+(?:on|in|this|next|last|today|tomorrow|yesterday|when|and|before|after)\b)`, "gim");
/**
 * "Kafoury, 63, of Warren", "the victim, 48, a clerk", "Ann Lee, 29.", "Joe Day, 45 of Dayton", "Ian
 * Moss, 31 and from Hull": a number set off by commas after a name or a person noun. Not "In Kabul, 12
 * were killed": the number must close its phrase (a comma, a full stop) or be followed by "of" and a
 * place, or by "and from" and a place (a bare "from" leaves a count: "in Leeds, 12 from Hull").
 */
// found from the comma and the number (fast), the name read backwards from the comma
const APPOSITION = /,[ \t]+(\d{1,3})(?=[ \t]*(?:[,;)](?!\d)|\.(?!\d)|$)|[ \t]+of[ \t]+\p{Lu}|[ \t]+and[ \t]+from[ \t]+\p{Lu})/gmu;
const WORD_BEFORE = /(?<![\p{L}'’.-])[\p{L}][\p{L}'’.-]{0,40}$/u;
/**
 * "Jane Roe (45)": a British way of giving an age — a capitalized word of letters, apostrophes
 * and hyphens (the whole run of them), spaces or tabs, and the number in parentheses. Found from
 * the parenthesis (fast: an expression that starts at every capital letter of a text took 1-2% of
 * a scan); the word is read backwards from it (nameBeforeSpaces).
 */
const PARENTHESIZED = /\((\d{1,3})\)/g;
const NAME_CHAR = /[\p{L}'’-]/u;

/**
 * The capitalized word that ends, with the spaces and tabs after it, right before `open`: what
 * `(?<![\p{L}'’-])([A-Z][\p{L}'’-]+)[ \t]+` matches there (code point by code point). Null when
 * none does.
 */
function nameBeforeSpaces(text: string, open: number): string | null {
  let i = open;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  if (i === open) return null;
  const end = i;
  let points = 0;
  while (i > 0) {
    const low = text.charCodeAt(i - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && i > 1 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
    const width = pair ? 2 : 1;
    const c = low < 128 ? null : text.slice(i - width, i);
    if (c === null ? !((low >= 65 && low <= 90) || (low >= 97 && low <= 122) || low === 39 || low === 45) : !NAME_CHAR.test(c)) break;
    i -= width;
    points++;
  }
  const first = text.charCodeAt(i);
  return points >= 2 && first >= 65 && first <= 90 ? text.slice(i, end) : null;
}
/** "in his 60s", "in her early thirties", "in their late 20s". */
const DECADE = new RegExp(String.raw`\bin[ \t]+(?:his|her|their)[ \t]+(?:(early|mid|late)[- ])?(?:(\d)0['’]?s|(twen|thir|for|fif|six|seven|eigh|nine)ties)\b`, "gi");

/** Capitalized words before ", 12," that are not names: months, weekdays, and words that open a clause. */
const NOT_A_NAME = new RegExp(`^(?:${monthWords({ forms: "both" })}|${weekdayWords()}|No|Nos|Vol|Page|Chapter|Section|Article|Table|Figure|Round|Game|Week|Day|Year|Grade|Level|Phase|Part|Step|Stage|Total|Score|In|On|At|By|Of|And|But|Or|So|Then|Now|Also|However|Meanwhile|Overall)$`);
/** A weekday cut short with its period ("Thurs.", "Sat."): no name (without one, "Sun" may be a name). */
const SHORT_WEEKDAY = new RegExp(`^(?:${weekdayWords({ forms: "short" })})\\.$`);

/** Whether a capitalized word before ", 12," (its period kept) is a name: not a word of NOT_A_NAME, nor a weekday cut short. */
function namedWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) && !NOT_A_NAME.test(word.replace(/\.$/, "")) && !SHORT_WEEKDAY.test(word);
}

const WHAT_HAPPENED = /^(?:killed|dead|died|wounded|injured|missing|hurt|arrested|captured|total|totals)$/i;

const TEN_WORDS = wordTable<number>({ twen: 20, thir: 30, for: 40, fif: 50, six: 60, seven: 70, eigh: 80, nine: 90 });

function numberOf(written: string): number | null {
  if (/^\d/.test(written)) return Number(written);
  const parsed = parseNumberWords(written.toLowerCase().replace(/ /g, "-"));
  return parsed && parsed.length === written.length ? parsed.value : parseNumberWords(written.toLowerCase())?.value ?? null;
}

function unitOf(word: string): "year" | "month" | "week" | "day" {
  const w = word.toLowerCase();
  if (w.startsWith("mo")) return "month";
  if (w.startsWith("we")) return "week";
  if (w.startsWith("da")) return "day";
  return "year";
}

function timexOf(min: number, max: number, unit: string): Mention["timex"] {
  if (min !== max) return null;
  const code = { year: "Y", month: "M", week: "W", day: "D" }[unit] ?? "Y";
  return { type: "DURATION", value: `P${min}${code}`, mod: null };
}

function age(text: string, start: number, end: number, min: number, max: number, unit: string, pattern: string, qualifier: Qualifier = null, approximate = false): Mention {
  const value: QuantityValue = {
    type: "quantity",
    min: qualifier === "up to" ? null : min,
    max: qualifier === "over" || qualifier === "at least" ? null : max,
    unit,
    approximate,
    qualifier,
    nominal: min === max ? min : null,
  };
  // TimeML annotates an age written with its unit ("a 45-year-old", "45 years old") as a duration;
  // a bare number read as an age ("Kowal, 63,", "he was 77") it leaves alone.
  const written = pattern === "quantity/age-compound" || pattern === "quantity/age-years-old";
  return { offset: start, length: end - start, text: text.slice(start, end), kind: "quantity", value, timex: written && !qualifier ? timexOf(min, max, unit) : null, relative: false, pattern, counted: AGE_COUNTED };
}

/** A plausible age in its unit (a person's, or a thing's: "an 18-year-old war"). */
function plausible(n: number | null, unit = "year"): n is number {
  return n !== null && n >= 0 && n <= (unit === "year" ? 130 : 200);
}

/** Every age in `text`, in order of position; where two readings overlap the first found wins. */
export function findAges(text: string): Mention[] {
  if (!AGE_KEY.test(text)) return [];
  const out: Mention[] = [];
  const taken = (start: number, end: number): boolean => out.some((m) => m.offset < end && start < m.offset + m.length);
  const push = (m: Mention | null): void => {
    if (m && !taken(m.offset, m.offset + m.length)) out.push(m);
  };
  // "old" and "of age", found once for both expressions
  const olds = execAll(OLD_KEY, text);
  for (const re of [COMPOUND, YEARS_OLD]) {
    // read only near "old" and "of age" (the number words before them would be tried at every word)
    for (const m of matchNear(text, olds, re, 40, 0)) {
      const unit = unitOf(m[2]!);
      const n = numberOf(m[1]!);
      if (!plausible(n, unit)) continue;
      // "under 45 years old", "at least 25 years of age"
      const windowStart = Math.max(0, m.index - 24);
      const q = readQualifierBefore(text.slice(windowStart, m.index), windowStart);
      const start = q ? q.edge : m.index;
      const pattern = re === COMPOUND ? "quantity/age-compound" : "quantity/age-years-old";
      push(age(text, start, m.index + m[0].length, n, n, unit, pattern, q?.qualifier ?? null, q?.qualifier === "around" || q?.qualifier === "nearly"));
    }
  }
  // "ages 47 and 48": the second age of a pair
  for (const m of execAll(AGE_PAIR, text)) {
    const n = numberOf(m[1]!);
    const start = m.index + m[0].length - m[1]!.length;
    if (plausible(n)) push(age(text, start, start + m[1]!.length, n, n, "year", "quantity/age-aged"));
  }
  for (const m of execAll(AGED, text)) {
    const low = numberOf(m[1]!);
    const high = m[2] !== undefined ? numberOf(m[2]) : low;
    if (!plausible(low) || !plausible(high) || high < low) continue;
    const start = m.index + m[0].indexOf(m[1]!, m[0].search(/[ \t]/));
    push(age(text, start, m.index + m[0].length, low, high, "year", "quantity/age-aged"));
  }
  for (const m of matchNear(text, DIED_KEY, DIED_AT, 1, 100)) {
    const n = numberOf(m[1]!);
    // "died at 3": more likely a time of day than an age; an age this low is written with "aged"
    if (!plausible(n) || n < 13) continue;
    const start = m.index + m[0].lastIndexOf(m[1]!);
    push(age(text, start, start + m[1]!.length, n, n, "year", "quantity/age-died-at"));
  }
  for (const re of [WAS, TURNS]) {
    for (const m of re === TURNS ? matchNear(text, TURN_KEY, TURNS, 12, 40) : execAll(re, text)) {
      const n = numberOf(m[1]!);
      if (!plausible(n) || n < 1) continue;
      const start = m.index + m[0].lastIndexOf(m[1]!);
      push(age(text, start, start + m[1]!.length, n, n, "year", re === WAS ? "quantity/age-was" : "quantity/age-turns"));
    }
  }
  for (const m of execAll(APPOSITION, text)) {
    const word = WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 42), m.index))?.[0];
    if (!word) continue;
    const n = Number(m[1]);
    // not "Killed, 17; wounded, 67": a word of what happened heads a list of figures, not a person
    if (WHAT_HAPPENED.test(word)) continue;
    const named = namedWord(word);
    if (!(named || isPersonNoun(word.toLowerCase(), word) || isRoleNoun(word.toLowerCase())) || n < 1 || n > 120) continue;
    const start = m.index + m[0].length - m[1]!.length;
    push(age(text, start, start + m[1]!.length, n, n, "year", "quantity/age-apposition"));
  }
  // "The pilots, both 44,", "Ada Rusk, now 63,", "Then 70, the author" (ages-after-adverb.ts)
  for (const a of findAdverbAges(text)) {
    if (a.value < 1 || a.value > 120) continue;
    if (a.comma !== null) {
      const word = WORD_BEFORE.exec(text.slice(Math.max(0, a.comma - 42), a.comma))?.[0];
      if (!word || WHAT_HAPPENED.test(word)) continue;
      const named = namedWord(word);
      if (!a.both && !(named || isPersonNoun(word.toLowerCase(), word) || isRoleNoun(word.toLowerCase()))) continue;
    }
    push(age(text, a.start, a.end, a.value, a.value, "year", "quantity/age-adverb"));
  }
  for (const m of execAll(PARENTHESIZED, text)) {
    const name = nameBeforeSpaces(text, m.index);
    if (name === null) continue;
    const n = Number(m[1]);
    if (NOT_A_NAME.test(name) || n < 1 || n > 120) continue;
    const start = m.index + 1;
    push(age(text, start, start + m[1]!.length, n, n, "year", "quantity/age-parenthesized"));
  }
  for (const m of execAll(DECADE, text)) {
    const tens = m[2] !== undefined ? Number(m[2]) * 10 : TEN_WORDS[m[3]!.toLowerCase()]!;
    const part = m[1]?.toLowerCase();
    const [lo, hi] = part === "early" ? [0, 3] : part === "mid" ? [4, 6] : part === "late" ? [7, 9] : [0, 9];
    const start = m.index + m[0].search(/(?:early|mid|late|\d|twen|thir|for|fif|six|seven|eigh|nine)/i);
    push(age(text, start, m.index + m[0].length, tens + lo, tens + hi, "year", "quantity/age-decade", null, true));
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** What an age cannot do without: a digit or an age word. */
const AGE_KEY = /\d|year|month|week|aged?\b|ages\b|\bdie|dead|turn|\bin\s+(?:his|her|their)\b/i;

export function isAge(m: Mention): boolean {
  return m.counted === AGE_COUNTED && m.kind === "quantity";
}
