/**
 * Component 5 — participants that identify the occurrence: the event's own noun phrase ("the
 * quake", "the attack on the school", "the company's purchase of its rival"), where ("in Athens",
 * "north of Detroit"), and who did it to whom around the predicate: the agent (the noun phrase
 * before an active verb, or "by …" after a passive one), the patient (the noun phrase after an
 * active verb, when it is not the value's own) and the recipient ("to …"). Keys are lower-cased
 * names without articles: two claims are about one occurrence only where every role both name
 * matches (the identity stage decides that; here they are only read).
 */
import { closesFrontedAdverbial } from "./fronted-adverbial.js";
import { escapeRegExp } from "../../values/exec-all.js";
import type { Participant, TaggedToken } from "../../types.js";
import { inLexicon } from "../tag/tagger.js";
import { isPersonNoun } from "../../values/quantity/people.js";
import { coordinatedNames, passiveBetween } from "./coordinated-names.js";
import { wholeOf } from "./partitive.js";
import { reducedPassive } from "./reduced-relative.js";
import { coordinatedObject } from "./coordinated-object.js";
import { describedObject } from "./described-object.js";
import { nameBeforeWho, nameBeforeWhoDoing } from "./relative-antecedent.js";
import { opensItsSentence, verbBeforeAnd } from "./shared-subject.js";
import { describedName } from "./name-key.js";
import { titleBeforeName } from "./title-before-name.js";
import { placePhraseAfterSubject } from "./place-after-subject.js";
import { type FrameComponent, type FrameSentence, type PredicateReading, type Reading, REPORTING, eventKey, gluedByHyphen, isClauseEnd, keyOf, lower, textOf, valueAt } from "./sentence.js";
import { weekdayWords } from "../../values/calendar-words.js";

const CALENDAR_NAME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
const PLACE_PREPS = new Set(["in", "at", "near", "outside", "inside", "across", "from", "on", "off"]);
/**
 * Words of a region of a place before "of": "in parts of Keld", "across much of Norland", "in most of
 * Dunmore", "off the coast of Keld", "on the shores of Lake Orm" (the place is the name after "of").
 */
const REGION_OF = /^(?:parts?|much|most|areas?|sections?|swathes?|swaths?|coasts?|coastline|shores?)$/;
/** Prepositions that place an event around a name, not at it: the name is a point of reference ("off Crete": at sea near it). */
const VICINITY = new Set(["near", "outside", "around", "beyond", "off"]);
const DIRECTION = /^(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)$/i;

/** A capitalized word: inside a run of names it is one of them, whatever the tagger calls it ("Mount Cook", "Mt. Cook"). */
const capitalized = (t: TaggedToken | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text) && !CALENDAR_NAME.test(t.text);

/**
 * A run of capitalized proper nouns from i (with hyphens and slashes between names: "Aoraki-Mount
 * Cook", "Aoraki / Mt. Cook"): its last index, or -1. A capitalized word after a name belongs to
 * the run even where the tagger reads it as a verb or a noun ("Mount Cook", "Mt. Cook").
 */
function nameRun(tokens: readonly TaggedToken[], i: number): number {
  if (tokens[i]?.pos !== "PROPN") return -1;
  let k = i;
  for (;;) {
    const next = tokens[k + 1];
    if (next && (next.pos === "PROPN" || (capitalized(next) && (next.pos === "NOUN" || next.pos === "VERB")))) k++;
    else if (next && (next.text === "-" || next.text === "/") && capitalized(tokens[k + 2])) k++;
    else return k;
  }
}

/**
 * Titles and ranks that open a person's name: a run after one is a person, never a place ("pointed
 * a gun at Sgt. Ann Cole": not a place called Sgt. Ann Cole).
 */
const TITLE = /^(?:sgt|sergeant|lt|lieutenant|det|detective|officer|constable|trooper|inspector|insp|sheriff|deputy|capt|captain|cpl|corporal|pvt|private|maj|major|col|colonel|gen|general|cmdr|commander|adm|admiral|dr|doctor|mr|mrs|ms|miss|prof|professor|rev|reverend|gov|governor|sen|senator|rep|representative|president|mayor|judge|justice|chief|minister|king|queen|prince|princess|sir|dame|lord|lady|pope|bishop|father|sister|brother)\.?$/i;

/**
 * Words of a name that make it a natural or built place ("Mount Sefton", "Snyder Ave.", "the Tasman
 * Glacier"): after "on", only such a name is a place ("on Mount Sefton", "on Snyder Ave."; not "on
 * CNN", "on Twitter").
 */
const GEOGRAPHIC = /^(?:mount|mt|mountain|glacier|ridge|peak|hill|island|lake|river|coast|beach|street|st|avenue|ave|road|rd|boulevard|blvd|lane|drive|highway|interstate|route|square|plaza|bridge|campus)\.?$/i;
/** What a person's name in the possessive owns, after a preposition: "in Ana Roe's death", "at Kane's trial". */
const OWNED_BY_PERSON = /^(?:death|killing|murder|slaying|shooting|stabbing|funeral|burial|arrest|trial|retrial|conviction|sentencing|wedding|birthday|disappearance|release|memory|honou?r|name|case|defen[cs]e|absence|presence|behalf|favou?r|place|stead)$/;

/** Nouns of a home or a building someone owns or uses: "at Lowe's home", "in the mayor's office". */
const DWELLING = /^(?:home|homes|house|residence|apartment|flat|villa|mansion|cottage|cabin|estate|ranch|farm|office|offices|room|bedroom|compound|yard|garage|garden|retreat|hideaway)$/;

/**
 * "at Lowe's vacation home", "in Lowe's office", "at Kane's farm": a name that owns the home or
 * the room the phrase names (the noun right after the possessive, or one or two words later:
 * "summer home", "holiday beach house") is its owner, a person or a body, and no place; the home is where things happened, and a place named in the words after
 * it ("on Keld Island") says where that is. Must match: "Lowe's vacation home", "Lowe's office",
 * "the Orrs' ranch". Must not match: "Britain's north" (a part of a place), "Keld's Old Town
 * section" (a part of a place, named), "Kane's funeral" (OWNED_BY_PERSON reads it).
 */
function ownsDwelling(tokens: readonly TaggedToken[], at: number): boolean {
  for (let k = at; k < at + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (DWELLING.test(lower(t))) return true;
    if (t.pos !== "NOUN" && t.pos !== "ADJ") return false;
  }
  return false;
}

/** Lower-case words that set a place around a name rather than at it: "in suburban Detroit", "outside Paris". */
const AROUND = new Set(["suburban", "outer", "greater"]);

/**
 * A noun phrase starting at i (determiner, possessive, adjectives, nouns): its head index, or -1.
 * It stops before a noun right in front of a value ("its rival cost $2 billion": "cost" is the verb).
 */
