/**
 * Where temporal expressions can start, found in one pass over the text.
 *
 * One global, case-insensitive regex lists the candidate tokens: digit runs, the apostrophe of
 * "'90s"/"'82", month and weekday names, the words an expression can start with ("late",
 * "from", "last", "every", "a" …) and the date words that must follow a function word ("year",
 * "ago", "morning" …). Then, without any further regex:
 *   - names must be capitalized ("May 2025", not "you may"), words must stand alone;
 *   - a function word ("the", "a", "over", "first" …) is kept only when a date word or a digit
 *     follows within KEY_WINDOW characters ("the first half of 2025", "a few years ago"), which
 *     spares the grammar most of the language's commonest words.
 */
import { HOLIDAY_START } from "./holidays.js";
import { MONTH_ABBR, MONTH_FULL, WEEKDAY } from "./lexicon.js";

/** Words an expression can start with that carry a date by themselves. */
const SELF_DATING = "morning|afternoon|evening|current|recent|annual|today|yesterday|tomorrow|tonight|now|currently|nowadays|presently|recently|lately|annually|yearly|weekly|daily|monthly|hourly|quarterly|biannually|biennially|fortnightly|nightly|noon|midnight|midday|spring|summer|autumn|fall|winter|years|months|weeks|days|decades|centuries|hours|minutes|second|minute|hour|day|week|month|year|decade|century";
/** Words an expression can start with that need a date word after them. */
const FUNCTION_WORDS = [
  "the|early|mid|late|from|between|around|about|circa|c|ca|approximately|roughly|some|sometime",
  "last|this|that|these|next|past|previous|preceding|coming|current|following|same|earlier|later|at|very|every|each|per",
  "once|twice|thrice|first|second|third|fourth|final|initial|latter|beginning|start|end|middle|close",
  "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen",
  "eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|several|few|many|dozens|numerous|half",
  "more|less|over|under|nearly|almost|just|well|up|fiscal|single|exactly|precisely",
].join("|");
/** Date words that license a function word before them (besides digits and names). */
const KEY_WORDS =
  "seconds?|minutes?|hours?|days?|weeks?|weekends?|fortnights?|months?|quarters?|half|years?|decades?|century|centuries|millenni(?:um|a)|past|future|present|moment|term|being|mornings?|afternoons?|evenings?|nights?|times?|ago|today|yesterday|tomorrow|tonight|spring|summer|autumn|fall|winter" +
  // the tens of a decade written in words: "the nineteen sixties"
  "|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties";
const NAMES = `${MONTH_FULL}|${MONTH_ABBR}|${WEEKDAY}|${WEEKDAY.replace(/\|/g, "s|")}s`;

const SCAN = new RegExp(`\\b(?:${HOLIDAY_START}|${NAMES}|${SELF_DATING}|${FUNCTION_WORDS}|${KEY_WORDS}|[QH][1-4])\\b|\\bFY(?=[\\s\\u00a0]?['’]?\\d)|\\d+|['’](?=\\d\\d)`, "gi");
/**
 * The top-level alternatives of an expression's source ("a|b(?:c|d)|[e|f]" → a, b(?:c|d), [e|f]).
 */
