/**
 * Component 2 — the counted or measured thing: the noun the number counts ("3,500 people" →
 * person, "13 countries" → country), or the attribute the value gives ("a 6.4-magnitude
 * earthquake" and "magnitude 6.4" → magnitude of an earthquake; "Kafoury, 63", "aged 22", "the
 * 28-year-old" → age of a person; "40 miles north of the city" → distance; "120 mph" → speed;
 * "$2.1 billion" → money; "5.4 per cent" → percent). Partitives count their whole's noun ("three of
 * the five hostages" → hostage). Also finds where the value's noun phrase ends, through a
 * coordination of counts ("two women and one man") and a parenthesis ("110 billion euro (93.6
 * billion pound) aid package"), for the predicate component.
 */
import type { Dimension, TaggedToken } from "../../types.js";
import { dimensionOf } from "../../values/quantity/dimensions.js";
import { singular } from "../../values/quantity/counted.js";
import { isRecord } from "../../values/quantity/records.js";
import { differenceAfter } from "./difference.js";
import { isPersonNoun } from "../../values/quantity/people.js";
import { inLexicon } from "../tag/tagger.js";
import { type FrameComponent, type FrameSentence, type Reading, gluedByHyphen, isNoun, lower, valueAt } from "./sentence.js";
import { wordTable } from "../../values/word-table.js";
import { pluralModelAt } from "./model-names.js";
import { participleAfterPlural, participleBeforeCounted } from "./participle-modifier.js";
import { inPartitivePhrase } from "./partitive-phrase.js";
import { intoCustodyAfter } from "./into-custody.js";

/** Kin whose number of children a figure after "of" gives: "a mother of two". */
const KIN = /^(?:mother|father|parent|mum|mom|dad|grandmother|grandfather|grandparent|mothers|fathers|parents)$/;

/**
 * A parent's own children counted as the whole a part is taken from ("one of her 12 children",
 * "one of his five kids"): "of", a possessive, the figure, then a noun of offspring. The figure
 * says how many children the parent has, as "a mother of 12" does. Not a toll ("her two children
 * died": no part taken), nor children of no one ("one of the 12 children").
 */
const OWN = /^(?:her|his|their)$/;
const OFFSPRING = /^(?:children|kids|sons|daughters|grandchildren|grandkids|stepchildren)$/;

/**
 * A person's children told as what the person has: "Tarn had five children", "she has two kids",
 * "with whom he had three sons", "Ola raised four daughters" — a verb of having or raising, its
 * subject a name or a personal pronoun (so "the school has 300 children" and "the bus had 30 kids
 * aboard" are no one's children), then the figure and a noun of offspring. The figure says how
 * many children the subject has, as "a mother of five" does.
 */
const HAVING = /^(?:has|have|had|having|raised|fathered|mothered|bore)$/;
const PERSON_SUBJECT = /^(?:he|she|they|i|we|who|whom)$/;
export function childrenHad(tokens: readonly TaggedToken[], first: number, last: number): boolean {
  const verb = tokens[first - 1];
  const subject = tokens[first - 2];
  if (!verb || !subject || !HAVING.test(lower(verb)) || !OFFSPRING.test(lower(tokens[last + 1]))) return false;
  return subject.pos === "PROPN" ? /^\p{Lu}/u.test(subject.text) : PERSON_SUBJECT.test(lower(subject));
}

const SPOUSE = /^(?:wife|husband|spouse)$/;

/**
 * A person's children counted beside the person's spouse: "a wife and two children", "his husband
 * and three sons", "survived by her wife and two teenage daughters" — a noun of a spouse, "and",
 * the figure, at most one word that describes them ("teenaged", "grown", "young"), then a noun of
 * offspring. A spouse and children named together are one person's family, so the figure says how
 * many children that person has, as "a mother of two" does. Not "two women and three children"
 * (no spouse: people hurt or saved), "the wife and two friends" (no offspring), "a wife, a brother
 * and two children" (the spouse is not next to the figure).
 */
export function childrenBesideSpouse(tokens: readonly TaggedToken[], first: number, last: number): boolean {
  if (lower(tokens[first - 1]) !== "and" || !SPOUSE.test(lower(tokens[first - 2]))) return false;
  const next = tokens[last + 1];
  if (OFFSPRING.test(lower(next))) return true;
  // (one word between that describes the children, not a noun of its own: "two teenaged children")
  return next !== undefined && /^\p{Ll}+$/u.test(next.text) && (next.pos === "ADJ" || next.pos === "VERB") && OFFSPRING.test(lower(tokens[last + 2]));
}

/** "with", then at most a few words of a clock's reading, before a length: "with just over six minutes", "with 4 minutes 48 seconds". */
const ABSOLUTE_WITH = /\bwith\s+(?:(?:just|only|about|around|nearly|almost|roughly|some|more|less|than|over|under|[\d.,:]+|minutes?|seconds?|hours?|days?|weeks?)\s+){0,4}$/i;

