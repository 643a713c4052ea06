/**
 * Units a number can carry, read from the words around it: currencies (by symbol, ISO code or
 * name → ISO 4217 code), percent and percentage points, and measures (km, tonnes, MW …). Owns the
 * tables and the two sticky readers `readCurrencyBefore` and `readUnitAfter`. Counted nouns
 * ("300 trucks") are not units in this sense; see counted.ts.
 */

import { HEIGHT_THEN_WEIGHT } from "./heights.js";
import { isPersonNoun } from "./people.js";
import { wordTable } from "../word-table.js";

export interface UnitRead {
  unit: string;
  /** Where the unit text starts (prefix) or ends (suffix), as an offset into the scanned text. */
  edge: number;
  /** A unit that is money: scale abbreviations such as "m" then mean million ("$5m"). */
  currency: boolean;
}

/** ISO 4217 codes read before a number ("PKR 1.2bn") and after one ("5 million UZS"); RMB is read as CNY. */
const ISO_CODES = "USD|EUR|GBP|PKR|INR|AFN|CNY|RMB|JPY|AED|SAR|IRR|RUB|TRY|BDT|CHF|CAD|AUD|LKR|NPR|KZT|UZS|TJS";

/** Symbols written before the number: "$2 billion", "US$5m", "€30", "Rs 500", "PKR 1.2bn". */
const CURRENCY_PREFIX: readonly (readonly [RegExp, string])[] = [
  [/(?:US|U\.S\.)\s?\$\s?$/, "USD"],
  [/A\$\s?$/, "AUD"],
  [/C\$\s?$/, "CAD"],
  [/HK\$\s?$/, "HKD"],
  [/NZ\$\s?$/, "NZD"],
  [/S\$\s?$/, "SGD"],
  [/\$\s?$/, "USD"],
  [/€\s?$/, "EUR"],
  [/£\s?$/, "GBP"],
  [/₹\s?$/, "INR"],
  [/(?:₨|\bRs\.?)\s?$/, "PKR"],
  [/¥\s?$/, "JPY"],
  [new RegExp(`(?<![A-Za-z])(${ISO_CODES})\\s?$`), ""],
  [/(?<![A-Za-z])Af\.?\s?$/, "AFN"],
  // "euro110 billion": the name glued to the number (never "the euro 10 years ago")
  [/(?<![A-Za-z])[Ee]uros?$/, "EUR"],
  // "R26 million": the rand glued to the number (the quantity grammar starts such a number only
  // when a scale word follows it)
  [/(?<![A-Za-z$])R$/, "ZAR"],
  // "e75m", "e2.5 billion": the euro sign that copy set in plain letters turned into a lower-case
  // "e" glued to the number (read only with a scale word after it, as the rand above; never the
  // "e" of a word: "type5", "the5")
  [/(?<![A-Za-z$])e$/, "EUR"],
];

const ISO_ALIASES = wordTable<string>({ RMB: "CNY" });

/**
 * The currency written just before `pos` ("… $" + "2 billion"), or null.
 * `before` is the text that precedes the number (a short window is enough).
 */
export function readCurrencyBefore(before: string, windowStart: number): UnitRead | null {
  for (const [re, code] of CURRENCY_PREFIX) {
    const m = re.exec(before);
    if (m) {
      const iso = code || ISO_ALIASES[m[1]!] || m[1]!;
      return { unit: iso, edge: windowStart + m.index, currency: true };
    }
  }
  return null;
}

/** Currency names after the number: "500 dollars", "3 billion US dollars", "200 Afghanis". */
const CURRENCY_NAMES: readonly (readonly [string, string])[] = [
  ["(?:US|U\\.S\\.|American)\\s+dollars?", "USD"],
  ["Canadian\\s+dollars?", "CAD"],
  ["Australian\\s+dollars?", "AUD"],
  ["Hong\\s+Kong\\s+dollars?", "HKD"],
  ["dollars?", "USD"],
  ["euros?", "EUR"],
  ["(?:pounds?\\s+)?sterling", "GBP"],
  ["(?:British\\s+)?pounds?", "GBP"],
  ["Indian\\s+rupees?", "INR"],
  ["Sri\\s+Lankan\\s+rupees?", "LKR"],
  ["Nepal(?:ese|i)\\s+rupees?", "NPR"],
  ["(?:Pakistani\\s+)?rupees?", "PKR"],
  ["afghanis?", "AFN"],
  ["(?:Chinese\\s+)?(?:yuan|renminbi)", "CNY"],
  ["yen", "JPY"],
  ["dirhams?", "AED"],
  ["(?:Saudi\\s+)?riyals?", "SAR"],
  ["(?:Iranian\\s+)?rials?", "IRR"],
  ["tomans?", "IRT"],
  ["r(?:o)?ubles?", "RUB"],
  ["(?:Turkish\\s+)?lira", "TRY"],
  ["taka", "BDT"],
  ["tenge", "KZT"],
];

