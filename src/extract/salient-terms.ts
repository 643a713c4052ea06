/**
 * A document's profile for story grouping: the words of the proper names it uses inside its
 * sentences ("the Marfin Investment Bank in Athens" → "marfin", "investment", "bank", "athens"),
 * counted, plus the event nouns of its opening ("bombing", "earthquake"). Stories
 * (group/stories.ts) are documents that share such terms.
 *
 * Read from capitalization in one pass over the text, like proper-names.ts but cheaper, since it
 * runs on whole documents: a run of capitalized words counts when it stands inside a sentence
 * (after a lower-case word, a comma, or "of"/"the"); of a run that opens a sentence, the first
 * word is left out ("In Varnholm", "Police", "The Marfin Bank"), since any word is capitalized
 * there; titles, months, weekdays and institution words are dropped from every run.
 * Masked ranges (markup, front matter) are left out. Only the MAX_TERMS most frequent terms are kept.
 *
 * Owns the profile; does not own how profiles are compared.
 */
import type { DocumentProfile, SourceDocument } from "../types.js";
import { execAll } from "../values/exec-all.js";
import { calendarWords } from "../values/calendar-words.js";

const MAX_TERMS = 64;
/** Event nouns are read from the opening only, where a report names what happened. */
const OPENING = 3000;

/** Words that are capitalized without naming anyone or anything in particular. */
const GENERIC = new Set(
  (
    "a an the this that these those it its he she we they i you his her their our my your in on at by for from to with of " +
    "after before since during under over about and but or nor so yet if when while as mr mrs ms dr prof sir " +
    "president vice prime minister deputy foreign secretary general chief spokesman spokeswoman king queen senator " +
    "governor mayor judge officer lieutenant sergeant captain ministry office department government council committee " +
    `${calendarWords().toLowerCase().split("|").join(" ")} ` +
    "today yesterday " +
    "federal national state states congress executive administration agency bureau commission service authority " +
    "board house senate parliament assembly treasury court supreme act law bill program fund plan policy report " +
    "nation nations republic people public new north south east west northern southern eastern western central " +
    "fiscal year police officials official said says according news reuters associated press ap afp http www com"
  ).split(" "),
);

const EVENT_NOUNS =
  "earthquake quake tsunami flood hurricane storm cyclone typhoon wildfire fire blaze explosion blast bomb bombing firebomb " +
  "attack shooting gunman stabbing riot protest strike rally crash collision derailment election referendum coup war " +
  "invasion siege kidnapping hijacking murder trial verdict arrest acquisition merger takeover bankruptcy outbreak epidemic " +
  "eruption landslide drought famine";
const EVENT = new RegExp(`\\b(${EVENT_NOUNS.split(" ").join("|")})s?\\b`, "gi");

// "Marfin Investment Bank", "Bank of Greece", "Dera Ismail Khan"
const RUN = /\p{Lu}[\p{Ll}'’-]+(?:[ \t]+(?:(?:of|de|la|al|el|bin|von|van|del|du)[ \t]+)?\p{Lu}[\p{Ll}'’-]+)*/gu;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
}

/** a-z, or a lower-case letter beyond ASCII. */
function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c > 127 && String.fromCharCode(c) !== String.fromCharCode(c).toUpperCase());
}

/**
 * Whether the run at `at` stands inside a sentence: after a lower-case word, a comma, or "of"/"the"
 * — also across a line break, where a line ends without a full stop (a headline, a wrapped line),
 * but not across a blank line: a paragraph opens with a sentence's first word, whatever it is.
 */
function insideSentence(text: string, at: number, written: string): boolean {
  let i = at - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  // , ; : ( — –
  if (c === 44 || c === 59 || c === 58 || c === 40 || c === 0x2014 || c === 0x2013) return true;
  // (a blank line as written opens a paragraph, and so a sentence: "Kabul, three decades on\n\nShelling
  // along …"; a line left out, markup or a dateline, is no blank line)
  return i < at - 1 && isLower(c) && !BLANK_LINE.test(written.slice(i + 1, at));
}

/** Two line breaks with nothing but spaces between. */
const BLANK_LINE = /\n[ \t\r\f\v\u00a0]*\n/;

const WORD_IN_RUN = /[^ \t]+/g;

/** "Marfin Investment Bank's" → marfin, investment, bank: word by word, since outlets give a name in full or in part. */
function addTerms(run: string, add: (term: string) => void): void {
  for (const m of execAll(WORD_IN_RUN, run)) {
    let w = m[0].toLowerCase();
    const last = w.charCodeAt(w.length - 1);
    if (last === 39 || last === 0x2019) w = w.slice(0, -1);
    else if (last === 115 && w.length > 2 && (w.charCodeAt(w.length - 2) === 39 || w.charCodeAt(w.length - 2) === 0x2019)) w = w.slice(0, -2);
    if (w.length > 1 && !GENERIC.has(w)) add(w);
  }
}

function prose(doc: Pick<SourceDocument, "text" | "masked">): string {
  if (!doc.masked || doc.masked.length === 0) return doc.text;
  let out = "";
  let at = 0;
  for (const [start, end] of doc.masked) {
    out += doc.text.slice(at, start) + " ".repeat(Math.max(0, end - start));
    at = end;
  }
  return out + doc.text.slice(at);
}

export function profileOf(doc: Pick<SourceDocument, "text" | "masked">): DocumentProfile {
  const text = prose(doc);
  const counts = new Map<string, number>();
  const add = (term: string): void => void counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const m of execAll(RUN, text)) {
    if (insideSentence(text, m.index, doc.text)) addTerms(m[0], add);
    else {
      // A sentence's first word is capitalized whatever it is ("In", "Police", "Mayor"); the
      // rest of its run is a name ("In Varnholm", "Mayor Ilse Korvak").
      const rest = m[0].search(/[ \t]/);
      if (rest > 0) addTerms(m[0].slice(rest + 1), add);
    }
  }
  for (const m of execAll(EVENT, text.slice(0, OPENING))) add(`event:${m[1]!.toLowerCase()}`);
  const kept = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_TERMS);
  kept.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return { terms: kept.map(([t]) => t), counts: kept.map(([, n]) => n) };
}
