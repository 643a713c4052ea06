/**
 * What a number counts: the noun phrase right after the value ("1.7 million undocumented Afghan
 * refugees to leave" → "undocumented afghan refugees"), found without a tagger from a closed list
 * of words that end a noun phrase, and the unit that phrase implies ("person" for people nouns and
 * demonyms, otherwise the singular head noun: "300 trucks" → "truck").
 */
import { isPersonNoun } from "./people.js";
import { isDemonymAdjective, isPluralDemonymInIs } from "./demonym-counts.js";
import { wordTable } from "../word-table.js";
import { degreeBeforeParticiple } from "./participle-adverbs.js";

/** Words that cannot belong to the counted noun phrase: they end it. */
const STOP = new Set(
  (
    "a an the this that these those its their his her our your my of to in on at by for from with without " +
    "into onto over under about above below between among amid across through during since until till " +
    "per via as than and or but nor so yet if then because while when where who whom whose which what " +
    "is are was were be been being am has have had having do does did will would shall should can could " +
    "may might must not no also only just still even already so far each every all both either neither " +
    "more most less least some any many much few several other another such same own there here ago " +
    "later earlier before after again ever never once twice now today yesterday tomorrow including " +
    "against toward towards around out up down off away back within upon despite like unlike alone " +
    "respectively apiece overall altogether annually monthly daily weekly yearly last next " +
    "them us him me it you whom"
  ).split(" "),
);

/** Plural nouns that do not end in -s, and adjectives used as plural heads ("16 dead"). */
const INVARIANT_PLURALS = new Set(
  (
    "people personnel police staff dead wounded injured killed missing displaced homeless elderly " +
    "children women men cattle livestock aircraft sheep deer fish troops taliban mujahideen militia " +
    "crew clergy youth chinese japanese vietnamese sudanese lebanese congolese burmese swiss"
  ).split(" "),
);

/**
 * A sports statistic's abbreviation, written in capitals after its count, which takes no plural
 * "s" in records: "(31 KO)", "9 TD", "104 RBI" count knockouts, touchdowns, runs batted in as
 * surely as "31 KOs" does. Lower case ("31 ko") is no such abbreviation.
 */
const STAT_ABBREVIATION = /^(?:T?KO|TD|RBI)s?$/;

