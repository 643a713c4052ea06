/**
 * Who and what a claim names that identifies its occurrence: the participants of its frame (a
 * place, an event, the parties, each in its role) and the actors of its sentence (countries, and
 * the words of proper names and topic titles; role unknown). Names are compared as tokens:
 * a country by its canonical name ("Islamabad", "Pakistani forces", "Great Britain" → Pakistan,
 * Pakistan, United Kingdom; a capital is also a name of its own, name:islamabad), any other
 * proper name word by word ("the Marfin Investment Bank" → name:marfin, name:investment, name:bank), a
 * topic's title word by word (title:doha); a participant without a proper name by its key ("the
 * quake" → quake).
 *
 * Two claims' participants relate in one of three ways:
 *   - separate: two lengths of time that measure different stretches (stretchOf: "four seasons
 *     as director" and "19 seasons with the club"; "a week in a coma" and "four weeks in hospital"),
 *     or a role that both frames fill with proper names, with none in common ("recognised
 *     Bangladesh" and "recognised the Taliban"; countries are compared only where neither names
 *     anything finer), or places of one size with no name in common ("in Athens" and "in
 *     Woodburn"; not "the Tasman Glacier" and "Aoraki Mount Cook": placesApart; the site an event is
 *     told with is a place: "the shooting at a Dunmore tax office"), or, when one claim
 *     has no frame with participants, two sentences whose names (a frame's among them) have
 *     nothing in common ("the Soviet withdrawal" and "the U.S. withdrawal"; names of sites and
 *     areas part nothing: actorsPart);
 *   - linked: positive evidence of one occurrence — a proper name both frames give in one role (or
 *     the same named participant, "the Kabul chess club"), a topic title both name, or two tokens
 *     in common, one at least a proper name ("Pakistan" and "the Taliban"; the words of "Dera
 *     Ismail Khan"; "Indonesia" and "the quake"). One shared country alone is not: the United
 *     States stands in nearly every sentence of an address to Congress; nor are common nouns
 *     alone ("the loan" and "the war");
 *   - neither: nothing in common and nothing apart ("the riots" and "the violence"; a sentence
 *     that names no one). Unknown is never equal: such claims may be grouped, never set against
 *     each other as one occurrence.
 * A common noun ("the riots", "the attack") separates nothing, since outlets name one event in
 * different words.
 */
import { sumsOfOneTopic } from "./sums-of-one-topic.js";
import { sexOfAge } from "./age-years.js";
import { namesAVehicle } from "../values/noise/vehicles.js";
import { cityNameOf, countriesIn, isCity, isGazetteerName } from "../extract/gazetteer.js";
import type { Claim, Participant } from "../types.js";
import { claimsByStory } from "./by-story.js";
import { overlaps, toInterval } from "../values/intervals.js";
import { escapeRegExp, execAll } from "../values/exec-all.js";
import { actorsOutsideElsewhere } from "./elsewhere.js";
import { statOf, statsApart, statsOfOneHolder } from "./stat-lines.js";
import { pairOf, pairsApart } from "./score-pairs.js";
import { recordsAfterOneGame } from "./game-records.js";
import { clocksApart, isGameClock } from "./game-clocks.js";
import { isTenure, tenuresApart } from "./tenures.js";
import { soleWordAt } from "./word-places.js";
import { cutsToldAlike } from "./breaking.js";
import { pronounActs } from "./pronoun-subject.js";
import { toldBackApart, toldBackDoer } from "./pronoun-agents.js";
import { oneParentsChildren } from "./kin-counts.js";
import { referentOf } from "./described-parties.js";
import { vesselCountries } from "./crew-origins.js";
import { isState, learnStoryPlaces, placesAround, setAsPlaceInStory } from "./story-places.js";

export { soleWordAt };
import { playOf, playsApart } from "./play-lengths.js";
import { wordTable } from "../values/word-table.js";

export interface Party {
  /** null: an actor of the sentence, role unknown. */
  role: Participant["role"] | null;
  /** Country tokens (canonical names). */
  countries: string[];
  /** Finer tokens: name:… words of proper names, title:… words of topic titles. */
  names: string[];
  /** The participant's key, for a participant without a proper name ("quake"); null otherwise. */
  plain: string | null;
  /** The frame participant's key ("kabul chess club"); null for an actor of the sentence. */
  key: string | null;
  /** The frame participant's text as read ("north of Detroit"); "" for an actor of the sentence. */
  text: string;
  /** For an actor of the sentence: whether the sentence sets it where something is (settledIn); false for a frame's participant. */
  placed: boolean;
  /** For an actor of the sentence not placed by it: whether another sentence of its story sets the name as a place (story-places.ts). */
  storyPlace?: boolean;
  /** For a named place: the name tokens of the places its story sets it within ("Keldon, Nevada": name:nevada; story-places.ts). */
  within?: string[];
}

/**
 * Capitalized nouns that name no one in particular; their plurals do not either ("the two
 * Governments", "the Powers", "Treaties", "Marines").
 */
const GENERIC_NOUN = new Set(
  (
    "mr president minister deputy secretary general chief spokesman spokeswoman king queen senator governor mayor judge officer " +
    "detective inspector constable trooper sheriff superintendent sergeant corporal " +
    "lieutenant captain sergeant ministry office department government council committee police army navy military marine guard " +
    "troop forces force states state congress administration agency bureau commission authority house senate parliament court " +
    "republic people treasury year years budget bank banks fund union association company corporation party " +
    "convention treaty agreement accord act bill law resolution conference " +
    // the kind of a place, not its name: "Mount Sefton" is Sefton, "Snyder Ave." is Snyder
    "mount mt mountain glacier peak island lake river valley coast county district province " +
    "region street st avenue ave road rd boulevard blvd highway interstate route square hut bivvy station village"
  ).split(" "),
);

/**
 * Capitalized words that name no one and take no plural of their own: determiners, titles'
 * abbreviations, adjectives, compass points, months and days. A capitalized plural made from one
 * is a name ("the Nationals", "the Federals", "Mays", "the Sundays").
 */
const GENERIC_OTHER = new Set(
  (
    "the a an this that these those its their his her our mrs ms dr vice prime foreign federal national fiscal fy " +
    // titles and ranks before a name, written short: "Sgt. Ann Cole", "Lt. Gov. Kim Ray"
    "sgt lt det capt col gen gov sen rep insp supt cpl pvt maj cmdr adm prof rev " +
    // nouns of nationality before a name: "Englishman Ewan Dale" is Ewan Dale
    "englishman englishwoman frenchman frenchwoman irishman irishwoman scotsman scotswoman welshman welshwoman dutchman " +
    "great north south east west northern southern eastern western central january february march april may june july " +
    "august september october november december monday tuesday wednesday thursday friday saturday sunday"
  ).split(" "),
);

/**
 * A capitalized word that names no one in particular: a generic noun in the singular or the plural
 * ("the two Governments", "Treaties", "the Navy", "Marines"), or one of the words that take no
 * plural, as written. Must match: government, Governments, Ministries, Conventions, Navy, Troops,
 * National, Federal, May. Must not match: Athens, Marfin, Taliban, Nationals (a team: no common
 * noun "nationals" is written capitalized), Federals, Mays.
 */
function isGeneric(lower: string): boolean {
  if (GENERIC_NOUN.has(lower) || GENERIC_OTHER.has(lower)) return true;
  if (lower.endsWith("ies") && GENERIC_NOUN.has(`${lower.slice(0, -3)}y`)) return true;
  return lower.endsWith("s") && GENERIC_NOUN.has(lower.slice(0, -1));
}

