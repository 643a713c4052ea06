import { execAll } from "../exec-all.js";
/**
 * Nouns that denote people, so that "16 security personnel", "over 2,800 fatalities" and
 * "3 million Afghans" all get the unit "person". A general lexicon (singular and plural forms),
 * plus demonyms: a capitalized plural such as "Afghans", "Pakistanis", "Uzbeks", or an
 * invariant one ("Chinese"), is read as people.
 */

const PEOPLE_NOUNS = (
  "people person persons individual individuals human humans civilian civilians refugee refugees " +
  "migrant migrants immigrant immigrants emigrant emigrants returnee returnees deportee deportees " +
  "evacuee evacuees asylum-seeker asylum-seekers seekers displaced homeless " +
  "fatality fatalities death deaths dead killed casualty casualties victim victims wounded injured " +
  "missing survivor survivors hostage hostages prisoner prisoners detainee detainees captive captives " +
  "soldier soldiers troop troops personnel serviceman servicemen servicemembers sailor sailors airman airmen " +
  "seaman seamen fireman firemen firefighter firefighters fisherman fishermen crewman crewmen " +
  "officer officers policeman policemen police policewoman guard guards commander commanders " +
  "militant militants fighter fighters insurgent insurgents terrorist terrorists rebel rebels " +
  "jihadist jihadists extremist extremists gunman gunmen attacker attackers bomber bombers " +
  "militiaman militiamen mujahideen mujahedeen taliban talibs " +
  "child children kid kids boy boys girl girls baby babies infant infants minor minors youth youths " +
  "teenager teenagers adult adults man men woman women elderly pensioner pensioners family-member " +
  "worker workers labourer labourers laborer laborers employee employees staff staffer staffers " +
  "student students pupil pupils teacher teachers doctor doctors nurse nurses farmer farmers " +
  "journalist journalists reporter reporters official officials diplomat diplomats minister ministers " +
  "lawmaker lawmakers legislator legislators delegate delegates participant participants attendee attendees " +
  "member members leader leaders resident residents inhabitant inhabitants citizen citizens national nationals " +
  "passenger passengers pilgrim pilgrims tourist tourists visitor visitors traveller travellers traveler travelers " +
  "voter voters protester protesters protestor protestors demonstrator demonstrators " +
  "patient patients volunteer volunteers worshipper worshippers worshiper worshipers " +
  "trader traders merchant merchants driver drivers user users customer customers " +
  "climber climbers hiker hikers rider riders cyclist cyclists pedestrian pedestrians miner miners " +
  "life lives head heads souls"
).split(" ");

const PEOPLE = new Set(PEOPLE_NOUNS);

/** Demonym endings of a capitalized plural head: Afghans, Pakistanis, Uzbeks, Tajiks, Kazakhs. */
const DEMONYM_PLURAL = /^[A-Z][a-z]+(?:s|ese)$/;
const NOT_DEMONYM = /(?:days|ss|us|is's|'s|’s)$|^(?:Januarys|Februarys|Marches|Aprils|Mays|Junes|Julys|Augusts|Septembers|Octobers|Novembers|Decembers|Olympics|Games|Series|News|States|Nations|Affairs|Forces|Islands)$/;
const FEW_DEMONYMS = new Set(["Danes", "Swedes", "Poles", "Slovenes", "Basques", "Britons", "Bretons", "Saxons"]);
const CURRENCY_LIKE = /^(?:Afghanis|Rupees|Dollars|Euros|Dinars|Riyals|Rials|Dirhams)$/;

/**
 * Nouns of one person's calling, standing or kin, which an age may follow in apposition: "the
 * actress, 26, said", "her husband, 61, was", "the defendant, 19,". Singular only: "the actors, 12,"
 * would be a count. Not "model" (a product's: "the model, 3, 4 and 5") nor "number", "order".
 */
const ROLES: ReadonlySet<string> = new Set(
  ("actress actor singer songwriter rapper musician star starlet comedian presenter host heiress socialite " +
    "author writer novelist poet artist painter dancer designer director producer celebrity " +
    "athlete boxer wrestler golfer swimmer runner sprinter skater jockey striker goalkeeper quarterback coach " +
    "lawyer attorney suspect defendant accused gunman mother father son daughter wife husband brother sister " +
    "widow widower grandmother grandfather boyfriend girlfriend fiancé fiancée partner neighbour neighbor " +
    "owner chef surgeon priest bishop mayor senator governor").split(" "),
);

/** A singular noun of one person's calling, standing or kin (lower-cased): "actress", "husband". */
export function isRoleNoun(word: string): boolean {
  return ROLES.has(word);
}

/**
 * `head` is lower-cased; `writtenHead` is the same word as written (to see capitals).
 */