/** Measures after the number, longest spellings first. The value is the symbol reported as unit. */
const MEASURES: readonly (readonly [string, string])[] = [
  ["(?:km²|km2|sq\\.?\\s?km|square\\s+kilomet(?:re|er)s?)", "km2"],
  ["(?:square\\s+miles?|sq\\.?\\s?mi)", "mi2"],
  // areas of floors and plots: "12,000 square feet", "400 sq ft", "85 square metres", "90 m²"
  ["(?:ft²|ft2|sq\\.?\\s?ft|square[\\s-]+f(?:ee|oo)t)", "ft2"],
  ["(?:m²|sq\\.?\\s?m(?![a-z])|square[\\s-]+met(?:re|er)s?)", "m2"],
  ["(?:yd²|sq\\.?\\s?yds?|square[\\s-]+yards?)", "yd2"],
  // speeds before the lengths they start with: "120 miles per hour" is a speed, not 120 miles
  ["(?:km\\s?\\/\\s?h|kph|kmph|(?:km|kilomet(?:re|er)s?)\\s+(?:per|an)\\s+hour)", "km/h"],
  ["(?:mph|miles?\\s+(?:per|an)\\s+hour)", "mph"],
  ["(?:m\\/s|met(?:re|er)s?\\s+(?:per|a)\\s+second)", "m/s"],
  ["(?:knots?)", "kn"],
  ["(?:km|kilomet(?:re|er)s?)", "km"],
  ["(?:miles?)", "mi"],
  ["(?:metres?|meters?)", "m"],
  ["(?:cm|centimet(?:re|er)s?)", "cm"],
  ["(?:mm|millimet(?:re|er)s?)", "mm"],
  ["(?:kg|kilo(?:gram)?s?)", "kg"],
  ["(?:tonnes?|metric\\s+tons?|tons?)", "t"],
  ["(?:MWh|megawatt[\\s-]hours?)", "MWh"],
  ["(?:GWh|gigawatt[\\s-]hours?)", "GWh"],
  ["(?:kWh|kilowatt[\\s-]hours?)", "kWh"],
  ["(?:TWh)", "TWh"],
  ["(?:MW|megawatts?)", "MW"],
  ["(?:GW|gigawatts?)", "GW"],
  ["(?:kW|kilowatts?)", "kW"],
  ["(?:barrels?|bbl)", "bbl"],
  ["(?:acres?)", "acre"],
  ["(?:hectares?|ha)", "ha"],
  ["(?:litres?|liters?)", "L"],
  ["(?:gallons?)", "gal"],
  ["(?:feet|foot|ft)", "ft"],
  ["(?:bcm)", "bcm"],
];

const SUFFIX_SOURCE = [
  `(?<percent>\\s?%|\\s?per\\s?cent\\b|\\s?pc\\b|\\s?pct\\b)`,
  `(?<points>\\s(?:percentage|per\\s?cent(?:age)?)\\s+points?\\b|\\s?pp\\b)`,
  `(?<basis>\\s(?:basis\\s+points?|bps)\\b)`,
  // "2 million euros", and joined by a hyphen as an adjective: "a two-million-euro haul", "a 10-dollar
  // bill" (not "-pound": "a 200-pound man" weighs, and the noun decides: hyphenPounds)
  `(?<currency>(?:\\s|-(?!pounds?\\b))(?:${CURRENCY_NAMES.map(([s]) => s).join("|")})(?![A-Za-z]))`,
  `(?<measure>[\\s-]?(?:${MEASURES.map(([s]) => s).join("|")})(?![A-Za-z0-9]))`,
].join("|");

/** The same codes after the number ("5 million UZS"), read case-sensitively. */
const ISO_SUFFIX = new RegExp(`\\s(${ISO_CODES})(?![A-Za-z])`, "y");

/**
 * Whether a text can hold an amount of money at all: some currency symbol, code or name of the
 * tables above ("$", "Rs", "PKR", "dollars", "afghanis"). Built from those tables, so a currency
 * added to them is seen here too. src/values/index.ts asks it (by namesCurrency, below) before
 * running the quantity grammar for rules that count money only.
 */
