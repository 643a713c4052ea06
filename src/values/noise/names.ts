/**
 * Numbers that are part of a name rather than an amount or a rank of something counted:
 * - model designators written with a space before what they name: "AK 47 rifles", "F 16 jets",
 *   "MiG 29 fighters" (glued ones, "AK-47", "F-16", are identifiers.ts's designators);
 * - names in capitals and hyphens with a number: "SEA-ME-WE 4", "WACS-2 3" (cable systems, programmes);
 * - drive configurations: "a 4x4", "a 6×6 truck";
 * - ordinals that name an area, a military unit or a street: "the 15th arrondissement", "the 3rd
 *   Infantry Division", "the 101st Airborne", "on 52nd Street", "Fifth Avenue";
 * - a number word written with a capital inside a sentence, before another capitalized word: "the
 *   Battle of Five Forks", "a day at Six Flags", "Three Rivers Stadium", "the Ten Commandments".
 *   Prose writes counts in lower case ("five people"), so the capital says it is a word of a name;
 *   a line in title case ("Blast Kills Five People In Market") says nothing, and is left alone;
 * - a number inside the name of a list, a ranking, a chart or an index: "the 'Top 12 Fugitives'
 *   list", "the Fortune 500 list", "the FTSE 100 index", "the Hot 40 chart". The name is a few
 *   capitalized words around the number, right before the kind of list; in quotation marks it is a
 *   name even in a title-case headline, without them only in prose ("Police Add 15 Names To List"
 *   counts names);
 * - the quoted title of a work that opens with a capitalized number word, scale words too: a film
 *   called "Seven Brides for Seven Brothers", "Thousand Island Dressing", the show "Million Pound Drop". The quotation
 *   marks close after a few capitalized words, so a quoted sentence that starts with a count ("Three
 *   Britons were hurt," she said) is left alone;
 * - a race named by its distance: "the 200 metre backstroke", "the 110m hurdles", "the 4x100m relay",
 *   "a 50-yard dash". The event's name follows the distance; a distance swum or run ("swam 200
 *   metres") or a pool's length is a measure and stays one.
 */
import { ORDINAL_WORD_SOURCE, TENS_WORDS, UNIT_WORDS } from "../quantity/number-words.js";
import { matchNear } from "../match-near.js";
import { readCounted } from "../quantity/counted.js";
import { noise, type NoiseHit } from "./noise-mention.js";
import { execAll } from "../exec-all.js";
import { at as gatedAt, gated } from "../first-chars.js";

/** What a spaced model designator names: weapons, aircraft, vehicles, engines. */
const MODEL_NOUNS = "(?:[Aa]ssault[ \\t]+)?[Rr]ifles?|[Gg]uns?|[Pp]istols?|[Cc]arbines?|[Ll]aunchers?|[Mm]issiles?|[Rr]ockets?|[Gg]renades?|[Jj]ets?|[Ff]ighters?|[Bb]ombers?|[Pp]lanes?|[Aa]ircraft|[Aa]irliners?|[Hh]elicopters?|[Cc]hoppers?|[Dd]rones?|[Tt]anks?|[Tt]rucks?|[Vv]ehicles?|[Ee]ngines?";
const SPACED_MODEL = new RegExp(`\\b(?:[A-Z]{1,4}|[A-Z][a-z][A-Z])[ \\t](\\d{1,4}[A-Z]?)(?=[ \\t]+(?:${MODEL_NOUNS})\\b)`, "g");

/** "SEA-ME-WE 4": a name of capitals joined by hyphens, then its number. */
const HYPHENATED_NAME = /\b[A-Z]{2,}(?:-[A-Z]{2,})+[ \t]\d{1,3}\b(?![.,]\d)/g;

/** "4x4", "6×6", "4x2": how many wheels a vehicle has and how many are driven. */
const DRIVE = /(?<![\p{N}.,])(?:4[x×]4|4[x×]2|6[x×]6|6[x×]4|8[x×]8)(?![\p{N}])/gu;