function alternativesOf(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/**
 * The same alternatives grouped by their first letter ("year|years|may|May Day" →
 * "y(?:ear|ears)|m(?:ay|ay Day)"), for a case-insensitive expression: the engine then tries at a
 * position only the words that start with its letter, in their order. Two alternatives that start
 * with different letters never match at the same position, so the first that matches there is
 * the one the flat list finds. An alternative must start with a letter or a class of letters.
 */
function byFirstLetter(alternatives: readonly string[]): string {
  const groups = new Map<string, string[]>();
  const add = (letter: string, rest: string): void => {
    const group = groups.get(letter);
    if (group) group.push(rest);
    else groups.set(letter, [rest]);
  };
  for (const alt of alternatives) {
    const klass = /^\[([A-Za-z]+)\]/.exec(alt);
    if (klass) {
      for (const letter of new Set(klass[1]!.toLowerCase())) add(letter, alt.slice(klass[0].length));
    } else if (/^[A-Za-z](?![?*+{])/.test(alt)) add(alt[0]!.toLowerCase(), alt.slice(1));
    else throw new Error(`anchors: cannot group the alternative ${alt}`);
  }
  return [...groups].map(([letter, rests]) => `${letter}(?:${rests.join("|")})`).join("|");
}

/**
 * SCAN without the function words: every token but theirs. Its words are grouped by their first
 * letter (byFirstLetter): the same tokens, found in some 20% less time than by the flat list of
 * some 150 words tried at every word of the text.
 */
const KEY_SCAN = new RegExp(
  `\\b(?:${byFirstLetter(alternativesOf(`${HOLIDAY_START}|${NAMES}|${SELF_DATING}|${KEY_WORDS}|[QH][1-4]`))})\\b|\\bFY(?=[\\s\\u00a0]?['’]?\\d)|\\d+|['’](?=\\d\\d)`,
  "gi",
);
/** KEY_SCAN as one flat list, as SCAN holds it: what ONLY_FUNCTION's words are checked against. */
const KEY_SCAN_FLAT = new RegExp(`\\b(?:${HOLIDAY_START}|${NAMES}|${SELF_DATING}|${KEY_WORDS}|[QH][1-4])\\b|\\bFY(?=[\\s\\u00a0]?['’]?\\d)|\\d+|['’](?=\\d\\d)`, "gi");
/** The function words KEY_SCAN does not read as something else ("the", "a", "over"; not "past", "second"). */
const ONLY_FUNCTION = new RegExp(
  `\\b(?:${FUNCTION_WORDS.split("|")
    .filter((w) => !new RegExp(`^(?:${KEY_SCAN_FLAT.source})$`, "i").test(w))
    .join("|")})\\b`,
  "gi",
);
const NAME_SET = new Set(NAMES.split("|"));
const HOLIDAY_TEST = new RegExp(`^(?:${HOLIDAY_START})$`);
const SELF_DATING_SET = new Set(SELF_DATING.split("|"));
const FUNCTION_SET = new Set(FUNCTION_WORDS.split("|"));
const KEY_TEST = new RegExp(`^(?:${KEY_WORDS})$`);
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** How far after a function word its date word may stand: "the [first half of the year]". */
export const KEY_WINDOW = 48;

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return WORD_CHAR.test(ch);
}

const enum Role {
  None = 0,
  Anchor = 1,
  Key = 2,
  AnchorAndKey = 3,
  FunctionWord = 4,
}

function roleOf(token: string): Role {
  const c = token.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 39 || c === 0x2019) return Role.AnchorAndKey;
  if (NAME_SET.has(token) || HOLIDAY_TEST.test(token)) return Role.AnchorAndKey; // capitalized as written
  if (token.length === 2 && (c === 81 || c === 72)) return Role.Anchor; // Q3, H1
  if (token === "FY") return Role.Anchor; // FY2007
  // Lower case, or capitalized at a sentence start; names in lower case are words ("may", "march").
  const second = token.charCodeAt(1);
  if (token.length > 1 && second >= 65 && second <= 90) return Role.None;
  const lower = c >= 65 && c <= 90 ? String.fromCharCode(c + 32) + token.slice(1) : token;
  let role = Role.None;
  if (SELF_DATING_SET.has(lower)) role |= Role.AnchorAndKey;
  if (FUNCTION_SET.has(lower)) role |= Role.FunctionWord;
  if (KEY_TEST.test(lower)) role |= Role.Key;
  return role;
}

/**
 * Offsets at which the grammar should be tried, in text order: what anchorOffsetsInOnePass gives,
 * found faster. A function word alone ("the", "a", "over": most of the tokens of prose) counts
 * only before a date word, so the scan reads every other token first and looks for those function
 * words only in the KEY_WINDOW before each date word. (No token of SCAN holds a function word or
 * starts inside one, so leaving them out changes no other token.)
 */
