/**
 * Who takes part in what a sentence states: countries (through the gazetteer: "Islamabad" and
 * "Pakistani" are Pakistan) and other proper names (people, places, organisations), read from
 * capitalization (proper-names.ts). Only sentences that already hold a claim come here.
 *
 * Actors keep occurrences apart ("the Soviet withdrawal in 1989" is not "the U.S. withdrawal in
 * 2021"); they never create claims.
 */
import { countriesIn, isCity } from "./gazetteer.js";
import { properNameRuns } from "./proper-names.js";
import { calendarWords } from "../values/calendar-words.js";

/** Titles and generic words that stand capitalized in a name's run but name no one. */
const TITLE_WORDS = new Set(
  (
    "mr mrs ms dr prof president vice prime minister deputy foreign defence defense interior commerce finance " +
    "secretary general special representative ambassador envoy chief spokesman spokeswoman spokesperson " +
    "king queen prince sheikh emir mullah maulana senator governor mayor commander army navy force forces " +
    "ministry office department government council committee the of and for on in at to a an " +
    // months and days, in full and written short: "on Oct. 19", "Sept. 9", "Thurs., March 2"
    `${calendarWords({ forms: "both" }).toLowerCase().split("|").join(" ")} ` +
    // Institution words that every government text capitalizes: they tell no one apart.
    "federal national state states united congress executive administration agency bureau commission " +
    "service services authority board house senate parliament assembly treasury bank court supreme " +
    "act law bill program programme fund plan policy report nation nations republic people public " +
    "new north south east west northern southern eastern western central fiscal year " +
    // titles and ranks written short: "Sgt. Ann Cole", "Lt. Gov. Kim Ray"
    "sgt lt det capt col gen gov sen rep insp supt cpl pvt maj cmdr adm prof rev officer detective inspector sergeant"
  ).split(" "),
);

/** The last word of a news outlet's name: "the Keld Daily News", "the Harbour Post", "Dunmore Times". */
const OUTLET_WORD = /(?:^|\s)(?:News|Post|Times|Journal|Herald|Tribune|Gazette|Telegraph|Chronicle|Observer|Mail|Express|Press|Newsday|Reuters)$/;
/**
 * A noun of a medium right after a name: "the Keld Courier newspaper", "the Orby Democrat daily"
 * (the name then need not end in a word of OUTLET_WORD).
 */
const MEDIUM_AFTER = /^\s+(?:newspaper|paper|daily|weekly|magazine|tabloid|broadsheet|news\s+agency|website|broadcaster)\b/i;
/**
 * Words that make the outlet after them the one a report is credited to: "according to the", "sources
 * told the", and a verb of telling put before its teller: "…, said the Keld Courier newspaper".
 */
const CREDITED_BEFORE = /\b(?:according\s+to|tells?|told|telling|cited\s+by|quoted\s+by|reported\s+by|reports\s+in|via|(?:said|says|reported|reports|stated|wrote|added)\s+the)\s+(?:the\s+)?$/i;
/** …or the verb after it: "the Keld Post reported", "the Daily News said", "the Post stated". */
const CREDITED_AFTER = /^\s*(?:,\s*)?(?:first\s+|has\s+|had\s+|also\s+)?(?:reported|reports|said|says|learned|quoted|stated|states|wrote|writes)\b/i;

/**
 * A news outlet the sentence credits with the report ("sources told the Keld Daily News", "according
 * to the Harbour Post", "the Dunmore Times reported"): who tells the story, not who is in it, so it
 * parts no occurrence from another outlet's telling. An outlet that is in the story ("the Harbour Post
 * was sold") is an actor as any name is.
 */
function creditedOutlet(sentence: string, run: string): boolean {
  const at = sentence.indexOf(run);
  if (at < 0) return false;
  let end = at + run.length;
  if (!OUTLET_WORD.test(run)) {
    // "the Orby Democrat newspaper": a name that a noun of a medium follows
    const medium = MEDIUM_AFTER.exec(sentence.slice(end, end + 24));
    if (!medium) return false;
    end += medium[0].length;
  }
  return CREDITED_BEFORE.test(sentence.slice(Math.max(0, at - 24), at)) || CREDITED_AFTER.test(sentence.slice(end, end + 24));
}

/** Proper names that are not countries, normalized: "Foreign Minister Ishaq Dar" → "ishaq dar". */
function namesIn(sentence: string, countries: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const run of properNameRuns(sentence)) {
    if (creditedOutlet(sentence, run)) continue;
    const words = run
      .replace(/['’]s\b/g, "")
      .replace(/[.,;:!?'’"”“()[\]]+/g, " ")
      .split(/\s+/)
      .filter((w) => w.length > 0)
      .filter((w) => !TITLE_WORDS.has(w.toLowerCase().replace(/[.,'’]/g, "")));
    // a nationality before a person's name is no part of it: "Englishman Ewan Dale", "Greek
    // Prime Minister Ana Vlachou" (a name of one word after it is a company's: "British Airways")
    const before = words.length;
    while (words.length > 2 && nationality(words[0]!)) words.shift();
    const name = words.join(" ").trim();
    if (name.length < 3) continue;
    // "Islamabad", "U.S.", "Doha Agreement": a run that names the sentence's countries is not another actor.
    const named = countriesIn(words.length < before ? name : run);
    if (named.length > 0 && named.every((c) => countries.has(c))) continue;
    const inName = words.length < before ? named : countriesIn(name);
    if (inName.length > 0 && inName.every((c) => countries.has(c))) continue;
    out.add(name.toLowerCase());
  }
  return [...out].sort();
}

/** A word the gazetteer reads as a people or a country, not a city: "Englishman", "Greek", "Chilean". */
function nationality(word: string): boolean {
  return countriesIn(word).length > 0 && !isCity(word);
}

export interface Actors {
  countries: string[];
  names: string[];
}

export function actorsOf(sentence: string): Actors {
  const countries = countriesIn(sentence);
  return { countries, names: namesIn(sentence, new Set(countries)) };
}

/**
 * The encoded actors of a sentence (encodeActors(actorsOf(sentence))), kept for the sentences read
 * lately: the trigger pass and the frame claims ask for the same sentences (the frame claims once
 * per value of a sentence), and reading a sentence's names is most of what making a claim costs
 * after its frame. The array is shared by every claim of the sentence; no one changes it.
 */
export function sentenceActors(sentence: string): string[] {
  let actors = recentActors.get(sentence);
  if (actors === undefined) {
    if (recentActors.size >= RECENT_SENTENCES) recentActors.clear();
    recentActors.set(sentence, (actors = encodeActors(actorsOf(sentence))));
  }
  return actors;
}
/** More sentences than a document's trigger pass keeps, few enough to hold no memory to speak of. */
const RECENT_SENTENCES = 4096;
const recentActors = new Map<string, string[]>();

/** Encode for Claim.actors: countries as they are, other names prefixed "name:". */
export function encodeActors(actors: Actors): string[] {
  return [...actors.countries, ...actors.names.map((n) => `name:${n}`)];
}

export function decodeActors(encoded: readonly string[]): Actors {
  const countries: string[] = [];
  const names: string[] = [];
  for (const a of encoded) (a.startsWith("name:") ? names : countries).push(a.replace(/^name:/, ""));
  return { countries, names };
}