export const CURRENCY_KEY = new RegExp(
  [
    // "\$\s?$" (before the number) → "\$"; the codes' entry covers every ISO code after no letter;
    // a name glued to the number ("euro110", "R26") holds money only right before a digit.
    ...CURRENCY_PREFIX.map(([re]) => re.source.replace(/\\s\?\$$/, "").replace(/(?<!\\)\$$/, "(?=\\d)")),
    `(?:${CURRENCY_NAMES.map(([source]) => source).join("|")})`,
  ].join("|"),
  "i",
);

/**
 * CURRENCY_KEY.test(text), asked in three small expressions instead of one large one (about twice
 * as fast on prose, where most sentences name no currency): a symbol ("$" ends every dollar
 * prefix); an ISO code, "Af" or "Rs" at the start of a word, a rand sign glued to a digit; a currency's name anywhere. The codes
 * come from the table above; symbols and names are written out, and test/perf/value-gates.test.ts
 * holds the whole to CURRENCY_KEY.
 */
export function namesCurrency(text: string): boolean {
  return MONEY_SYMBOL.test(text) || MONEY_WORD_START.test(text) || MONEY_NAME.test(text);
}
const MONEY_SYMBOL = /[$€£₹₨¥]/;
const MONEY_WORD_START = new RegExp(`(?<![A-Za-z])(?:${ISO_CODES}|Af)|\\bRs|(?<![A-Za-z$])[Re](?=\\d)`, "i");
// The names' head words, written out: twice as fast as the table's full alternation, and every name
// of the table holds one (the test on random strings of CURRENCY_KEY would find one missing).
const MONEY_NAME = /dollar|euro|sterling|pound|rupee|afghani|yuan|renminbi|yen|dirham|riyal|rial|toman|ruble|rouble|lira|taka|tenge/i;

const SUFFIX = new RegExp(SUFFIX_SOURCE, "iy");
const CURRENCY_TESTS = CURRENCY_NAMES.map(([s, code]) => [new RegExp(`^[\\s-](?:${s})$`, "i"), code] as const);
const MEASURE_TESTS = MEASURES.map(([s, code]) => [new RegExp(`^[\\s-]?(?:${s})$`, "i"), code] as const);

/**
 * The unit written just after `pos`: "10%" "10 per cent" "2 percentage points" "3 billion dollars"
 * "300 km" "50 MW". Returns null when none.
 */
export function readUnitAfter(text: string, pos: number): UnitRead | null {
  // "5 million USD": codes are read case-sensitively ("two try" is not Turkish lira)
  ISO_SUFFIX.lastIndex = pos;
  const code = ISO_SUFFIX.exec(text);
  if (code) return { unit: isoOf(code[1]!), edge: pos + code[0].length, currency: true };
  const pounds = hyphenPounds(text, pos);
  if (pounds) return pounds;
  SUFFIX.lastIndex = pos;
  const m = SUFFIX.exec(text);
  if (!m || !m.groups) return null;
  const edge = pos + m[0].length;
  const g = m.groups;
  if (g["percent"] !== undefined) {
    // "10 percent" but not "10 percentage points" (handled below, longer alternative)
    if (/^\s(?:percentage|per\s?cent(?:age)?)\s+points?/i.test(text.slice(pos, pos + 30))) {
      return readPoints(text, pos);
    }
    return { unit: "percent", edge, currency: false };
  }
  if (g["points"] !== undefined) return { unit: "percentage-point", edge, currency: false };
  if (g["basis"] !== undefined) return { unit: "basis-point", edge, currency: false };
  if (g["currency"] !== undefined) {
    const word = g["currency"];
    if (weightInPounds(text, pos, edge, word)) return { unit: "lb", edge, currency: false };
    for (const [re, code] of CURRENCY_TESTS) {
      if (re.test(word)) return { unit: code || isoOf(word.trim()), edge, currency: true };
    }
  }
  if (g["measure"] !== undefined) {
    const word = g["measure"];
    for (const [re, code] of MEASURE_TESTS) if (re.test(word)) return { unit: code, edge, currency: false };
  }
  return null;
}