export function isPersonNoun(head: string, writtenHead: string): boolean {
  if (PEOPLE.has(head)) return true;
  if (CURRENCY_LIKE.test(writtenHead)) return false;
  // "14 Rifles, 31 Magazines, 9 Helmets": a capitalized plural of these endings is a thing in a
  // title-cased list, unless it is one of the few demonyms of that form (Danes, Britons); "-ese"
  // ones (Chinese) are read below
  if (/(?:[^e]es|ons|ets|ings|ments|ies)$/.test(writtenHead) && !FEW_DEMONYMS.has(writtenHead)) return false;
  // "Afghans", "Pakistanis", "Chinese", "Baloch" (capitalized group nouns at the head)
  if (DEMONYM_PLURAL.test(writtenHead) && !NOT_DEMONYM.test(writtenHead)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// bare numbers that count people by their construction: "12 were killed", "killing 3", "the death
// toll rose to 87"

/** A span of words in the sentence: a verb, adjective or noun that says what happened to people. */
export interface WordSpan {
  start: number;
  end: number;
}

/** Words of harm and rescue whose subject or object is people, and the nouns of a toll. */
const PEOPLE_WORDS = /\b(?:killed|killing|kills|dead|died|dies|dying|injured|injuring|injures|wounded|wounding|hurt|maimed|missing|unaccounted|arrested|detained|captured|abducted|kidnapped|rescued|evacuated|displaced|drowned|perished|slain|murdered|executed|stabbed|hospitali[sz]ed|(?:gave|give|giving|lost|lose|losing)[ \t]+(?:their|his|her)[ \t]+lives?|(?:death|casualty|injury)[ \t]+toll|toll)\b/gi;

/** Between a bare number and a word after it: "12 were killed", "3 have been confirmed dead", "9 killed". */
const NUMBER_THEN_WORD = /^[ \t]*(?:(?:who|that|were|was|are|is|have|has|had|been|being|be|got|reportedly|reported|confirmed|believed|feared|thought|said|known|later|since|all|also|each|now|still|yet|remain|remains|remained|listed[ \t]+as|so[ \t]+far|already|subsequently|to)[ \t]+)*$/i;
/** Between a verb and a bare number after it: "killing 3", "killed 12", "killed a total of 9". */
const VERB_THEN_NUMBER = /^[ \t]*(?:(?:a[ \t]+total[ \t]+of|another|some|all)[ \t]+)?$/i;
/** Between a toll and its figure: "the death toll rose to 87", "a toll of 31", "the toll from the floods has passed 1,100". */
const TOLL_THEN_NUMBER = /^[ \t]*(?:(?:from|in|of|after|since|for)[ \t]+(?:the[ \t]+|this[ \t]+|last[ \t]+|its[ \t]+)?[\p{L}'’-]+(?:[ \t]+[\p{L}'’-]+)?[ \t]*,?[ \t]+)?(?:(?:has|have|had|is|was|now|so[ \t]+far|reportedly|already|officially|rose|risen|climbed|jumped|increased|reached|hit|stood|stands|passed|exceeded|topped|surpassed|grew|grown|put|to|at|of|by|a[ \t]+total[ \t]+of)[ \t]+)*$/iu;

/**
 * Whether the bare number `mention` (no unit, no counted noun) counts people because one of
 * `words` (spans in `sentence`) says what happened to it: the number is the subject of the word
 * ("12 were killed", "three died", "9 dead"), its object ("the blast killed 12", "killing 3"), or
 * the figure of a toll ("the death toll rose to 87", "a toll of 31"). Not "killed at 3 in the
 * morning", "near gate 12", "Route 66": nothing ties those numbers to the word.
 */
export function bareCountOfPeople(sentence: string, mention: { offset: number; length: number }, words: readonly WordSpan[]): boolean {
  const start = mention.offset;
  const end = mention.offset + mention.length;
  for (const w of words) {
    // only words close by can govern the number (and a whole text's words are not all looked at)
    if (w.end < start - REACH || w.start > end + REACH) continue;
    if (w.start >= end && NUMBER_THEN_WORD.test(sentence.slice(end, w.start))) return true;
    if (w.end > start) continue;
    const toll = /toll$/i.test(sentence.slice(w.start, w.end));
    const between = sentence.slice(w.end, start);
    if ((toll ? TOLL_THEN_NUMBER : VERB_THEN_NUMBER).test(between)) return true;
    // "Killed, 17; wounded, 67": an item of a list of figures
    if (/^,[ \t]*$/.test(between) && /^[ \t]*(?:[;,.]|$)/.test(sentence.slice(end, end + 2))) return true;
  }
  return false;
}

/** How far (in characters) a governing word may stand from the number: "the toll from the storms has passed 200". */
const REACH = 80;

/** The words of harm, rescue and toll in a sentence (see bareCountOfPeople). */
export function peopleWords(sentence: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const m of execAll(PEOPLE_WORDS, sentence)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}
