/**
 * Component 1 — numbers that are part of a name, an address or a link, not figures: "4 Yawkey
 * Way" (a number before a capitalized name), "AM 570", "SportsCenter 5" (a number right after a
 * capitalized name that no noun follows), digits glued to letters ("the 76ers", "17gamo"), digits
 * on a line of a web address; the base year of a price ("in 2006 dollars"); the length of time a
 * rate is per ("eight hours a day": "a day" is no length of its own); and the two numbers
 * of a score or a win-loss record ("a 31-24 win", "the Saints (7-7)", "trailing 14-0"), which
 * count nothing on their own. Such values get no frame and make no claim. Runs first, so the other
 * components can skip them.
 */
import type { Mention, TaggedToken } from "../../types.js";
import { countriesIn } from "../gazetteer.js";
import { namesABore } from "./bore-names.js";
import { type FrameSentence, isClauseEnd, lower } from "./sentence.js";
import type { FrameComponent } from "./sentence.js";

const LINK = /https?\s*:|www\s*\.|\.\s*(?:com|org|net|html?|php|aspx?)\b|\s\/\s\S+\s\/\s/i;
/** Name words that a number may follow without being part of the name ("Police", "The"). */
const LEAD_WORDS = new Set(["the", "a", "an", "police", "officials", "reuters", "ap", "afp", "said", "says", "mr", "ms", "mrs", "dr"]);
/** Words of a street name. */
const STREET = /^(?:street|st|avenue|ave|road|rd|way|boulevard|blvd|lane|drive|dr|place|square|court|highway|route|park)\.?$/i;

const COLOUR = /^(?:silver|black|white|red|blue|green|grey|gray|gold|maroon|beige|brown|yellow|orange|dark|light|tan)$/i;

