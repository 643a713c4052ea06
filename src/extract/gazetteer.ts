/**
 * Countries and a few blocs, with the names, demonyms and capitals that stand for them in news
 * prose ("Islamabad said" = Pakistan, "Afghan officials" = Afghanistan, "Washington" = the United
 * States). Used to tell apart occurrences of a topic by who takes part, never to find claims.
 * Canonical name first, then its other spellings (all matched as whole words, ignoring case
 * except for the all-capital abbreviations).
 */
import { escapeRegExp } from "../values/exec-all.js";
import { wordTable } from "../values/word-table.js";

const TABLE: readonly (readonly string[])[] = [
  ["Afghanistan", "Afghan", "Afghans", "Kabul"],
  ["Pakistan", "Pakistani", "Pakistanis", "Islamabad"],
  ["India", "Indian", "Indians", "New Delhi", "Delhi"],
  ["China", "Chinese", "Beijing"],
  ["United States", "U.S.", "US", "USA", "U.S.A.", "America", "American", "Americans", "Washington"],
  ["Soviet Union", "Soviet", "Soviets", "USSR", "Moscow"],
  ["Russia", "Russian", "Russians", "Kremlin"],
  ["Iran", "Iranian", "Iranians", "Tehran"],
  ["Qatar", "Qatari", "Doha"],
  ["Saudi Arabia", "Saudi", "Saudis", "Riyadh"],
  ["United Arab Emirates", "UAE", "Emirati", "Abu Dhabi", "Dubai"],
  ["Uzbekistan", "Uzbek", "Tashkent"],
  ["Tajikistan", "Tajik", "Dushanbe"],
  ["Turkmenistan", "Turkmen", "Ashgabat"],
  ["Kazakhstan", "Kazakh", "Astana"],
  ["Kyrgyzstan", "Kyrgyz", "Bishkek"],
  ["Turkey", "Türkiye", "Turkish", "Ankara"],
  ["United Kingdom", "U.K.", "UK", "Britain", "British", "Briton", "Britons", "Englishman", "Englishwoman", "Englishmen", "Scotsman", "Scotswoman", "Welshman", "Welshwoman", "London"],
  ["France", "French", "Frenchman", "Frenchwoman", "Frenchmen", "Paris"],
  ["Germany", "German", "Germans", "Berlin"],
  ["Japan", "Japanese", "Tokyo"],
  ["Bangladesh", "Bangladeshi", "Dhaka"],
  ["Sri Lanka", "Sri Lankan", "Colombo"],
  ["Nepal", "Nepali", "Nepalese", "Kathmandu"],
  ["Iraq", "Iraqi", "Baghdad"],
  ["Syria", "Syrian", "Damascus"],
  ["Israel", "Israeli", "Jerusalem"],
  ["Palestine", "Palestinian", "Gaza"],
  ["Egypt", "Egyptian", "Cairo"],
  ["Ukraine", "Ukrainian", "Kyiv", "Kiev"],
  ["Poland", "Polish", "Warsaw"],
  ["Italy", "Italian", "Rome"],
  ["Spain", "Spanish", "Madrid"],
  ["Canada", "Canadian", "Ottawa"],
  ["Mexico", "Mexican", "Mexico City"],
  ["Brazil", "Brazilian", "Brasília", "Brasilia"],
  ["Australia", "Australian", "Canberra"],
  ["North Korea", "North Korean", "Pyongyang"],
  ["South Korea", "South Korean", "Seoul"],
  ["Indonesia", "Indonesian", "Jakarta"],
  ["Malaysia", "Malaysian", "Kuala Lumpur"],
  ["Norway", "Norwegian", "Oslo"],
  ["Sweden", "Swedish", "Stockholm"],
  ["Switzerland", "Swiss", "Geneva", "Bern"],
  ["Netherlands", "Dutch", "Dutchman", "The Hague", "Amsterdam"],
  ["Belgium", "Belgian", "Brussels"],
  ["Greece", "Greek", "Greeks", "Athens"],
  ["Nigeria", "Nigerian", "Abuja"],
  ["Kenya", "Kenyan", "Nairobi"],
  ["Ethiopia", "Ethiopian", "Addis Ababa"],
  ["South Africa", "South African", "Pretoria"],
  ["Sudan", "Sudanese", "Khartoum"],
  ["Yemen", "Yemeni", "Sanaa"],
  ["Lebanon", "Lebanese", "Beirut"],
  ["Jordan", "Jordanian", "Amman"],
  ["Azerbaijan", "Azerbaijani", "Baku"],
  ["Armenia", "Armenian", "Yerevan"],
  ["Georgia", "Georgian", "Tbilisi"],
  ["New Zealand", "New Zealander", "New Zealanders", "Wellington"],
  ["Chile", "Chilean", "Chileans"],
  ["Argentina", "Argentine", "Argentinian", "Argentines", "Buenos Aires"],
  ["Ireland", "Irish", "Irishman", "Irishwoman", "Irishmen", "Dublin"],
  ["Portugal", "Portuguese", "Lisbon"],
  ["Austria", "Austrian", "Vienna"],
  ["Denmark", "Danish", "Copenhagen"],
  ["Finland", "Finnish", "Helsinki"],
  ["Hungary", "Hungarian", "Budapest"],
  ["Czech Republic", "Czech", "Prague"],
  ["Romania", "Romanian", "Bucharest"],
  ["Thailand", "Thai", "Bangkok"],
  ["Vietnam", "Vietnamese", "Hanoi"],
  ["Philippines", "Filipino", "Filipinos", "Manila"],
  ["Somalia", "Somali", "Somalis", "Somalian", "Somalians", "Mogadishu"],
  ["Libya", "Libyan", "Libyans"],
  ["Cuba", "Cuban", "Cubans", "Havana"],
  ["Colombia", "Colombian", "Bogotá", "Bogota"],
  ["Venezuela", "Venezuelan", "Caracas"],
  ["Morocco", "Moroccan", "Rabat"],
  ["European Union", "EU", "E.U."],
  ["United Nations", "UN", "U.N."],
  ["NATO"],
];