/** Quotes that open and close a word set apart: three "drones", five “sleeper” cells. */
const OPEN_QUOTE = /^["“‘']$/;
const CLOSE_QUOTE = /^["”’']$/;
/** Nouns that count pieces of what follows "of": "31 pieces of equipment", "12 items of clothing". */
const PIECE_WORDS = /^(?:piece|item|unit|article)$/;

/** Nouns whose value a figure gives ("the toll rose to 87"). */
const MEASURE_NOUNS = new Set(["toll", "total", "number", "count", "tally", "figure", "population", "turnout", "attendance", "crowd", "price", "value", "cost", "sum", "revenue", "profit", "loss", "salary", "budget", "deficit", "debt", "rate", "stake", "magnitude", "speed", "distance", "yardage"]);
/** A running total a verb brings to a value ("bringing his season total to 43"): it counts what the figure before it counts. */
const RUNNING_TOTAL = /^(?:total|tally)$/;
/** Verbs that bring a running total to a value. */
const BRING = /\b(?:bring|brings|bringing|brought|rais(?:e|es|ed|ing)|push(?:es|ed|ing)?|lift(?:s|ed|ing)?|swell(?:s|ed|ing)?|tak(?:e|es|ing)|took|increas(?:e|es|ed|ing))\b/i;
/** What a measure's value gives, by the dimension of its unit (values/quantity/dimensions.ts). */
const BY_DIMENSION: Partial<Record<Dimension, string>> = { length: "distance", speed: "speed", area: "area", mass: "weight" };
const CURRENCY = /^[A-Z]{3}$/;
/** Words between a number and its noun that do not end the noun phrase. */
const MODIFIERS = new Set(["more", "other", "additional", "further", "extra", "new", "young", "old", "more", "-", "–"]);
/** Nouns whose number is an attribute of the noun after them ("6.4-magnitude earthquake"). */
const ATTRIBUTE_NOUNS = wordTable<string>({
  magnitude: "magnitude", richter: "magnitude", mile: "distance", kilometre: "distance", kilometer: "distance", km: "distance",
  foot: "height", metre: "height", meter: "height", storey: "height", story: "height", point: "score", year: "age",
  day: "duration", week: "duration", month: "duration", hour: "duration", minute: "duration", acre: "area", percent: "percent",
});

/** An adjective of size after a length: "62 metres long", "40 feet high". */
const SIZE_AFTER = wordTable<string>({ long: "length", tall: "height", high: "height", wide: "width", broad: "width", deep: "depth", thick: "depth" });
/** Nouns of going somewhere, whose length is a distance covered: "a 30-mile chase", "a 10-km race". */
const TRAVEL = /^(?:chase|pursuit|journey|trip|drive|walk|march|race|run|flight|crossing|voyage|trek|hike|swim|ride|route|commute|detour|fall|drop|plunge|climb|descent|tour|marathon|relay|leg|stage|lap|swing|shot|throw|jump|kick|pass|putt)$/;

/**
 * What a length measures: the size of a thing ("62 metres long", "a 40-foot-high wall", "a
 * 62-metre vessel", "a 300-metre runway") or a distance covered or between places ("40 miles north
 * of the city", "a 30-mile chase", "fell 200 metres"). A length written before a noun of a thing,
 * or followed by an adjective of size, is the thing's size: length, height, width or depth.
 */
function sizeOrDistance(tokens: readonly TaggedToken[], last: number, head: number): string {
  const after = lower(tokens[last + 1]) === "-" ? lower(tokens[last + 2]) : lower(tokens[last + 1]);
  if (SIZE_AFTER[after]) return SIZE_AFTER[after]!;
  // a length before a person, alone or in a list of the person's measures, is the person's height:
  // "a 6-foot man", "a 6-foot, 200-pound man"; not "a 6-foot fence"
  for (let k = last + 1; k < tokens.length && k <= last + 8; k++) {
    const t = tokens[k]!;
    if (t.pos === "NOUN" && isPersonNoun(t.text.toLowerCase(), t.text)) return "height";
    // "a 6-foot, 200-pound white male": a description's "male" or "female" that ends it is the person
    if (/^(?:male|female)s?$/i.test(t.text) && tokens[k + 1]?.pos !== "NOUN") return "height";
    if (!(t.text === "-" || t.text === "," || t.pos === "ADJ" || t.pos === "NUM" || /^\d/.test(t.text) || /^(?:pounds?|lbs?|kg|kilos?|stone|foot|feet|inch(?:es)?|cm|metres?|meters?|tall)$/i.test(t.text))) break;
  }
  if (head > last && tokens.slice(last + 1, head).every((t) => t.text === "-" || t.pos === "ADJ") && !TRAVEL.test(headLemma(tokens[head]!))) return "length";
  return "distance";
}

/** The attribute a unit gives its figure ("$" → money, "mi" → distance); null for a count's unit (people, points). */
export function unitAttribute(unit: string): string | null {
  const dimension = dimensionOf(unit);
  if (dimension !== null && BY_DIMENSION[dimension]) return BY_DIMENSION[dimension];
  if (unit === "t") return "weight";
  if (unit === "magnitude") return "magnitude";
  if (CURRENCY.test(unit)) return "money";
  if (unit === "percent" || unit === "percentage-point") return "percent";
  return null;
}

/** The head of a noun run starting at i: consecutive nouns (compounds) end at the last one. */
function nounRun(tokens: readonly TaggedToken[], i: number): number {
  let k = i;
  while (tokens[k + 1] && tokens[k + 1]!.pos === "NOUN" && !/^[,(]/.test(tokens[k + 1]!.text) && !WHERE_WORDS.has(lower(tokens[k + 1])) && !WHEN_WORDS.has(lower(tokens[k + 1])) && !participleAfterPlural(tokens, k)) k++;
  return k;
}

/**
 * Counted nouns with another name: "33 homers" are "33 home runs". Passengers are counted as
 * passengers, not as people in general: "214 passengers and 11 crew" are two counts of one voyage,
 * and the passengers' count is never the crew's nor everyone's aboard. (A ship's crew stays people:
 * "26 crew" aboard a raiders' boat are the raiders.)
 */
const COUNTED_ALIASES = wordTable<string>({ homer: "home run", passenger: "passenger" });

/**
 * What a vessel, a hall or a bridge may hold, set before the figure: the figure is a capacity, not
 * a count of who was there. Must match "licensed to carry 300", "built to seat 80", "has a
 * capacity of 500", "can hold up to 40", "room for 60", "was limited to 50 people". Must not match
 * "was carrying 300", "held 40 people", "rescued 60", "limited damage to 5 homes".
 */
export const CAPACITY_BEFORE =
  /(?:\b(?:licen[cs]ed|certified|permitted|allowed|designed|built|rated|able|meant)\s+(?:only\s+)?to\s+(?:carry|hold|seat|take|accommodate|transport)|\b(?:can|could)\s+(?:only\s+)?(?:carry|hold|seat|accommodate)|\bcapacity\s+(?:of|for)|\broom\s+for|\blimited\s+(?:\p{L}+\s+){0,3}to)\s+(?:up\s+to\s+|only\s+|just\s+)?$/iu;
/**
 * Words CAPACITY_BEFORE cannot match without (each of its phrases holds one; same flags), tested
 * first: the expression ends at the window's end, so it is tried from every position of the window,
 * and most figures have none of these words before them. Must match whatever CAPACITY_BEFORE matches
 * (test/perf/capacity-gate.test.ts).
 */
export const CAPACITY_WORDS = /carry|hold|seat|take|accommodate|transport|capacity|room|limited/iu;

/**
 * Counted nouns that are another name only where the sentence tells of a fire: "four appliances"
 * and "eight pumps" sent to a blaze are fire engines; a shop's appliances and a field's pumps are not.
 */
const FIRE_ALIASES = wordTable<string>({ appliance: "engine", pump: "engine", tender: "engine" });
const FIRE_CONTEXT = /\b(?:fires?|blaze|flames|firefighters?|firemen|fire\s+crews?)\b/i;

/**
 * The nouns a frame reads as a counted noun: the noun itself and its other names ("engine" from
 * "appliance", "pump", "tender"; "home run" from "homer"), so that the noun written after a figure
 * can be found again ("three extra pumps" count engines).
 */
export function nounsReadAs(counted: string): string[] {
  const out = [counted];
  for (const table of [FIRE_ALIASES, COUNTED_ALIASES]) for (const [word, name] of Object.entries(table)) if (name === counted && word !== counted) out.push(word);
  return out;
}

/** Adverbs of place the tagger may read as nouns after a count: "26 crew onboard", "40 troops abroad". */
const WHERE_WORDS = new Set(["onboard", "aboard", "abroad", "ashore", "overseas", "inside", "outside", "nearby", "downstairs", "upstairs"]);

/** Days the tagger may read as nouns after a count's noun, which end its phrase: "300 growers today called", "two men yesterday". */
const WHEN_WORDS = new Set(["today", "yesterday", "tonight", "tomorrow"]);

function headLemma(t: TaggedToken): string {
  return t.lemma || t.text.toLowerCase();
}

/**
 * A count written "N-time" before a noun phrase counts the title or honour the phrase names, held or
 * won that many times: "a four-time All-Star" (all-star), "the two-time Olympic champion"
 * (champion), "a five-time Grammy nominee" (nominee). `head`: the token "time" right after the
 * hyphen. Null when no noun follows ("two-time" alone, "a three-time Tour de France", a name).
 */
function timesHeld(tokens: readonly TaggedToken[], head: number): { noun: string; at: number } | null {
  if (lower(tokens[head]) !== "time" || tokens[head - 1]?.text !== "-" || tokens[head - 1]!.end !== tokens[head]!.start) return null;
  let found: { noun: string; at: number } | null = null;
  for (let k = head + 1; tokens[k] && k <= head + 6; ) {
    const t = tokens[k]!;
    // a compound written with a hyphen and no spaces ("All-Star", "gold-medal"), whatever its tags
    if (gluedByHyphen(tokens, k)) {
      found = { noun: singular(`${lower(t)}-${lower(tokens[k + 2])}`), at: k + 2 };
      k += 3;
      continue;
    }
    if (t.pos === "NOUN") found = { noun: headLemma(t), at: k };
    else if (t.pos === "PROPN" || t.pos === "ADJ" || t.pos === "X") found = null;
    else break;
    k++;
  }
  return found;
}

/** Plural nouns of -er, -or, -ist, -ian that are things, not people ("300 containers"). */
const THINGS = new Set(
  ("paper order number letter meter metre computer container tanker tower corner water chapter quarter border barrel trailer printer " +
    "poster folder answer cancer matter power center centre layer monster cylinder filter factor motor reactor sensor sector vector " +
    "tractor generator elevator indicator monitor calculator radiator carrier bomber fighter helicopter boulder river finger liter litre " +
    "dollar pillar ruler timer marker cluster shelter theater theatre charter member character register leader").split(" "),
);

/** People nouns of kinship and company, and a few more, that neither the value layer's lexicon nor their form gives. */
const MORE_PEOPLE = new Set(
  ("fans friends relatives neighbours neighbors colleagues co-workers coworkers guests inmates siblings sons daughters " +
    "brothers sisters parents cousins nephews nieces husbands wives mobsters gangsters hostages suspects youths teens crew").split(" "),
);

/** Nouns in -ist that name no one: "four assists", "two lists", "three heists", "broken wrists". */
const IST_THINGS = /^(?:assists|lists|twists|wrists|fists|mists|heists|cysts)$/;

/** People by the form of their noun: "climbers", "villagers", "sailors", "protesters", "cyclists". */
function agentivePlural(word: string): boolean {
  const w = word.toLowerCase();
  if (MORE_PEOPLE.has(w)) return true;
  if (!/(?:ers|ors|ists|ians|ants|ents)$/.test(w) || IST_THINGS.test(w)) return false;
  const singular = w.slice(0, -1);
  return !THINGS.has(singular) && !/(?:ments|ents?s)$/.test(w) && !/(?:meters|liters|litres|grants|plants|points|percents|events|agents?s)$/.test(w);
}

/** Nouns of firms by what they run or sell, the -or/-er form of which also names people ("operators", "providers"). */
const FIRM_HEADS = new Set(["operator", "provider", "carrier", "supplier", "retailer", "distributor", "lender", "insurer", "broadcaster", "publisher", "manufacturer", "producer"]);
/** Words of an industry before such a noun that make it a firm: "mobile operators", "internet providers". */
const INDUSTRY = new Set(("mobile telecom telecoms telecommunications phone telephone network cable satellite internet broadband wireless " +
  "cellular tour rail railway bus ferry airport port grid pipeline energy power utility service travel freight shipping " +
  "electricity gas water oil mortgage insurance pharmaceutical drug car steel food").split(" "));

/**
 * "three mobile operators", "two internet providers", "four rail operators": firms, not people,
 * though "operators" and "providers" have the form of people nouns. Must match those; must not
 * match "three crane operators", "two machine operators" (people who work a machine), "five
 * operators" (nothing says which).
 */
function firmsByIndustry(tokens: readonly TaggedToken[], head: number): boolean {
  if (!FIRM_HEADS.has(tokens[head]!.lemma.toLowerCase())) return false;
  const before = tokens[head - 1];
  return before !== undefined && INDUSTRY.has(before.text.toLowerCase());
}

function isAge(sentence: FrameSentence, r: Reading): boolean {
  const { tokens } = sentence;
  const { first, last, mention } = r.value;
  // the value layer reads ages itself ("a 45-year-old", "Smith, 52,")
  if (mention.counted === "age") return true;
  if (/\b(?:year|yr)s?[-\s]old\b/i.test(mention.text)) return true;
  const after = sentence.text.slice(mention.offset + mention.length, mention.offset + mention.length + 16);
  if (/^(?:-|\s)(?:years?|yrs?)[-\s]old\b/i.test(after)) return true;
  const before = sentence.text.slice(Math.max(0, mention.offset - 12), mention.offset);
  if (/\b(?:aged|age|ages|turns|turned|turning)\s+$/i.test(before)) return true;
  // "dies in prison at 77", "died peacefully at home at 88": "at" and a number closing the clause of a death
  const clause = sentence.text.slice(0, mention.offset).split(/[;:.!?]\s/).at(-1) ?? "";
  if (/\bat\s+$/i.test(before) && /\b(?:died|dies|dying|dead|passed\s+away|death)\b/i.test(clause) && /^\s*(?:[,.;:!?)]|$|of\b|after\b|from\b|in\b|on\b)/i.test(sentence.text.slice(mention.offset + mention.length)) && /^\d{1,3}$/.test(mention.text) && Number(mention.text) <= 120) return true;
  // "Hollis, 63, was shot", "Orme, 47, of Ashby Vale", "(38)": a bare small number set off
  // right after a name.
  const v = mention.value;
  if (v?.type !== "quantity" || v.unit !== "" || v.min === null || v.min !== v.max || v.min < 1 || v.min > 120 || !Number.isInteger(v.min)) return false;
  const prev = tokens[first - 1];
  const prev2 = tokens[first - 2];
  const next = tokens[last + 1];
  if (prev?.text === "," && prev2 && prev2.pos === "PROPN" && (!next || next.text === "," || next.text === "." || lower(next) === "and")) return true;
  if (prev?.text === "(" && prev2 && prev2.pos === "PROPN" && next?.text === ")") return true;
  return agesOfPeopleListed(tokens, first, last);
}

/** Plural nouns of kin and of people told apart by a role, whose listed numbers are their ages. */
const PEOPLE_LISTED = /^(?:(?:half|step|grand)?(?:brothers|sisters|sons|daughters|children)|siblings|twins|cousins|nephews|nieces|parents|suspects|defendants|teens|teenagers|friends|victims|men|women|boys|girls)$/i;

/**
 * A list of two or more bare numbers set off with commas right after a plural noun of people, each
 * the age of one of them: "his two half-brothers, 19 and 23, were held", "their daughters, 4, 7
 * and 9." Must not: "the sons, 2 of them" (no list), "crews, 40 and more" (no list of numbers),
 * "in 2011, 17 and 22 people" (no noun of people before the list), "brothers, 17 and 22 years
 * apart" (the list is not closed).
 */
function agesOfPeopleListed(tokens: readonly TaggedToken[], first: number, last: number): boolean {
  const bare = (t: TaggedToken | undefined): boolean => t !== undefined && /^\d{1,3}$/.test(t.text) && Number(t.text) <= 120;
  const joint = (t: TaggedToken | undefined): boolean => t !== undefined && (t.text === "," || lower(t) === "and");
  if (first !== last || !bare(tokens[first])) return false;
  let lo = first;
  while (joint(tokens[lo - 1]) && bare(tokens[lo - 2])) lo -= 2;
  let hi = last;
  while (joint(tokens[hi + 1]) && bare(tokens[hi + 2])) hi += 2;
  if (lo === hi) return false;
  // the last two joined by "and", the list opened by a comma after the noun and closed by a comma or a stop
  if (lower(tokens[hi - 1]) !== "and" || tokens[lo - 1]?.text !== ",") return false;
  const close = tokens[hi + 1];
  if (close !== undefined && !/^[,.;)]$/.test(close.text)) return false;
  const noun = tokens[lo - 2];
  return noun !== undefined && PEOPLE_LISTED.test(noun.text.replace(/^(?:half|step)-/i, ""));
}

/** Words that stand for several people: a count ("202"), a share, a pronoun of a group. */
const GROUP_WORD = /^(?:\d[\d,]*|[a-z]+-?(?:hundred|thousand|dozen)s?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|most|many|some|all|half|none|few|several|both|they|them|those|these|others|ones|people|children)$/i;
/** A verb of being that says its subject is several: "are", "were", "be" after a modal (rules for applicants). */
const PLURAL_BE = /\s+(?:are|were|(?:must|should|will|would|may|can|could|shall)\s+be|being)\s+$/i;
const SINGULAR_BE = /\b(?:is|was|am|has\s+been|'s)\s+$/i;

/**
 * Whether an age with a bound ("under 45 years old", "at least 25 years of age") is a band that a
 * group falls in rather than one person's age: its subject is several people — a count ("202 are
 * under 45 years old", "most of them were over 60"), a plural noun before it, with or without a
 * verb ("children under 12 years old", "applicants must be at least 21 years of age"). Such a band
 * sorts the people a count is of; it states nobody's age, so it is no claim. A bound said of one
 * person is still that person's age: "a man over 60 years old", "the suspect is under 18 years old".
 * Must be a band: "Of the 90 recruits, 61 are under 25 years old", "pupils under 11 years old ride
 * free", "those over 70 years of age", "entrants must be at least 18 years of age".
 * Must not: "a driver over 80 years old", "she is under 30 years old", "the 45-year-old", "aged 22".
 */
function ageBand(text: string, at: number, qualifier: string | null | undefined): boolean {
  if (qualifier !== "up to" && qualifier !== "over" && qualifier !== "at least") return false;
  let before = text.slice(Math.max(0, at - 80), at);
  if (SINGULAR_BE.test(before)) return false;
  const plural = PLURAL_BE.exec(before);
  if (plural) before = before.slice(0, plural.index);
  // "61 of them are": the word the partitive is of tells nothing more than the count before it
  before = before.replace(/\s+of\s+(?:the\s+|them|us|those)?\s*[\p{L}]*\s*$/u, "");
  const word = /([\p{L}\d,-]+)\s*$/u.exec(before)?.[1];
  if (!word) return false;
  if (plural !== null) return !/^(?:who|that|which)$/i.test(word);
  return GROUP_WORD.test(word) || (/^[a-z]{3,}s$/i.test(word) && !/(?:ss|us|is)$/i.test(word));
}

/**
 * Nouns of events that happen to people, after "no": "no injuries", "no deaths", "no casualties",
 * "no fatalities", "no victims". Not "no one" (a pronoun the verb tells about), "no damage", "no
 * arrests" (counted as arrests).
 */
const NONE_OF_PEOPLE = /^(?:injur(?:y|ies)|deaths?|casualt(?:y|ies)|fatalit(?:y|ies)|victims?)$/;

/** "a record for receptions … with", "the mark for most saves … with": the noun a record is of. */
const RECORD_FOR = /\b(?:record|mark)\s+for\s+(?:the\s+)?(?:most\s+)?(?:[a-z-]+\s+)?([a-z]+s)\b[^.;:,]*\bwith\s+$/i;
/** "led the league in sacks … with", "leads the team in tackles with": the noun a lead is in. */
const LED_IN = /\b(?:led|leads|lead|leading)\s+(?:the\s+)?(?:[A-Za-z]+\s+){1,2}in\s+([a-z]+s)\b[^.;:,]*\bwith\s+$/;

/**
 * The noun a figure after "with" counts, where its clause names a record or a lead of that noun.
 * Must match "set a record for receptions by a tight end with" (reception), "led the league in
 * sacks with" (sack). Must not match "finished the season with" (no record named), "a record for
 * the club with" (no plural noun), "won with".
 */
export function recordNounBefore(before: string): string | null {
  const m = RECORD_FOR.exec(before) ?? LED_IN.exec(before);
  return m ? singular(m[1]!.toLowerCase()) : null;
}

export const counted: FrameComponent = (sentence, readings) => {
  const { tokens } = sentence;
  for (const r of readings) {
    if (r.notAClaim) continue;
    const { mention, first, last } = r.value;
    r.phraseEnd = last;
    if (mention.kind === "date" || mention.kind === "range" || mention.kind === "time") continue;
    const v = mention.value;
    if (v?.type !== "quantity") continue;
    // "no injuries", "no deaths", "no arrests": a count of none of an event that happens to people
    // counts people (as "two injuries" of "suffered two injuries" do), its noun naming the event
    if (mention.pattern === "frame/none" && NONE_OF_PEOPLE.test(mention.counted ?? "")) {
      r.counted = "person";
      r.countedAt = last;
      continue;
    }
    // a share of a breakdown ("Vale province-20" of "125 districts"): what its total counts
    if (mention.pattern === "quantity/breakdown" && mention.counted) {
      r.counted = singular(mention.counted);
      continue;
    }
    if (isAge(sentence, r)) {
      r.counted = "age";
      r.holder = "person";
      if (ageBand(sentence.text, mention.offset, v.qualifier)) r.notAClaim = "age-band";
      continue;
    }
    // how many children a person has, said of that person, with a figure that may count people or offspring:
    // "a mother of two", "father of three", "a father of two sons"; "one of her 12 children" (the parent's
    // children, the whole a part is taken from); "Tarn had five children", "with whom he had three kids"
    // (the subject's); "leaves a wife and two children" (the person's whose spouse stands beside them)
    if (
      (v.unit === "" || v.unit === "person" || OFFSPRING.test(`${v.unit}s`)) &&
      ((KIN.test(lower(tokens[first - 2])) && lower(tokens[first - 1]) === "of") ||
        (OWN.test(lower(tokens[first - 1])) && lower(tokens[first - 2]) === "of" && OFFSPRING.test(lower(tokens[last + 1]))) ||
        childrenHad(tokens, first, last) ||
        childrenBesideSpouse(tokens, first, last))
    ) {
      r.counted = "children";
      r.holder = "person";
      continue;
    }
    // a score, a record or a tally (values/quantity/score-pairs.ts): the pair's kind is what it counts
    if (v.pair && mention.counted) {
      r.counted = mention.counted;
      continue;
    }
    // a game clock (values/quantity/game-clocks.ts: "with 4:12 left") counts the time left, whatever noun follows
    if (v.unit === "game-clock") {
      r.counted = "game clock";
      continue;
    }
    // every wording of a quake's magnitude ("a 6.4-magnitude earthquake", "6.4 on the Richter
    // scale", "measured 6.4") is one unit-less value the value layer marks as counting magnitude
    if (mention.counted === "magnitude") {
      r.counted = "magnitude";
      r.holder = holderAfter(tokens, last + 1);
      continue;
    }
    // "magnitude 6.4", "a magnitude-6.4 quake"
    const prev = tokens[first - 1];
    if (prev && /^magnitude$/i.test(prev.text)) {
      r.counted = "magnitude";
      r.holder = holderAfter(tokens, last + 1);
      continue;
    }
    // ".38 revolver", "a .357 Magnum", ".22-caliber rifle", "a 9mm pistol": the bore of a firearm
    const bore = caliberOf(sentence, r);
    if (bore) {
      r.counted = "caliber";
      r.countedAt = bore.at;
      r.holder = bore.holder;
      r.phraseEnd = Math.max(last, bore.at);
      continue;
    }
    // a run of results or a count of a way of winning ("her ninth straight win", "31 by KO"): the
    // value layer read its thing (values/quantity/records.ts), the noun after it when written
    if (isRecord(mention) && v.unit !== "") {
      r.counted = v.unit;
      for (let k = last + 1; k <= last + 3 && tokens[k]; k++) {
        if (singular(lower(tokens[k])) !== v.unit) continue;
        r.countedAt = k;
        r.phraseEnd = k;
        break;
      }
      continue;
    }
    // "took 23 into custody": the people arrested (into-custody.ts)
    if (v.unit === "" && intoCustodyAfter(tokens, last)) {
      r.counted = "person";
      continue;
    }
    // "26 on board", "with 140 aboard": the people carried
    if ((v.unit === "" || v.unit === "person") && (/^(?:onboard|aboard)$/.test(lower(tokens[last + 1])) || (lower(tokens[last + 1]) === "on" && lower(tokens[last + 2]) === "board"))) {
      r.counted = "person";
      continue;
    }
    // "four years older", "two inches taller": a difference of an attribute, no one's age or height (difference.ts)
    const diff = differenceAfter(tokens, last) ?? (isNoun(tokens[last + 1]) ? differenceAfter(tokens, last + 1) : null);
    if (diff?.attribute) {
      r.counted = diff.attribute;
      r.holder = "person";
      r.phraseEnd = diff.at - 1;
      continue;
    }
    // a length of time: of the event noun after it ("a three-day kayak tour"), else of its predicate ("12 days to repair")
    const attribute = mention.kind === "duration" ? "duration" : unitAttribute(v.unit);
    // What follows the number: "-magnitude earthquake", "people", "more victims", "of the five hostages".
    let i = last + 1;
    // a noun set in quotes after the count: three "drones", five “sleeper” cells
    const quoted = OPEN_QUOTE.test(tokens[i]?.text ?? "") && tokens[i + 1]?.pos === "NOUN";
    if (quoted) i++;
    // (an adverb of degree before an adjective stays in the phrase: "three dozen mostly young people")
    // (and a participle in -ing that qualifies the noun the value layer counted: "three leading
    // scientific societies", "the 12 remaining hostages"; not "five men leading horses", whose
    // noun comes before it)
    const qualifyingParticiple = (k: number): boolean =>
      /ing$/.test(lower(tokens[k])) && (tokens[k]!.pos === "VERB" || tokens[k]!.pos === "NOUN") && v.unit !== "" && k === last + 1 &&
      [k + 1, k + 2, k + 3].some((j) => tokens[j] !== undefined && (singular(lower(tokens[j])) === v.unit || (v.unit === "person" && isNoun(tokens[j]) && isPersonNoun(lower(tokens[j]), tokens[j]!.text))) && tokens.slice(k + 1, j).every((t) => t.pos === "ADJ"));
    // (and a past participle, or an adverb and one, that qualifies the noun the value layer
    // counted: "13 loaded magazines", "13 fully loaded magazines" — participle-modifier.ts)
    const qualifying = (k: number): boolean => qualifyingParticiple(k) || participleBeforeCounted(tokens, k, last, v.unit, first);
    while (tokens[i] && (MODIFIERS.has(lower(tokens[i])) || tokens[i]!.pos === "ADJ" || qualifying(i) || (tokens[i]!.pos === "ADV" && /ly$/.test(lower(tokens[i])) && tokens[i + 1]?.pos === "ADJ")) && (!isNoun(tokens[i]) || qualifyingParticiple(i))) {
      if (qualifying(i)) {
        i++;
        continue;
      }
      // an adjective that says what happened ("87 people dead") follows the noun, never precedes it
      // two qualifiers joined before the noun: "1,300 federal and independent scientists"
      if (tokens[i]!.pos === "ADJ" && /^(?:and|or)$/.test(lower(tokens[i + 1])) && tokens[i + 2]?.pos === "ADJ" && !isNoun(tokens[i + 2])) {
        i += 2;
        continue;
      }
      if (tokens[i]!.pos === "ADJ" && !(tokens[i + 1] && (isNoun(tokens[i + 1]) || tokens[i + 1]!.pos === "ADJ"))) break;
      i++;
    }
    // a model's name in the plural is the counted noun itself: "seven AK-47s", "three 747s" (model-names.ts)
    const model = attribute === null ? pluralModelAt(tokens, i) : null;
    if (model) {
      r.counted = model.noun;
      r.countedAt = model.at;
      r.holder = null;
      r.phraseEnd = model.at;
      continue;
    }
    let head = -1;
    // names inside the counted phrase: "11 Estelle unit employees", "20 Red Cross workers"
    let n = i;
    // (and a model's name: "six AK 47 rifles")
    const inName = (k: number): boolean => readings.some((o) => o.notAClaim === "name" && k >= o.value.first && k <= o.value.last);
    // (a model's letters and number, as a tokenizer splits them: "AK 47", "M 16")
    const modelNumber = (k: number): boolean => k > i && tokens[k]?.pos === "NUM" && /^\p{Lu}{1,4}$/u.test(tokens[k - 1]?.text ?? "");
    while ((tokens[n]?.pos === "PROPN" || inName(n) || modelNumber(n) || (tokens[n]?.text === "-" && n > i)) && n < i + 4) n++;
    if (n > i && tokens[n]?.pos === "NOUN") i = n;
    if (tokens[i] && isNoun(tokens[i]) && tokens[i]!.pos === "NOUN") head = nounRun(tokens, i);
    // (the quotes close on a word that qualifies the noun after them: five “sleeper” cells)
    if (quoted && head >= 0 && CLOSE_QUOTE.test(tokens[head + 1]?.text ?? "") && tokens[head + 2]?.pos === "NOUN") head = nounRun(tokens, head + 2);
    // a count of pieces of something counts the thing: "31 pieces of fire apparatus", "12 items of
    // clothing", "two dozen units of rescue equipment"
    if (head >= 0 && PIECE_WORDS.test(headLemma(tokens[head]!)) && lower(tokens[head + 1]) === "of") {
      let k = head + 2;
      while (tokens[k] && (tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "DET" || (tokens[k]!.pos === "VERB" && /ing$/.test(tokens[k]!.text) && tokens[k + 1]?.pos === "NOUN"))) k++;
      if (tokens[k]?.pos === "NOUN" && !valueAt(sentence, k)) head = nounRun(tokens, k);
    }
    // (a plural common noun written with a capital after a model's or a maker's name, which the
    // tagger reads as the name's last word: "14 AK-47 Rifles", "two Glock Pistols")
    let titled: string | null = null;
    if (head < 0 && n > i + 1 && titledPlural(tokens[n - 1]!)) {
      head = n - 1;
      titled = singular(lower(tokens[head]));
    }
    // "41 home runs", "12 free kicks": a count of more than one never counts a singular noun, so
    // an -s word after one that the tagger read as a verb is the compound's plural head
    const single = head >= 0 ? tokens[head]! : undefined;
    const misread = head >= 0 ? tokens[head + 1] : undefined;
    let compound: string | null = null;
    if (single && misread && misread.pos === "VERB" && /[^s]s$/.test(misread.text) && single.lemma === lower(single) && !/s$/.test(lower(single)) && !(v.min === 1 && v.max === 1)) {
      head += 1;
      compound = `${single.lemma} ${misread.lemma}`;
    }
    // a partitive: "three of the five hostages", "two of the victims"
    if (head < 0 && lower(tokens[last + 1]) === "of") {
      let k = last + 2;
      // past a possessive name: "10 of the Saints' 16 games", "three of the team's last five games"
      const possessive = (j: number): boolean => tokens[j]?.pos === "PROPN" && /^['’]s?$/.test(tokens[j + 1]?.text ?? "");
      // (an apostrophe set apart from its s: "Dayton ’ s first eight points")
      const detachedS = (j: number): boolean => lower(tokens[j]) === "s" && /^['’]$/.test(tokens[j - 1]?.text ?? "");
      while (tokens[k] && (tokens[k]!.pos === "DET" || tokens[k]!.pos === "NUM" || tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "PRON" || possessive(k) || (/^['’]s?$/.test(tokens[k]!.text) && k > last + 2) || detachedS(k))) k++;
      if (tokens[k]?.pos === "NOUN" && /^['’]s$/.test(tokens[k + 1]?.text ?? "")) {
        k += 2;
        // (and a participle: "five of her sister's orphaned children", partitive-phrase.ts)
        while (tokens[k] && (tokens[k]!.pos === "NUM" || tokens[k]!.pos === "ADJ" || (inPartitivePhrase(tokens, k) && tokens[k]!.pos === "VERB"))) k++;
      }
      if (tokens[k]?.pos === "NOUN") head = nounRun(tokens, k);
    }
    // a value inside a parenthesis counts what the phrase after it counts: "110 billion euro (93.6 billion pound) aid package"
    if (attribute === "money" || attribute === null) {
      const closing = tokens[i]?.text === ")" ? i : -1;
      if (closing > 0 && tokens[closing + 1]?.pos === "NOUN") head = nounRun(tokens, closing + 1);
    }
    // a length of time spent at an activity named by a gerund after it, alone or after a noun of
    // its compound: "three days kayak touring" is a kayak tour's length, as "a three-day kayak tour" is.
    // Not a length written before its noun ("a 40-year career spanning …": the noun is the holder)
    // nor one of an absolute clause ("with four minutes remaining": a clock, not an activity).
    if (attribute === "duration" && !/-/.test(mention.text) && tokens[last + 1]?.text !== "-" && !ABSOLUTE_WITH.test(sentence.text.slice(Math.max(0, mention.offset - 40), mention.offset))) {
      const at = head >= 0 ? head + 1 : i;
      if (tokens[at]?.pos === "VERB" && /ing$/i.test(tokens[at]!.text) && (head === i || at === last + 1)) head = at;
    }
    if (attribute) {
      // "a 30-mile pursuit", "$200 million offer", "a 6.4-magnitude earthquake": the attribute of the noun after
      r.counted = attribute === "distance" ? sizeOrDistance(tokens, last, head) : attribute;
      if (head >= 0) {
        r.countedAt = head;
        r.holder = headLemma(tokens[head]!);
        r.phraseEnd = head;
      } else r.holder = null;
      continue;
    }
    // "a four-time All-Star", "two-time Olympic champion": what was won or held that many times
    const held = head >= 0 ? timesHeld(tokens, head) : null;
    if (held) {
      r.counted = held.noun;
      r.countedAt = held.at;
      r.holder = "person";
      r.phraseEnd = held.at;
      continue;
    }
    if (head >= 0) {
      const word = tokens[head]!;
      const lemma = titled ?? headLemma(word);
      const attr = ATTRIBUTE_NOUNS[lemma];
      // "6.4-magnitude earthquake": the number's noun is an attribute, the noun after it the holder
      if (attr && sentence.text.slice(mention.offset + mention.length, word.start).includes("-")) {
        r.counted = attr;
        r.countedAt = head;
        const holder = tokens[head + 1] && isNoun(tokens[head + 1]) ? nounRun(tokens, head + 1) : -1;
        r.holder = holder >= 0 ? headLemma(tokens[holder]!) : null;
        r.phraseEnd = holder >= 0 ? holder : head;
        continue;
      }
      // (the value layer's people by construction — "missing 10" — yield to a noun of things: "missing 10 of the 16 games")
      const people = v.unit === "person" && (mention.counted !== null || !/s$/.test(word.text) || (titled === null && word.lemma === word.text.toLowerCase()));
      const fireAlias = FIRE_ALIASES[lemma] !== undefined && FIRE_CONTEXT.test(sentence.text) ? FIRE_ALIASES[lemma] : undefined;
      r.counted = compound ?? COUNTED_ALIASES[lemma] ?? fireAlias ?? (!firmsByIndustry(tokens, head) && (people || isPersonNoun(word.text.toLowerCase(), word.text) || agentivePlural(word.text)) ? "person" : lemma);
      r.countedAt = head;
      r.holder = null;
      r.phraseEnd = head;
    } else if (v.unit === "person" && mention.counted) {
      r.counted = "person";
    } else if (v.unit && v.unit !== "" && v.unit !== "person") {
      r.counted = v.unit;
    }
    // a noun before the value that it counts: "a crowd of 20,000", "a death toll of 87", and a
    // noun a verb sets at the value: "estimated the crowd at 70", "put the toll at 87"
    const before = lower(tokens[first - 1]);
    if (r.counted === null && (before === "of" || before === "at") && tokens[first - 2]?.pos === "NOUN") {
      r.counted = headLemma(tokens[first - 2]!);
      r.countedAt = first - 2;
    }
    // "the toll so far to 31", "the death toll rose to 87", "the total stood at 300": the measure noun the value gives
    if (r.counted === null) {
      for (let k = first - 1; k >= 0 && k >= first - 8; k--) {
        const t = tokens[k]!;
        if (t.text === "," || t.text === ";" || valueAt(sentence, k)) break;
        // (a tagger may read the "total" of "his season total to 43" as an adjective)
        if ((t.pos === "NOUN" && MEASURE_NOUNS.has(t.lemma)) || (RUNNING_TOTAL.test(lower(t)) && /^(?:to|at)$/.test(lower(tokens[k + 1])))) {
          // "his season yardage": the yards gained
          r.counted = t.lemma === "yardage" ? "yard" : RUNNING_TOTAL.test(lower(t)) ? lower(t) : t.lemma;
          r.countedAt = k;
          break;
        }
      }
      // "three catches on Sunday, bringing his season total to 43", "two more deaths, raising the
      // tally to 9": the total counts what the figure before it counts
      if (r.counted !== null && RUNNING_TOTAL.test(r.counted)) {
        const antecedent = readings.filter((o) => o !== r && o.value.last < first && o.counted && o.value.mention.kind === "quantity").at(-1);
        const between = antecedent ? sentence.text.slice(antecedent.value.mention.offset + antecedent.value.mention.length, mention.offset) : "";
        if (antecedent && BRING.test(between) && !/[;:]/.test(between)) r.counted = antecedent.counted;
      }
    }
    // "seven bullets hit him, including three that entered his back": a part of the figure before
    if (r.counted === null && /^(?:including|among|incl)$/.test(lower(tokens[first - 1])) && /^(?:that|which|who|of)$/.test(lower(tokens[last + 1]))) {
      const antecedent = readings.filter((o) => o !== r && o.value.last < first && o.counted).at(-1);
      if (antecedent) {
        r.counted = antecedent.counted;
        r.countedAt = antecedent.countedAt;
      }
    }
    // "three of them", "two of those": what the figure before it in the sentence counts
    if (r.counted === null && lower(tokens[last + 1]) === "of" && /^(?:them|those|these|whom|which)$/.test(lower(tokens[last + 2]))) {
      const antecedent = readings.filter((o) => o !== r && o.value.last < first && o.counted).at(-1);
      if (antecedent) {
        r.counted = antecedent.counted;
        r.countedAt = antecedent.countedAt;
      }
      r.phraseEnd = last + 2;
    }
    // "set a club record for receptions by a tight end with 43", "led the league in sacks with 15":
    // a figure after "with" counts the noun of the record or the lead its clause names
    if (r.counted === null && lower(tokens[first - 1]) === "with" && v.unit === "") {
      const noun = recordNounBefore(sentence.text.slice(Math.max(0, mention.offset - 120), mention.offset));
      if (noun !== null) r.counted = noun;
    }
    // a bare count the value layer reads as people by its verb ("12 were killed") and that no
    // noun here names otherwise
    if (r.counted === null && v.unit === "person") r.counted = "person";
    // "licensed to carry 300 passengers", "a capacity of 500": what the holder may take, an attribute
    const window = sentence.text.slice(Math.max(0, mention.offset - 60), mention.offset);
    if (CAPACITY_WORDS.test(window) && CAPACITY_BEFORE.test(window)) {
      r.holder = r.counted;
      r.counted = "capacity";
    }
  }
  // The phrase goes on over "of" and a noun phrase ("tens of thousands of striking workers") and
  // over nouns joined to its head ("workers and civil servants"), so the verb after it is found.
  for (const r of readings) {
    if (r.notAClaim || r.value.mention.kind !== "quantity") continue;
    let k = r.phraseEnd;
    for (let round = 0; round < 2; round++) {
      const w = lower(tokens[k + 1]);
      if (w !== "of" && w !== "and" && w !== "or") break;
      let j = k + 2;
      // (a participle or a possessive before the noun: "17 of the hijacked ships and their crew are
      // held" — the phrase runs on to the verb its whole takes, partitive-phrase.ts)
      while (tokens[j] && (tokens[j]!.pos === "ADJ" || tokens[j]!.pos === "DET" || (tokens[j]!.pos === "VERB" && /ing$/.test(tokens[j]!.text) && tokens[j + 1]?.pos === "NOUN") || inPartitivePhrase(tokens, j))) j++;
      if (tokens[j]?.pos !== "NOUN" || valueAt(sentence, j)) break;
      k = nounRun(tokens, j);
    }
    r.phraseEnd = k;
  }
  // Coordinated counts share what comes after the last of them: "two women and one man died",
  // "two women, one man and a child". A comma alone joins only into such a list (not an
  // apposition: "Four people, two of them children, were killed").
  const joined = new Set<Reading>();
  for (let k = readings.length - 2; k >= 0; k--) {
    const a = readings[k]!;
    const b = readings[k + 1]!;
    if (a.notAClaim || b.notAClaim) continue;
    const between = tokens.slice(a.phraseEnd + 1, b.value.first).map(lower);
    const conjunction = between.some((w) => w === "and" || w === "or" || w === "plus");
    const words = between.length > 0 && between.length <= 2 && between.every((w) => ["and", "or", ",", "a", "an", "plus"].includes(w));
    if (words && (conjunction || joined.has(b))) {
      a.phraseEnd = Math.max(a.phraseEnd, b.phraseEnd);
      joined.add(a);
    }
  }
};

/**
 * A plural common noun written with a capital and read as a name: a capitalized word in -s whose
 * singular the tagger's lexicon holds as a word. Must match: Rifles, Pistols, Workers. Must not
 * match: Toyotas, Glocks (no common noun), Rifle (not a plural), AK-47.
 */
function titledPlural(t: TaggedToken): boolean {
  if (t.pos !== "PROPN" || !/^\p{Lu}\p{Ll}+s$/u.test(t.text)) return false;
  const word = t.text.toLowerCase();
  const one = singular(word);
  return one !== word && inLexicon(one);
}

/** The noun after an attribute ("magnitude 6.4 quake"), or null. */
function holderAfter(tokens: readonly TaggedToken[], i: number): string | null {
  let k = i;
  while (tokens[k] && (tokens[k]!.pos === "ADJ" || tokens[k]!.text === "-")) k++;
  return tokens[k]?.pos === "NOUN" ? headLemma(tokens[nounRun(tokens, k)]!) : null;
}

/** Firearms a bore is given for. */
const FIREARM = /^(?:revolver|pistol|handgun|gun|rifle|carbine|shotgun|magnum|semiautomatic|semi-automatic|weapon|firearm|round|bullet|ammunition)s?$/i;

/**
 * The bore of a firearm: a number written with a leading point before a firearm (".38 revolver",
 * "a .357 Magnum"), or any number before "caliber"/"calibre" (".22-caliber rifle", "a 9mm-calibre
 * pistol"). Its holder is the firearm, whatever it is called. Must match those; must not match "0.38 percent", "a .500
 * average", "38 revolvers" (a count of guns).
 */
function caliberOf(sentence: FrameSentence, r: Reading): { at: number; holder: string | null } | null {
  const { tokens } = sentence;
  const { mention, last } = r.value;
  let k = last + 1;
  if (tokens[k]?.text === "-") k++;
  const word = lower(tokens[k]);
  const calibre = word === "caliber" || word === "calibre";
  if (calibre) k++;
  else if (!/^\.\s?\d/.test(mention.text)) return null;
  // past adjectives and a maker's name: ".38 caliber Acme's Industry revolver", ".22 semi-automatic rifle"
  const from = k;
  while (tokens[k] && k < from + 6 && !FIREARM.test(tokens[k]!.text) && (tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "PROPN" || /^(?:-|['’]s?)$/.test(tokens[k]!.text) || (tokens[k]!.pos === "VERB" && /-|ing$/.test(tokens[k]!.text)))) k++;
  let gun = tokens[k] && FIREARM.test(tokens[k]!.text) ? k : -1;
  // (the last of a run: "a .357 Magnum revolver")
  while (gun >= 0 && tokens[gun + 1] && FIREARM.test(tokens[gun + 1]!.text)) gun++;
  if (!calibre && gun < 0) return null;
  // (one firearm however named: "the .38 revolver" and "the .38 gun" are one weapon's bore)
  return { at: gun >= 0 ? gun : k - 1, holder: "firearm" };
}
