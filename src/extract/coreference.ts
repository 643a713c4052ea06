/**
 * Within-document coreference, for the frames' participants: a description told back with "the"
 * ("the ferry", "the vessel", "the gunman", "the company", "the 52-year-old") that refers to a
 * thing or person the same document names is given that name (Participant.refersTo), so the
 * claims it holds meet those of the named thing in other reports ("the vessel was 40 metres
 * long" and "the Kestrel Dawn is 44 metres long" are one ship's length).
 *
 * One pass over a document's sentences (plain text, no tagging) lists the names it gives and what
 * kind of thing each is, from how the text introduces them:
 *   - a kind noun before the name: "the ferry Kestrel Dawn", "convicted burglar Tom Adder",
 *     "the airline Bluewing";
 *   - a kind noun after it: "the Kestrel Dawn ferry", "Tom Adder, a convicted burglar,", "Bluewing,
 *     the budget airline,", "the Kestrel Dawn is a 40-metre ferry";
 *   - what it does that only one kind of thing does: "the Kestrel Dawn capsized" (a vessel);
 *   - an age beside it ("Tom Adder, 52," "52-year-old Tom Adder"): a person of that age.
 * A description resolves to a name only when the document has exactly one name of its kind given
 * by the end of the sentence that holds it: with two ships named, "the vessel" takes neither.
 * Kinds group the nouns that one document uses for one thing ("the ferry", "the vessel", "the
 * ship"; "the gunman", "the suspect", "the fugitive"); a noun of no kind ("the man", "the victim")
 * resolves only to a name introduced with that very noun.
 */

import { execAll } from "../values/exec-all.js";
import { MONTH_FULL, WEEKDAY } from "../values/temporal/lexicon.js";
import { wordTable } from "../values/word-table.js";

/** Nouns for one kind of thing, as a document may call it once it has named it. */
const KINDS = wordTable<readonly string[]>({
  vessel: ["ferry", "vessel", "ship", "boat", "liner", "freighter", "tanker", "trawler", "yacht", "barge", "steamer", "cutter", "catamaran"],
  aircraft: ["plane", "aircraft", "airliner", "jet", "jetliner", "helicopter"],
  company: ["company", "firm", "operator", "carrier", "airline", "lender", "insurer", "retailer", "manufacturer", "carmaker", "automaker", "chain", "conglomerate"],
  offender: ["gunman", "suspect", "inmate", "convict", "fugitive", "prisoner", "escapee", "attacker", "assailant", "shooter", "robber", "killer", "rapist", "offender", "molester", "burglar", "bomber", "hijacker", "murderer"],
});

const KIND_OF = new Map<string, string>();
for (const [kind, nouns] of Object.entries(KINDS)) for (const n of nouns) KIND_OF.set(n, kind);

/** Nouns that name a person of no kind above: they resolve only to a name introduced with them. */
const OWN_NOUNS = new Set(["man", "woman", "boy", "girl", "victim", "driver", "pilot", "captain", "teacher", "student", "climber", "skier", "hiker", "officer", "guard", "nurse", "doctor", "worker", "player"]);

/** Verbs whose subject can only be a vessel: "the Kestrel Dawn capsized". */
const VESSEL_VERBS = /^(?:capsized|capsizes|sank|sinks|overturned|ran\s+aground|runs\s+aground|docked|docks|set\s+sail|sets\s+sail|sailed|sails|moored)\b/i;
/** VESSEL_VERBS anywhere in a sentence: a sentence without one is spared the search for names before them. */
const VESSEL_VERB_IN = new RegExp(VESSEL_VERBS.source.slice(1), "i");

/** A singular noun of the lists above, from a word in lower case ("ferries" → ferry, "gunmen" → gunman). */
function nounOfLower(w: string): string | null {
  for (const cand of [w, w.replace(/men$/, "man"), w.replace(/ies$/, "y"), w.replace(/s$/, "")]) {
    if (KIND_OF.has(cand) || OWN_NOUNS.has(cand)) return cand;
  }
  return null;
}

/**
 * Every word nounOfLower reads as a noun of the lists, with that noun: each noun as it is, with -s,
 * and with its -man as -men and its -y as -ies (nounOfLower undoes no other ending, so no other word
 * gives a noun). Looked up instead of four rewritten copies of every word asked about: the
 * document's words before each name and after each determiner (tens of thousands in a long text).
 */
