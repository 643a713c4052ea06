/**
 * Countries and a few blocs, with the names, demonyms and capitals that stand for them in news
 * prose ("Islamabad said" = Pakistan, "Afghan officials" = Afghanistan, "Washington" = the United
 * States). Used to tell apart occurrences of a topic by who takes part, never to find claims.
 * Canonical name first, then its other spellings (all matched as whole words, ignoring case
 * except for the all-capital abbreviations).
 */
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
  ["United Arab Emirates", "UAE", "Emirati", "Abu Dhabi"],
  ["Uzbekistan", "Uzbek", "Tashkent"],
  ["Tajikistan", "Tajik", "Dushanbe"],
  ["Turkmenistan", "Turkmen", "Ashgabat"],
  ["Kazakhstan", "Kazakh", "Astana"],
  ["Kyrgyzstan", "Kyrgyz", "Bishkek"],
  ["Turkey", "Türkiye", "Turkish", "Ankara"],
  ["United Kingdom", "U.K.", "UK", "Britain", "British", "London"],
  ["France", "French", "Paris"],
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
  ["Netherlands", "Dutch", "The Hague", "Amsterdam"],
  ["Belgium", "Belgian", "Brussels"],
  ["Greece", "Greek", "Athens"],
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
  ["European Union", "EU", "E.U."],
  ["United Nations", "UN", "U.N."],
  ["NATO"],
];

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

const names = [...entries.keys()].sort((a, b) => b.length - a.length);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const GAZETTEER_RE = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${names.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "giu");

/** Canonical country (or bloc) names mentioned in the text, sorted and unique. */
export function countriesIn(text: string): string[] {
  const found = new Set<string>();
  GAZETTEER_RE.lastIndex = 0;
  for (let m = GAZETTEER_RE.exec(text); m; m = GAZETTEER_RE.exec(text)) {
    const exact = entries.get(m[0]);
    const folded = entries.get(m[0].toLowerCase());
    const entry = exact?.caseSensitive ? exact : folded && !folded.caseSensitive ? folded : undefined;
    if (entry) found.add(entry.canonical);
  }
  return [...found].sort();
}