export const nameParts: FrameComponent = (sentence, readings) => {
  const link = LINK.test(sentence.text);
  for (const r of readings) {
    const { mention } = r.value;
    if (mention.kind !== "quantity" && mention.kind !== "date" && mention.kind !== "range" && mention.kind !== "duration") continue;
    const tokens = sentence.tokens;
    if (link) {
      // A line that holds a web address: its digits are the address's (dates are read by the value
      // layer's own identifier filter).
      const around = sentence.text.slice(Math.max(0, mention.offset - 3), mention.offset + mention.length + 3);
      if (/[/=_-]|\s\/|\/\s/.test(around) || /^\d{5,}$/.test(mention.text)) {
        r.notAClaim = "link";
        continue;
      }
    }
    // "a 2007 silver Ford Fusion", "an 1998 Cessna": a model year names a product, not a date
    if (mention.kind === "date" && /^\d{4}$/.test(mention.text)) {
      const before = tokens[r.value.first - 1];
      let k = r.value.last + 1;
      const colour = tokens[k] && COLOUR.test(tokens[k]!.text);
      if (colour) k++;
      // (by capitals: the tagger may read a make as a verb, "Ford")
      const capital = (i: number): boolean => /^\p{Lu}/u.test(tokens[i]?.text ?? "");
      const product = capital(k) && capital(k + 1);
      if (product && (colour || /^(?:a|an)$/i.test(before?.text ?? ""))) r.notAClaim = "model-year";
      continue;
    }
    // "eight hours a day", "$5 million a year", "twice a week": the length of time a figure is a
    // rate per (its denominator), right after that figure, measures nothing of its own
    if (/^(?:a|an|per|each|every)\s/i.test(mention.text) && readings.some((o) => o !== r && /^\s*$/.test(sentence.text.slice(o.value.mention.offset + o.value.mention.length, mention.offset)) && o.value.mention.offset + o.value.mention.length <= mention.offset)) {
      r.notAClaim = "rate";
      continue;
    }
    if (mention.kind !== "quantity" || mention.value?.type !== "quantity") continue;
    // "the 76ers", "17gamo.com": digits glued to the letters of a name (a unit the value layer read is part of the value)
    if (/\d$/.test(mention.text) && /^\p{L}/u.test(sentence.text.charAt(mention.offset + mention.length))) {
      r.notAClaim = "name";
      continue;
    }
    // "over $76 million (in 2006 dollars)": the year whose prices a sum is given in
    if (/^\d{4}\s+(?:dollars|euros|pounds)$/i.test(mention.text) && /\b(?:in|constant|real)\s+$/i.test(sentence.text.slice(Math.max(0, mention.offset - 10), mention.offset))) {
      r.notAClaim = "price-year";
      continue;
    }
    // (a pair read whole by the value layer is the score itself: values/quantity/score-pairs.ts)
    if (!(mention.value?.type === "quantity" && mention.value.pair) && isScore(sentence, mention)) {
      r.notAClaim = "score";
      continue;
    }
    // "on the 16-yard line", "from their own 27": a place on a field, not a distance covered
    if (fieldPosition(sentence.text, mention)) {
      r.notAClaim = "field-position";
      continue;
    }
    // "in Week 16", "Game 7", "day 3 of the trial": a number that names a week, a game or a day of a series
    if (seriesLabel(sentence.tokens, r.value.first, r.value.last, mention)) {
      r.notAClaim = "label";
      continue;
    }
    // "a four-by-four", "a 4x4": a kind of vehicle, not a count
    const around = sentence.text.slice(mention.offset, mention.offset + mention.length + 10);
    const lead = sentence.text.slice(Math.max(0, mention.offset - 9), mention.offset);
    if (/^(?:\d+\s?[x×]\s?\d+|[a-z]+-by-[a-z]+)\b/i.test(around) || /(?:\d+\s?[x×]\s?|\b[a-z]+-by-)$/i.test(lead)) {
      r.notAClaim = "name";
      continue;
    }
    // "AK 47 rifles", "an F-16 jet", "Boeing 747": a model's letters and number name a kind of thing
    if (/(?:^|[^\p{L}])\p{Lu}{1,4}[\s-]$/u.test(lead) && !/(?:^|[^\p{L}])(?:A|I|AN|THE|US|UK|UN|EU)[\s-]$/u.test(lead)) {
      r.notAClaim = "name";
      continue;
    }
    // "a 12-gauge shotgun", "20 gauge": a gauge names a bore size, it counts nothing
    if (/^[\s-]*gauge\b/i.test(sentence.text.slice(mention.offset + mention.length, mention.offset + mention.length + 8))) {
      r.notAClaim = "gauge";
      continue;
    }
    // "12 9-mm shell casings", "a 9mm pistol": a bore in millimetres names a kind of gun or round (bore-names.ts)
    if (mention.kind === "quantity" && namesABore(mention.value.unit, sentence.text.slice(mention.offset + mention.length))) {
      r.notAClaim = "bore";
      continue;
    }
    // "the nineteen sixties", "the eighteen-nineties": a decade written in words
    if (/^(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)$/i.test(mention.text) && DECADE.test(sentence.text.slice(mention.offset + mention.length, mention.offset + mention.length + 12))) {
      r.notAClaim = "decade";
      continue;
    }
    // "the 8 Block gang", "the 15 Most Wanted list", "'Top 40' hits": a number that opens a capitalized name
    if (opensName(tokens, r.value.last + 1)) {
      r.notAClaim = "name";
      continue;
    }
    if (mention.value.unit !== "") continue;
    const next = tokens[r.value.last + 1];
    const prev = tokens[r.value.first - 1];
    // "4 Yawkey Way", "473 East 52nd Street": a bare number, then capitalized words ending in a street word.
    if (next && next.pos === "PROPN" && /^\p{Lu}/u.test(next.text)) {
      let k = r.value.last + 1;
      while (tokens[k] && /^\p{Lu}|^\d/u.test(tokens[k]!.text) && k < r.value.last + 5) {
        if (STREET.test(tokens[k]!.text)) {
          r.notAClaim = "address";
          break;
        }
        k++;
      }
      if (r.notAClaim) continue;
    }
    // "AM 570", "SportsCenter 5 has learned": a bare number glued after a capitalized name, with
    // no noun after it and no comma between ("Kafoury, 63" is an age, not a name).
    if (prev && prev.pos === "PROPN" && /^\p{Lu}/u.test(prev.text) && !LEAD_WORDS.has(prev.text.toLowerCase())) {
      const gap = sentence.text.slice(prev.end, mention.offset);
      if (/^\s+$/.test(gap) && !(next && next.pos === "NOUN")) r.notAClaim = "name";
    }
  }
};

/** A decade's word after a number word: "nineteen sixties", "eighteen-nineties". */
const DECADE = /^[\s-]+(?:twenties|thirties|forties|fourties|fifties|sixties|seventies|eighties|nineties)\b/i;

/** Nouns that close the name of a group or a list a number opens: "the 8 Block gang", "the 15 Most Wanted list". */
const NAMED_GROUP = /^(?:gang|gangs|crew|crews|posse|clique|cartel|list|lists|chart|charts)$/i;
/** The same, as the name's own last word: "the 12 Street Crew", "the 7 Mile Boys". */
const NAMED_GROUP_OWN = /^(?:Gang|Crew|Mob|Posse|Boys|Cartel|List|Chart)$/;
/** A nationality before a noun of people is no name: "26 Somali crew", "40 Haitian gangs". */
const NATIONALITY = /(?:an|ian|ese|i|ish|ch)$/;