export function anchorOffsets(text: string): number[] {
  const starts: number[] = [];
  const needsKey: boolean[] = [];
  const keys: number[] = [];
  readTokens(KEY_SCAN, text, 0, text.length, starts, needsKey, keys);
  if (keys.length > 0) {
    const more: number[] = [];
    const moreNeedsKey: boolean[] = [];
    const none: number[] = []; // a function word alone is no date word
    let from = 0;
    for (const key of keys) {
      const lo = Math.max(from, key - KEY_WINDOW + 1);
      if (lo < key) readTokens(ONLY_FUNCTION, text, lo, key, more, moreNeedsKey, none);
      from = Math.max(from, key);
    }
    if (more.length > 0) merge(starts, needsKey, more, moreNeedsKey);
  }
  return withKeys(starts, needsKey, keys);
}

/** The tokens of `scan` that start in [from, to), as anchors (and date words) by their roles. */
function readTokens(scan: RegExp, text: string, from: number, to: number, starts: number[], needsKey: boolean[], keys: number[]): void {
  // NOTE: the module's expressions, rewound, not copies per call: compiling a copy of a large
  // source (or finding it in the engine's cache) cost more than the scan of a sentence. A window
  // short of the end is searched in its own slice: in the whole text a search that finds nothing
  // in [from, to) would go on to the next match however far it is (a long table of numbers holds
  // a date word at every number and a function word nowhere), which made the scan quadratic.
  const whole = from === 0 && to === text.length;
  const searched = whole ? text : text.slice(from, to);
  const base = whole ? 0 : from;
  scan.lastIndex = 0;
  for (let m = scan.exec(searched); m !== null; m = scan.exec(searched)) {
    const at = base + m.index;
    const token = m[0];
    // \b knows ASCII only: "é2021" or "theé" are not tokens either.
    const c0 = token.charCodeAt(0);
    const isWord = (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122);
    if (isWordChar(text[at - 1]) || (isWord && token !== "FY" && isWordChar(text[at + token.length]))) continue;
    const role = roleOf(token);
    if (role & Role.Key) keys.push(at);
    if (role & (Role.Anchor | Role.FunctionWord)) {
      starts.push(at);
      needsKey.push((role & Role.Anchor) === 0);
    }
  }
}

/** Two runs of starts in text order, merged into the first. */
function merge(starts: number[], needsKey: boolean[], more: readonly number[], moreNeedsKey: readonly boolean[]): void {
  const a = starts.splice(0);
  const an = needsKey.splice(0);
  let i = 0;
  let j = 0;
  while (i < a.length || j < more.length) {
    if (j >= more.length || (i < a.length && a[i]! < more[j]!)) {
      starts.push(a[i]!);
      needsKey.push(an[i++]!);
    } else {
      starts.push(more[j]!);
      needsKey.push(moreNeedsKey[j++]!);
    }
  }
}

/** The starts that are anchors: those that need no date word, and those with one within KEY_WINDOW after them. */
function withKeys(starts: readonly number[], needsKey: readonly boolean[], keys: readonly number[]): number[] {
  const out: number[] = [];
  let k = 0;
  for (let i = 0; i < starts.length; i++) {
    const at = starts[i]!;
    if (needsKey[i]) {
      while (k < keys.length && keys[k]! <= at) k++;
      if (k >= keys.length || keys[k]! >= at + KEY_WINDOW) continue;
    }
    out.push(at);
  }
  return out;
}

/** The definition anchorOffsets is held to (test/perf/anchors.test.ts): one scan over every token. */
export function anchorOffsetsInOnePass(text: string): number[] {
  const starts: number[] = [];
  const needsKey: boolean[] = [];
  const keys: number[] = [];
  readTokens(SCAN, text, 0, text.length, starts, needsKey, keys);
  return withKeys(starts, needsKey, keys);
}