/**
 * The cities of the table: each is a place of its own within its country ("Athens" is Greece, and
 * a finer place than "Greece"), unlike a country's other names and its people's ("Greek", "U.S.").
 */
const CITIES = new Set(
  [
    "Kabul", "Islamabad", "New Delhi", "Delhi", "Beijing", "Washington", "Moscow", "Tehran", "Doha", "Riyadh", "Abu Dhabi", "Dubai",
    "Tashkent", "Dushanbe", "Ashgabat", "Astana", "Bishkek", "Ankara", "London", "Paris", "Berlin", "Tokyo", "Dhaka", "Colombo",
    "Kathmandu", "Baghdad", "Damascus", "Jerusalem", "Gaza", "Cairo", "Kyiv", "Kiev", "Warsaw", "Rome", "Madrid", "Ottawa",
    "Mexico City", "Brasília", "Brasilia", "Canberra", "Pyongyang", "Seoul", "Jakarta", "Kuala Lumpur", "Oslo", "Stockholm",
    "Geneva", "Bern", "The Hague", "Amsterdam", "Brussels", "Athens", "Abuja", "Nairobi", "Addis Ababa", "Pretoria", "Khartoum",
    "Sanaa", "Beirut", "Amman", "Baku", "Yerevan", "Tbilisi", "Wellington", "Buenos Aires", "Dublin", "Lisbon", "Vienna",
    "Copenhagen", "Helsinki", "Budapest", "Prague", "Bucharest", "Bangkok", "Hanoi", "Manila", "Mogadishu", "Havana", "Bogotá",
    "Bogota", "Caracas", "Rabat",
  ].map((c) => c.toLowerCase()),
);

/** Whether a name is one of the table's cities ("Paris", "Abu Dhabi"), not a country or its people. */
export function isCity(name: string): boolean {
  return CITIES.has(name.toLowerCase());
}

/**
 * Cities known by more than one name in English news, one word each: an older or foreign name
 * first, the name it is compared as second ("Salonika" and "Thessaloniki" are one city; "Bombay"
 * and "Mumbai"). Only whole words, and only names of one place: "Canton" (also a town in Ohio) and
 * "Georgia" are not here.
 */