/**
 * Whether the tokens from i are capitalized words that close a name a number opens: one to three
 * capitalized words, then a noun of a group or a list ("8 Block gang", "15 Most Wanted list"), or a
 * closing quote ("'8 Block'"). Must match "the 8 Block gang", "the 8 Block crew", "the 12 Street Crew", "the Ten Most
 * Wanted list", "“15 Most Wanted”"; must not match "12 Iraqi soldiers", "20 Red Cross workers", "3 British Airways jets".
 */
function opensName(tokens: readonly TaggedToken[], i: number): boolean {
  let k = i;
  while (tokens[k] && /^\p{Lu}\p{Ll}*$/u.test(tokens[k]!.text) && k < i + 3) k++;
  if (k === i || tokens.slice(i, k).some((t) => NATIONALITY.test(t.text) || countriesIn(t.text).length > 0)) return false;
  const after = tokens[k]?.text ?? "";
  // (the group's noun may be the name's own last word: "the 12 Street Crew")
  return NAMED_GROUP.test(after) || /^['’”"]$/.test(after) || (k - 1 > i && NAMED_GROUP_OWN.test(tokens[k - 1]!.text));
}

// --- scores and records -------------------------------------------------------------------------

/** Two whole numbers joined by a dash: "31-24", "14 - 0", "7–9". */
const PAIR = /(?<![\d.,])(\d{1,3})[ \t]?[-–][ \t]?(\d{1,3})(?![\d.,]\d|[-–/]\d)/g;
/** Nouns a score or a record stands before: "a 31-24 win", "a 9-3 deadlock", "a 5-19 start". */
const SCORE_NOUNS = new Set(
  ("win victory loss defeat lead deficit tie record decision vote deadlock edge rout triumph shutout draw score margin " +
    "advantage run split count mark start finish season campaign setback verdict ruling majority halftime final").split(" "),
);
/**
 * Nouns a score stands before only in the singular: "a 45-42 game", "a 9-2 spurt", "a 10-8 round";
 * in the plural they count a range ("he will miss 3-4 games", "a 6-8 round fight" is no plural).
 */
const SCORE_NOUNS_SINGULAR = new Set(("game match spurt streak round bout contest series set quarter half inning period tally").split(" "));
/** A shooting or batting line: "went 1-for-8", "made 3-of-4 attempts". */
const FOR_OF = /(?<![\d.,])\d{1,3}[ \t]?-[ \t]?(?:for|of)[ \t]?-[ \t]?\d{1,3}(?![\d.,]\d)/g;
/** Words before a score or a record in its clause: "beat the Jaguars, 31-24", "trailing 14-0", "tied at 24-24", "make it 57-46". */
const SCORE_LEMMAS = new Set(
  ("beat defeat win lose trail lead tie edge rout top down deadlock blank whip crush thrash outscore stretch cut extend " +
    "improve fall drop finish open go stand wind move sit vote split score record").split(" "),
);

/** Whether text[from, to) holds a hyphen or an en dash. */
function dashIn(text: string, from: number, to: number): boolean {
  const end = Math.min(to, text.length);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 0x2013) return true;
  }
  return false;
}

/** The dash-joined pair of whole numbers the mention is part of, with its bounds in the sentence. */
function pairOf(text: string, m: Mention): { start: number; end: number; a: number; b: number } | null {
  const from = Math.max(0, m.offset - 6);
  // A pair that starts by the mention's end has its dash within four characters of its start: with
  // no dash there, the search (which would run to the sentence's end) finds none.
  if (!dashIn(text, from, m.offset + m.length + 5)) return null;
  PAIR.lastIndex = from;
  for (let p = PAIR.exec(text); p && p.index <= m.offset + m.length; p = PAIR.exec(text)) {
    const end = p.index + p[0].length;
    if (end > m.offset && p.index < m.offset + m.length) return { start: p.index, end, a: Number(p[1]), b: Number(p[2]) };
  }
  return null;
}

/**
 * A score or a win-loss record: a pair of whole numbers joined by a dash that stands before a noun
 * of scores ("a 31-24 win", "a 35-47 record"), in parentheses ("the Saints (7-7)", "(45-1, 33
 * KOs)"), after a name that ends its line ("Joe Louis 26-1"), or in a clause of winning, losing or
 * leading ("beat the Jaguars, 31-24", "trailing 14-0", "make it 57-46"); or one that falls or stays
 * ("51-50", "13-13", where a range would rise). A shooting or batting line ("1-for-8", "3-of-4") is
 * one too. A range of a count keeps its noun: "3-4 people", "10-15 minutes", "3-4 games".
 */