/** "-pound" joined to a figure as an adjective: "a 200-pound man", "a 20-pound note". */
const HYPHEN_POUND = /-pounds?(?![A-Za-z])/y;
/** Nouns a "N-pound" adjective weighs: people (people.ts isPersonNoun and these), animals, loads. */
const WEIGHED = /^(?:m[ae]n|males?|females?|wom[ae]n|boys?|girls?|bab(?:y|ies)|inmates?|suspects?|convicts?|prisoners?|fugitives?|linem[ae]n|linebackers?|tackles?|dogs?|cats?|bears?|pigs?|hogs?|deer|fish|catfish|bass|sharks?|alligators?|turkeys?|tuna|bags?|sacks?|bombs?|box(?:es)?|packages?|parcels?|rocks?|stones?|boulders?|blocks?|loads?|weights?|anchors?|safes?|devices?)$/i;
/** Nouns a "N-pound" adjective prices, where the pound is money: "a 20-pound note", "a 50-pound fine". */
const PRICED = /^(?:notes?|coins?|fines?|fees?|tickets?|fares?|bets?|prizes?|vouchers?|cheques?|levy|levies|charges?|tips?|donations?)$/i;

/**
 * A figure with "-pound" joined to it is an adjective, which the noun it stands before reads: a
 * weight of a person, an animal or a load ("a 6-foot, 200-pound black male", "the 90-pound dog",
 * "a 50-pound bag of rice"), money of a note, coin, fine or fee ("a 20-pound note", "a 2-pound
 * coin", "a 60-pound fine"). Any other noun ("a 10-pound increase") leaves it unread. The noun is
 * sought among the next three words, past adjectives ("black male"). After a height and a comma
 * the figure weighs, whatever follows ("the 6-foot-8, 225-pound forward").
 */
function hyphenPounds(text: string, pos: number): UnitRead | null {
  HYPHEN_POUND.lastIndex = pos;
  const m = HYPHEN_POUND.exec(text);
  if (!m) return null;
  const edge = pos + m[0].length;
  // a height and its comma before the figure describe a person's build: "the 6-foot-8,225-pound
  // forward", "a 6-foot-9, 260-pound Vance" (heights.ts), whatever noun or name follows
  if (HEIGHT_THEN_WEIGHT.test(text.slice(Math.max(0, pos - 40), pos))) return { unit: "lb", edge, currency: false };
  const words = text.slice(edge, edge + 40).split(/[^A-Za-z-]+/).filter((w) => w !== "").slice(0, 3);
  for (const w of words) {
    if (WEIGHED.test(w) || isPersonNoun(w.toLowerCase(), w)) return { unit: "lb", edge, currency: false };
    if (PRICED.test(w)) return { unit: "GBP", edge, currency: true };
  }
  return null;
}

/** A verb of weighing within a few words before the figure: "weighing about 200 pounds", "weighed in at 147 pounds". */
const WEIGHT_BEFORE = /\b(?:weigh(?:s|ed|ing|t)?|tipped\s+the\s+scales)\b[^.;:!?]{0,25}$/i;
/** "pounds of cocaine", "30 pounds heavier", "a 200 pound man": a weight, whatever comes before. */
const WEIGHT_AFTER = /^\s+of\s+(?!(?:the\s+)?(?:taxpayers?|public|government|investors?|customers?|his|her|their|its|our|your|my)\b)[a-z]|^\s+(?:heavier|lighter|overweight|underweight)\b/i;

/**
 * Whether "pounds" after a figure weighs rather than pays: plain "pound(s)" (not "sterling", not
 * "British pounds") by a word of weight before it or a substance after it. Money in pounds keeps
 * its sign or a scale word ("£200", "200 million pounds"), which this never reads as a weight. A
 * height and a comma before the figure weigh it too ("5-foot-8, 135 pounds", heights.ts).
 */
function weightInPounds(text: string, pos: number, edge: number, word: string): boolean {
  if (!/^\s+pounds?$/i.test(word)) return false;
  if (/[£]\s?[\d.,]*$/.test(text.slice(Math.max(0, pos - 20), pos)) || /(?:million|billion|thousand|bn|m)\s*$/i.test(text.slice(Math.max(0, pos - 12), pos))) return false;
  return WEIGHT_BEFORE.test(text.slice(Math.max(0, pos - 60), pos)) || HEIGHT_THEN_WEIGHT.test(text.slice(Math.max(0, pos - 40), pos)) || WEIGHT_AFTER.test(text.slice(edge, edge + 40));
}

function readPoints(text: string, pos: number): UnitRead {
  const m = /\s(?:percentage|per\s?cent(?:age)?)\s+points?\b/iy;
  m.lastIndex = pos;
  const hit = m.exec(text);
  return { unit: "percentage-point", edge: pos + (hit ? hit[0].length : 0), currency: false };
}

function isoOf(code: string): string {
  const upper = code.toUpperCase();
  return ISO_ALIASES[upper] ?? upper;
}