const OTHER_CITY_NAMES = wordTable<string>({
  salonika: "thessaloniki",
  salonica: "thessaloniki",
  bombay: "mumbai",
  calcutta: "kolkata",
  madras: "chennai",
  bangalore: "bengaluru",
  rangoon: "yangon",
  peking: "beijing",
  constantinople: "istanbul",
  danzig: "gdansk",
  gdańsk: "gdansk",
  breslau: "wroclaw",
  wrocław: "wroclaw",
  leghorn: "livorno",
  napoli: "naples",
  firenze: "florence",
  venezia: "venice",
  milano: "milan",
  torino: "turin",
  münchen: "munich",
  köln: "cologne",
  praha: "prague",
  wien: "vienna",
  lisboa: "lisbon",
  kiev: "kyiv",
  odessa: "odesa",
  kharkov: "kharkiv",
  berne: "bern",
  cracow: "krakow",
  kraków: "krakow",
  lvov: "lviv",
  makkah: "mecca",
  tiflis: "tbilisi",
});

/**
 * The name a one-word city is compared as, in lower case: "salonika" → "thessaloniki", "bombay" →
 * "mumbai"; any other word as it is ("athens", "patras", "flatbush").
 */
export function cityNameOf(lower: string): string {
  return OTHER_CITY_NAMES[lower] ?? lower;
}

interface Entry {
  canonical: string;
  caseSensitive: boolean;
}

const entries = new Map<string, Entry>();
for (const row of TABLE) {
  const canonical = row[0] ?? "";
  for (const name of row) {
    // All-capital short forms (US, UN, EU) only count when written in capitals: "us" is a pronoun.
    const caseSensitive = /^[A-Z.]+$/.test(name) && name.replace(/\./g, "").length <= 4;
    entries.set(caseSensitive ? name : name.toLowerCase(), { canonical, caseSensitive });
  }
}

/** The table's names, longest first (so that "New Zealanders" wins over "New Zealander" where both match). */
export const GAZETTEER_NAMES: readonly string[] = [...entries.keys()].sort((a, b) => b.length - a.length);

/**
 * The names as alternatives grouped by their first letter, in their order within each group
 * ("kabul|kiev|…|kazakh" → "k(?:abul|iev|…|azakh)"): the engine then tries at a position only the
 * names that start with its letter, instead of all 300 (the expression ran in some 40% of the time
 * of the flat list on the State of the Union addresses). Two names that start with different
 * letters never match at one position (the expression ignores case, and the only other characters
 * that fold onto a letter, the Kelvin sign and the long s, match the group's letter as they match
 * the name's), so the first name that matches there is the one the flat list finds. A name that
 * starts with anything but a letter stays an alternative of its own.
 */
function byFirstLetter(names: readonly string[]): string {
  const groups = new Map<string, string[]>();
  const others: string[] = [];
  for (const name of names) {
    const first = name[0]!.toLowerCase();
    if (!/^[a-z]$/.test(first)) {
      others.push(escapeRegExp(name));
      continue;
    }
    const group = groups.get(first);
    if (group) group.push(escapeRegExp(name.slice(1)));
    else groups.set(first, [escapeRegExp(name.slice(1))]);
  }
  return [...[...groups].map(([letter, rests]) => `${letter}(?:${rests.join("|")})`), ...others].join("|");
}