function isScore(sentence: FrameSentence, m: Mention): boolean {
  const v = m.value;
  // (a money, a share or a measure is no score; a counted noun may be the score's: "a 3-1 home defeat")
  if (v?.type !== "quantity" || /^[A-Z]{3}$|^(?:percent|percentage-point|basis-point|km|mi|m|cm|mm|ft|kg|t|mph|km\/h|magnitude|year)$/.test(v.unit)) return false;
  const text = sentence.text;
  if (inForOf(text, m) || inSlashLine(text, m) || tiedAt(text, m)) return true;
  const pair = pairOf(text, m);
  if (!pair) return false;
  // a range rises: a pair that falls or stays ("51-50", "13-13") is a score or a record, whatever follows
  if (pair.a >= pair.b) return true;
  // a record at home, away or in a division: "(9-6, 1-7 home)", "3-5 on the road"
  if (RECORD_WHERE.test(text.slice(pair.end, pair.end + 24))) return true;
  const { tokens } = sentence;
  let after = tokens.findIndex((t) => t.start >= pair.end);
  if (after < 0) after = tokens.length;
  // a remark in parentheses between the pair and its noun: "a 3-12 (or worse) record"
  if (tokens[after]?.text === "(") {
    const close = tokens.findIndex((t, i) => i > after && t.text === ")");
    if (close > after && close - after <= 6) after = close + 1;
  }
  let before = -1;
  for (let i = 0; i < tokens.length && tokens[i]!.end <= pair.start; i++) before = i;
  // the noun after the pair, past modifiers ("a 27-24 overtime loss", "a 17-7 halftime lead", "a
  // 47-44 Creighton lead", "a 44-26 rebounding edge")
  let k = after;
  const modifier = (t: TaggedToken | undefined, next: TaggedToken | undefined): boolean =>
    !!t && (t.pos === "ADJ" || ((t.pos === "NOUN" || t.pos === "PROPN" || (t.pos === "VERB" && /ing$/i.test(t.text))) && next?.pos === "NOUN"));
  while (modifier(tokens[k], tokens[k + 1]) && k < after + 3) k++;
  const noun = tokens[k] && tokens[k]!.pos === "NOUN" ? tokens[k]! : null;
  const scoreNoun = noun !== null && (SCORE_NOUNS.has(noun.lemma) || (SCORE_NOUNS_SINGULAR.has(noun.lemma) && lower(noun) === noun.lemma));
  if (scoreNoun) return true;
  // a range of a count has its own noun after it: "3-4 people", "10-15 minutes"
  const own = tokens[after];
  if (own && (own.pos === "NOUN" || own.pos === "PROPN")) return false;
  const open = /\([ \t]?$/.test(text.slice(Math.max(0, pair.start - 2), pair.start));
  if (open && /^[ \t]?[),]/.test(text.slice(pair.end, pair.end + 2))) return true;
  const prev = tokens[before];
  if (prev && prev.pos === "PROPN" && (!own || isClauseEnd(own))) return true;
  // a clause of winning, losing or leading
  for (let i = before; i >= 0 && i >= before - 7; i--) {
    const t = tokens[i]!;
    if (isClauseEnd(t)) break;
    if (SCORE_LEMMAS.has(t.lemma) || SCORE_LEMMAS.has(lower(t)) || (lower(t) === "it" && tokens[i - 1]?.lemma === "make")) return true;
  }
  return false;
}

/** Where a win-loss record was made, right after it: "1-7 home", "4-4 away", "3-5 on the road", "2-1 in the division". */
const RECORD_WHERE = /^[ \t]+(?:home|away|on[ \t]+the[ \t]+road|at[ \t]+home|in[ \t]+(?:the[ \t]+)?(?:division|conference|league|group))\b/;
/** A passing line with a slash and its yards: "17 / 35 for 205 yards", "22/30 for 260". */
const SLASH_LINE = /(?<![\d.,/])\d{1,3}[ \t]?\/[ \t]?\d{1,3}[ \t]+for[ \t]+\d/g;
/** The words of a tie before its score: "tied at", "tied the game at", "knotted it at", "level at". */
const TIED_AT = /\b(?:tie|ties|tied|tying|knot|knotted|knotting|level|levelled|leveled|deadlocked|even)(?:[ \t]+(?:the[ \t]+)?(?:game|score|match|contest|it|things))?[ \t]+at[ \t]+$/i;
/** A tie written with "all" or "apiece" after the number: "a 13-all tie", "level at 2-all", "7 apiece". */
const ALL_AFTER = /^(?:[ \t]?[-–][ \t]?all|[ \t]+apiece)\b(?![-–])/i;