/** A word, a hyphen, and a word glued to it: "defeats-and", "suits-that" (a dash a tokenizer printed as a hyphen). */
const GLUED_DASH = /^([A-Za-z][A-Za-z'’]*)-([A-Za-z]+)$/;

/** A word of the phrase; it may open a quotation: 'the club's 300 "active" members'. */
const WORD = /\s+["“]?([A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z])(?=[\s.,;:!?)"”’]|$)/y;
/**
 * A word quoted on its own before the noun it qualifies: 'the club's 300 "active" members', '12
 * "sleeper" agents', 'its 40 "ghost" or phantom workers'. Its closing quote does not end the phrase.
 * Not a quotation that goes on past one word ('40 "and more"', '12 "were never paid"').
 */
const QUOTED_WORD = /^\s+["“][A-Za-z][A-Za-z'’-]*["”]\s+[A-Za-z]/;

export interface Counted {
  /** The noun phrase lower-cased; null when no noun follows. */
  phrase: string | null;
  /** The same phrase with its capitals ("Afghan refugees"), for demonyms. */
  written: string | null;
  /** Offset just after the phrase. */
  end: number;
}

/**
 * Reads the counted noun phrase starting at `pos` (just after the value expression).
 * plural: the number is more than one, so the phrase ends at its first plural noun
 * ("16 security personnel dead" → "security personnel"); otherwise it ends at the first
 * noun-like word after at most one modifier ("a 10% fee on" → "fee").
 * With `afterOf`, a leading "of (the)" is skipped ("millions of Afghans" → "afghans").
 */
export function readCounted(text: string, pos: number, plural: boolean, afterOf: boolean): Counted {
  let at = pos;
  if (afterOf) {
    // "millions of Afghans", "two of its eastern provinces"
    const of = /\s+of(?:\s+(?:the|these|those|its|their|all))?(?=\s)/iy;
    of.lastIndex = at;
    if (of.exec(text)) at = of.lastIndex;
    else return NONE(pos);
  }
  const words: { word: string; written: string; end: number }[] = [];
  // "250 other Americans", "five other bank workers": "other" stands before what is counted
  const other = /\s+other(?=\s)/iy;
  other.lastIndex = at;
  if (other.exec(text)) at = other.lastIndex;
  WORD.lastIndex = at;
  for (let m = WORD.exec(text); m && words.length < 5; m = WORD.exec(text)) {
    let word = m[1]!;
    // "three defeats-and his …": a dash printed as a hyphen glued to the next word ends the phrase
    const dash = GLUED_DASH.exec(word);
    if (dash && STOP.has(dash[2]!.toLowerCase())) {
      word = dash[1]!;
      const lower = word.toLowerCase();
      if (!STOP.has(lower)) words.push({ word: lower, written: word, end: m.index + m[0].length - (m[1]!.length - word.length) });
      break;
    }
    const lower = word.toLowerCase();
    // "1,300 federal and independent scientists": two qualifiers joined before one plural noun
    if ((lower === "and" || lower === "or") && coordinatedQualifier(text, m.index + m[0].length, words)) continue;
    if (STOP.has(lower)) break;
    if (/['’]s$/.test(lower) && words.length > 0) break; // "the first Taliban government Pakistan's …"
    // an adverb of degree before a participle that qualifies the plural noun after it: "13 fully
    // loaded magazines", "three heavily armed men" (participle-adverbs.ts)
    if (plural && words.length === 0 && degreeBeforeParticiple(text, WORD.lastIndex, lower)) continue;
    if (/^(?:[a-z]+ly)$/.test(word) && !INVARIANT_PLURALS.has(lower)) break; // "refugees recently …"
    words.push({ word: lower, written: word, end: WORD.lastIndex });
    if (QUOTED_WORD.test(m[0] + text.slice(WORD.lastIndex, WORD.lastIndex + 3))) {
      WORD.lastIndex++; // past the closing quote of a word quoted on its own
      continue;
    }
    // a word followed by punctuation closes the phrase
    if (/[.,;:!?)"”]/.test(text.charAt(WORD.lastIndex))) break;
  }
  if (words.length === 0) return NONE(pos);
  let head = -1;
  if (plural) {
    // "11 Yemenis", "12 Somalis": plurals in -is (demonym-counts.ts)
    head = words.findIndex((w) => looksPlural(w.word) || isPluralDemonymInIs(w.written));
    // "(31 KO)"; but "31 KO wins" counts wins
    if (head < 0) head = words.findIndex((w) => STAT_ABBREVIATION.test(w.written));
    // "(12 Somali and 11 Yemeni)": a demonym that ends the count stands for its people (demonym-counts.ts)
    if (head < 0 && words.length === 1 && isDemonymAdjective(words[0]!.written)) head = 0;
    if (head < 0) return NONE(pos);
    // a name in -s before a plain plural noun names whose or what kind, the noun is what is counted:
    // "300 Windows computers", "5,000 Yankees fans" (but "300 Afghans", "two Marines were hurt")
    const next = words[head + 1];
    if (/^\p{Lu}/u.test(words[head]!.written) && next && /^\p{Ll}/u.test(next.written) && looksPlural(next.word)) head++;
  } else {
    // singular: "fee", "visit", "taliban regime", "aid package"; a verb or adverb ends it
    if (/(?:ed|ing)$/.test(words[0]!.word)) return NONE(pos);
    head = 0;
    for (let i = 1; i < Math.min(words.length, 3); i++) {
      if (/(?:ed|ing|ly)$/.test(words[i]!.word) || /[^su's]s$/.test(words[i - 1]!.word)) break;
      head = i;
    }
  }
  const chosen = words.slice(0, head + 1);
  return {
    phrase: chosen.map((w) => w.word).join(" "),
    written: chosen.map((w) => w.written).join(" "),
    end: chosen[chosen.length - 1]!.end,
  };
}

const NONE = (pos: number): Counted => ({ phrase: null, written: null, end: pos });

/** A qualifier, "and" or "or", a qualifier and the plural noun they both qualify, read from just after the conjunction. */
const QUALIFIER_THEN_NOUN = /\s+([A-Za-z][A-Za-z-]*)\s+([A-Za-z][A-Za-z'’-]*[A-Za-z])(?=[\s.,;:!?)"”’]|$)/y;

/**
 * Whether "and" or "or" at `at` (just after the conjunction) joins two qualifiers of the one plural
 * noun after them: a single word, no plural noun or adverb, read before the conjunction, and after
 * it one word that is no plural, number, adverb or function word, then the plural noun. Must match:
 * "300 local and foreign reporters", "40 Syrian or Iraqi refugees", "12 new and used cars", "900
 * retired and serving officers". Must not match:
 * "won 12 straight and lost two games" (a verb and a number after "and"), "three boys and girls" (a
 * plural before "and"), "20 and older" (nothing before "and"), "five old and tired" (no noun after).
 */
function coordinatedQualifier(text: string, at: number, words: readonly { word: string }[]): boolean {
  if (words.length !== 1 || looksPlural(words[0]!.word) || /ly$/.test(words[0]!.word)) return false;
  QUALIFIER_THEN_NOUN.lastIndex = at;
  const m = QUALIFIER_THEN_NOUN.exec(text);
  if (!m) return false;
  const next = m[1]!.toLowerCase();
  const noun = m[2]!.toLowerCase();
  return !STOP.has(next) && !looksPlural(next) && !/ly$/.test(next) && !STOP.has(noun) && looksPlural(noun);
}

/** Whether a word is a function word, which ends a counted phrase and never names what is counted. */
export function isFunctionWord(word: string): boolean {
  return STOP.has(word.toLowerCase());
}

function looksPlural(word: string): boolean {
  if (INVARIANT_PLURALS.has(word)) return true;
  // "seamen", "firemen", "gunmen": plurals in -men
  if (/.men$/.test(word) && word !== "omen" && word !== "amen") return true;
  if (word.length < 3) return false;
  if (/(?:ss|us|is|ous|'s|’s)$/.test(word)) return false;
  return word.endsWith("s");
}

const IRREGULAR_PLURALS = wordTable<string>({
  people: "person", children: "child", women: "woman", men: "man", feet: "foot", teeth: "tooth",
  mice: "mouse", lives: "life", wives: "wife", knives: "knife", halves: "half", series: "series",
  species: "species", news: "news", crises: "crisis", analyses: "analysis", bases: "base",
  taxes: "tax", boxes: "box", buses: "bus", indices: "index", criteria: "criterion", rbis: "rbi",
});

/** "refugees" → "refugee", "casualties" → "casualty", "buses" → "bus", "people" → "person". */
export function singular(word: string): string {
  if (IRREGULAR_PLURALS[word]) return IRREGULAR_PLURALS[word];
  if (INVARIANT_PLURALS.has(word)) return word;
  if (/[^aeiou]ies$/.test(word)) return word.slice(0, -3) + "y";
  if (/(?:ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word) && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The short and the sports forms of "yard": "yd", "yds", "yarder". */
const YARD_WORD = /^(?:yds?|yarders?)$/;

/**
 * The unit implied by a counted phrase: "person" when its head denotes people
 * ("undocumented afghan refugees", "security personnel", "afghans"), otherwise the singular head
 * ("trucks" → "truck"); "" when there is no phrase.
 * `written` is the phrase as it appears in the text (case kept) for demonym detection.
 */
export function unitOfCounted(phrase: string | null, written: string | null): string {
  if (phrase === null) return "";
  const words = phrase.split(" ");
  const head = words[words.length - 1]!;
  const writtenHead = written?.split(/\s+/).pop() ?? head;
  if (isPersonNoun(head, writtenHead)) return "person";
  // "(12 Somali and 11 Yemeni)": a demonym alone after its count (readCounted took it only so)
  if (words.length === 1 && isDemonymAdjective(writtenHead)) return "person";
  // "86 yds", "a 40-yd run", "a 43-yarder" (a kick of 43 yards): yards, as "86 yards" are
  if (YARD_WORD.test(head)) return "yard";
  return singular(head);
}