/** Areas, units and streets named by an ordinal. */
const ORDINAL_NAMED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d{1,3}(?:st|nd|rd|th|e|er|ème)|${ORDINAL_WORD_SOURCE})[ \\t]+(?:(?:Infantry|Armou?red|Airborne|Marine|Mountain|Cavalry|Special[ \\t]+Forces|Light|Motori[sz]ed|Mechani[sz]ed)[ \\t]+)?(?:arrondissement|district|precinct|ward|borough|congressional[ \\t]+district|parish|sector|division|regiment|battalion|brigade|fleet|army|corps|squadron|infantry|airborne|cavalry|street|avenue|St\\b\\.?|Ave\\b\\.?)(?![\\p{L}])`,
  "giu",
);

/**
 * What an ordinal can name (the expression is read only near these words). The words are grouped
 * by their first letter, in their order ("arrondissement|district|…|army|…|airborne|…|avenue" →
 * "a(?:rrondissement|rmy|irborne|venue)|d(?:istrict|ivision)|…"): the engine then tries at a word
 * only the words that start with its letter. Two words of different first letters never match at
 * one place, so it finds what the flat list finds (test/unit/values/noise-word-gates.test.ts).
 */
const NAMED_AREA = /\b(?:a(?:rrondissement|rmy|irborne|venue)|d(?:istrict|ivision)|p(?:recinct|arish)|w(?:ard)|b(?:orough|attalion|rigade)|s(?:ector|quadron|treet)|r(?:egiment)|f(?:leet)|c(?:orps|avalry)|i(?:nfantry))|\bSt\b|\bAve\b/gi;
/** NAMED_AREA as one flat list of its words, the definition the grouped one must keep (tests). */
export const NAMED_AREA_FLAT = /\b(?:arrondissement|district|precinct|ward|borough|parish|sector|division|regiment|battalion|brigade|fleet|army|corps|squadron|infantry|airborne|cavalry|street|avenue)|\bSt\b|\bAve\b/gi;
export { NAMED_AREA };

const capital = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const NUMBER_WORDS = [...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), "hundred", "thousand"].sort((a, b) => b.length - a.length);
/** Scale words that open a title as a number word does ("Million Dollar ...", "Billion Pound ..."). */
const SCALE_WORDS = ["million", "billion", "trillion"];
/** A capitalized number word ("Five", "Twenty-Nine"); whether it stands inside a name is checked around it. */
const CAPITALIZED_NUMBER = new RegExp(`\\b(?:${NUMBER_WORDS.map(capital).join("|")})(?:-(?:${[...NUMBER_WORDS, ...NUMBER_WORDS.map(capital)].join("|")}))?\\b`, "g");
/** Before it, a word in lower case (so not a sentence's first) or a comma; after it, a capitalized word. */
const AFTER_LOWER = /[\p{Ll},;)][ \t]+$/u;
const BEFORE_CAPITAL = /^[ \t]+\p{Lu}\p{Ll}/u;

/** Short words that title case leaves in lower case, so they do not tell a title from prose. */
const TITLE_LOWER = new Set(["the", "and", "for", "but", "nor", "yet", "off", "per", "via"]);

/** A word of three letters or more; one in lower case. */
const LONG_WORD = /\p{L}{3,}/gu;
const LOWER_START = /^\p{Ll}/u;

/**
 * Whether the line that starts at `start` is written in title case ("Blast Kills Five People In
 * Crowded Market"): hardly any of its words of three letters or more is in lower case. Its words
 * are counted where they stand, not copied out (a line may be a whole document).
 */
function titleCaseLine(text: string, start: number): boolean {
  const end = text.indexOf("\n", start);
  const stop = end < 0 ? text.length : end;
  let words = 0;
  let lower = 0;
  LONG_WORD.lastIndex = start;
  for (let m = LONG_WORD.exec(text); m !== null && m.index < stop; m = LONG_WORD.exec(text)) {
    const w = m[0];
    if (TITLE_LOWER.has(w)) continue;
    words++;
    if (LOWER_START.test(w)) lower++;
  }
  return words >= 3 && lower * 4 < words;
}

const QUOTE = "[\"'‘’“”]";
/** A capitalized word ("Most", "U.", "O'Neill"); a quotation mark after it closes the name. */
const CAP_WORD = "\\p{Lu}(?:[\\p{L}.-]|['’](?=\\p{L}))*";
/** What an index is of, between its name and the word "index": "the Nikkei 225 stock market index". */
const MARKET_WORDS = "(?:[Ss]tock|[Ss]hare|[Ee]quity|[Cc]omposite)(?:[ \\t]+[Mm]arket)?";
const LIST_KINDS = "(?:[Ll]ists?|[Rr]ankings?|[Cc]harts?|[Ii]ndex(?:es)?|[Ii]ndices)";
/**
 * A name of up to three capitalized words on each side of a number in digits (not a year: "the
 * 2010 Forbes list" dates the list), maybe quoted, then the kind of list (a number word there, "the Ten Most Wanted list", is a capitalized number word).
 */
export const LISTED_NAME = new RegExp(
  `(${QUOTE}[ \\t]?)?((?:${CAP_WORD}[ \\t]+){0,3})(?<![\\p{L}\\p{N}])((?!(?:1[5-9]|20)\\d\\d(?!\\d))\\d{1,4})((?:[ \\t]+${CAP_WORD}){0,3})([ \\t]?${QUOTE})?(?:[ \\t]+${MARKET_WORDS})?[ \\t]+${LIST_KINDS}(?![\\p{L}])`,
  "gu",
);
/**
 * What LISTED_NAME cannot match without: the kind of list after a space or a tab, with no letter
 * after it. LISTED_NAME is tried only in the run of name characters before each (listedNames).
 */
const LIST_KIND_AFTER_SPACE = new RegExp(`[ \\t]${LIST_KINDS}(?![\\p{L}])`, "gu");
/** LISTED_NAME tried at one place, behind the gate of the characters it can start with. */
const LISTED_NAME_AT = gated(new RegExp(LISTED_NAME.source, "uy"));
/**
 * What a listed name holds before its kind: letters (of its capitalized words and of the words of
 * a market), digits, quotation marks, full stops, hyphens, spaces and tabs. A match lies within
 * one run of them that ends at a kind of list; a surrogate is taken for a letter.
 */
function holdsName(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 32 || c === 9 || c === 34 || c === 39 || c === 46 || c === 45;
  return c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || (c >= 0xd800 && c <= 0xdfff) || LETTER.test(String.fromCharCode(c));
}
const LETTER = /\p{L}/u;

/**
 * The matches of LISTED_NAME, as execAll(LISTED_NAME, text) finds them, found by trying the
 * expression only where one can start: in the run of name characters (holdsName) that ends at each
 * kind of list after a space. LISTED_NAME tries its optional quotation mark and capitalized words at
 * every character of the text; a text that names a list or an index somewhere (the addresses name
 * a few hundred) was read whole for them. Every match starts at or after the run's start (it holds
 * nothing else before its kind) and at or before the kind, so no place where execAll would find
 * one is left out, and the places are tried in order, each after the last match's end, as execAll
 * tries them.
 */
export function listedNames(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0;
  for (const key of execAll(LIST_KIND_AFTER_SPACE, text)) {
    const k = key.index;
    let from = k;
    while (from > next && holdsName(text.charCodeAt(from - 1))) from--;
    for (let s = Math.max(from, next); s <= k; s++) {
      const m = gatedAt(LISTED_NAME_AT, text, s);
      if (m === null) continue;
      out.push(m);
      s = m.index + m[0].length - 1;
    }
    next = Math.max(next, k + 1, out.length > 0 ? out[out.length - 1]!.index + out[out.length - 1]![0].length : 0);
  }
  return out;
}

/**
 * A quoted title: an opening quotation mark (after a space, a line's start or a dash), a capitalized
 * number or scale word, then two to five more capitalized words (small words of a title between
 * them), maybe a comma or a full stop, and the closing mark. Two words at least: a quoted count and
 * its noun ("Two Britons," she said) is a fragment of speech, not a title.
 */
const TITLE_SMALL = "(?:of|the|and|a|an|to|in|on|for|at|by|with|from)";
const QUOTED_TITLE = new RegExp(
  `(?<=(?:^|[\\s(—–-])${QUOTE}[ \\t]?)(?:${[...NUMBER_WORDS, ...SCALE_WORDS].map(capital).join("|")})(?:-\\p{L}+)?(?:[ \\t]+(?:${TITLE_SMALL}[ \\t]+)?${CAP_WORD}){2,5}(?=[ \\t]?[,.!?]?[ \\t]?${QUOTE})`,
  "gu",
);
/**
 * What QUOTED_TITLE cannot match without: a quotation mark, maybe a space or a tab, then a
 * capitalized number or scale word. A text without one (most texts) is spared QUOTED_TITLE, whose
 * look back for the mark runs at every character.
 */
const QUOTED_NUMBER_WORD = new RegExp(`${QUOTE}[ \\t]?(?:${[...NUMBER_WORDS, ...SCALE_WORDS].map(capital).join("|")})`, "u");

/** Units a race's distance is given in. */
const RACE_UNIT = "(?:m|metres?|meters?|yards?|yds?|km|kilometres?|kilometers?|miles?)";
/** Events named by their distance: swimming strokes, track races, relays. */
const RACE_EVENT = "(?:(?:individual[ \\t]+)?medley|freestyle|backstroke|breaststroke|butterfly|hurdles|dash|steeplechase|sprint|relay)";
/** "the 200 metre backstroke", "110m hurdles", "4x100m relay", "a 50-yard dash" (also in a headline's capitals). */
const RACE_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(?:\\d[x×])?\\d{1,2}(?:,?\\d{3}|\\d{0,2})(?:[ \\t]?|-)${RACE_UNIT}[ \\t]+(?:(?:freestyle|medley)[ \\t]+)?${RACE_EVENT}(?![\\p{L}])`,
  "giu",
);

