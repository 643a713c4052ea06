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
  "life lives head heads souls"
).split(" ");

const PEOPLE = new Set(PEOPLE_NOUNS);

/** Demonym endings of a capitalized plural head: Afghans, Pakistanis, Uzbeks, Tajiks, Kazakhs. */
const DEMONYM_PLURAL = /^[A-Z][a-z]+(?:s|ese)$/;
const NOT_DEMONYM = /(?:days|ss|us|is's|'s|’s)$|^(?:Januarys|Februarys|Marches|Aprils|Mays|Junes|Julys|Augusts|Septembers|Octobers|Novembers|Decembers|Olympics|Games|Series|News|States|Nations|Affairs|Forces|Islands)$/;
const FEW_DEMONYMS = new Set(["Danes", "Swedes", "Poles", "Slovenes", "Basques", "Britons", "Bretons", "Saxons"]);
const CURRENCY_LIKE = /^(?:Afghanis|Rupees|Dollars|Euros|Dinars|Riyals|Rials|Dirhams)$/;

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