/** Any name of the table as a whole word (test/perf/gazetteer-expression.test.ts holds it to the flat list of names). */
export const GAZETTEER_RE = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${byFirstLetter(GAZETTEER_NAMES)})(?![\\p{L}\\p{N}])`, "giu");

/** Whether the text is, as a whole, one of the table's names ("Saudi Arabia", "New Zealand", "Paris", "U.S."). */
export function isGazetteerName(text: string): boolean {
  const exact = entries.get(text);
  if (exact?.caseSensitive) return true;
  const folded = entries.get(text.toLowerCase());
  return folded !== undefined && !folded.caseSensitive;
}

/** Canonical country (or bloc) names mentioned in the text, sorted and unique. */
export function countriesIn(text: string): string[] {
  const found = new Set<string>();
  GAZETTEER_RE.lastIndex = 0;
  for (let m = GAZETTEER_RE.exec(text); m; m = GAZETTEER_RE.exec(text)) {
    const exact = entries.get(m[0]);
    const folded = entries.get(m[0].toLowerCase());
    const entry = exact?.caseSensitive ? exact : folded && !folded.caseSensitive ? folded : undefined;
    if (entry && !namesATeam(m[0], text.slice(m.index + m[0].length)) && !namesATreaty(m[0], text.slice(0, m.index), text.slice(m.index + m[0].length)))
      found.add(entry.canonical);
  }
  return [...found].sort();
}

/** A capitalized plural, then no capitalized word: "Nationals made", "Capitals." (not a headline's "Warns Iran"). */
const TEAM_AFTER = /^\s+\p{Lu}\p{Ll}+s(?![\p{L}'’])(?!\s+\p{Lu})/u;

/**
 * A place's name that opens the name of a club or a team ("the Washington Nationals", "the London
 * Broncos", "the Madrid Lions"): it names the team, not the country. Only a capital or a
 * country's name, not a demonym ("American Airlines" and "Chinese Muslims" still speak of their
 * countries). Must match "Washington Nationals made an offer", "the Paris Giants."; must not match
 * "Washington officials", "Washington Warns Iran", "Islamabad Says", "Washington, Moscow and Beijing".
 */
function namesATeam(name: string, after: string): boolean {
  if (DEMONYM_WORD.test(name)) return false;
  const m = TEAM_AFTER.exec(after);
  return m !== null && entries.get(m[0].trim().toLowerCase()) === undefined && !HEADLINE_VERB.test(m[0].trim());
}

/** "… Peace Accords", "… Treaty", "… Conventions": what ends the name of a treaty after a city's name (a few capitalized words may come between). */
const TREATY_AFTER = /^(?:[\s-]+\p{Lu}[\p{L}'’.-]*){0,3}?\s+(?:Peace\s+)?(?:Accords?|Agreements?|Treaty|Treaties|Pact|Conventions?|Protocols?|Declaration|Charter)\b/u;
/** "the Treaty of …", "the Peace of …", "the Convention of …": what opens the name of a treaty before a city's name. */
const TREATY_BEFORE = /\b(?:Treaty|Peace|Pact|Conventions?|Protocol|Accords?|Agreement|Declaration|Charter|Edict)\s+of\s+(?:the\s+)?$/u;

/**
 * A city's name inside the name of a treaty, an accord or a pact ("the Valdor Peace Accords", "the
 * Treaty of Ostend", "the Geneva Conventions"): where it was signed, not where what the sentence
 * tells happened, so it names no country there. A country's own name in a treaty's name names its
 * parties and still counts ("the Anglo-Irish Agreement"). Must match "the Paris Peace Accord
 * was no longer in effect", "under the Treaty of Paris", "the Oslo Accords"; must not match "talks
 * in Paris", "signed the accord in Oslo", "the Geneva office", "a Paris court".
 */
function namesATreaty(name: string, before: string, after: string): boolean {
  if (!CITIES.has(name.toLowerCase())) return false;
  return TREATY_AFTER.test(after) || TREATY_BEFORE.test(before);
}

/** Verbs a headline capitalizes after a capital's name: "Islamabad Says", "Kabul Denies". */
const HEADLINE_VERB = /^(?:Says|Warns|Claims|Denies|Urges|Calls|Vows|Rejects|Slams|Hits|Backs|Seeks|Plans|Wants|Accuses|Threatens|Agrees|Signs|Blames|Asks|Tells|Sees|Gets|Faces|Welcomes|Condemns|Rules|Moves|Makes|Takes|Gives|Sends|Puts|Sets|Wins|Loses|Keeps|Opens|Closes|Halts|Ends|Starts|Begins|Cuts|Raises|Lifts|Bans|Orders|Offers|Expects|Fears|Eyes|Mulls|Weighs|Pledges|Pushes|Presses|Demands|Insists|Admits|Confirms|Announces|Reports)$/;

/** Names of peoples and their languages: "American", "Afghans", "Chinese", "British", "Dutch". */
const DEMONYM_WORD = /(?:an|ans|ese|ish|ch|i|is)$/i;