const WORD = /[\p{L}][\p{L}'’.-]*/gu;

/** Other names of whole countries, which the gazetteer lists beside their capitals. */
const COUNTRY_NAMES = new Set(["america", "britain", "england", "holland", "soviet", "türkiye", "turkiye"]);

/** Demonyms and their plurals: "Pakistani", "Greek", "Chinese", "Americans". */
const DEMONYM = /(?:an|ans|ian|ians|ese|i|is|ish|ch|ic|iot|iots|k|ks)$/;

/**
 * Whether a word the gazetteer reads as a country names a place within it (a city: "Athens",
 * "Kabul", "Paris", "Tehran") rather than the country as a whole ("Greece", "Greek", "U.S.", "Britain").
 */
function cityOfCountry(word: string): boolean {
  return isCity(word);
}

/**
 * "the Marfin bank" → name:marfin; "Athens", "the Kabul chess club" → name:athens, name:kabul (a
 * capital is finer than its country, which is a token as well); "Pakistani forces", "Great
 * Britain", "the United States" → none (the country alone); "the riots" → none; "Aoraki-Mount"
 * → name:aoraki, name:mount, as "Aoraki Mount" (a hyphen before a capital joins two names).
 */
function nameTokens(text: string): string[] {
  // the parts of a hyphenated name are its words ("Aoraki-Mount Cook" is "Aoraki Mount Cook"), and
  // a name glued to a lower-case word names what the name alone does ("a Keld-era rule", "the
  // Vale-backed plan": Keld, Vale)
  const words = [...execAll(WORD, text)].flatMap((m) => m[0].replace(/['’]s$/, "").replace(/[.'’-]+$/, "").split(/-(?=\p{Lu})|(?<=\p{Lu}\p{Ll}*)-(?=\p{Ll})/u));
  const out: string[] = [];
  words.forEach((w, i) => {
    if (!/^\p{Lu}/u.test(w)) return;
    const lower = w.toLowerCase();
    if (isGeneric(lower)) return;
    if (countriesIn(w).length > 0) {
      if (cityOfCountry(w)) out.push(`name:${cityNameOf(lower)}`);
      return;
    }
    const before = words[i - 1];
    const after = words[i + 1];
    // a word of a country's name of two words ("Great Britain", "New Zealand"), not a name after a nationality ("Englishman Robert")
    const words3 = [words[i - 2], before, w, after, words[i + 2]];
    const inName = [
      [1, 2],
      [2, 3],
      [0, 2],
      [1, 3],
      [2, 4],
    ].some(([from, to]) => words3.slice(from, to! + 1).every((x) => x !== undefined) && isGazetteerName(words3.slice(from, to! + 1).join(" ")));
    if (inName) return;
    out.push(`name:${cityNameOf(lower)}`);
  });
  return out;
}

/** Prepositions that set a proper name after them as where something is or happens: "living in Melbourne", "near the Tasman Glacier". */
const LOCATIVE = String.raw`(?:in|at|near|off|outside|inside|around|across|throughout|within)`;

/**
 * Whether a sentence sets a proper name (as actors carry it, in lower case: "tasman saddle hut")
 * right after a locative preposition, so that it says where, not who. Must match: "who had lived
 * in Ballarat" → ballarat; "near the Fox Glacier" → fox glacier; "at Mount Hutt" → mount hutt.
 * Must not match: "Ballarat police said" → ballarat; "Kim Hale told reporters" → kim hale; "in
 * Kim Hale's words" → kim hale (a possessive says whose, not where).
 */
export function settledIn(sentence: string, name: string): boolean {
  return settledInBy(sentence, name, ASCII_ONLY.test(name) && !WIDE_WORD_CHAR.test(sentence));
}

/**
 * settledIn with each word of the name read by its own case-insensitive expression, whatever the
 * characters: the definition, which settledIn gives exactly (test/perf/settled-in.test.ts).
 */
export function settledInByExpression(sentence: string, name: string): boolean {
  return settledInBy(sentence, name, false);
}

/**
 * `ascii`: neither the name nor the sentence holds a letter or a digit beyond ASCII, so a word of
 * the name stands where the sentence's characters equal its own but for case, and is compared so
 * (no letter there can fold into an ASCII one: "ſ", the Kelvin sign); else each word's expression
 * decides. Compiling and running a case-insensitive expression per word of every name took some
 * 0.1 s of CPU of the comparison of the addresses' claims.
 */
function settledInBy(sentence: string, name: string, ascii: boolean): boolean {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
  if (words.length === 0) return false;
  const read = ascii ? words.map((w) => w.toLowerCase()) : words;
  // One expression per name, built and compiled on every call, took 1.4 s of a 1× scan of the
  // addresses (compiling its case-insensitive \p{L} classes): the locatives are found by one
  // expression compiled once, and the name is read word by word after each.
  LOCATIVE_AT.lastIndex = 0;
  while (LOCATIVE_AT.exec(sentence) !== null) {
    const end = LOCATIVE_AT.lastIndex;
    if (nameAt(sentence, end, read, ascii)) return true;
    const afterThe = stickyAt(THE_AT, sentence, end);
    if (afterThe >= 0 && nameAt(sentence, afterThe, read, ascii)) return true;
    LOCATIVE_AT.lastIndex = end;
  }
  return namesAPlace(sentence, read, ascii);
}

/**
 * A proper name written as what kind of site a place noun after it is, after an article: "from a
 * Brooklyn rooftop", "on the Kell bridge", "outside a Dunmore apartment block". Must match those.
 * Must not match "a Kell player", "the Hale family" (no place noun after), "Kell rooftops" (no article),
 * "a Dalton Mart store" (a chain's shop, hotel or restaurant: the firm is who as much as where).
 */
const ARTICLE_AT = /(?<!\p{L})(?:a|an|the)\s+/giu;
const PLACE_NOUN_AT = /\s+(?:rooftops?|roofs?|buildings?|apartments?|apartment\s+blocks?|houses?|homes?|streets?|avenues?|roads?|bridges?|parks?|street\s+corners?|corners?|stations?|playgrounds?|housing\s+projects?|balcon(?:y|ies)|neighbou?rhoods?|parking\s+lots?)(?!\p{L})/iuy;

function namesAPlace(sentence: string, words: readonly string[], ascii: boolean): boolean {
  ARTICLE_AT.lastIndex = 0;
  while (ARTICLE_AT.exec(sentence) !== null) {
    const end = ARTICLE_AT.lastIndex;
    const after = nameEndAt(sentence, end, words, ascii);
    if (after >= 0 && stickyAt(PLACE_NOUN_AT, sentence, after) >= 0) return true;
    ARTICLE_AT.lastIndex = end;
  }
  return false;
}

/** Text of ASCII characters only; a letter or a digit beyond ASCII (where case folding may reach an ASCII letter). */
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const WIDE_WORD_CHAR = /(?=[^\x00-\x7f])[\p{L}\p{N}]/u;

/** Where a word in lower case (ASCII letters and digits) ends if it stands at `at` but for case, or -1. */
function asciiWordAt(text: string, at: number, lower: string): number {
  const end = at + lower.length;
  return end <= text.length && text.slice(at, end).toLowerCase() === lower ? end : -1;
}

/** A locative and the space after it, anywhere a letter does not stand before it. */
const LOCATIVE_AT = new RegExp(String.raw`(?<!\p{L})${LOCATIVE}\s+`, "giu");
const THE_AT = /the\s+/iuy;
/** What stands between two words of a name ("Mt. Hutt": a dot and a space). */
const BETWEEN_WORDS = /[^\p{L}\p{N}]+/iuy;
/** The name ends there: no letter or digit goes on, and no possessive follows ("in Kim Hale's words"). */
const NAME_END = /(?![\p{L}\p{N}]|['’]s(?!\p{L}))/iuy;
/** One sticky, case-insensitive expression per word of a name, kept (names repeat across claims); cleared when it grows large. */
const WORD_AT = new Map<string, RegExp>();

function wordAt(word: string): RegExp {
  let re = WORD_AT.get(word);
  if (!re) {
    if (WORD_AT.size >= 4096) WORD_AT.clear();
    re = new RegExp(escapeRegExp(word), "iuy");
    WORD_AT.set(word, re);
  }
  return re;
}

/** Where a sticky expression that matches at `at` ends, or -1. */
function stickyAt(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

/** Whether the words of a name, and its end, stand at `at` (`ascii`: the words are in lower case, compared as settledInBy says). */
function nameAt(text: string, at: number, words: readonly string[], ascii: boolean): boolean {
  return nameEndAt(text, at, words, ascii) >= 0;
}

/** Where the words of a name end if they, and the name's end, stand at `at`; else -1 (as nameAt). */
function nameEndAt(text: string, at: number, words: readonly string[], ascii: boolean): number {
  let i = at;
  for (let k = 0; k < words.length; k++) {
    if (k > 0 && (i = stickyAt(BETWEEN_WORDS, text, i)) < 0) return -1;
    if ((i = ascii ? asciiWordAt(text, i, words[k]!) : stickyAt(wordAt(words[k]!), text, i)) < 0) return -1;
  }
  return stickyAt(NAME_END, text, i) >= 0 ? i : -1;
}

const cache = new WeakMap<Claim, Party[]>();

/**
 * What `read` gives for a claim, worked out once (a claim does not change once made): ages'
 * owners, calibres' guns, stretches of time, bearings, spacings and runs are asked of every pair an occurrence
 * compares, each reading its sentence again.
 */
function readOnce<T>(c: Claim, memo: WeakMap<Claim, T>, read: (c: Claim) => T): T {
  const known = memo.get(c);
  if (known !== undefined || memo.has(c)) return known as T;
  const value = read(c);
  memo.set(c, value);
  return value;
}
/** Per claim, the names of its story that stand for a longer one: "name:hartwell" → the tokens of "hawks" (learnStoryNames). */
const aliasesOf = new WeakMap<Claim, ReadonlyMap<string, readonly string[]>>();

/**
 * Learns, for each story, the names that stand for a longer name of it: a club, a paper or a firm
 * named by its home and its own name ("the Hartwell Hawks", "the Ashby Gazette") is told by either
 * part alone ("the Hartwell offer", "the Hawks offer"). A name of several words that a sentence of
 * the story gives after "the", and whose first words and last words each name something alone
 * elsewhere in the story, makes its first words stand for its last words — when they open no other
 * such name there ("Hartwell" opening both "the Hartwell Hawks" and "the Hartwell Gazette", with
 * "Gazette" also alone, stands for neither). Two names that only stand side by side ("met Ward
 * Kessler", no "the") are not one. Must tie: "the Hartwell offer" / "the Hawks offer" where "the
 * Hartwell Hawks" and both parts alone are written. Must not tie: "the Hartwell offer" / "the
 * Falcons offer"; "Ward" / "Kessler".
 */
export function learnStoryNames(claims: readonly Claim[]): void {
  for (const members of claimsByStory(claims)) {
    const names = new Set<string>();
    for (const c of members) for (const a of c.actors) if (a.startsWith("name:")) names.add(a.slice("name:".length));
    /** first words → the last words of each name they open */
    const opened = new Map<string, Set<string>>();
    for (const run of names) {
      const words = run.split(" ");
      for (let i = 1; i < words.length; i++) {
        const [head, rest] = [words.slice(0, i).join(" "), words.slice(i).join(" ")];
        if (!names.has(head) || !names.has(rest)) continue;
        if (!members.some((c) => writtenAfterThe(c.sentence, words))) continue;
        const set = opened.get(head);
        if (set) set.add(rest);
        else opened.set(head, new Set([rest]));
      }
    }
    const aliases = new Map<string, readonly string[]>();
    for (const [head, rests] of opened) {
      if (rests.size !== 1) continue;
      aliases.set(head.split(" ").map((w) => `name:${cityNameOf(w)}`).join(" "), [...rests][0]!.split(" ").map((w) => `name:${cityNameOf(w)}`));
    }
    if (aliases.size === 0) continue;
    for (const c of members) {
      aliasesOf.set(c, aliases);
      cache.delete(c);
    }
  }
}

/** Learns the names each story sets as places (story-places.ts), read by partiesOf from then on. */
export function learnPlaces(claims: readonly Claim[]): void {
  learnStoryPlaces(claims);
  for (const c of claims) cache.delete(c);
}

/** The expression writtenAfterThe is defined by: "the" and the words, spaces between, in any case, no letter on either side. */
function afterTheExpression(words: readonly string[]): RegExp {
  const key = words.join(" ");
  let re = afterTheExpressions.get(key);
  if (re === undefined) {
    // the names of one scan's stories: a few thousand at most; a long-running process starts afresh
    if (afterTheExpressions.size >= 10_000) afterTheExpressions.clear();
    re = new RegExp(String.raw`(?<!\p{L})the\s+${words.map(escapeRegExp).join(String.raw`\s+`)}(?!\p{L})`, "iu");
    afterTheExpressions.set(key, re);
  }
  return re;
}
const afterTheExpressions = new Map<string, RegExp>();

/**
 * writtenAfterThe by its expression, compiled for the words: the definition, which
 * writtenAfterThe gives exactly (test/perf/story-names-search.test.ts).
 */
export function writtenAfterTheByExpression(sentence: string, words: readonly string[]): boolean {
  return afterTheExpression(words).test(sentence);
}

/** The characters \s matches. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A word that the search below compares as it stands: ASCII characters, none of them a space. */
const PLAIN_WORD = /^[\x21-\x7e]+$/;
const WIDE_LETTER = /(?=[^\x00-\x7f])\p{L}/u;

/**
 * Whether a sentence writes "the" and the words of a name right after it ("the Hartwell Hawks"),
 * in any case, spaces between them, and no letter before "the" or after the last word. Where the
 * words are ASCII without spaces and the sentence holds no letter beyond ASCII (which might fold
 * into an ASCII one: "ſ", the Kelvin sign), the sentence's characters are compared in lower case
 * where "the" stands; else the expression decides. Compiling a case-insensitive expression for
 * every name of a story cost more than the searches it then made.
 */
export function writtenAfterThe(sentence: string, words: readonly string[]): boolean {
  if (!words.every((w) => PLAIN_WORD.test(w)) || WIDE_LETTER.test(sentence)) return writtenAfterTheByExpression(sentence, words);
  const lower = sentence.toLowerCase();
  const read = words.map((w) => w.toLowerCase());
  for (let at = lower.indexOf("the"); at >= 0; at = lower.indexOf("the", at + 1)) {
    if (at > 0 && isAsciiLetter(lower.charCodeAt(at - 1))) continue;
    let i = at + 3;
    let k = 0;
    for (; k < read.length; k++) {
      const from = i;
      while (i < lower.length && isSpace(lower.charCodeAt(i))) i++;
      if (i === from || !lower.startsWith(read[k]!, i)) break;
      i += read[k]!.length;
    }
    if (k === read.length && !(i < lower.length && isAsciiLetter(lower.charCodeAt(i)))) return true;
  }
  return false;
}

/** The name words a name word stands for in its claim's story ("indianapolis" → "colts" where "the Indianapolis Colts" is written): learnStoryNames. */
export function storyAliasWords(c: Claim, word: string): readonly string[] {
  const longer = aliasesOf.get(c)?.get(`name:${cityNameOf(word)}`);
  return longer ? longer.map((n) => n.slice("name:".length)) : [];
}

/** A party's names with the longer name they stand for in its story, if they stand for one. */
function withAlias(c: Claim, names: string[]): string[] {
  const aliases = aliasesOf.get(c);
  const longer = aliases?.get(names.join(" "));
  return longer ? [...names, ...longer.filter((n) => !names.includes(n))] : names;
}
const ownCache = new WeakMap<Claim, readonly string[]>();

/**
 * The actors of a claim's sentence that may stand for its own occurrence: those a part of the
 * sentence about another occurrence names ("follows two last month in Keld and Brill") are not
 * the claim's, unless the claim stands in that part (elsewhere.ts).
 */
export function ownActors(c: Claim): readonly string[] {
  let own = ownCache.get(c);
  if (own) return own;
  own = c.actors.length === 0 ? c.actors : actorsOutsideElsewhere(c.sentence, soleWordAt(c.sentence, c.text), c.actors);
  ownCache.set(c, own);
  return own;
}

/**
 * An event noun and the place it happened, in one participant: "the shooting at a Dunmore tax
 * firm", "shootings at Gordon Advisors", "the fire in a bank in Athens". Must match those; must
 * not match "the Athens protest march", "the attack" (no place after), "the vote on the loan".
 */
const EVENT_SITE = /^(.*?\p{L})\s+(?:at|in|near|outside)\s+((?:(?:an?|the)\s+)?.*\p{Lu}.*)$/u;

/**
 * Predicates whose two sides do the same to each other: "Orme met Castell", "Keld played the
 * Rovers", "Lee faced Moss". Must be: meet, face, fight, play, marry. Must not be: beat, defeat,
 * stop (one side does it to the other).
 */
const SYMMETRIC: ReadonlySet<string> = new Set(["meet", "face", "fight", "play", "battle", "clash", "marry", "wed", "draw", "spar"]);

/**
 * A person told by an indefinite description whose proper names only say where they are from or
 * belong ("a Dunmore gang member", "an Ohio inmate", "a Lake Forest man"): the names are compared
 * as a country is (as "a Canadian skier" is), so they part the person from "a Keld man" but not from
 * one named elsewhere ("Tam Roe was convicted"): nothing shows the two are different people. Must
 * not match a name ("Tam Roe"), a title with its name ("a Keld Council spokesman Tam Roe"), nor a
 * description headed by a name ("a Keld County Sheriff's Deputy").
 */
const DESCRIBED_BY_ORIGIN = /^(?:an?|one)\s+(?:\p{Lu}[\p{L}.'’-]*\s+)+(?:\p{Ll}[\p{L}'’-]*\s+)*\p{Ll}[\p{L}'’-]*$/u;

/** The claim's frame participants (in their roles), then one role-less party per actor. */
export function partiesOf(c: Claim): Party[] {
  let parties = cache.get(c);
  if (parties) return parties;
  parties = [];
  for (const told of c.claimFrame?.participants ?? []) {
    if (told.key === "" && told.text === "") continue;
    // a description told back ("the vessel") stands for the name its document gives the thing
    // (a definite description by a common noun, "the firm", takes no name its own frame gives another role: described-parties.ts)
    const referent = referentOf(c, told);
    const whole = referent ? { role: told.role, text: referent, key: referent.toLowerCase() } : told;
    // an event told with where it happened ("the shooting at a Dunmore tax office"): its site is
    // a place, compared as places are (placesApart), not a name of the event
    const site = whole.role === "event" ? EVENT_SITE.exec(whole.text) : null;
    const p = site ? { ...whole, text: site[1]! } : whole;
    if (site) parties.push({ role: "place", countries: countriesIn(site[2]!), names: nameTokens(site[2]!), plain: null, key: site[2]!.toLowerCase(), text: site[2]!, placed: false });
    // (a country told of the people aboard a vessel, "a Somali pirate vessel", is not the vessel's: crew-origins.ts)
    const countries = vesselCountries(p.text);
    // (a home given as where something happened is the place, not the club: "a franchise in Hartwell")
    // (a vehicle told by its make and model, "a blue Nissan Altima", is a thing described, as "the
    // car" is: whoever drove it is named elsewhere, and its brand parts it from no one)
    const read = namesAVehicle(p.text) ? [] : p.role === "place" ? nameTokens(p.text) : withAlias(c, nameTokens(p.text));
    // a person told by where they are from ("a Dunmore gang member"): the names say where, as a country does
    const origin = (p.role === "agent" || p.role === "patient") && DESCRIBED_BY_ORIGIN.test(p.text);
    const names = origin ? [] : read;
    if (origin) countries.push(...read.filter((n) => !countries.includes(n)));
    // A participant that only repeats the frame's own predicate ("an offer" of "offered") names the topic, not the occurrence.
    const plain = countries.length === 0 && names.length === 0 && p.key !== c.claimFrame?.predicate?.lemma ? p.key : null;
    parties.push({ role: p.role, countries, names, plain, key: p.key === "" ? null : p.key, text: p.text, placed: false, ...withinOf(c, p.role === "place" ? p.key : "") });
  }
  // "Orme met Castell" is "Castell met Orme": each side of a meeting is its agent and its patient alike
  if (SYMMETRIC.has(c.claimFrame?.predicate?.lemma ?? "")) {
    for (const p of [...parties]) if (p.role === "agent" || p.role === "patient") parties.push({ ...p, role: p.role === "agent" ? "patient" : "agent" });
  }
  // the ends of a route the frame reads ("from Keld", "to Dunmore"): the sentence names them as points of reference too
  const routeEnds = new Set(parties.filter((p) => p.role === "place" && ROUTE_END.test(p.text)).flatMap((p) => p.names));
  const framePlaces = new Set(parties.filter((p) => p.role === "place").flatMap((p) => p.names));
  for (const a of ownActors(c)) {
    const m = /^(name|title):(.*)$/.exec(a);
    const words = m ? m[2]!.split(/[\s-]+/).filter((w) => w !== "" && (m[1] !== "name" || !isGeneric(w))).map((w) => `${m[1]}:${m[1] === "name" ? cityNameOf(w) : w}`) : [];
    if (m && words.length === 0) continue;
    if (m && words.every((w) => routeEnds.has(w))) {
      parties.push({ role: null, countries: [], names: words, plain: null, key: null, text: `from ${m[2]!}`, placed: true });
      continue;
    }
    // (and a name the frame itself reads as where its happening took place: "died at her farm in Halden,
    // Oregon, east of Pellford" sets Nevada and Orby as places, not as who died)
    const placed = m !== null && m[1] === "name" && (isCity(m[2]!) || settledIn(c.sentence, m[2]!) || words.every((w) => framePlaces.has(w)));
    // (a name another sentence of its story sets as a place is a place here too: actorsPart, story-places.ts)
    const storyPlace = !placed && m !== null && m[1] === "name" && setAsPlaceInStory(c, m[2]!);
    const around = m !== null && m[1] === "name" ? withinOf(c, m[2]!) : {};
    parties.push({ role: null, countries: m ? [] : [a], names: words, plain: null, key: null, text: m ? m[2]! : "", placed, ...(storyPlace ? { storyPlace } : {}), ...around });
  }
  cache.set(c, parties);
  return parties;
}

/**
 * The `within` of a party named `name` (lower case): the places its story sets it in, as tokens —
 * a country by its canonical name ("Keldon, Portugal": Portugal), a state of the United States by
 * its name and the country ("Keldon, Nevada": name:nevada, United States), any other place by its
 * name's words; {} for none.
 */
function withinOf(c: Claim, name: string): { within?: string[] } {
  if (name === "") return {};
  const outers = placesAround(c, name);
  if (outers.length === 0) return {};
  const tokensOf = (o: string): string[] => {
    const countries = countriesIn(o);
    if (countries.length > 0 && !isCity(o)) return countries;
    const words = o.split(/[\s-]+/).filter((w) => w !== "" && !isGeneric(w)).map((w) => `name:${cityNameOf(w)}`);
    return [...words, ...countries, ...(isState(o) ? ["United States"] : [])];
  };
  return { within: [...new Set(outers.flatMap(tokensOf))] };
}

function tokens(p: Party): string[] {
  return [...p.countries, ...p.names, ...(p.plain ? [`plain:${p.plain}`] : [])];
}

/**
 * What is read off a claim's parties (keysOf, namedKeys, namesOf), kept per parties' list: those
 * are asked of each pair of claims an occurrence compares, and a claim's list is read anew (and
 * these with it) when learnStoryNames gives its story new aliases.
 */
const keysCache = new WeakMap<readonly Party[], readonly string[]>();
const namedKeysCache = new WeakMap<readonly Party[], readonly string[]>();
const namesCache = new WeakMap<readonly Party[], readonly string[]>();

/** Every token a claim names, whatever the role. */
export function keysOf(c: Claim): readonly string[] {
  const parties = partiesOf(c);
  let keys = keysCache.get(parties);
  if (keys === undefined) keysCache.set(parties, (keys = [...new Set(parties.flatMap(tokens))]));
  return keys;
}

const ROLES: readonly Participant["role"][] = ["agent", "patient", "place", "event", "recipient", "holder"];

/**
 * How large a named place is, read from its name's own words: a site (a building, a street, a hut,
 * a glacier: "Snyder Ave.", "the Tasman Glacier", "Mount Sefton Bivvy", "Place Vendôme"), an area
 * that holds sites and may hold towns (a mountain, a park, a county, a district named by its
 * compass point: "Mount Sefton", "Genesee County", "East Flatbush"), or, for a bare name, a
 * settlement or region ("Patras", "Brooklyn", "Troy"); or a point of reference only, when the text
 * sets the place around it ("north of Detroit", "near the Tasman Glacier", "suburban Detroit") or
 * makes it an end of a route ("from Keld", "to Dunmore": extract/frames/participants.ts routes).
 */
type PlaceSize = "site" | "area" | "settlement" | "around";
const SITE_LAST =
  /^(?:firm|glacier|hut|bivvy|bivouac|ridge|gully|saddle|summit|street|st|avenue|ave|road|rd|boulevard|blvd|lane|drive|highway|freeway|interstate|bridge|tunnel|station|square|plaza|mall|market|hotel|hospital|school|college|university|campus|airport|church|cathedral|mosque|temple|building|tower|precinct|stadium|arena|field|ballpark|bowl|dome|coliseum|colosseum|oval|speedway|raceway|velodrome|racecourse|center|centre|theater|theatre|museum|gallery|club|bank|store|shop|restaurant|office|house|hall|prison|jail|port|pier|dock|base|camp|farm|factory|plant|mine)$/;
const SITE_FIRST = /^(?:place|rue|via|piazza|plaza|avenida|calle)$/;
const AREA_WORD =
  /^(?:mount|mt|mountain|mountains|range|alps|valley|park|county|district|province|state|region|territory|island|islands|isle|peninsula|coast|bay|gulf|lake|river|forest|desert|canyon|basin|borough|township|parish|neighborhood|neighbourhood|quarter)$/;
const COMPASS_FIRST = /^(?:east|west|north|south|upper|lower|downtown|midtown|central|northeast|northwest|southeast|southwest)$/;
/** A place a frame gives as an end of a route: "from Keld", "to Dunmore" (extract/frames/participants.ts routes). */
const ROUTE_END = /^(?:from|to)\s/;
const AROUND_TEXT = /^(?:near|off|outside|around|beyond|suburban|outer|greater|from|to|(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west) of)\s/;

function placeSize(text: string): PlaceSize {
  let size = placeSizes.get(text);
  if (size === undefined) {
    // the places of one scan's claims: a few thousand; a long-running process starts afresh
    if (placeSizes.size >= 10_000) placeSizes.clear();
    placeSizes.set(text, (size = readPlaceSize(text)));
  }
  return size;
}

/** placeSize of each place's text, read once: pairs of claims ask it of the same places again and again. */
const placeSizes = new Map<string, PlaceSize>();

function readPlaceSize(text: string): PlaceSize {
  if (AROUND_TEXT.test(text)) return "around";
  const words = text
    .split(/[\s/-]+/)
    .map((w) => w.toLowerCase().replace(/[.'’]+$/, ""))
    .filter((w) => w !== "" && w !== "the");
  if (words.length === 0) return "settlement";
  // a place described, not named ("a Somerset supermarket", "a Leeds law firm"): which one it is
  // is not said, so it is a point of reference; with "the", a common noun after a name that
  // describes it is a site, never a town ("the Keld depot"; a town is a bare name: "Keld")
  if (/^an?\s/i.test(text)) return "around";
  if (/^\p{Ll}/u.test(text.split(/[\s/-]+/).filter((w) => w !== "").at(-1) ?? "") && /\p{Lu}/u.test(text)) return "site";
  if (SITE_LAST.test(words.at(-1)!) || SITE_FIRST.test(words[0]!)) return "site";
  if (words.some((w) => AREA_WORD.test(w)) || (words.length > 1 && COMPASS_FIRST.test(words[0]!))) return "area";
  return "settlement";
}

/**
 * Whether the places two frames give keep them apart. Outlets name one spot at different detail
 * ("near the Tasman Glacier", "on Aoraki Mount Cook", "in the national park"), so only places of
 * one size with no name in common part two claims: two towns or regions ("Patras" and
 * "Thessaloniki"; "Cannes" and "Paris"), two sites ("Snyder Ave." and "the Tasman Glacier"), or
 * places in two different countries ("Dubai" and "Place Vendôme in Paris"). A site and a town, an
 * area and anything (a mountain, a park, a county, a district), or a point of reference ("north of
 * Detroit", "near Flint") may lie one in the other, and part nothing. A sentence that places one
 * name in another ("in East Flatbush, Brooklyn", "on Mount Sefton in the Aoraki-Mount Cook
 * national park") gives both, and either may meet the other side's.
 * Must part: "Patras" / "Thessaloniki"; "Woodburn" / "Larissa"; "Athens" / "Kabul"; "Snyder Ave."
 * / "Tasman Glacier"; "Dubai" / "Place Vendôme" with "Paris". Must not part: "Tasman Glacier" /
 * "Aoraki Mount"; "East Flatbush" / "Brooklyn"; "Nostrand Ave." / "East Flatbush"; "north of
 * Detroit" / "Flint"; "Genesee County" / "Detroit"; "Mount Sefton Bivvy" / "Mt Sefton".
 */
function placesApart(pa: readonly Party[], pb: readonly Party[]): boolean {
  const [xs, ys] = [pa.filter((p) => p.role === "place"), pb.filter((p) => p.role === "place")];
  if (xs.length === 0 || ys.length === 0) return false;
  const names = new Set(ys.flatMap((p) => p.names));
  if (xs.some((p) => p.names.some((n) => names.has(n)))) return false;
  const fixed = (ps: readonly Party[]): Array<{ p: Party; size: PlaceSize }> =>
    ps.map((p) => ({ p, size: placeSize(p.text) })).filter((x) => x.size !== "around");
  const [fx, fy] = [fixed(xs), fixed(ys)];
  if (disjoint(fx.flatMap((x) => x.p.countries), fy.flatMap((y) => y.p.countries))) return true;
  return fx.some((x) => x.size !== "area" && x.p.names.length > 0 && fy.some((y) => y.size === x.size && y.p.names.length > 0));
}

interface Named {
  names: readonly string[];
  countries: readonly string[];
}
const NAMED_NONE: Named = { names: [], countries: [] };

/** The proper names a claim's frame gives in a role: its finer names if any, else its countries. */
function namedIn(parties: readonly Party[], role: Participant["role"]): Named {
  let byRole = namedByRole.get(parties);
  if (byRole === undefined) namedByRole.set(parties, (byRole = rolesNamed(parties)));
  return byRole.get(role) ?? NAMED_NONE;
}

/**
 * namedIn for every role a list of parties fills, read once per list: occurrences ask it of each
 * pair of claims they weigh, for each role.
 */
const namedByRole = new WeakMap<readonly Party[], ReadonlyMap<Participant["role"], Named>>();

function rolesNamed(parties: readonly Party[]): Map<Participant["role"], Named> {
  const byRole = new Map<Participant["role"], Named>();
  for (const p of parties) {
    if (p.role === null || byRole.has(p.role)) continue;
    const own = parties.filter((q) => q.role === p.role);
    byRole.set(p.role, { names: own.flatMap((q) => q.names), countries: own.flatMap((q) => q.countries) });
  }
  return byRole;
}

/**
 * A government named for its leader: "the Obama administration", "the Merkel government", "the
 * Tanaka cabinet" (the name stands before the body's noun, which heads the phrase).
 */
const GOVERNMENT_OF_A_LEADER = /^(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:administration|government|cabinet)$/u;
/**
 * A person told by an office of a government: "Interior Secretary Lena Ostrova", "Foreign Minister
 * Tomas Brandt", "Secretary Ostrova", "a government spokeswoman", "Deputy Minister Ade Bello".
 */
const OFFICIAL_OF_A_GOVERNMENT = /\b(?:[Ss]ecretary|[Mm]inister|[Uu]ndersecretary|[Cc]ommissioner|[Aa]ttorney [Gg]eneral|[Ss]pokes(?:man|woman|person)|[Ee]nvoy|[Aa]mbassador)\b/;
/**
 * Whether the agents of two frames are a government named for its leader and a person told by an
 * office of a government ("the Obama administration today revoked the rule", "Interior Secretary
 * Ken Salazar rescinded the rule"): an official acts for the government, so their names do not
 * part the two claims (nor do they tie them: this is no evidence of one occurrence). Two
 * governments ("the Obama administration", "the Bush administration"), two officials, or a
 * leader's government and a person told by no office ("Ken Salazar", "Mayor Lena Hart") stay apart.
 */
export function officialAndGovernment(pa: readonly Party[], pb: readonly Party[]): boolean {
  const agents = (ps: readonly Party[]) => ps.filter((p) => p.role === "agent" && p.names.length > 0).map((p) => p.text.trim());
  const [xa, xb] = [agents(pa), agents(pb)];
  const government = (ts: readonly string[]) => ts.length > 0 && ts.every((t) => GOVERNMENT_OF_A_LEADER.test(t));
  const official = (ts: readonly string[]) => ts.length > 0 && ts.every((t) => OFFICIAL_OF_A_GOVERNMENT.test(t) && !GOVERNMENT_OF_A_LEADER.test(t));
  return (government(xa) && official(xb)) || (official(xa) && government(xb));
}

const disjoint = (a: readonly string[], b: readonly string[]): boolean => a.length > 0 && b.length > 0 && !a.some((x) => b.includes(x));

/** A run of capitalized words; a nickname in quotes may stand inside it ('Ray "Sonny" Vance'). */
const NAME_RUN = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:["“][^"“”]{1,30}["”]\s+)?\p{Lu}[\p{L}'’.-]*)*`;
/**
 * The quotes of a nickname inside a name run: the nickname stays as a middle name ('Ray "Sonny"
 * Vance' is ray sonny vance), so the name matches "Ray Vance" and "Sonny Vance" alike.
 */
const NICKNAME_QUOTES = /["“”]/g;
/** "Paul Orme, 47", "Orme (47)", "Smith, aged 19": the name the value stands after. */
const NAME_BEFORE = new RegExp(String.raw`(${NAME_RUN})\s*(?:,|\()\s*(?:aged\s+)?$`, "u");
/** "32-year-old Ewan Dale", "36 year old Ian Moss": the name after the age. */
const NAME_AFTER = new RegExp(String.raw`^(?:-?\s*years?[\s-]old)?[\s,]+(${NAME_RUN})`, "u");
/** An age written as an adjective before its noun: "36-year-old", "36 year old". */
const ATTRIBUTIVE = /years?[\s-]old$/i;
/** "a 38-year-old …", "the 36-year-old …": the age is part of a noun phrase headed by a common noun. */
const ARTICLE_BEFORE = /\b(?:an?|the)\s*$/i;
/** Lower-case words that follow a person's name rather than a noun it describes: "a 31-year-old Rob Kerr of Leeds", "… Rob Kerr died". */
const FOLLOWS_A_NAME = /^\s+(?:of|from|who|whose|and|with|in|at|on|was|is|has|had|have|were|said|says|died|fell|\p{Ll}+ed)\b/u;

/**
 * Capitalized words that open a sentence or a clause and name no one: "On Friday, Jo Reid, 36,"
 * reads the name as "Jo Reid", never "On". Nationality nouns and titles before a name are not
 * part of it ("Englishman Ewan Dale", "Sgt. Ann Cole").
 */
const NOT_A_NAME = new Set(
  (
    "on in at by for from with after before since until during but and or when while as then yesterday today tonight " +
    "last next earlier later also meanwhile police officers briton britons kiwi aussie"
  ).split(" "),
);

/** A word that describes a person by nationality ("Australian", "British", "Chilean"), as the gazetteer knows them. */
function nationality(word: string): boolean {
  const lower = word.toLowerCase();
  return DEMONYM.test(lower) && !COUNTRY_NAMES.has(lower) && countriesIn(word).length > 0 && !isCity(word);
}

/** A run's words that may name a person: lower case, without titles, nationalities, opening words or generational suffixes. */
function personWords(run: string): string[] {
  const words = run
    .split(/\s+/)
    .map((w) => w.replace(/['’]s$/, "").replace(/[.'’-]+$/, ""))
    .filter((w) => w !== "" && !isGeneric(w.toLowerCase()) && !NOT_A_NAME.has(w.toLowerCase()) && !nationality(w))
    .map((w) => w.toLowerCase());
  // a generational suffix is no part of whose age it is: "Carl Breck III" is "Breck"
  while (words.length > 1 && GENERATION.test(words.at(-1)!)) words.pop();
  return words;
}


/** Nouns for kinds of people, which a count of the dead or the hurt adds up: "two women and a man". */
const PEOPLE =
  "(?:m[ae]n|wom[ae]n|child|children|boys?|girls?|adults?|teenagers?|teens?|infants?|babies|baby|persons?|people|civilians?|soldiers?|officers?|police(?:m[ae]n|wom[ae]n)?|workers?|employees?|students?|pupils?|staff|passengers?|tourists?|firefighters?|guards?|customers?|bystanders?)";
const NUMBER = "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+)";
/** "two women and a man", "three soldiers and two civilians": the first count of people, and another after "and". */
const COUNT_THEN_AND = new RegExp(String.raw`^[\s-]+(?:[\p{L}-]+\s+)?${PEOPLE}\s*,?\s+and\s+${NUMBER}\s+(?:[\p{L}-]+\s+)?${PEOPLE}\b`, "iu");
/** "a man and two women": a count of people, "and", then this one. */
const AND_THEN_COUNT = new RegExp(String.raw`\b${NUMBER}\s+(?:[\p{L}-]+\s+)?${PEOPLE}\s*,?\s+and\s+$`, "iu");
/** "… and two women": the kind of people right after this count (compiled once: its \p{L} class is costly to compile). */
const PEOPLE_AFTER = new RegExp(String.raw`^\s+(?:[\p{L}-]+\s+)?${PEOPLE}\b`, "iu");

/**
 * Whether a figure counts one kind of people in a sum its sentence spells out ("two" of "two
 * women and a man died", of "a man and two women", of "three soldiers and two civilians"): a
 * part of the count, whatever other claims the sentence gave. Must match: "two" in "killed two
 * women and one man", in "the workers, a man and two women, died"; "three" in "three soldiers and
 * two civilians". Must not match: "26" in "five boats and 26 pirates" (two kinds of things, not one
 * count), "two" in "two people died and five were hurt", "20" in "between 20 and 30 people".
 */
export function partOfSpelledOutCount(c: Claim): boolean {
  if (c.value.type !== "quantity") return false;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return false;
  const after = c.sentence.slice(at + c.text.length, at + c.text.length + 60);
  const before = c.sentence.slice(Math.max(0, at - 60), at);
  return COUNT_THEN_AND.test(after) || (AND_THEN_COUNT.test(before) && PEOPLE_AFTER.test(after));
}

/** Generational suffixes of a name: Jr, Sr, II, III, IV. */
const GENERATION = /^(?:jr|sr|ii|iii|iv)$/;

/**
 * Whose age an age is (a claim whose frame counts an age): the proper name it stands beside, in
 * lower case (or, for a description told back, "the 52-year-old", the name its document gives that
 * person: the holder's refersTo), or null when the sentence names none there or holds the value twice. An age belongs
 * to one person, so the person identifies its occurrence. An age written as an adjective
 * ("36-year-old") belongs to the name right after it, unless an article makes it part of a phrase
 * about a common noun ("a 41-year-old Keld resident", "a 29-year-old Welsh climber": the name
 * there says where the person lives or comes from; "a 31-year-old Rob Kerr of Leeds" still names
 * him); a plain number belongs to the name before it.
 * Titles, nationalities and the words that open a sentence are no part of the name.
 * Must match: "Orme, 47, of Ashby Vale" → orme; "Paul Orme, 47" → paul orme; "31-year-old
 * Ewan Dale" → ewan dale; "Carl Breck III, 38" → carl breck; "On
 * Friday, 36-year-old Jo Reid died" → jo reid; "44-year-old Scotsman Ewan Dale" → ewan
 * dale; "Mary John, 43, who" → mary john. Must not match: "a 63-year-old woman", "two men,
 * ages 47 and 48", "the 400-year-old oak", "a 41-year-old Keld resident", "a 29-year-old
 * Welsh climber", "On Friday, 36-year-old" (no name after it).
 */
export function ownerOf(c: Claim): string | null {
  return readOnce(c, ownerOfCache, readOwnerOf);
}
const ownerOfCache = new WeakMap<Claim, string | null>();

function readOwnerOf(c: Claim): string | null {
  if (c.claimFrame?.counted !== "age") return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  const before = c.sentence.slice(0, at);
  const after = c.sentence.slice(at + c.text.length);
  const attributive = ATTRIBUTIVE.test(c.text) || /^-?\s*years?[\s-]old\b/i.test(after);
  let run: string | undefined;
  if (!attributive) run = NAME_BEFORE.exec(before)?.[1] ?? NAME_AFTER.exec(after)?.[1];
  else {
    const m = NAME_AFTER.exec(after);
    // after an article, a name followed by a common noun describes it ("a 41-year-old Keld resident")
    const next = m ? after.slice(m.index + m[0].length) : "";
    if (m && (!ARTICLE_BEFORE.test(before) || !/^\s+\p{Ll}/u.test(next) || FOLLOWS_A_NAME.test(next))) run = m[1];
  }
  // "the 52-year-old" told back: the person its document names (extract/coreference.ts)
  if (!run) run = c.claimFrame.participants.find((p) => p.role === "holder" && p.refersTo)?.refersTo;
  if (!run) return null;
  const words = personWords(run.replace(NICKNAME_QUOTES, ""));
  return words.length > 0 ? words.join(" ") : null;
}

/**
 * Whether two owners may be one person: the same name, or one the other's last words ("orme" and
 * "paul orme"); "omar gray" and "lena gray" are two people, and so are "orme" and "steinberg".
 * An initial stands for a name that begins with it, and a middle name or initial one side leaves
 * out parts nothing: "tess m vane", "tess vane" and "t vane" may be one person; "tess m vane" and
 * "tess r vane", or "t vane" and "kay vane", are two.
 */
export function mayBeOnePerson(a: string, b: string): boolean {
  if (a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`)) return true;
  const [wa, wb] = [a.split(" "), b.split(" ")];
  if (wa.length < 2 || wb.length < 2 || wa.at(-1) !== wb.at(-1)) return false;
  const fits = (x: string, y: string): boolean => x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
  if (!fits(wa[0]!, wb[0]!)) return false;
  const [ma, mb] = [wa.slice(1, -1), wb.slice(1, -1)];
  if (ma.length === 0 || mb.length === 0) return true;
  return ma.length === mb.length && ma.every((w, i) => fits(w, mb[i]!));
}

/** The gun a bore is given for, after it: ".40-caliber pistols", ". 38 caliber Acme revolver", "a .22 rifle". */
const GUN_AFTER = /^[\s-]*(?:caliber|calibre|cal\.)?(?:[\s-]+[\p{L}'’]+){0,3}?[\s-]+(revolver|pistol|handgun|rifle|carbine|shotgun|gun|weapon|firearm|magnum)(s?)\b/iu;
/** Who carries arms for the law: "officers", "the deputies", "police", "the two troopers". */
const LAW_OFFICERS = /\b(?:police|policem[ae]n|officers?|deput(?:y|ies)|cops?|troopers?|detectives?|constables?|marshals?|agents?|patrolm[ae]n|guards?)\b/i;

/**
 * The gun a calibre is given for, as far as its sentence tells: several guns (a plural: "their
 * .40-caliber pistols") or one, and whether those who held it are officers of the law ("officers
 * fired their .40-caliber pistols") or someone else ("the man raised a .38 revolver"), null when
 * no one is said to hold it. Null for a claim that is no calibre.
 */
export function gunOf(c: Claim): { several: boolean; officers: boolean | null } | null {
  return readOnce(c, gunOfCache, readGunOf);
}
const gunOfCache = new WeakMap<Claim, { several: boolean; officers: boolean | null } | null>();

function readGunOf(c: Claim): { several: boolean; officers: boolean | null } | null {
  if (c.claimFrame?.counted !== "caliber") return null;
  const at = soleWordAt(c.sentence, c.text);
  const gun = at < 0 ? null : GUN_AFTER.exec(c.sentence.slice(at + c.text.length, at + c.text.length + 60));
  const agent = c.claimFrame.participants.find((p) => p.role === "agent")?.text ?? null;
  return { several: gun !== null && gun[2] !== "", officers: agent === null ? null : LAW_OFFICERS.test(agent) };
}

/**
 * Whether two calibres are of different guns: one gun against several ("a .38 revolver" and
 * "their .40-caliber pistols"), or the guns of officers against those of someone else ("officers
 * fired .40 pistols", "the man pointed a .38"). Two calibres whose sentences tell neither are not
 * kept apart.
 */
function differentGuns(a: Claim, b: Claim): boolean {
  const [x, y] = [gunOf(a), gunOf(b)];
  if (x === null || y === null) return false;
  return x.several !== y.several || (x.officers !== null && y.officers !== null && x.officers !== y.officers);
}

/** Units of a length of time, as claims carry them. */
const TIME_UNITS = new Set(["second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "season", "term"]);

/** "… as the team's director of personnel", "… as a player with": the capacity after a length of time. */
const CAPACITY_AFTER =
  /^(?:[\s-]+[\p{L}'’]+){0,2}?\s+as\s+(?:an?\s+|the\s+)?(.{1,60}?)(?=\s+(?:with|for|at|in|from|under|before|after|until|since|and|when|while|where|who|during)\b|\s*[,.;:()]|$)/iu;
/** "lingering in a coma for", "had been in a Leeds hospital for", "in hospital for": the state the length measures. */
const STATE_BEFORE =
  /\b(?:in\s+(?:an?\s+|the\s+)?(coma|hospital|prison|jail|custody|exile|captivity|intensive care|office|power)|(hospitali[sz]ed|jailed|imprisoned|detained|married|missing|unconscious))\b[^.,;]{0,40}?\bfor\s+(?:about\s+|nearly\s+|almost\s+|more than\s+|over\s+)?$/i;
/** "a week after suffering …", "two days before the vote", "a year since": the time between two events. */
const ELAPSED_AFTER = /^(?:[\s-]+[\p{L}'’]+)?\s+(?:after|before|since|following|prior to)\b/iu;
const STATE_WORD = wordTable<string>({ hospitalized: "hospital", hospitalised: "hospital", jailed: "prison", jail: "prison", imprisoned: "prison", detained: "custody" });
const CAPACITY_STOP = new Set(["the", "a", "an", "of", "and", "its", "his", "her", "their", "team", "team's", "club", "club's"]);

/**
 * What a length of time measures, when its sentence says (a claim whose value is a number of
 * days, weeks, seasons, years…): the capacity it was spent in ("four seasons as the team's
 * director of personnel" → capacity director personnel), the state it lasted ("in a coma for a
 * week" → state coma; "hospitalized for four weeks", "in hospital for three weeks" → state
 * hospital), or the time between two events ("a week after suffering a stroke" → elapsed);
 * null when the sentence says none of these ("19 seasons with the 76ers", "served five months in
 * prison"). Must match and must not match: test/unit/group/measured-stretch.test.ts.
 */
export function stretchOf(c: Claim): { kind: "capacity" | "state" | "elapsed"; words: string[] } | null {
  return readOnce(c, stretchOfCache, readStretchOf);
}
const stretchOfCache = new WeakMap<Claim, { kind: "capacity" | "state" | "elapsed"; words: string[] } | null>();

function readStretchOf(c: Claim): { kind: "capacity" | "state" | "elapsed"; words: string[] } | null {
  const v = c.value;
  if (v.type !== "quantity" || !TIME_UNITS.has(v.unit)) return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  const after = c.sentence.slice(at + c.text.length, at + c.text.length + 90);
  const before = c.sentence.slice(Math.max(0, at - 70), at);
  const state = STATE_BEFORE.exec(before);
  if (state) {
    const word = (state[1] ?? state[2]!).toLowerCase();
    return { kind: "state", words: [STATE_WORD[word] ?? word] };
  }
  const capacity = CAPACITY_AFTER.exec(after);
  if (capacity) {
    const words = capacity[1]!
      .split(/\s+/)
      .map((w) => w.toLowerCase().replace(/['’]s$/, ""))
      .filter((w) => w !== "" && !CAPACITY_STOP.has(w));
    if (words.length > 0) return { kind: "capacity", words };
  }
  if (ELAPSED_AFTER.test(after)) return { kind: "elapsed", words: [] };
  return null;
}

/**
 * Whether two lengths of time measure different things: a stretch spent in one capacity against
 * a whole stay or another capacity ("four seasons as director" and "19 seasons with the club"),
 * two different states ("a week in a coma", "four weeks in hospital"), a state against the time
 * between two events. Two claims that say nothing of what they measure are not kept apart.
 */
function measureDifferentStretches(a: Claim, b: Claim): boolean {
  const [x, y] = [stretchOf(a), stretchOf(b)];
  if (x === null && y === null) return false;
  if (x === null || y === null) return (x ?? y)!.kind === "capacity";
  if (x.kind !== y.kind) return true;
  return x.kind !== "elapsed" && !x.words.some((w) => y.words.includes(w));
}

/** "20 feet away", "two miles apart": a distance told as how far apart two things stand. */
const SPACING_AFTER = /^[\s\u00a0]*(?:away|apart)\b/i;

/**
 * Whether a distance is told as a spacing, how far apart two things stand ("was 20 feet away",
 * "lived half a mile away", "two miles apart"), rather than a way moved ("dragged her 10 feet",
 * "chased the van for 30 miles"); null for no distance. Only "away" and "apart" tell it: "fell
 * 200 m from the ridge" is a way moved, "30 miles east of the town" may be either.
 */
export function isSpacing(c: Claim): boolean | null {
  return readOnce(c, spacingCache, readIsSpacing);
}
const spacingCache = new WeakMap<Claim, boolean | null>();

function readIsSpacing(c: Claim): boolean | null {
  if (c.value.type !== "quantity" || c.claimFrame?.counted !== "distance") return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  return SPACING_AFTER.test(c.sentence.slice(at + c.text.length, at + c.text.length + 30));
}

/**
 * A spacing against a way moved measures two things ("a witness was 20 feet away" and "the car
 * dragged her 10 feet"); two spacings ("lived half a mile away", "a mile and a half away") or two
 * ways moved are compared as before. Must match and must not match:
 * test/unit/group/measured-stretch.test.ts.
 */
function spacingAgainstMovement(a: Claim, b: Claim): boolean {
  const [x, y] = [isSpacing(a), isSpacing(b)];
  return x !== null && y !== null && x !== y;
}

/** The words after a count that make it a run of consecutive results: "four straight points", "nine fights in a row", "a 10-fight winning streak". */
const RUN_AFTER = /^(?:\s+(?:straight|consecutive|successive)\b|(?:[\s-]+[\p{L}'’]+){0,2}\s+(?:in\s+a\s+row|running)\b|[\s-]+[\p{L}]+\s+(?:winning|losing|unbeaten|scoring)\s+(?:streak|run)\b)/iu;

/**
 * Whether a count is a run of consecutive results: an ordinal the value layer read as one ("her
 * ninth straight win": values/quantity/records.ts), or a count with "straight", "consecutive",
 * "in a row", "running" or a winning streak after it, or the first or last of a record before it.
 * Must match: "scored four straight points", "won nine fights in a row", "a 10-fight winning
 * streak", "her ninth in a row", "completed his first 17 passes". Must not match: "scored seven
 * points", "won nine fights", "a straight fight", "in the first 10 days".
 */
export function isRun(c: Claim): boolean {
  return readOnce(c, runCache, readIsRun);
}
const runCache = new WeakMap<Claim, boolean>();

function readIsRun(c: Claim): boolean {
  if (c.value.type !== "quantity") return false;
  if (c.provenance.some((p) => p.startsWith("pattern:") && p.endsWith("-run"))) return true;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return false;
  if (RUN_AFTER.test(c.sentence.slice(at + c.text.length, at + c.text.length + 60))) return true;
  return !SPAN_UNIT.test(c.value.unit) && RUN_BEFORE.test(c.sentence.slice(Math.max(0, at - 40), at));
}

/**
 * Words before a count that make it the opening or closing stretch of a record, not its total:
 * "completed his first 17 passes", "lost their last five games", "will miss last 2 games", "the
 * club's final two games".
 * Not a span of time ("in the first 10 days": how long, not which of the results).
 */
const RUN_BEFORE = /\b(?:first|last|final|opening)\s+$/i;
const SPAN_UNIT = /^(?:second|minute|hour|day|night|week|month|year|decade|century|season|quarter|half|inning|round|lap)s?$/;

/** A run of consecutive results is a stretch of a record, not its total: it is compared with runs only ("four straight points" and "seven points"). */
function runAndTotal(a: Claim, b: Claim): boolean {
  return a.value.type === "quantity" && b.value.type === "quantity" && isRun(a) !== isRun(b);
}

/** A compass bearing right after a distance ("25 miles east of", "40 km north-west of"), hyphens dropped. */
const BEARING_AFTER = /^[\s\u00a0]*(?:\([^)]{0,20}\)[\s\u00a0]*)?(north[\s-]?east|north[\s-]?west|south[\s-]?east|south[\s-]?west|north|south|east|west)(?:wards?)?\s+(?:of|from)\b/i;

/**
 * The bearing a distance is told with ("about 25 miles east of the city" → east), or null: a
 * distance with no compass word after it ("25 miles from the city", "a 25-mile chase").
 * Must match and must not match: test/unit/group/measured-stretch.test.ts.
 */
export function bearingOf(c: Claim): string | null {
  return readOnce(c, bearingOfCache, readBearingOf);
}
const bearingOfCache = new WeakMap<Claim, string | null>();

function readBearingOf(c: Claim): string | null {
  if (c.value.type !== "quantity" || c.claimFrame?.counted !== "distance") return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  const m = BEARING_AFTER.exec(c.sentence.slice(at + c.text.length, at + c.text.length + 60));
  return m ? m[1]!.toLowerCase().replace(/[\s-]/g, "") : null;
}

/**
 * Whether two distances are told with different bearings ("25 miles east of the city" and "25
 * miles northwest of where he fled"): a distance between two places has one bearing from the place
 * it is measured from, so two bearings are two distances. One without a bearing parts nothing.
 */
function differentBearings(a: Claim, b: Claim): boolean {
  const [x, y] = [bearingOf(a), bearingOf(b)];
  return x !== null && y !== null && x !== y;
}

/**
 * "before 1997", "prior to 2003", "after 2010": a date the happening lies before or after, not the
 * date it happened on. Not a near time ("shortly after 8:30 p.m.", "just before 8am", "a little
 * before 10 p.m.", "days after the vote" tell a moment close to it), not the start of a span
 * ("since September" is when an ongoing thing began), and not a date that dates the event it is
 * said of ("after Monday's robbery", "before the 1997 vote": the robbery was on Monday).
 */
const BOUND_BEFORE = /(?<!\b(?:shortly|just|soon|right|little|moments?|minutes?|hours?|days?|weeks?|months?|years?|decades?|immediately|long|well|sometime|even|only|not|the|a|day|night|week|month|year)\s)\b(before|prior\s+to|after)\s+(?:(?:early|late|mid)\s+)?$/i;
/** A date that names its event after it ("after Monday's robbery", "before the 1997 vote" has "the" before it): it dates that event. */
const DATES_A_NOUN = /^(?:['’]s\b|\s+(?:election|vote|attack|raid|robbery|shooting|crash|quake|earthquake|storm|fire|blast|game|match|final|deal|merger|ruling|verdict|trial|hearing|meeting|summit|season|war|invasion|coup|strike|protest|talks)\b)/i;

export function boundOf(c: Claim): string | null {
  return readOnce(c, boundCache, readBoundOf);
}
const boundCache = new WeakMap<Claim, string | null>();

function readBoundOf(c: Claim): string | null {
  if (c.value.type !== "date" && c.value.type !== "range") return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  if (DATES_A_NOUN.test(c.sentence.slice(at + c.text.length, at + c.text.length + 16))) return null;
  const m = BOUND_BEFORE.exec(c.sentence.slice(Math.max(0, at - 40), at));
  if (!m) return null;
  // "will not be restored before 12 March" tells the day it is expected, as "until 12 March" does
  if (m[1]!.toLowerCase() === "before" && NOT_UNTIL.test(c.sentence.slice(Math.max(0, at - 60), at))) return null;
  return m[1]!.toLowerCase() === "after" ? "after" : "before";
}
/** A negated forecast before "before": "will not be fully restored before", "won't reopen before". */
const NOT_UNTIL = /(?:\b(?:will|would|could|may|might|should|can)\s+not|\b(?:won|wouldn|can)['’]t|\bcannot)\s+(?:\w+\s+){0,3}before\s+(?:(?:early|late|mid)\s+)?$/i;

/** Two ages told of people of two sexes ("two sons, ages 6 and 16", "girls age 6 and 8"): two people's. */
function agesOfTwoSexes(a: Claim, b: Claim): boolean {
  const [x, y] = [sexOfAge(a.sentence, a.text, soleWordAt(a.sentence, a.text)), sexOfAge(b.sentence, b.text, soleWordAt(b.sentence, b.text))];
  return x !== null && y !== null && x !== y;
}

/**
 * Whether two dates bound their happenings differently: "had served only a five-year term before
 * 1997" lies before 1997, "was sentenced in 1997" in it, "after 1997" past it. A bound is compared
 * with a bound of the same side only.
 */
function differentBounds(a: Claim, b: Claim): boolean {
  return boundOf(a) !== boundOf(b);
}

/**
 * Whether the two claims' participants keep them apart (see the header). `identify`: the roles
 * that identify an occurrence of the topic (a rule's `identify:`, e.g. a quake's event and place);
 * absent or empty, every role does. `actors`: whether the names of two sentences whose frames give
 * no participants keep them apart too (for a rule's claims; a frame's own topic is told apart by
 * its frames alone: "six AK-47 rifles" and "Six AK 47 rifles" name no one).
 */
export function separates(a: Claim, b: Claim, identify?: readonly Participant["role"][], actors = true): boolean {
  // Two ages are about one person exactly when they stand beside one name.
  const [oa, ob] = [ownerOf(a), ownerOf(b)];
  if (oa !== null && ob !== null) return !mayBeOnePerson(oa, ob);
  // An age whose person one side does not name: a different age is nothing shown to be one
  // person's ("a 36-year-old man" and "Lee, 32"); the same age is not parted by where it was told.
  const ages = a.claimFrame?.counted === "age" && b.claimFrame?.counted === "age";
  if (ages && !overlaps(toInterval(a.value), toInterval(b.value))) return true;
  // (nor is the same age of a boy and of a girl: age-years.ts sexOfAge)
  if (ages && agesOfTwoSexes(a, b)) return true;
  // two counts of one parent's children are parted by whose they are, not by the rest of their sentences (kin-counts.ts)
  if (oneParentsChildren(a, b)) return false;
  if (measureDifferentStretches(a, b)) return true;
  if (runAndTotal(a, b)) return true;
  if (differentGuns(a, b)) return true;
  if (differentBearings(a, b)) return true;
  if (differentBounds(a, b)) return true;
  if (spacingAgainstMovement(a, b)) return true;
  // two holders' statistics, or one holder's over two spans (a season and a game): stat-lines.ts
  if (statsApart(a, b)) return true;
  // two scores or records: two holders, two spans, or two of a span that has many (score-pairs.ts)
  if (pairOf(a) !== null || pairOf(b) !== null) return pairsApart(a, b, storyAliasWords, recordsAfterOneGame);
  // two moments of a game told by its clock: two clocks, or one clock in two periods (game-clocks.ts)
  if (isGameClock(a) || isGameClock(b)) return clocksApart(a, b);
  // the seasons of a running tenure ("now in his 10th season"): one holder's, compared with its like only (tenures.ts)
  if (isTenure(a) || isTenure(b)) return tenuresApart(a, b);
  // two plays: two kinds, two holders, or two lengths nothing shows to be one play (play-lengths.ts);
  // a play's makers are read from its clause, where a frame's verb is often another's ("took it back
  // 25 yards" read as taken from the passer), so two plays are parted by that reading alone
  if (playOf(a) !== null && playOf(b) !== null) return playsApart(a, b);
  // "He completed 17 passes" told of Ames, against "Cole completed 28 passes": two doers (pronoun-agents.ts)
  if (toldBackApart(a, b)) return true;
  const [pa, pb] = [partiesOf(a), partiesOf(b)];
  const framed = (ps: readonly Party[]): boolean => ps.some((p) => p.role !== null);
  if (framed(pa) && framed(pb)) {
    const person = samePerson(pa, pb) || compatiblePersons(pa, pb);
    // one holder's statistic on both sides (stat-lines.ts): the frame's agent is another verb's there
    // ("Cole led the side with 13 points, while Dunn added 12": "led" reads Cole), so it parts nothing
    const held = statsOfOneHolder(a, b);
    for (const role of identify && identify.length > 0 ? identify : ROLES) {
      if (role === "agent" && held) continue;
      // a place is named at different detail by different outlets: it never parts one person's occurrence
      if (role === "place") {
        if (!person && !ages && placesApart(pa, pb)) return true;
        continue;
      }
      // (what a cut broke or took down is what each outlet chose to tell of it: breaking.ts)
      if (role === "patient" && cutsToldAlike(a, b)) continue;
      const [x, y] = [namedIn(pa, role), namedIn(pb, role)];
      if (x.names.length > 0 && y.names.length > 0) {
        if (disjoint(x.names, y.names) && !(role === "agent" && officialAndGovernment(pa, pb))) return true;
      } else if (disjoint(x.countries, y.countries)) return true;
      // (two sums of one rule are one kind of act, whatever verb tells each: sums-of-one-topic.ts)
      if (role === "agent" && (sameAct(a, b) || sumsOfOneTopic(a, b)) && (unnamedAgent(x.names, pa, pb, b) || unnamedAgent(y.names, pb, pa, a))) return true;
    }
    return false;
  }
  if (!actors) return false;
  // (the names a frame gives are names its sentence gives too: "Breck had been fired")
  return actorsPart(pa, pb);
}

/**
 * What separates(x, c) reads of `c`, whatever `x`, as one string: two claims with one key are kept
 * apart from the same claims, so an occurrence asks one member of each key (group.ts), not every
 * member. Made of c's readings that separates consults (its age's owner, stretch, run, gun, bearing,
 * bound, spacing, value), its parties (roles, names, countries, texts) and its frame's verb and
 * source. null for a claim that is a statistic, a score or a play: those are compared by their own
 * readers (stat-lines.ts, score-pairs.ts, play-lengths.ts), so such a claim is asked on its own.
 * Must share a key: "two officials" and "two officials" of two sentences that name no one else.
 * Must not: "two officials" in Kabul and in Herat; a score of 27-24 (null).
 */
export function separationKey(c: Claim): string | null {
  if (statOf(c) !== null || pairOf(c) !== null || playOf(c) !== null || isGameClock(c)) return null;
  const frame = c.claimFrame;
  return keyOf([
    ownerOf(c),
    frame?.counted ?? null,
    c.value,
    stretchOf(c),
    isRun(c),
    gunOf(c),
    bearingOf(c),
    boundOf(c),
    isSpacing(c),
    partiesRead(c),
    frame?.predicate?.lemma ?? null,
    toldBackDoer(c),
  ]);
}

/**
 * What the tests of a pair (separates, actorsApart, linkedByFrames) read of a claim's parties: each
 * party's role, countries, names and whether it is placed; its text only where it is read (a
 * place's size, a name's settlement or route), its key only with a name (namedKeys); and which of
 * its names are its source's (saidBy). A party's plain words ("the committee", "uncertain talks")
 * part and tie nothing there, so claims that differ only in those share a key.
 */
export function partiesRead(c: Claim): unknown[] {
  const parties = partiesOf(c);
  return [
    parties.map((p) => [p.role, p.countries, p.names, p.placed, p.storyPlace === true, p.within ?? null, p.role === "place" || p.names.length > 0 ? p.text : null, p.names.length > 0 ? p.key : null]),
    parties.flatMap((p) => p.names.filter((n) => saidBy(c, n))),
  ];
}

/** Readings as one string; numbers JSON would write alike (Infinity, NaN: null) are told apart. */
export function keyOf(readings: readonly unknown[]): string {
  return JSON.stringify(readings, (_, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? `#${v}` : v));
}

/**
 * Whether the names of two sentences keep their claims apart, where a frame does not say who
 * did what: nothing in common between their countries and proper names ("the Soviet withdrawal"
 * and "the U.S. withdrawal"; "Deon Thompson" and "Wayne Chism"). Names of sites and areas ("Snyder
 * Ave.", "the Tasman Saddle Hut", "the national park") tell where at some detail, not who: they
 * tie two sentences that both give them, but part none. A town tells where too, when a frame sets
 * its claim there, the sentence sets it after "in", "at", "near" (settledIn), or another sentence
 * of its story sets it as a place ("a Keldon officer" where "in Keldon, Nevada" is written:
 * story-places.ts): it is compared with places, never with people or bodies ("the man, who lived
 * in Ballarat" and "Kim Hale"; "a Keldon crowd" and "the Pellan Fund": no evidence either way), and
 * a place against a sentence that names nothing is no evidence either. Two towns part when a frame
 * or the story gives one of them ("robbed in Patras" and "a bank in Larissa"; "a Keldon crowd" and
 * "an Orby crowd"), not when both are only named by their own sentences (where one man lived, where
 * another climbed), and never when the story sets one within the other ("a Keldon officer" and
 * "in Nevada", where "Keldon, Nevada" is written); a city lies within its country by the gazetteer
 * (countries are compared as who, never as towns).
 */
function actorsPart(xa: readonly Party[], xb: readonly Party[]): boolean {
  const named = (p: Party): string[] => [...p.countries, ...p.names];
  const all = (ps: readonly Party[]): string[] => ps.flatMap(named);
  if (all(xa).some((n) => all(xb).includes(n))) return false;
  // where: a frame's place, a name its sentence sets after "in", "at", "near", or one its story
  // sets as a place elsewhere; its size is read from its name
  const where = (p: Party): boolean => p.names.length > 0 && (p.role === "place" || (p.role === null && (p.placed || p.storyPlace === true)));
  // who: a frame's agent or patient, a country, a name alone that is neither a site nor an area
  const who = (ps: readonly Party[]): string[] =>
    ps.filter((p) => !where(p) && (p.names.length === 0 || p.role !== null || placeSize(p.text) === "settlement")).flatMap(named);
  // the town a frame or the story sets its claim in parts it from a sentence set in another town;
  // two towns that only their own sentences name (where one man lived, where another climbed) part nothing
  const towns = (ps: readonly Party[], fixed: boolean): Party[] =>
    ps.filter((p) => where(p) && (!fixed || p.role === "place" || p.storyPlace === true) && placeSize(p.text) === "settlement");
  return (
    disjoint(who(xa), who(xb)) ||
    townsApart(towns(xa, true), towns(xb, false)) ||
    townsApart(towns(xa, false), towns(xb, true)) ||
    learntTownAbroad(xa, xb) ||
    learntTownAbroad(xb, xa)
  );
}

/**
 * Whether a town the story sets as a place, on one side, lies in none of the countries the other
 * side names: a country is a place too ("a Keldon crowd" and "Greek unions rallied", where
 * nothing sets Keldon in Greece). The countries the story sets it in keep it, also through a state
 * ("Keldon, Nevada": the United States). Must part: a learnt "Keldon" and "Greek unions"; must not:
 * a learnt "Keldon" written "Keldon, Nevada" and "U.S. officials". (A town the gazetteer knows is
 * placed, never learnt, so a learnt town has no countries of its own.)
 */
function learntTownAbroad(xs: readonly Party[], ys: readonly Party[]): boolean {
  const learnt = xs.filter((p) => p.role === null && p.storyPlace === true && placeSize(p.text) === "settlement");
  if (learnt.length === 0) return false;
  const countries = ys.flatMap((p) => p.countries);
  if (countries.length === 0) return false;
  return learnt.every((p) => !countries.some((c) => p.within?.includes(c) ?? false));
}

/**
 * Whether two lists of towns name different places: both give one, no name is common, and the
 * story sets none of one side within one of the other ("Keldon" within "Nevada").
 */
function townsApart(xs: readonly Party[], ys: readonly Party[]): boolean {
  const [nx, ny] = [xs.flatMap((p) => [...p.countries, ...p.names]), ys.flatMap((p) => [...p.countries, ...p.names])];
  if (!disjoint(nx, ny)) return false;
  const inside = (ps: readonly Party[], outer: readonly string[]): boolean => ps.some((p) => p.within?.some((n) => outer.includes(n)) ?? false);
  return !inside(xs, ny) && !inside(ys, nx);
}

/**
 * Whether both frames name one person or party as who acted or underwent it: a proper name finer
 * than a country both give as agent, or both as patient ("Ann Tully fell" and "Tully fell";
 * "Lee was hit" and "the police shot Lee"). Must not match: "Tully" and "Marsh"; "Canadian
 * skier" and "Canadian man" (a country is no person).
 */
function samePerson(pa: readonly Party[], pb: readonly Party[]): boolean {
  return (["agent", "patient"] as const).some((role) => {
    const [x, y] = [namedIn(pa, role), namedIn(pb, role)];
    return x.names.some((n) => y.names.includes(n));
  });
}

/**
 * Whether, in every role of agent and patient that both frames give, both name one person or
 * party: a proper name in common, or, where neither gives a proper name, a country in common ("a
 * Canadian skier fell" and "a Canadian climber fell"). Not "Tully fell" and "Marsh fell"; not "a
 * man was shot" and "a man was shot" (nobody identified); not "a Canadian skier" and "Ann Tully"
 * (nothing shows she is the Canadian); not "a climber fell" and "the hut was hit" (no role both give).
 */
function compatiblePersons(pa: readonly Party[], pb: readonly Party[]): boolean {
  const roles = (["agent", "patient"] as const).filter((r) => pa.some((p) => p.role === r) && pb.some((p) => p.role === r));
  return (
    roles.length > 0 &&
    roles.every((role) => {
      const [x, y] = [namedIn(pa, role), namedIn(pb, role)];
      if (x.names.length > 0 || y.names.length > 0) return x.names.some((n) => y.names.includes(n));
      return x.countries.some((c) => y.countries.includes(c));
    })
  );
}

/**
 * Two sentences that each give a proper name finer than a country and none in common: "Deon
 * Thompson had 15 points" and "Wayne Chism had 15 points" (not "India" and "the Gulf of Aden":
 * a country is named nearly everywhere in news).
 */
export function actorsApart(a: Claim, b: Claim): boolean {
  // (the ends of a route, "from Keld", "to Dunmore", are where someone was moved, not who)
  // (nor is who says it: "The Keld Courier reports the cost at $4,000" names its source, not a party)
  const named = (c: Claim): string[] => partiesOf(c).flatMap((p) => (p.role === null && !ROUTE_END.test(p.text) ? p.names.filter((n) => !saidBy(c, n)) : []));
  return disjoint(named(a), named(b)) && !nameInAnyRole(a, b);
}

/**
 * Whether the sentences of two figures name one person, in no role in one and in a role in the
 * other: "Reyes improved to a record of 40 wins and three defeats" and "Reyes's 40th win, for only
 * three defeats" both name Reyes, the agent of one, so their other names (an opponent, a title) do
 * not set them apart. Must: those. Must not: "Deon Tarr had 15 points" against "Wes Chan had 15
 * points" (no name in common); two dates (their sentences name actors and others alike).
 */
function nameInAnyRole(a: Claim, b: Claim): boolean {
  // (a date's sentence names who acted and whom it concerns alike: a name in common ties no two dates)
  if (a.value.type !== "quantity" || b.value.type !== "quantity") return false;
  const loose = (c: Claim): string[] => partiesOf(c).flatMap((p) => (p.role === null ? p.names : []));
  const held = (c: Claim): string[] => partiesOf(c).flatMap((p) => (p.role !== null ? p.names : []));
  return loose(a).some((n) => held(b).includes(n)) || loose(b).some((n) => held(a).includes(n));
}

/**
 * An agent named on one side ("the Red Sox offered an eight-year deal") against a frame of the same
 * verb that read no agent at all but whose sentence names someone in no other role of its frame, and nowhere
 * names the agent ("The Hawks, according to reports, have offered Mark Teague a six-year deal",
 * Teague the patient): the sentence names who acted, and it is someone else. Names the frame
 * places elsewhere ("fell about 600m near Mount Sefton Bivvy") are no agents, and a sentence that
 * names the agent in any role ("Seven bullets hit Mr. Gray" against "Gray was hit") is not kept
 * apart from it.
 */
/** Whether a name token ("name:reid") is a word of the one a claim is attributed to ("reid", "mayor ann reid"). */
function saidBy(c: Claim, name: string): boolean {
  const speaker = c.claimFrame?.attribution;
  if (!speaker) return false;
  const word = name.replace(/^name:/, "");
  return speaker.toLowerCase().split(/[\s-]+/).includes(word);
}

/** Both frames read one verb ("offered" and "have offered"). */
function sameAct(a: Claim, b: Claim): boolean {
  const [x, y] = [a.claimFrame?.predicate?.lemma, b.claimFrame?.predicate?.lemma];
  return x !== undefined && x === y;
}

function unnamedAgent(agent: readonly string[], own: readonly Party[], other: readonly Party[], told: Claim): boolean {
  if (agent.length === 0 || other.some((p) => p.role === "agent")) return false;
  // (a pronoun is its subject: someone told before acted, not another name of its sentence)
  if (pronounActs(told)) return false;
  // the sentence's names that its frame does not give another role (a place, the patient) could be
  // who acted; not who says it ("voters approved the bond, Reid said": Reid is the speaker), though
  // a speaker may name the agent ("Keld Police Chief Ann Reid said": the Keld police); nor one the
  // news was told to ("sources told Channel 5's Jo Lynch"), nor a name the first frame itself gives
  // a role other than the agent's ("flew to Texas to meet" beside "talks at his Texas home")
  const all = other.flatMap((p) => p.names);
  const placed = new Set([...other, ...own.filter((p) => p.role !== "agent")].filter((p) => p.role !== null).flatMap((p) => p.names));
  return all.some((n) => !placed.has(n) && !saidBy(told, n) && !toldTo(told, n)) && disjoint(agent, all);
}

/**
 * Whether a name token ("name:lynch") is a word of the one a source told the news to, who only
 * passes it on: "sources told Channel 5's Jo Lynch", "officials told the Courier" (within four
 * words after "told"); not "Lynch told reporters" (Lynch speaks) nor "told police Lynch fled".
 */
function toldTo(c: Claim, name: string): boolean {
  const word = name.replace(/^name:/, "");
  for (const hit of c.sentence.matchAll(TOLD_TO)) {
    const words = hit[1]!.split(/\s+/);
    const at = words.findIndex((w) => w.toLowerCase().replace(/['’]s$/, "").replace(/[^\p{L}\p{N}-]/gu, "") === word);
    // (up to the name, every word is a name's, a number or a possessive: "Channel 5's Jo Lynch", not "police Lynch")
    if (at >= 0 && words.slice(0, at).every((w) => /^(?:the|\p{Lu}|\p{N})/u.test(w) || /['’]s$/.test(w))) return true;
  }
  return false;
}
const TOLD_TO = /\btold\s+((?:[\p{L}\p{N}'’.-]+\s+){0,4}[\p{L}\p{N}'’.-]+)/gu;

/**
 * Keys of a claim's frame participants that carry a proper name finer than a country, with their
 * roles: "patient marfin bank"; not "place united states", which says no more than the country.
 */
export function namedKeys(c: Claim): readonly string[] {
  const parties = partiesOf(c);
  let keys = namedKeysCache.get(parties);
  if (keys === undefined) namedKeysCache.set(parties, (keys = parties.flatMap((p) => (p.role !== null && p.key !== null && p.names.length > 0 ? [`${p.role} ${p.key}`] : []))));
  return keys;
}

/**
 * Positive evidence from the two frames alone: a proper name both give in one role, or one named
 * participant both give ("the Marfin bank"). The names of the sentences around them do not count.
 */
export function linkedByFrames(a: Claim, b: Claim): boolean {
  const [pa, pb] = [partiesOf(a), partiesOf(b)];
  for (const role of ROLES) {
    const [x, y] = [namedIn(pa, role), namedIn(pb, role)];
    if (x.names.some((n) => y.names.includes(n))) return true;
  }
  const wb = namedKeys(b);
  return namedKeys(a).some((k) => wb.includes(k));
}

/**
 * A proper name finer than a country that both claims' sentences or frames give, in any role:
 * "Rios" in "Kell beat Rios" and in "Rios was stopped"; not "France" in both, and not two
 * different names ("Kell" and "Moss").
 */
export function namesShared(a: Claim, b: Claim): boolean {
  const nb = namesOf(b);
  return namesOf(a).some((n) => nb.includes(n));
}

/** The proper names finer than a country that a claim's sentence or frame gives, in any role. */
export function namesOf(c: Claim): readonly string[] {
  const parties = partiesOf(c);
  let names = namesCache.get(parties);
  if (names === undefined) namesCache.set(parties, (names = parties.flatMap((p) => p.names)));
  return names;
}

/** Positive evidence that two claims are about one occurrence (see the header). */
export function linked(a: Claim, b: Claim): boolean {
  if (linkedByFrames(a, b)) return true;
  const kb = keysOf(b);
  const common = keysOf(a).filter((k) => kb.includes(k));
  const proper = common.filter((k) => !k.startsWith("plain:"));
  return (common.length >= 2 && proper.length >= 1) || common.some((k) => k.startsWith("title:"));
}