/**
 * A shot or a score named by its points: "3-pointer", "a three-pointer", "from 3-point range", "a
 * three-point play", "a two-point conversion". Not a margin or a count of points: "a 3-point lead",
 * "a 10-point win", "scored 3 points".
 */
const SHOT_NAME = /(?<![\p{L}\p{N}.,-])(?:[1-4]|one|two|three|four)-point(?:ers?(?![\p{L}])|[ \t]+(?:range|line|arc|shots?|attempts?|shooting|shooters?|baskets?|field[ \t]+goals?|plays?|try|tries|conversions?)(?![\p{L}]))/giu;
/**
 * What SHOT_NAME cannot match without: "-point", in any case (same flags). A text without it (most
 * texts) is spared SHOT_NAME, whose look back and number words are tried at every character.
 */
const SHOT_KEY = /-point/iu;

export function findNames(text: string): NoiseHit[] {
  const hits: NoiseHit[] = [];
  for (const m of execAll(SPACED_MODEL, text)) hits.push(noise(m.index, m[0], "identifier", "identifier/designator"));
  for (const m of execAll(HYPHENATED_NAME, text)) hits.push(noise(m.index, m[0], "identifier", "identifier/designator"));
  for (const m of execAll(DRIVE, text)) hits.push(noise(m.index, m[0], "identifier", "identifier/drive-type"));
  for (const m of matchNear(text, NAMED_AREA, ORDINAL_NAMED, 60, 2)) hits.push(noise(m.index, m[0], "identifier", "identifier/ordinal-name"));
  // each line's case is read once, however many number words it holds (a line may be a whole document)
  const titled = new Map<number, boolean>();
  for (const m of execAll(CAPITALIZED_NUMBER, text)) {
    const end = m.index + m[0].length;
    if (!AFTER_LOWER.test(text.slice(Math.max(0, m.index - 8), m.index)) || !BEFORE_CAPITAL.test(text.slice(end, end + 8))) continue;
    const line = text.lastIndexOf("\n", m.index) + 1;
    let title = titled.get(line);
    if (title === undefined) titled.set(line, (title = titleCaseLine(text, line)));
    if (!title) hits.push(noise(m.index, m[0], "identifier", "identifier/number-in-name"));
  }
  const named = new Set<string>();
  const listed: [number, number][] = [];
  for (const m of listedNames(text)) {
    // at least one capitalized word besides the number, or the number alone in quotation marks
    const quoted = Boolean(m[1]) && Boolean(m[5]);
    if (!quoted && !m[2] && !m[4]) continue;
    if (!quoted && titleCaseLine(text, m.index)) continue;
    hits.push(noise(m.index, m[0], "identifier", "identifier/number-in-name"));
    // (the capitalized word right before the number, the number and the words after it: "Nikkei 225")
    if (m[2]) named.add(`${m[2].trim().split(/[ \t]+/).at(-1)!} ${m[3]}${m[4] ?? ""}`);
    listed.push([m.index, m.index + m[0].length]);
  }
  // the name told again without its kind: "the Nikkei 225 stock index … the Nikkei 225 fell 2%"
  for (const name of named) for (const at of toldAgain(text, name)) if (!listed.some(([a, b]) => at >= a && at < b)) hits.push(noise(at, name, "identifier", "identifier/number-in-name"));
  // a full stop before the closing mark ends the sentence, not the title
  if (QUOTED_NUMBER_WORD.test(text)) for (const m of execAll(QUOTED_TITLE, text)) hits.push(noise(m.index, m[0].replace(/\.$/, ""), "identifier", "identifier/number-in-name"));
  for (const m of execAll(RACE_NAME, text)) hits.push(noise(m.index, m[0], "identifier", "identifier/event-name"));
  if (SHOT_KEY.test(text)) for (const m of execAll(SHOT_NAME, text)) hits.push(noise(m.index, m[0], "identifier", "identifier/event-name"));
  return hits;
}

/**
 * Where a list's or an index's name with its number ("Nikkei 225", "Harbour Top 40") stands again
 * in the text, whole (no letter or digit on either side), wherever its kind is left out.
 */
function toldAgain(text: string, name: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + name.length);
    if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after) || ((after === "." || after === ",") && /\d/.test(text.charAt(at + name.length + 1)))) continue;
    // "Keld 50 volunteers": the number counts the noun after it, whatever the name before
    if (readCounted(text, at + name.length, true, false).phrase !== null) continue;
    out.push(at);
  }
  return out;
}