function nounPhrase(tokens: readonly TaggedToken[], i: number): { from: number; head: number } | null {
  let k = i;
  const from = i;
  for (;;) {
    // a modifier of words glued by hyphens, whatever the tagger calls its parts: "a last-minute
    // rule", "the so-called plan", "a long-standing policy"
    const glued = hyphenCompoundEnd(tokens, k);
    if (glued > k && modifiesNext(tokens, glued + 1)) k = glued + 1;
    else if (tokens[k] && (tokens[k]!.pos === "DET" || tokens[k]!.pos === "ADJ" || tokens[k]!.text === "'s" || tokens[k]!.pos === "PRON" && /^(?:its|their|his|her|our)$/i.test(tokens[k]!.text))) k++;
    else break;
  }
  if (!tokens[k] || (tokens[k]!.pos !== "NOUN" && tokens[k]!.pos !== "PROPN")) return null;
  // "its rival cost $2 billion": an adjective-tagged head before the verb
  if (beforeValue(tokens, k) && k > from && tokens[k - 1]!.pos === "ADJ") return { from, head: k - 1 };
  while (tokens[k + 1] && (tokens[k + 1]!.pos === "NOUN" || tokens[k + 1]!.pos === "PROPN" || tokens[k + 1]!.text === "'s") && !beforeValue(tokens, k + 1)) k++;
  if (tokens[k]!.text === "'s") k--;
  return { from, head: namesListHead(tokens, k) };
}

/** The last token of words glued by hyphens from k ("so-called", "state-of-the-art"), or k when none. */
function hyphenCompoundEnd(tokens: readonly TaggedToken[], k: number): number {
  let end = k;
  while (gluedByHyphen(tokens, end)) end += 2;
  return end;
}

/** A word a modifier before it can modify: a noun, a name, an adjective or another glued modifier. */
function modifiesNext(tokens: readonly TaggedToken[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "ADJ" || hyphenCompoundEnd(tokens, k) > k);
}

/**
 * A list of names that modifies one common noun after it ("his WBA, IBF and WBO belts", "the
 * Rovers, Keld and Brill supporters' clubs"): from the first name, the index of that noun, or the
 * name itself when the list does not end in one ("Ann Cole and Tom Reid": two people).
 */
function namesListHead(tokens: readonly TaggedToken[], k: number): number {
  if (tokens[k]?.pos !== "PROPN") return k;
  let j = k;
  for (let items = 0; items < 8; items++) {
    const sep = tokens[j + 1];
    if (!sep || !(sep.text === "," || sep.text === "&" || /^(?:and|or)$/i.test(sep.text))) break;
    let n = j + 2;
    if (sep.text === "," && /^(?:and|or|&)$/i.test(tokens[n]?.text ?? "")) n++;
    if (tokens[n]?.pos !== "PROPN") break;
    while (tokens[n + 1]?.pos === "PROPN") n++;
    j = n;
  }
  if (j === k) return k;
  let head = j;
  while (tokens[head + 1] && (tokens[head + 1]!.pos === "NOUN" || tokens[head + 1]!.pos === "ADJ" || tokens[head + 1]!.pos === "PROPN") && !beforeValue(tokens, head + 1)) head++;
  return head > j && tokens[head]!.pos === "NOUN" ? head : k;
}