const NOUN_FORMS = new Map<string, string>();
for (const noun of [...KIND_OF.keys(), ...OWN_NOUNS]) {
  for (const w of [noun, `${noun}s`, noun.replace(/man$/, "men"), noun.replace(/y$/, "ies")]) {
    const n = nounOfLower(w);
    if (n !== null) NOUN_FORMS.set(w, n);
  }
}

/** A singular noun of the lists above, from a word as written ("ferries" → ferry, "Gunmen" → gunman). */
export function nounOf(word: string): string | null {
  return NOUN_FORMS.get(word.toLowerCase()) ?? null;
}

/** The kind a noun stands for: its kind, or the noun itself for a noun of no kind. */
function kindOfNoun(noun: string): string {
  return KIND_OF.get(noun) ?? `own:${noun}`;
}

/**
 * A proper name: capitalized words, with initials, "Jr." and the like. It starts only where a run
 * of capitalized words starts (after "The", "A", "An" too), so a long run is read once, not from
 * each of its words.
 */
const NAME = String.raw`(?<![\p{L}\p{N}'’.-])(?<!(?:^|\s)(?!(?:The|A|An)\s)\p{Lu}[\p{L}'’-]*\.?\s+)\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?)*(?:,?\s+(?:Jr|Sr)\.?)?`;

/**
 * Capitalized words that open no name: determiners, pronouns and the like that a sentence begins
 * with, days and months (a name run stops before them).
 */
const NOT_NAME = new Set([
  ..."the a an this that these those it its he she his her they their we our i you on in at by for from with after before when while but and or as if police officials authorities mr mrs ms dr".split(" "),
  ...`${WEEKDAY}|${MONTH_FULL}`.toLowerCase().split("|"),
]);