/**
 * Whether the mention is a tie's score: "tied the game at 13", "knotted at 7", "a 13-all tie",
 * "locked at 2 apiece". Not "tied at the dock", "tied 13 boats", "tied to 13 cases" (no "at" right
 * before the number), "all 13 players" (the "all" stands before).
 */
function tiedAt(text: string, m: Mention): boolean {
  if (ALL_AFTER.test(text.slice(m.offset + m.length, m.offset + m.length + 10))) return true;
  return TIED_AT.test(text.slice(Math.max(0, m.offset - 40), m.offset));
}

/** Whether the mention is part of a passing line written with a slash ("17 / 35 for 205 yards"): completions of attempts. */
function inSlashLine(text: string, m: Mention): boolean {
  const from = Math.max(0, m.offset - 8);
  const slash = text.indexOf("/", from);
  if (slash < 0 || slash > m.offset + m.length + 3) return false;
  SLASH_LINE.lastIndex = from;
  for (let p = SLASH_LINE.exec(text); p && p.index <= m.offset; p = SLASH_LINE.exec(text)) {
    // (the line's two counts stand before "for"; the yards after it are a figure of their own)
    if (m.offset < p.index + p[0].length - 5) return true;
  }
  return false;
}

/**
 * A place on a playing field, which a yard figure names without measuring anything: "the 16-yard
 * line", "at the 20 yard line", "from their own 27", "its own 35". Not "a 16-yard run", "gained 20
 * yards", "their own 27 players" (a count with its noun has a unit), "own 30 percent".
 */
function fieldPosition(text: string, m: Mention): boolean {
  const v = m.value;
  if (v?.type !== "quantity") return false;
  const end = m.offset + m.length;
  const after = text.slice(end, end + 14);
  if (/^[ \t-]*(?:yards?|yd)[ \t-]+line\b/i.test(after) || (v.unit === "yard" && /^[ \t-]*line\b/i.test(after))) return true;
  return v.unit === "" && /\bown[ \t]+$/i.test(text.slice(Math.max(0, m.offset - 6), m.offset));
}

/** Nouns of a numbered part of a series that a number after them names: "Week 16", "Game 7", "day 3", "stage 12". */
const SERIES_NOUN = /^(?:week|game|day|round|stage|lap|hole|leg|heat|race|match|matchday|inning|period)$/i;
/** Words before the noun that make the number a count after a length of time: "a week 16 people", "each day 40 trucks". */
const COUNT_LEAD = /^(?:a|an|one|each|every|per|this|that|last|next|same|whole|entire)$/i;

/**
 * Whether a bare whole number right after a singular noun of a series names one of its parts: "in
 * Week 16", "going into week 3", "Game 7 of the final", "on day 3 of the trial", "stage 12". Must
 * not match "a week 16 people died" (a count after a length of time), "the day 10 protesters were
 * held" (a plural noun after the number), "for 16 weeks", "round 3.5 percent".
 */
function seriesLabel(tokens: readonly TaggedToken[], first: number, last: number, m: Mention): boolean {
  const v = m.value;
  if (v?.type !== "quantity" || v.unit !== "" || !/^\d{1,3}$/.test(m.text)) return false;
  const noun = tokens[first - 1];
  if (!noun || !SERIES_NOUN.test(noun.text)) return false;
  const lead = tokens[first - 2];
  if (lead && (COUNT_LEAD.test(lead.text) || /^\d/.test(lead.text))) return false;
  const next = tokens[last + 1];
  // a plural noun after the number is what it counts ("the day 10 protesters were held")
  return !(next && next.pos === "NOUN" && lower(next) !== next.lemma);
}

/** Whether the mention is part of a shooting or batting line ("1-for-8", "3-of-4"). */
function inForOf(text: string, m: Mention): boolean {
  const from = Math.max(0, m.offset - 12);
  // as in pairOf: a line that starts by the mention's end has its first dash within four characters
  if (!dashIn(text, from, m.offset + m.length + 5)) return false;
  FOR_OF.lastIndex = from;
  for (let p = FOR_OF.exec(text); p && p.index <= m.offset + m.length; p = FOR_OF.exec(text)) {
    if (p.index + p[0].length > m.offset) return true;
  }
  return false;
}