/** A noun with a figure right after it: "$", "€", a number. */
function beforeValue(tokens: readonly TaggedToken[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && (next.pos === "NUM" || next.pos === "SYM" || /^[$€£¥]/.test(next.text));
}

/**
 * A subject's text as written, but a common noun capitalized only because it opens the sentence
 * is written small ("Expenditures are estimated …" → "expenditures"): a capital there names no one.
 * Names keep theirs ("Marfin Bank staff", "Teague"); a plural the tagger calls a name there is
 * a common noun when the model's lexicon holds it and its singular ("Expenditures", "Payments").
 */
function subjectText(sentence: FrameSentence, range: { from: number; to: number }): string {
  const text = textOf(sentence, range.from, range.to);
  const first = sentence.tokens[range.from];
  const opens = sentence.tokens.slice(0, range.from).every((t) => t.pos === "PUNCT");
  if (!opens || !first) return text;
  // (the tagger takes a plural common noun that opens a sentence for a name: "Expenditures are …")
  const plural = range.from === range.to && /^\p{Lu}\p{Ll}+s$/u.test(first.text) && inLexicon(first.text) && inLexicon(first.text.slice(0, -1));
  return first.pos !== "PROPN" || plural ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function add(out: Participant[], role: Participant["role"], text: string): void {
  // (a person described before the name is keyed by the name; a place keeps its words: "off Cape Merrow")
  const key = keyOf((role === "agent" || role === "patient" || role === "recipient" ? describedName(text) : null) ?? text);
  if (!key || out.some((p) => p.role === role && p.key === key)) return;
  out.push({ role, text, key });
}

/**
 * Token ranges of relative clauses and asides of residence set off by commas (", who had lived
 * in Perth,", ", originally from Kent,", ", but living in Leeds,"): they say where someone lives
 * or comes from, not where the event took place.
 */
const RESIDENCE: ReadonlySet<string> = new Set(["originally", "living", "lives", "lived", "resident", "native", "hailing"]);
const RELATIVE_OPENER: ReadonlySet<string> = new Set(["who", "whom", "whose", "which"]);

/**
 * Whether tokens from..to-1 (what stands between two commas) open with a relative pronoun or hold a
 * word of residence, each word lower-cased. The words are looked up one at a time where they stand
 * (no copy of the stretch, no expression per word: a sentence's commas are many).
 */
function relativeOrResidence(tokens: readonly TaggedToken[], from: number, to: number): boolean {
  if (from < to && RELATIVE_OPENER.has(lower(tokens[from]))) return true;
  for (let j = from; j < to; j++) if (RESIDENCE.has(lower(tokens[j]))) return true;
  return false;
}

export function relativeAsides(tokens: readonly TaggedToken[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.text !== ",") continue;
    let k = i + 1;
    while (k < tokens.length && tokens[k]!.text !== "," && !isClauseEnd(tokens[k])) k++;
    if (!relativeOrResidence(tokens, i + 1, k)) continue;
    out.push([i, k]);
    i = k - 1;
  }
  return out;
}

/**
 * Routes: "from … to …" in one clause, the token ranges of its two ends ("moved him from the jail in
 * Keld to a prison in Dunmore": from "from" to "to", and from "to" to the end of the phrase after
 * it). A place named there is where the movement started or was headed, not where what the
 * sentence tells happened (an escape on the way, a crash between the two): the place is given as
 * "from Keld" or "to Dunmore", a point of reference that parts nothing (group/participants.ts). Not
 * a route: "escaped from a van in Keld" (no "to"), "fled from Keld to avoid arrest" (an infinitive
 * after "to"), "from Keld; to the north" (another clause).
 */
const ROUTE_SPAN = 16;

function routes(tokens: readonly TaggedToken[]): Array<{ from: number; to: number; end: number }> {
  const out: Array<{ from: number; to: number; end: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (lower(tokens[i]) !== "from") continue;
    for (let k = i + 1; k < tokens.length && k <= i + ROUTE_SPAN; k++) {
      const t = tokens[k]!;
      if (isClauseEnd(t) || lower(t) === "from") break;
      if (lower(t) !== "to") continue;
      const next = tokens[k + 1];
      if (!next || next.pos === "VERB" || next.pos === "AUX" || next.pos === "PART") break;
      let end = k + 1;
      while (end + 1 < tokens.length && end + 1 <= k + ROUTE_SPAN && !isClauseEnd(tokens[end + 1]) && tokens[end + 1]!.text !== "," && tokens[end + 1]!.pos !== "VERB" && tokens[end + 1]!.pos !== "AUX" && !/^(?:and|or|but|after|before|when|while|as|because)$/i.test(tokens[end + 1]!.text)) end++;
      out.push({ from: i, to: k, end });
      break;
    }
  }
  return out;
}

/**
 * "from" said of a person, where someone comes from, not where the event took place: after a person
 * noun ("a woman from Bangor found dead in Kendal"), or
 * after an age and "and" ("Ann Vale, 20 and from Bangor, was found in Kendal"). Such a place is given
 * as "from Bangor", a point of reference that parts nothing (group/participants.ts), as an end of a
 * route is: a local man's home town is often where the event was. Not "escaped from Keld", "flights
 * from Leeds were cancelled", "a shell fired from Gaza" (no person before "from").
 */
function comesFrom(tokens: readonly TaggedToken[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before) return false;
  if (lower(before) === "and" && tokens[i - 2]?.pos === "NUM") return true;
  return before.pos === "NOUN" && isPersonNoun(lower(before), before.text);
}

/** Nouns of a message sent from somewhere: a call, a tip, a text, an email. */
const MESSAGE = /^(?:(?:phone|911|9-1-1)?calls?|messages?|tips?|texts?|e-?mails?|letters?)$/;
/** How far before its "from" the noun of a message may stand ("a call came in at 4:17 a.m. from …"). */
const MESSAGE_SPAN = 9;

/**
 * "from" said of a message, where it was sent from, not where what it tells of happened: a noun
 * of a message in the clause before "from" ("a call came in from the Keld Inn", "the first call
 * came at 4:17 a.m. from someone at the Keld Inn", "a tip from a shop in Dunmore"). Token i is the
 * "from", or the "at"/"in" of a sender right after it ("from someone at …", "from a woman in …").
 * Such a place is given as "from …", a point of reference that parts nothing, as an end of a
 * route is. Not "a call about a fire at the Keld Inn" (no "from"), "escaped from a guard at Keld
 * prison" (no message), "a call from Ana Roe" (a person, read as no place anyway).
 */
function sentFrom(tokens: readonly TaggedToken[], i: number): boolean {
  let from = i;
  if (lower(tokens[i]) !== "from") {
    // the whereabouts of a sender: "from someone at", "from a woman in"
    const who = tokens[i - 1];
    if (!who || !(/^some(?:one|body)$/.test(lower(who)) || (who.pos === "NOUN" && isPersonNoun(lower(who), who.text)))) return false;
    from = lower(tokens[i - 2]) === "from" ? i - 2 : /^(?:a|an|the)$/.test(lower(tokens[i - 2])) && lower(tokens[i - 3]) === "from" ? i - 3 : -1;
    if (from < 0) return false;
  }
  for (let k = from - 1; k >= 0 && k >= from - MESSAGE_SPAN; k--) {
    const t = tokens[k]!;
    if (isClauseEnd(t)) return false;
    if (MESSAGE.test(lower(t))) return true;
  }
  return false;
}

/** Whether token i stands inside one of the asides (relativeAsides), not on its commas. */
function insideAside(asides: readonly [number, number][], i: number): boolean {
  for (const [a, b] of asides) if (i > a && i < b) return true;
  return false;
}

/** The first route (routes) whose span holds token i. */
function routeAt<R extends { from: number; end: number }>(ends: readonly R[], i: number): R | undefined {
  for (const r of ends) if (i >= r.from && i <= r.end) return r;
  return undefined;
}

/** Nouns that name a part of a town or region after its own name: "Dunmore's Eastgate district". */
const PART_OF_PLACE = /^(?:section|neighborhood|neighbourhood|district|quarter|suburb|area|ward|borough|village)$/;

function places(sentence: FrameSentence, out: Participant[], at: Map<Participant, number>): void {
  const place = (i: number, text: string): void => {
    const before = out.length;
    add(out, "place", text);
    if (out.length > before) at.set(out[out.length - 1]!, i);
  };
  const { tokens } = sentence;
  const asides = relativeAsides(tokens);
  const ends = routes(tokens);
  for (let i = 0; i < tokens.length; i++) {
    // (the word first: most are no preposition of place, and are passed over before the asides
    // and routes are asked; no closure holds i, so the loop allocates nothing per word)
    const prep = lower(tokens[i]);
    const afterDirection = prep === "of" && DIRECTION.test(tokens[i - 1]?.text ?? "");
    if (!PLACE_PREPS.has(prep) && !afterDirection) continue;
    if (insideAside(asides, i)) continue;
    const route = routeAt(ends, i);
    // "a deal from the club", "an offer on the table from the club": who offers, not where
    if (prep === "from" && tokens.slice(Math.max(0, i - 5), i).some((u) => OFFERED.test(lower(u)))) continue;
    const origin = (prep === "from" && !route && comesFrom(tokens, i)) || ((prep === "from" || prep === "at" || prep === "in") && !route && sentFrom(tokens, i));
    let k = i + 1;
    if (lower(tokens[k]) === "the") k++;
    // "in parts of Keld", "across much of the Dunmore valley": a region of the place is in it
    if (REGION_OF.test(lower(tokens[k])) && lower(tokens[k + 1]) === "of") {
      k += 2;
      if (lower(tokens[k]) === "the") k++;
    }
    const around = AROUND.has(lower(tokens[k])) ? k++ : -1;
    const end = nameRun(tokens, k);
    // "in Molotov cocktails": a name that modifies a noun is not a place
    if (end < 0 || valueAt(sentence, k) || tokens[end + 1]?.pos === "NOUN" || CALENDAR_NAME.test(tokens[k]!.text)) continue;
    // "at Sgt. Ann Cole": a person
    if (TITLE.test(tokens[k]!.text)) continue;
    // "off Crete", but not "off Lena Gray's record" (whose, not where)
    const possessive = /^['’]s?$/.test(tokens[end + 1]?.text ?? "") || /['’]s$/.test(tokens[end]!.text);
    if (prep === "off" && possessive) continue;
    // "in Ana Roe's death", "at Kane's funeral", "in Lee's memory": the name owns what follows it, a
    // happening of a person or a person's own thing, and is no place ("in Britain's north" still is)
    if (possessive && OWNED_BY_PERSON.test(lower(tokens[/^['’]s?$/.test(tokens[end + 1]?.text ?? "") ? end + 2 : end + 1]))) continue;
    if (possessive && ownsDwelling(tokens, /^['’]s?$/.test(tokens[end + 1]?.text ?? "") ? end + 2 : end + 1)) continue;
    // "on Mount Sefton", "on Snyder Ave.", but not "on CNN"
    if (prep === "on" && !tokens.slice(k, end + 1).some((u) => GEOGRAPHIC.test(u.text))) continue;
    // Around a name, the name is a point of reference, and the text says so ("north of Detroit",
    // "near the Tasman Glacier", "in suburban Detroit"): such a place parts nothing (group/participants.ts).
    if (route || origin) place(i, `${!route || i < route.to ? "from" : "to"} ${textOf(sentence, k, end)}`);
    else if (afterDirection) place(i, `${lower(tokens[i - 1])} of ${textOf(sentence, k, end)}`);
    else if (VICINITY.has(prep)) place(i, `${prep} ${textOf(sentence, k, end)}`);
    else if (around >= 0) place(i, `${lower(tokens[around])} ${textOf(sentence, k, end)}`);
    else place(i, textOf(sentence, k, end));
    // "in Dunmore's Eastgate district", "in Keld's Old Town section": a part of the place, named, lies in it
    const inner = possessive ? (/^['’]s?$/.test(tokens[end + 1]?.text ?? "") ? end + 2 : end + 1) : -1;
    const innerEnd = inner >= 0 && !route && !origin ? nameRun(tokens, inner) : -1;
    if (innerEnd >= 0 && PART_OF_PLACE.test(lower(tokens[innerEnd + 1]))) place(i, textOf(sentence, inner, innerEnd));
    // "in Keld, Norland", "in East Harrow, Dunmore over the weekend": the larger place it lies
    // in (not "in Athens, Smith said": a name followed by a verb is a clause's subject)
    const wider = tokens[end + 1]?.text === "," && !origin ? nameRun(tokens, end + 2) : -1;
    const then = tokens[wider + 1];
    if (wider >= 0 && !TITLE.test(tokens[end + 2]!.text) && (!then || (then.pos !== "VERB" && then.pos !== "AUX" && then.pos !== "NOUN"))) {
      place(i, textOf(sentence, end + 2, wider));
    }
  }
}

/**
 * The event noun phrases of the sentence: "the quake", "the attack on the school". `heads` gets the
 * token index of each one's event noun.
 */
function events(sentence: FrameSentence, out: Participant[], heads: Map<Participant, number>): void {
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; i++) {
    const key = eventKey(tokens[i]);
    if (!key || valueAt(sentence, i)) continue;
    // the head of a compound ("bank attack"): the last noun
    if (tokens[i + 1]?.pos === "NOUN") continue;
    let from = i;
    while (from > 0 && (tokens[from - 1]!.pos === "NOUN" || tokens[from - 1]!.pos === "PROPN" || tokens[from - 1]!.pos === "ADJ") && !valueAt(sentence, from - 1)) from--;
    let to = i;
    // "the attack on the school", "the purchase of its rival"
    const prep = lower(tokens[i + 1]);
    if (prep === "on" || prep === "of" || prep === "at" || prep === "against") {
      const np = nounPhrase(tokens, i + 2);
      if (np && !valueAt(sentence, np.head)) to = np.head;
    }
    const before = out.length;
    add(out, "event", textOf(sentence, from, to));
    const keyed = out[out.length - 1];
    if (out.length > before && keyed) heads.set(keyed, i);
    if (keyed && keyed.role === "event" && to === i) keyed.key = from === i ? key : keyOf(textOf(sentence, from, i - 1)) + " " + key;
  }
}

const isNounish = (t: TaggedToken | undefined): boolean => t !== undefined && (t.pos === "NOUN" || t.pos === "PROPN");

/** The first token of the noun phrase that ends at k (nouns, names, adjectives, articles, "'s"). */
function phraseStart(tokens: readonly TaggedToken[], k: number, stop: (i: number) => boolean): number {
  let from = k;
  // (an article opens its phrase: "the day before Smith's death another climber" ends at "another")
  while (from > 0 && tokens[from]!.pos !== "DET" && (isNounish(tokens[from - 1]) || tokens[from - 1]!.pos === "ADJ" || tokens[from - 1]!.pos === "DET" || tokens[from - 1]!.text === "'s") && !stop(from - 1) && !isClauseEnd(tokens[from - 1])) from--;
  return from;
}

/** How far back (in tokens) a relative clause set off by commas may open; other asides are short. */
const RELATIVE_REACH = 30;
const SHORT_REACH = 12;

/**
 * The opening comma of an aside that ends with the comma at `close`, between a subject and its
 * verb: ", according to reports,", ", 32,", ", aged 47,", ", who had lived in the city,". -1 when
 * the comma closes no such aside (a list, a clause of its own). A relative clause may run long
 * (", whose work as a young reporter in the mining towns of the north won her a prize,").
 */
function asideOpening(tokens: readonly TaggedToken[], close: number): number {
  for (let k = close - 1; k >= 0 && k >= close - RELATIVE_REACH; k--) {
    const t = tokens[k]!;
    if (isClauseEnd(t)) return -1;
    if (t.text !== ",") continue;
    const first = tokens[k + 1];
    // a comma a closing quote mark follows stands inside a quoted title ('hits such as “Ball
    // Game,” “Neptune's Bride” and …'): it opens no aside (a straight mark may open a quote)
    if (first !== undefined && CURLY_CLOSING_QUOTE.test(first.text)) return -1;
    const w = lower(first);
    // past the short reach, only a relative clause: ", whose first films in the old studios made her a star,"
    if (k < close - SHORT_REACH && w !== "who" && w !== "which" && w !== "whose") return -1;
    const inside = tokens.slice(k + 1, close);
    // no finite verb: ", 32,", ", originally from Kent,", ", but living in Leeds,"
    const plain = inside.every((u) => u.pos !== "AUX" && (u.pos !== "VERB" || /ing$/.test(lower(u))));
    if (!isNounish(tokens[k - 1]) && !(tokens[k - 1]?.text === "," && asideOpening(tokens, k - 1) >= 0)) return -1;
    if (w === "according" || w === "who" || w === "which" || w === "whose" || w === "aged" || first?.pos === "NUM" || plain) return k;
    return -1;
  }
  return -1;
}

/**
 * The subject of the verb at `at`: the noun phrase before it, past auxiliaries and adverbs, past
 * an aside set off by commas ("The Cubs, according to reports, have offered"; "Jane Roe, 32,
 * fell"), past a verb it shares ("slipped and fell"), and back over a list its phrase closes to
 * the list's head ("the board of A, B and C approved" → the board and its members). Null when
 * none stands there.
 */
/**
 * The one proper name (a run of names, not a weekday or a month) before token `end`, or null when
 * the sentence names none or more than one there: who "he" or "she" is.
 */
function onlyNameBefore(tokens: readonly TaggedToken[], end: number): { from: number; to: number } | null {
  let found: { from: number; to: number } | null = null;
  for (let i = 0; i < end; i++) {
    if (tokens[i]!.pos !== "PROPN" || CALENDAR_NAME.test(tokens[i]!.text)) continue;
    let j = i;
    while (tokens[j + 1]?.pos === "PROPN" && j + 1 < end) j++;
    if (found) return null;
    found = { from: i, to: j };
    i = j;
  }
  // (a name after "the" is a club, a firm or a ship, not a person: "placed on the list by the
  // Keld Rovers, meaning he will miss …" — he is not the Rovers)
  return found && lower(tokens[found.from - 1]) !== "the" ? found : null;
}

/** Words that open a clause of their own wherever they stand, whatever the tagger calls them. */
const SUBORDINATOR = /^(?:because|while|whilst|when|whereas|although|though|unless)$/;

/**
 * Whether the word at i opens a clause whose subject follows it, rather than setting a noun after
 * a noun as a preposition does: "because", "while", "although"…, and "as" after a verb of its
 * clause. Must match: "traders reacted with alarm as shares fell", "prices held while shares
 * fell". Must not match: "his pay as director fell", "payments to the agency are estimated".
 */
function opensClause(tokens: readonly TaggedToken[], i: number): boolean {
  const w = lower(tokens[i]);
  if (SUBORDINATOR.test(w)) return true;
  if (w !== "as") return false;
  for (let j = i - 1; j >= 0 && !isClauseEnd(tokens[j]) && tokens[j]!.text !== ","; j--) if (tokens[j]!.pos === "VERB" || tokens[j]!.pos === "AUX") return true;
  return false;
}

/** Words that open a noun phrase describing someone: "the singer", "a painter", "her partner". */
const DESCRIPTION_OPENER = /^(?:the|a|an|his|her|their|its)$/;

/** A closing quote mark as the tokenizer gives it. */
const CLOSING_QUOTE = /^(?:"|”|'')$/;
/** A quote mark that can only close a quotation. */
const CURLY_CLOSING_QUOTE = /^(?:”|'')$/;

/** A day told in one word: "today", "yesterday", "tonight", a weekday. */
const ONE_WORD_DAY = new RegExp(`^(?:today|yesterday|tonight|${weekdayWords()})$`);

/** Words that join a participle clause to its main clause: "died after falling", "fell while climbing". */
const LINKS = new Set(["after", "before", "while", "when", "since", "upon", "on", "by"]);

/**
 * A verb marked as an infinitive by "to" that follows a clause of its own ("returned home to run
 * the farm", "flew to Keld to meet them"): a purpose, whose subject is its main clause's. Not a
 * verb whose "to" opens the sentence or follows a comma ("To run the farm, she …": no main clause
 * before it).
 */
function purposeInfinitive(tokens: readonly TaggedToken[], i: number): boolean {
  if (lower(tokens[i - 1]) !== "to" || tokens[i - 1]!.pos === "ADP") return false;
  for (let j = i - 2; j >= 0 && !isClauseEnd(tokens[j]) && tokens[j]!.text !== ","; j--) if (tokens[j]!.pos === "VERB") return true;
  return false;
}

function subjectOf(sentence: FrameSentence, at: number, inValue: (i: number) => boolean, plain = false): { from: number; to: number } | null {
  const { tokens } = sentence;
  let k = at - 1;
  // an apposition that names the subject: "another climber, Jo Reid, fell"
  let named: { from: number; to: number } | null = null;
  // "Castell won on Friday, easily stopping Orme": a participle after a comma does what the
  // subject of its clause's finite verb does (not the last noun before the comma)
  if (!plain && /ing$/.test(lower(tokens[at]))) {
    let c = k;
    while (c >= 0 && tokens[c]!.pos === "ADV") c--;
    if (tokens[c]?.text === ",") {
      let j = c - 1;
      // (a participle glued to a word before it by a hyphen is a modifier: "a knee-wrecked campaign", "a rain-soaked pitch")
      const finite = (i: number): boolean => tokens[i]!.pos === "VERB" && !/ing$/.test(lower(tokens[i])) && !(tokens[i - 1]?.text === "-" && tokens[i - 1]!.end === tokens[i]!.start && tokens[i - 2]?.end === tokens[i - 1]!.start);
      while (j >= 0 && !isClauseEnd(tokens[j]) && !finite(j)) j--;
      return j >= 0 && finite(j) ? subjectOf(sentence, j, inValue) : null;
    }
  }
  for (let round = 0; round < 5; round++) {
    while (k >= 0 && (tokens[k]!.pos === "AUX" || tokens[k]!.pos === "ADV" || tokens[k]!.pos === "PART")) k--;
    // a day told in one word between the subject and its verb: "the mayor on Tuesday vetoed the
    // plan", "40 nurses today walked out", "two men Friday pleaded guilty"
    if (k > 0 && ONE_WORD_DAY.test(tokens[k]!.text)) {
      k -= lower(tokens[k - 1]) === "on" ? 2 : 1;
      continue;
    }
    // an aside that ends in a quoted title closes with its comma inside the quote marks, as American
    // style writes it: 'Jo Reid, the host of "Morning Calls," opened the gala'
    if (CLOSING_QUOTE.test(tokens[k]?.text ?? "") && tokens[k - 1]?.text === ",") k--;
    // (the plain reading passes an aside between the subject and its verb, and nothing else: "Jo
    // Reid, the singer, hosted the gala in 2009"; not a shared verb or a participle clause)
    if (plain && tokens[k]?.text !== ",") break;
    // "slipped and fell": the subject of the first verb
    if (!plain && lower(tokens[k]) === "and" && tokens[k - 1]?.pos === "VERB" && tokens[k - 2]?.pos !== "NOUN") {
      k -= 2;
      continue;
    }
    // "was hurt in the opener in August and missed eight games": the first verb's subject
    if (!plain && lower(tokens[k]) === "and" && tokens[k - 1]?.pos !== "VERB") {
      const first = verbBeforeAnd(tokens, k);
      const shared = first >= 0 ? subjectOf(sentence, first, inValue) : null;
      if (shared && opensItsSentence(tokens, shared.from)) return shared;
    }
    // "died after slipping and falling", "fell while climbing": a participle clause's subject is its main clause's
    if (!plain && LINKS.has(lower(tokens[k])) && /ing$/.test(lower(tokens[k + 1]))) {
      let j = k - 1;
      // (the main clause's verb, or a state after a copula: "is dead after falling")
      // (past a purpose clause, "returned home to run the farm after serving two years": its
      // infinitive has no subject of its own; the finite verb before it does)
      const main = (i: number): boolean => (tokens[i]!.pos === "VERB" && !/ing$/.test(lower(tokens[i])) && !purposeInfinitive(tokens, i)) || (tokens[i]!.pos === "ADJ" && tokens[i - 1]?.pos === "AUX");
      while (j >= 0 && !isClauseEnd(tokens[j]) && tokens[j]!.text !== "," && !main(j)) j--;
      if (j < 0 || !main(j)) return null;
      k = j - 1;
      continue;
    }
    if (tokens[k]?.text === ",") {
      const open = asideOpening(tokens, k);
      // (the plain reading passes only a description of the subject: an aside that opens with an
      // article or a possessive, "Jo Reid, the singer,", not ", 59, of Leeds," nor ", who …,")
      if (open >= 0 && plain && !DESCRIPTION_OPENER.test(lower(tokens[open + 1]))) break;
      if (open >= 0) {
        if (tokens[k - 1]?.pos === "PROPN" && tokens.slice(open + 1, k).every((u) => u.pos !== "VERB" && u.pos !== "ADP")) {
          let from = k - 1;
          while (from > open + 1 && tokens[from - 1]!.pos === "PROPN") from--;
          named = { from, to: k - 1 };
        }
        // two asides in a row: ", originally from Kent, but living in Leeds,"
        const earlier = asideOpening(tokens, open);
        k = earlier >= 0 && tokens[earlier + 1]?.pos !== "PROPN" ? earlier - 1 : open - 1;
        continue;
      }
    }
    break;
  }
  if (named && tokens[k]?.pos !== "PROPN") return named;
  // "Smith's post-mortem found he was hit five times": "he" or "she" is the one person the
  // sentence named before it (none or two: unknown)
  if (!plain && /^(?:he|she)$/.test(lower(tokens[k]))) return onlyNameBefore(tokens, k);
  if (k < 0 || !isNounish(tokens[k]) || inValue(k)) return null;
  let from = phraseStart(tokens, k, inValue);
  // a preposition's object is no subject: "a man who worked at a firm in Keld walked in on Monday"
  // (the plain reading does not walk back to the phrase the preposition hangs on: unknown), unless
  // the chain of phrases opens its clause, where it names the subject: "The bridge over the Dunmore
  // River was opened in May" (the bridge is known by its river)
  if (plain) {
    let chain = from;
    while (tokens[chain - 1]?.pos === "ADP" && isNounish(tokens[chain - 2]) && !inValue(chain - 2)) chain = phraseStart(tokens, chain - 2, inValue);
    if (chain === from) return { from, to: k };
    // (a chain opens its clause at the sentence's start, after a comma or a conjunction, or after a
    // verb of saying: "Officials say the bridge over the Dunmore River was opened in 2021"); a
    // phrase after "in", "at", "near", "off"… tells where, not who
    const before = tokens[chain - 1];
    const opens = before === undefined || before.pos === "PUNCT" || before.pos === "CCONJ" || before.pos === "SCONJ" || (before.pos === "VERB" && REPORTING.has(before.lemma));
    if (!opens) return null;
    // "The Pellan sea cable off Dunmere was damaged", "Police in Keld arrested him": the phrase
    // before the place is the subject (place-after-subject.ts)
    const place = placePhraseAfterSubject(tokens, chain, k);
    if (place < 0) return { from, to: k };
    return { from: phraseStart(tokens, place - 1, inValue), to: place - 1 };
  }
  // "the team of owner A, manager B and coach C": back over the list to its head
  let j = from - 1;
  // (not past the comma of a fronted adverbial: "Over the span of the trial, Ida Marsh wrote …"
  // is no list: fronted-adverbial.ts)
  while (j > 0 && (lower(tokens[j]) === "and" || tokens[j]!.text === ",") && !closesFrontedAdverbial(tokens, j) && isNounish(tokens[j - 1]) && !inValue(j - 1)) j = phraseStart(tokens, j - 1, inValue) - 1;
  if (j < from - 1 && lower(tokens[j]) === "of" && isNounish(tokens[j - 1]) && !inValue(j - 1)) return { from: phraseStart(tokens, j - 1, inValue), to: k };
  // (names joined under one preposition: "payments to the Relief and Works Agency")
  if (j < from - 1 && tokens[j]?.pos === "ADP") from = j + 1;
  // "the FBI and ATF offered": a subject of names joined by "and" is all of them (coordinated-names.ts)
  else if (j < from - 1 && coordinatedNames(tokens, j + 1, k) && !passiveBetween(tokens, k, at)) return { from: j + 1, to: k };
  // "payments to the Relief Administration are estimated", "reports of the offer varied": the
  // phrase found is a preposition's object; the subject is the head the preposition hangs on
  // (not after a word that opens a clause: "traders reacted with alarm as shares fell")
  for (let round = 0; round < 3 && tokens[from - 1]?.pos === "ADP" && !opensClause(tokens, from - 1) && isNounish(tokens[from - 2]) && !inValue(from - 2); round++) {
    k = from - 2;
    from = phraseStart(tokens, k, inValue);
  }
  return { from, to: k };
}

/**
 * A proper name set off by commas right after a common noun phrase that ends at `head` ("the
 * teenager, Kim Gray, on Saturday", "a climber, Jo Reid."): the name of who the phrase describes.
 * Must match: "shot the teenager, Kim Gray, just before midnight"; must not match: "hit the car,
 * Police said" (a verb follows), "met the minister, the envoy and the mayor" (no name), "visited the
 * town, Paris and Rome" (a list goes on after the name).
 */
function appositiveName(tokens: readonly TaggedToken[], head: number): { from: number; to: number } | null {
  if (tokens[head]?.pos !== "NOUN" || tokens[head + 1]?.text !== ",") return null;
  const end = nameRun(tokens, head + 2);
  if (end < 0 || TITLE.test(tokens[head + 2]!.text) && end === head + 2) return null;
  const next = tokens[end + 1];
  if (next && next.text !== "," && !isClauseEnd(next)) return null;
  if (next?.text === "," && (lower(tokens[end + 2]) === "and" || tokens[end + 2]?.pos === "PROPN")) return null;
  return { from: head + 2, to: end };
}

/**
 * Nouns of something one party offers or grants another: their "from …" names who offers ("a
 * deal from the club", "an offer on the table from the club"), not a place.
 */
const OFFERED = /^(?:offer|bid|deal|contract|proposal|loan|grant|donation|gift|pledge|package|payment|extension|bailout)s?$/;
/** Verbs that put an offered thing forward: their subject offers it ("the club has made him an offer"). */
/** How far back (in tokens) the verb that puts an offered thing forward may stand. */
const REACH = 14;
const PUT_FORWARD = new Set(["make", "give", "submit", "extend", "present", "table", "put", "send"]);

/**
 * The name an event noun belongs to, written before it: a possessive ("the Cubs' $90 million
 * offer", "Denver's offer") or a name compounded with it ("the Cubs offer"); null when none.
 */
function ownerOfNoun(sentence: FrameSentence, e: number): string | null {
  const { tokens } = sentence;
  if (!eventKey(tokens[e])) return null;
  const inValue = (i: number): boolean => valueAt(sentence, i) !== null;
  // before the noun, past the value's own words and adjectives
  let k = e - 1;
  while (k >= 0 && (inValue(k) || tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "NUM" || tokens[k]!.text === "-" || (tokens[k]!.text === "," && inValue(k - 1)))) k--;
  let end = -1;
  if (/^['’]s?$/.test(tokens[k]?.text ?? "") && tokens[k - 1]?.pos === "PROPN") end = k - 1;
  else if (k === e - 1 && tokens[k]?.pos === "PROPN") end = k;
  if (end < 0) return null;
  let from = end;
  while (from > 0 && tokens[from - 1]!.pos === "PROPN") from--;
  return textOf(sentence, from, end);
}

/** The event noun a value belongs to: its predicate when that is an event noun, else its own noun ("a $9 million offer"). */
function eventNounOf(sentence: FrameSentence, r: Reading): number {
  const { tokens } = sentence;
  const p = r.predicate;
  if (p && p.at >= 0 && tokens[p.at]?.pos === "NOUN" && eventKey(tokens[p.at])) return p.at;
  if (r.countedAt >= 0 && eventKey(tokens[r.countedAt])) return r.countedAt;
  // "the club's offer was $9 million": the subject of a copula before the value
  let k = r.value.first - 1;
  while (k >= 0 && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "ADP" || tokens[k]!.pos === "DET")) k--;
  if (tokens[k]?.pos === "AUX" && tokens[k]!.lemma === "be" && eventKey(tokens[k - 1])) return k - 1;
  return -1;
}

/** Words after an event noun that open another happening, whose "by …" is that happening's: "before", "after", "until". */
const ANOTHER_HAPPENING = /^(?:before|after|until|till|while|when|since|once|upon)$/;

/**
 * Who an event noun's occurrence belongs to, when the noun says it: a possessive ("the Cubs'
 * $90 million offer", "Chicago's offer"), a name compounded with it ("the Cubs offer"), "by …"
 * ("offers by the Cubs and the Mets"), "from …" after a noun of something offered, and the subject
 * of a verb that puts it forward ("the Cubs have made him an offer"). These are its agents.
 */
function eventAgents(sentence: FrameSentence, r: Reading, out: Participant[]): void {
  const { tokens } = sentence;
  const e = eventNounOf(sentence, r);
  if (e < 0) return;
  const inValue = (i: number): boolean => valueAt(sentence, i) !== null;
  const owner = ownerOfNoun(sentence, e);
  if (owner) add(out, "agent", owner);
  // after the noun: "by …", "from …" (within a few words: "an offer on the table from the club"),
  // not past a word that opens another happening ("lasted 52 games before being replaced by Ford": Ford replaced him)
  for (let j = e + 1; j < tokens.length && j <= e + 5 && !isClauseEnd(tokens[j]) && tokens[j]!.text !== ","; j++) {
    const w = lower(tokens[j]);
    if (ANOTHER_HAPPENING.test(w)) break;
    if (w !== "by" && !(w === "from" && OFFERED.test(lower(tokens[e])))) continue;
    for (let i = j + 1; ; ) {
      const np = nounPhrase(tokens, i);
      if (!np || inValue(np.head)) break;
      let end = np.head;
      while (tokens[end + 1]?.pos === "PROPN") end++;
      add(out, "agent", textOf(sentence, np.from, end));
      if (lower(tokens[end + 1]) !== "and") break;
      i = end + 2;
    }
    break;
  }
  // "the club has made the player an offer": the subject of the verb that puts the noun forward
  for (let j = e - 1; j >= 0 && j >= e - REACH && !isClauseEnd(tokens[j]); j--) {
    const t = tokens[j]!;
    if (t.pos !== "VERB") continue;
    if (PUT_FORWARD.has(t.lemma)) {
      const subject = subjectOf(sentence, j, inValue);
      if (subject) add(out, "agent", subjectText(sentence, subject));
    }
    break;
  }
}

/**
 * Who puts forward each thing offered that a sentence names (an offer, a deal, a bid, a contract):
 * the agents eventAgents reads for it ("the club has made the player its biggest offer", "the
 * club's offer", "an offer from the club"). For a sentence that holds no value, read when a later
 * sentence tells the same thing back with "the" (frame-pass.ts). Must match: "The Keld Rovers
 * have made the largest offer in their history to Ann Cole." → the keld rovers; "Brill's offer
 * came on Monday." → brill. Must not match: "The player wants a long deal." (no one puts it forward).
 */
export function offerersIn(sentence: FrameSentence): string[] {
  const out: Participant[] = [];
  sentence.tokens.forEach((t, e) => {
    if (t.pos !== "NOUN" || !OFFERED.test(lower(t)) || !eventKey(t)) return;
    const r = { predicate: { lemma: lower(t), voice: null, at: e, negated: false }, countedAt: -1, value: { first: e, last: e, mention: { kind: "quantity" } } } as unknown as Reading;
    eventAgents(sentence, r, out);
  });
  return [...new Set(out.filter((p) => p.role === "agent").map((p) => p.text))];
}

/**
 * The thing offered that a value's frame names as its event with "the" or "this" and no one who
 * puts it forward ("The deal could be worth up to $9 million"): its text, which a reader takes
 * for the one the sentence before told; null otherwise.
 */
export function offerToldBack(sentence: string, participants: readonly Participant[]): string | null {
  if (participants.some((p) => p.role === "agent")) return null;
  const event = participants.find((p) => p.role === "event" && OFFERED.test(p.key));
  if (!event) return null;
  return new RegExp(String.raw`\b(?:the|this|that)\s+${escapeRegExp(event.key)}\b`, "i").test(sentence) ? event.key : null;
}

/**
 * An object whose article is followed by another value that describes its noun ("approved a $3
 * million bond", "bought a 9-acre site", "built a 40-bed ward"): the whole phrase, from the article
 * to its noun; null when the value is the claim's own ("paid $3 million": the value is no object)
 * or no noun follows it. Must read: "a $3 million bond", "the 9-acre site". Must not read: "paid
 * a $3 million fee" for the claim "$3 million"; "won a 3-2 victory" (no article-value-noun here).
 */
function phraseAroundValue(sentence: FrameSentence, i: number, r: Reading): { from: number; head: number } | null {
  const { tokens } = sentence;
  if (tokens[i]?.pos !== "DET") return null;
  const v = valueAt(sentence, i + 1);
  if (!v || v.first !== i + 1 || v === r.value || (v.first >= r.value.first && v.last <= r.phraseEnd)) return null;
  const np = nounPhrase(tokens, v.last + 1);
  return np ? { from: i, head: np.head } : null;
}

/**
 * A "have" the tagger read as an auxiliary that the predicate reading took as its clause's own verb
 * (predicate.ts haveAsMainVerb: no verb after it): its subject holds what the figure counts, as the
 * subject of any verb does. Must: "Moss now has 2,100 points", "Ada Reyes, a senior, has 40 goals",
 * "while Jo Kim had 12 points". Must not: "has scored 12 points" (the predicate is "score", a verb).
 */
function mainVerbHave(tokens: readonly TaggedToken[], p: PredicateReading): boolean {
  return p.lemma === "have" && tokens[p.at]?.pos === "AUX";
}

/**
 * An "off" that opens a place, not a phrasal verb's object: "off the coast of Keld", "off the
 * shores of Orm", "off Keld" (a name that owns nothing). Must: "were cut off the coast of Keld",
 * "sank off Keld on Friday". Must not: "called off the search", "cut off the power", "laid off
 * Keld's staff" (whose, not where).
 */
function placeAfterOff(tokens: readonly TaggedToken[], j: number): boolean {
  if (lower(tokens[j]) !== "off") return false;
  let k = j + 1;
  if (lower(tokens[k]) === "the") k++;
  if (REGION_OF.test(lower(tokens[k])) && lower(tokens[k + 1]) === "of") return true;
  const end = nameRun(tokens, k);
  return end >= 0 && !/^['’]s?$/.test(tokens[end + 1]?.text ?? "") && !/['’]s$/.test(tokens[end]!.text) && tokens[end + 1]?.pos !== "NOUN";
}

/** Particles of a phrasal verb that may stand between it and its object. */
const PARTICLE = /^(?:out|up|off|down)$/;

function roles(sentence: FrameSentence, r: Reading, out: Participant[]): void {
  const p = r.predicate;
  const { tokens } = sentence;
  if (!p || p.at < 0 || (tokens[p.at]?.pos !== "VERB" && !mainVerbHave(tokens, p))) return;
  const inValue = (i: number): boolean => (i >= r.value.first && i <= r.phraseEnd) || valueAt(sentence, i) !== null;
  // before the verb: its subject
  // (a date keeps the plain reading: which event a date is the date of is the date frames' to say)
  const kind = r.value.mention.kind;
  // "the tariffs imposed in March": the noun a reduced passive relative hangs on is what was done to
  const reduced = p.voice === "passive" && reducedPassive(sentence, p.at);
  const subject = reduced ? (inValue(p.at - 1) ? null : { from: phraseStart(tokens, p.at - 1, inValue), to: p.at - 1 }) : subjectOf(sentence, p.at, inValue, kind === "date" || kind === "time" || kind === "range") ?? nameBeforeWho(tokens, p.at) ?? (kind === "quantity" && p.voice === "active" ? nameBeforeWhoDoing(tokens, p.at, r.value.first) : null);
  // "Denver's offer came to $75 million": the offer's owner is who acts
  const owner = subject && p.voice !== "passive" ? ownerOfNoun(sentence, subject.to) : null;
  if (subject) add(out, p.voice === "passive" ? "patient" : "agent", owner ?? subjectText(sentence, subject));
  // after the verb: its object, "by …" (agent of a passive), "to …" (recipient)
  let j = p.at + 1;
  if (p.voice !== "passive") {
    // a phrasal verb's particle before its object: "knocking out Orme", "called off the search"
    // ("cut off the coast of Keld", "sank off Keld": "off" before a place says where, and there is no object)
    const object = PARTICLE.test(lower(tokens[j])) && tokens[j]!.pos !== "NOUN" && tokens[j]!.pos !== "VERB" && !placeAfterOff(tokens, j) ? j + 1 : j;
    // "re-signed running back Ivo Marsh": a title before the name opens the object
    const titled = titleBeforeName(tokens, object) ? nounPhrase(tokens, object + 2) : null;
    const np = (titled && { from: object, head: titled.head }) ?? nounPhrase(tokens, object) ?? phraseAroundValue(sentence, object, r);
    // "signed Marsh on Monday and Dunn today": the second day's object is the second one
    const second = coordinatedObject(sentence, r);
    // "placed undrafted rookie Ed Moss", "arrested 23-year-old Tom Veld": the name the words of description lead to
    // (not for a figure among the words of description, "16-year-old" in "remember 16-year-old Ivo Marsh": its reading is its own)
    const found = second ? null : describedObject(tokens, object);
    const described = found && !(r.value.first >= object && r.value.first < found.from) ? found : null;
    if (second) add(out, "patient", textOf(sentence, second.from, second.to));
    else if (described && !inValue(described.from) && (!np || np.head < described.from || inValue(np.head) || inValue(np.from))) add(out, "patient", textOf(sentence, described.from, described.to));
    else if (np && !inValue(np.head) && !inValue(np.from)) {
      add(out, "patient", textOf(sentence, np.from, np.head));
      // "shot the teenager, Kim Gray, on Saturday": the name set beside the object is who it is
      const named = appositiveName(tokens, np.head);
      if (named) add(out, "patient", textOf(sentence, named.from, named.to));
    }
  }
  for (; j < tokens.length && j < p.at + 8 && !isClauseEnd(tokens[j]); j++) {
    const w = lower(tokens[j]);
    if ((w === "by" && p.voice === "passive") || (w === "to" && lower(tokens[j - 1]) !== "according")) {
      const np = nounPhrase(tokens, j + 1);
      if (np && !inValue(np.head)) add(out, w === "by" ? "agent" : "recipient", textOf(sentence, np.from, np.head));
    }
  }
}

/**
 * Who did it to whom around a predicate other than the reading's own (reported-roles.ts: the verb
 * of a clause a verb of saying reports): the agent, patient and recipient roles reads there.
 */
export function rolesAround(sentence: FrameSentence, r: Reading, predicate: PredicateReading): Participant[] {
  const out: Participant[] = [];
  roles(sentence, { ...r, predicate }, out);
  return out;
}

/**
 * A place told in another clause than a date, past a semicolon, is that clause's: "Born June 2,
 * 1931, in Dayton; died March 4 at a hospice in Toledo" puts the birth in Dayton and the death in
 * Toledo. Must match (the place is not the date's): Dayton for "March 4", Toledo for "June 2, 1931".
 * Must not match: "died March 4 at a hospice in Toledo, Ohio" (one clause); a count's place ("3 hurt
 * in Leeds; 5 in York" is left to the count's own reading).
 */
function semicolonBetween(sentence: FrameSentence, r: Reading, place: number): boolean {
  if (r.value.mention.kind === "quantity") return false;
  const [from, to] = place < r.value.first ? [place, r.value.first] : [r.value.last, place];
  for (let i = from + 1; i < to; i++) if (sentence.tokens[i]!.text === ";") return true;
  return false;
}

/**
 * Participles that open a clause of what a happening brought about, after a comma: ", causing
 * outages in Keld", ", disrupting traffic in Orm", ", leaving Tarrow without power".
 */
const RESULT_PARTICIPLE = /^(?:causing|disrupting|affecting|leaving|interrupting|hampering|forcing|prompting|sparking|triggering|cutting|knocking|slowing|halting|stranding|crippling|hitting|damaging)$/i;

/**
 * A place told in a clause of consequence after the value (", causing outages in the Gulf and
 * Keld") is where the effect was felt, not where the happening the value dates or counts took
 * place: "cables outside Orm were damaged in March, disrupting service in Keld" puts the damage
 * outside Orm, not in Keld. Must match: Keld for "March" there. Must not match: Orm for "March";
 * "causing damage worth $3 million in Keld" for "$3 million" (the value is the clause's own).
 */
function resultClauseBetween(sentence: FrameSentence, r: Reading, place: number): boolean {
  if (place < r.value.last) return false;
  const { tokens } = sentence;
  for (let i = r.value.last + 1; i < place; i++) {
    if (isClauseEnd(tokens[i])) return false;
    if (tokens[i]!.text === "," && RESULT_PARTICIPLE.test(tokens[i + 1]?.text ?? "")) return true;
  }
  return false;
}

export const participants: FrameComponent = (sentence, readings) => {
  const shared: Participant[] = [];
  const heads = new Map<Participant, number>();
  const placedAt = new Map<Participant, number>();
  places(sentence, shared, placedAt);
  events(sentence, shared, heads);
  for (const r of readings) {
    if (r.notAClaim) continue;
    const own: Participant[] = [];
    // the whole of a partitive belongs to its possessor: "five of Dayton's first eight points"
    const whole = r.value.mention.kind === "quantity" ? wholeOf(sentence, r) : null;
    if (whole?.possessor) add(own, "agent", textOf(sentence, whole.possessor.from, whole.possessor.to));
    else if (!whole) {
      roles(sentence, r, own);
      if (!own.some((p) => p.role === "agent")) eventAgents(sentence, r, own);
    }
    // the event the figure's own noun names is its event: "a 30-mile pursuit"; but the noun a
    // figure counts is what it counts, not an event it is about: "329 votes", "two attacks"
    const counts = r.value.mention.kind === "quantity" && r.countedAt >= 0;
    // a place told after another date than this one is that date's: "Friday's robbery came a week
    // after one on 3 May in Larne" puts the robbery of 3 May in Larne, not Friday's
    const dateBetween = (q: number): boolean =>
      r.value.mention.kind !== "quantity" && sentence.values.some((v) => v !== r.value && v.mention.kind !== "quantity" && v.first > r.value.last && v.last < q);
    const about = shared.filter((p) => !(counts && heads.get(p) === r.countedAt) && !(placedAt.has(p) && (dateBetween(placedAt.get(p)!) || semicolonBetween(sentence, r, placedAt.get(p)!) || resultClauseBetween(sentence, r, placedAt.get(p)!))));
    r.participants = [...own, ...about.map((p) => ({ ...p }))];
  }
};