/** A name as the text gives it, without an opening "The" and words that open no name; null when nothing is left. */
function cleanName(run: string): string | null {
  // a possessive is no name of its own thing ("Monday's raid", "Keld's mayor")
  if (/['’]s,?$/.test(run.trim())) return null;
  const words = run.trim().replace(/,$/, "").split(/\s+/);
  while (words.length > 0 && NOT_NAME.has(words[0]!.toLowerCase().replace(/[.,]$/, ""))) words.shift();
  // stop at a day, a month or a pronoun inside the run ("Kestrel Dawn Monday")
  const cut = words.findIndex((w) => NOT_NAME.has(w.toLowerCase().replace(/[.,]$/, "")));
  if (cut >= 0) words.length = cut;
  // a word of a title or a headline set in capitals ("Ferry Capsizes", "Gunman") is a noun, not a name
  if (words.every((w) => nounOf(w.replace(/[.,]$/, "")) !== null)) return null;
  // a full stop ends the sentence, not the name, unless the word is a short title or an initial ("Jr.", "Inc.", "J.")
  const last = words.length - 1;
  if (last >= 0 && /\p{L}{4,}\.$/u.test(words[last]!)) words[last] = words[last]!.slice(0, -1);
  const name = words.join(" ");
  if (!/\p{Lu}[\p{L}'’-]/u.test(name)) return null;
  return name;
}

/** A thing or person the document names. */
interface Entity {
  name: string;
  /** The kinds the text gives it ("vessel", "offender", "own:man"). */
  kinds: Set<string>;
  /** Ages stated beside it. */
  ages: Set<number>;
  /** Offset (in the document) of the end of the sentence where it was first given a kind or an age. */
  knownFrom: number;
}

const WORDS_BEFORE = String.raw`(?:[\p{L}\p{N}-]+\s+){0,4}?`;
/** "the ferry Kestrel Dawn", "convicted burglar Tom Adder", "the operator, Tarn Lines": a kind noun right before the name. */
const KIND_THEN_NAME = new RegExp(String.raw`\b([\p{Ll}]+),?\s+(${NAME})`, "gu");
/**
 * A sentence that opens with a thing of a kind the text does not name ("A passenger ferry capsized
 * …", "A convicted burglar who … escaped", after a dateline "KELD — "): the lead of a report,
 * which names it in one of the next sentences.
 */
const LEAD = /^(?:[\p{Lu}][\p{Lu}\s,.'’-]{0,60}?\s[—–-]+\s+)?(?:A|An)\s+((?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+)/u;
/** A sentence whose subject is a name: "The Kestrel Dawn was carrying …", "Tom Adder, 52, ran …", "A wet and barefoot Tom Adder was caught". */
const NAME_OPENS = new RegExp(String.raw`^(?:(?:A|An|The)\s+(?:\p{Ll}[\p{Ll}-]*,?\s+){0,6})?(${NAME})(?:,\s*(?:aged\s+)?\d{1,3},|\s+(\p{Ll}+))`, "u");
/** A capitalized word after a sentence's first letter: the sentence may name someone. */
const NAMES_SOMEONE = /[\s"“(]\p{Lu}\p{Ll}/u;
/** Verbs of saying: "Tom Adder said" names who speaks of the lead, not its subject. */
const SAYING = /^(?:said|says|told|tells|added|stated|confirmed|announced|reported|explained|warned|spoke)$/;
/** Last words of names of places and bodies, which a lead's subject is not: "Varn Island", "Tarn Lines", "Keld Police". */
const PLACE_OR_BODY = /\s(?:Island|Islands|County|City|River|Lake|Bay|Port|Harbour|Harbor|Street|Road|Lines|Line|Police|Department|Ministry|Service|Agency|Office|Court|Council|Company|Inc\.?|Ltd\.?|Group|Authority|Guard)$/;
/** "the Kestrel Dawn ferry", "the Bluewing airline": the name, then its kind noun. */
const NAME_THEN_KIND = new RegExp(String.raw`\b[Tt]he\s+(${NAME})\s+(\p{Ll}+)\b`, "gu");
/**
 * What may follow a kind noun that ends an apposition or a copula: a comma or the sentence's end,
 * or a word that opens a clause or a phrase about it ("a ferry that", "a ferry with", "a ferry
 * built in"); not another noun ("a ferry operator" is a company).
 */
const KIND_ENDS = String.raw`(?=\s*(?:[,.;:)]|$)|\s+(?:that|which|who|whose|with|of|in|on|from|for|at|to|built|owned|run|operated|carrying|serving|and)\b)`;
/** "Tom Adder, a convicted burglar,", "Tom Adder, 52, a convicted burglar,", "the Kestrel Dawn is a 40-metre ferry". */
const NAME_IS_KIND = new RegExp(String.raw`(${NAME})(?:,\s*(?:aged\s+)?\d{1,3})?(?:,|\s+(?:is|was))\s+(?:a|an|the)\s+${WORDS_BEFORE}(\p{Ll}+)${KIND_ENDS}`, "gu");
/** "a cargo ship", "another ferry", "two vessels": a thing of a kind that the text does not name (the words after the determiner). */
const UNNAMED = /\b(?:a|an|another|one|two|three|four|five|several|other|many|some)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/gu;
/** "Tom Adder, 52," "Tom Adder, aged 52,": an age beside a name. */
const NAME_AGE = new RegExp(String.raw`(${NAME}),\s*(?:aged\s+)?(\d{1,3}),`, "gu");
/**
 * "52-year-old Tom Adder", "police named 52-year-old Tom Adder"; after an article only a name that
 * ends the phrase ("a 52-year-old Tom Adder was …"): in "a 52-year-old Keld native" or "the
 * 40-year-old American boxer" the name says where the person is from.
 */
const AGE_NAME = new RegExp(String.raw`(?<!\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+)\b(\d{1,3})-year-old\s+(?:[\p{Ll}]+\s+){0,2}?(${NAME})`, "gu");
const ARTICLE_AGE_NAME = new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he)\s+(\d{1,3})-year-old\s+(${NAME})(?=\s*(?:[,.;:)]|$)|\s+(?:is|was|has|had|who|said|says)\b)`, "gu");
/** "the Kestrel Dawn capsized": a name and the verb after it. */
const NAME_VERB = new RegExp(String.raw`(${NAME})\s+(?=\p{Ll})`, "gu");

/** The names a document gives and what kind of thing each is, sentence by sentence. */
export class Referents {
  private readonly entities = new Map<string, Entity>();
  /** For each kind, where (end of sentence) another thing of it, unnamed, is first told after a name of it was given. */
  private readonly ambiguousFrom = new Map<string, number>();

  /** The lead sentences (by their end) whose opening description the next sentences name: its kind and the name. */
  private readonly leads = new Map<number, { kind: string; name: string }>();

  /** Whether some name has been given a kind yet (kinds are only ever added). */
  private kinded = false;

  constructor(sentences: readonly { start: number; end: number; text: string }[]) {
    sentences.forEach((s, i) => {
      this.readLead(sentences, i);
      this.read(s.text, s.end);
    });
  }

  /**
   * A lead that opens with an unnamed thing of a kind ("A convicted burglar escaped …") names it
   * as the subject of one of the next two sentences ("Tom Adder, 52, ran …"; "The Kestrel Dawn
   * was carrying …"): that name is of the lead's kind, known from the lead on. Not a name that
   * says something ("Ann Lee said"), nor a place or a body ("Varn Island", "Tarn Lines").
   */
  private readLead(sentences: readonly { end: number; text: string }[], i: number): void {
    const m = LEAD.exec(sentences[i]!.text);
    const noun = m ? m[1]!.split(/\s+/).map(nounOf).find((n) => n !== null) : undefined;
    // (a noun of no kind, "a man", is as often the one the next sentence names as anyone else)
    if (!noun || !KIND_OF.has(noun)) return;
    for (const next of sentences.slice(i + 1, i + 3)) {
      const n = NAME_OPENS.exec(next.text);
      // a sentence that names no one ("At the time, the convict was …", "He …") may stand
      // between; one that names someone ("… the clerk, Ann Lee, was hurt") ends the search
      const name = n ? cleanName(n[1]!) : null;
      if (!name) {
        if (NAMES_SOMEONE.test(next.text.slice(1))) return;
        continue;
      }
      if (PLACE_OR_BODY.test(` ${name}`) || (n?.[2] !== undefined && SAYING.test(n[2]))) return;
      this.note(name, sentences[i]!.end, kindOfNoun(noun), null);
      this.leads.set(sentences[i]!.end, { kind: kindOfNoun(noun), name: this.entityOf(name)!.name });
      return;
    }
  }

  private entityOf(name: string): Entity | undefined {
    const e = this.entities.get(name);
    if (e) return e;
    const bare = stripSuffix(name);
    for (const other of this.entities.values()) {
      const o = stripSuffix(other.name);
      if (o === bare || o.endsWith(` ${bare}`) || bare.endsWith(` ${o}`)) return other;
    }
    return undefined;
  }

  private note(rawName: string, until: number, kind: string | null, age: number | null): void {
    const name = cleanName(rawName);
    if (!name) return;
    // one entity per name, and a shorter name that ends another ("Adder" of "Tom Adder") is the same one
    let e = this.entityOf(name);
    if (!e) {
      e = { name, kinds: new Set(), ages: new Set(), knownFrom: until };
      this.entities.set(name, e);
    }
    if (kind) {
      e.kinds.add(kind);
      this.kinded = true;
    }
    if (age !== null) e.ages.add(age);
    e.knownFrom = Math.min(e.knownFrom, until);
  }

  private read(text: string, end: number): void {
    for (const m of execAll(KIND_THEN_NAME, text)) {
      const noun = nounOf(m[1]!);
      if (noun) this.note(m[2]!, end, kindOfNoun(noun), null);
    }
    for (const m of execAll(NAME_THEN_KIND, text)) {
      const noun = nounOf(m[2]!);
      if (noun) this.note(m[1]!, end, kindOfNoun(noun), null);
    }
    for (const m of execAll(NAME_IS_KIND, text)) {
      const noun = nounOf(m[2]!);
      if (noun) this.note(m[1]!, end, kindOfNoun(noun), null);
    }
    for (const m of execAll(NAME_AGE, text)) this.note(m[1]!, end, null, Number(m[2]));
    // (both read "-year-old": a sentence without it is spared them)
    if (text.includes("-year-old")) {
      for (const m of execAll(AGE_NAME, text)) this.note(m[2]!, end, null, Number(m[1]));
      for (const m of execAll(ARTICLE_AGE_NAME, text)) this.note(m[2]!, end, null, Number(m[1]));
    }
    // (a name matters here only before a vessel's verb)
    if (VESSEL_VERB_IN.test(text)) {
      for (const m of execAll(NAME_VERB, text)) {
        if (VESSEL_VERBS.test(text.slice(m.index + m[0].length))) this.note(m[1]!, end, "vessel", null);
      }
    }
    // an unnamed thing of a kind told after a name of that kind was given may be another one:
    // "the vessel" may be either from here on (before the name, "a ferry capsized" is the lead's
    // way of telling the ship it names next)
    // (the lead's own subject is the thing it names next)
    // (and only once some name has a kind: before that, no unnamed thing can be another of one)
    if (this.leads.has(end) || !this.kinded) return;
    for (const m of execAll(UNNAMED, text)) {
      const noun = m[1]!.split(/\s+/).map(nounOf).find((n) => n !== null);
      if (!noun) continue;
      const kind = kindOfNoun(noun);
      const named = [...this.entities.values()].some((e) => e.kinds.has(kind) && e.knownFrom < end);
      if (named && !this.ambiguousFrom.has(kind)) this.ambiguousFrom.set(kind, end);
    }
  }

  /**
   * The name a description refers to, read in a sentence that ends at `sentenceEnd`: "the" (or
   * "this", "that") and a noun of a kind ("the ferry", "the stricken vessel", "the 62-metre
   * vessel"), or "the N-year-old", when exactly one name of that kind (of that age) is given by
   * the end of that sentence; else null. A name, an indefinite description ("a ferry") or a noun
   * of no kind resolves to nothing.
   */
  resolve(description: string, sentenceEnd: number): string | null {
    const words = description.trim().split(/\s+/);
    const last = words[words.length - 1]!;
    // the lead's own unnamed subject ("a Tarn-born burglar") is the name the next sentences give it
    const lead = this.leads.get(sentenceEnd);
    if (lead && /^(?:a|an)$/i.test(words[0]!)) {
      const noun = nounOf(last);
      return noun && kindOfNoun(noun) === lead.kind ? lead.name : null;
    }
    if (words.length < 2 || !/^(?:the|this|that)$/i.test(words[0]!)) return null;
    // a possessive phrase is someone else's ("the league's head coach"); a capitalized word makes
    // the phrase a name or says where its thing is from ("the 28-year-old Keld native")
    if (words.some((w) => /['’]s$/.test(w)) || words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return null;
    // "the 52-year-old", "the 52-year-old man"
    const age = /^(\d{1,3})-year-old$/i.exec(words[1]!) ?? (words.length === 2 ? /^(\d{1,3})-year-old$/i.exec(last) : null);
    // one thing, not several ("the ships", "the gunmen")
    const noun = last.toLowerCase() === nounOf(last) ? nounOf(last) : null;
    const known = [...this.entities.values()].filter((e) => e.knownFrom <= sentenceEnd);
    let fits: Entity[];
    if (age) fits = known.filter((e) => e.ages.has(Number(age[1])) && (noun === null || !KIND_OF.has(noun) || e.kinds.has(kindOfNoun(noun)) || e.kinds.size === 0));
    else if (noun) {
      const kind = kindOfNoun(noun);
      if ((this.ambiguousFrom.get(kind) ?? Infinity) <= sentenceEnd) return null;
      fits = known.filter((e) => e.kinds.has(kind));
    } else return null;
    return fits.length === 1 ? fits[0]!.name : null;
  }
}

/**
 * Whether a description could resolve at all (a cheap test before the document's names are read):
 * its last word is a noun of a kind or of a person ("the stricken vessel", "the gunmen"), or it
 * holds an age ("the 52-year-old man"). `Referents.resolve` returns null for anything else.
 */
export function mayResolve(description: string): boolean {
  const words = description.trim().split(/\s+/);
  const last = words[words.length - 1]!;
  return nounOf(last) !== null || AGE_WORD.test(last) || (words.length > 1 && AGE_WORD.test(words[1]!));
}
const AGE_WORD = /^\d{1,3}-year-old$/i;

/** "Tom Adder Jr." and "Tom Adder" are one name. */
function stripSuffix(name: string): string {
  return name.replace(/,?\s+(?:Jr|Sr)\.?$/, "");
}

/**
 * "… searching for Tom Adder, 52, who … . He is 6 feet tall, weighing 180 pounds": "he" or "she"
 * opening a sentence refers to the person the sentence before introduces with an age between
 * commas, when it introduces exactly one. Must give "Tom Adder" for that; must give null when the
 * sentence before names two people so ("Ann Lee, 30, and Tom Adder, 52, …"), none ("Police searched
 * the block."), or names someone without an age ("Tom Adder fled.": he may be anyone told earlier).
 */
export function personIntroducedBefore(previous: string): string | null {
  const found = [...previous.matchAll(AGED_NAME)].map((m) => m[1]!);
  return found.length === 1 ? found[0]! : null;
}
const AGED_NAME = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*),\s+\d{1,3},/gu;
