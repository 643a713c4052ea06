/**
 * The numeric half of the value layer: every quantity ("over 2,800", "nearly $1 billion", "10%",
 * "hundreds of thousands", "a third", "between 300 and 400") and ordinal ("third", "21st") in a
 * text, normalized to a QuantityValue interval, with the noun phrase it counts.
 *
 * One global regex finds number cores; the words around each core (qualifier, currency, scale,
 * unit, range partner, counted noun) are read with small sticky regexes. Years used as dates,
 * numbers glued to letters ("F-16", "post-2021", "1990s"), label numbers ("Section 4", "p. 12",
 * "Vision 2030") and list markers are not quantities.
 *
 * Ordinals are emitted as kind "ordinal" with a QuantityValue whose unit is "ordinal"
 * (min = max = nominal = the rank). Fractions are percent-like: unit "percent", approximate, ±2.5.
 */
import type { Mention, QuantityValue, Qualifier } from "../../types.js";
import { findAges } from "./ages.js";
import { findBreakdowns } from "./breakdowns.js";
import { readCountsTogether } from "./composites.js";
import { bareCountOfPeople, peopleWords } from "./people.js";
import { findSeismicMagnitudes } from "./seismic-magnitudes.js";
import { HEIGHT_FEET_BEFORE, findHeights, findShortHeightWeights } from "./heights.js";
import { findRepetitions } from "./repetitions.js";
import { findPairs } from "./score-pairs.js";
import { findGameClocks } from "./game-clocks.js";
import { isFunctionWord, readCounted, unitOfCounted } from "./counted.js";
import { FRACTION_SOURCE, VAGUE_SOURCE, parseFraction, vagueMagnitude } from "./magnitudes.js";
import { CARDINAL_WORD_SOURCE, ORDINAL_WORDS, ORDINAL_WORD_SOURCE, TENS_WORDS } from "./number-words.js";
import { bounds, clean, readQualifierAfter, readQualifierBefore, spanOver } from "./qualifiers.js";
import { readDigits, readWords, stepOf, type StatedNumber } from "./stated-number.js";
import { findScores, isRoundCount } from "./round-counts.js";
import { readCurrencyBefore, readUnitAfter } from "./units.js";
import { tensBeforeCompound } from "./spaced-compound-words.js";
import { changeAndLevel } from "./change-and-level.js";
import { readAllTimeRank, readRecords, readRun, readTenure, readTimesSoFar, readToDate } from "./records.js";
import { MIXED_NUMBER_SOURCE, afterFractionSlash, readMixedNumber } from "../mixed-numbers.js";
import { wordTable } from "../word-table.js";

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const WORDS = String.raw`(?:an?\s+(?=(?:dozen|hundred|thousand|million|billion|trillion)\b))?${CARDINAL_WORD_SOURCE}(?:(?:\s+and\s+|[\s-]+)(?=${CARDINAL_WORD_SOURCE}\b)${CARDINAL_WORD_SOURCE})*(?:\s+and\s+a\s+half(?:\s+(?:thousand|million|billion|trillion)\b)?)?`;

/** The number cores, in order of preference at one position. */
const CORE_SOURCE = (start: string): string =>
  String.raw`${start}(?:` +
    `(?<vague>${VAGUE_SOURCE})(?![A-Za-z])` +
    `|(?<fraction>${FRACTION_SOURCE})(?![A-Za-z])` +
    `|(?<ordnum>\\d+(?:st|nd|rd|th))(?![A-Za-z0-9])` +
    `|(?<mixed>${MIXED_NUMBER_SOURCE})` +
    `|(?<digits>${DIGITS})(?![0-9]|[.,/:]\\d)` +
    `|(?<ordword>${ORDINAL_WORD_SOURCE})(?![A-Za-z])` +
    `|(?<words>${WORDS})(?![A-Za-z])` +
    `)`;
const CORE = new RegExp(CORE_SOURCE(String.raw`\b`), "gi");
/**
 * The same, also right after a currency glued to the number: "euro110 billion", as some agencies
 * write euro amounts, and the rand before an amount with a scale word ("R26 million"), and so the
 * euro sign of copy that lost it to a plain "e" ("e75m", "e2.5 billion"). Slower, so
 * used only in texts where such a form occurs.
 */
const CORE_GLUED = new RegExp(
  CORE_SOURCE(String.raw`(?:\b|(?<=[Ee]uros?)|(?<=(?<![A-Za-z])[Re])(?=\d[\d.,]*\s?(?:million|billion|trillion|bn|mn|m\b)))`),
  "gi",
);
// "euro5", "euros20", "R26", "e75m": found from the digit and read backwards from it (the same texts as
// /[Ee]uros?\d|(?<![A-Za-z])[Re]\d/, which tried its words at every "e" and "R" of the text: three times slower)
export const CURRENCY_GLUED = /\d(?<=(?:[Ee]uros?|(?<![A-Za-z])[Re])\d)/;

/** Numbers after these words are labels, not amounts: "Section 4", "p. 12", "Vision 2030". */
const LABEL_BEFORE =
  /(?:\b(?:p|pp|no|nos|vol|ch|fig|figs|para|art|sec|ref|tel|ph)\.\s?|\b(?:page|pages|section|sections|chapter|chapters|table|tables|figure|figures|article|articles|clause|paragraph|resolution|number|flight|route|highway|road|room|gate|platform|phase|version|vision|agenda|windows|ios|android|web|industry|iphone|expo|euro|cop|covid|line|grade|class|level|unit|item|verse|surah|rule|act|bill|annex|appendix|schedule)\s+|[#№/\\:@+]|[A-Za-z]-|[A-Za-z]\.)$/i;

/**
 * A hyphen and a word in -ed glued to a number: "two-handed", "three-pronged", "12-sided"; not a
 * noun that ends so ("a 200-bed hospital", "a five-speed gearbox", "two-hundred").
 */
const COMPOUND_ADJECTIVE = /^-(?!(?:hundred|bed|seed|shed|speed|feed|reed|sled|steed|breed|need|weed|creed|deed)\b)\p{L}+ed(?![\p{L}\p{N}-])/iu;

const CHAIN = /\d+[-–.\/]\d+[-–.\/]\d+(?:[-–.\/]\d+)*|0\d+(?:[-–]\d+)*/y;

export function findQuantities(text: string): Mention[] {
  const counts = peopleByConstruction(text, readRecords(text, readCountsTogether(text, findCounts(text))));
  const read = [...findAges(text), ...findHeights(text), ...findShortHeightWeights(text), ...findSeismicMagnitudes(text), ...findBreakdowns(text), ...findRepetitions(text), ...findPairs(text), ...findGameClocks(text), ...findScores(text)];
  if (read.length === 0) return counts;
  // An age ("Kafoury, 63,", "a 45-year-old"), a magnitude ("a 6.4-magnitude quake", "measured
  // 6.4") or a share of a breakdown ("Vale province-20") wins over the plain number the grammar
  // reads in it.
  const out = counts.filter((m) => !read.some((a) => m.offset < a.offset + a.length && a.offset < m.offset + m.length));
  return [...out, ...read].sort((a, b) => a.offset - b.offset || b.length - a.length);
}

/**
 * A bare count that a word of harm, rescue or toll governs counts people: "12 were killed", "the
 * blast killed 12", "the death toll rose to 87" (unit "person", no counted noun).
 */
function peopleByConstruction(text: string, counts: Mention[]): Mention[] {
  const bare = (m: Mention): boolean => m.kind === "quantity" && m.value?.type === "quantity" && m.value.unit === "" && !m.counted;
  if (!counts.some(bare)) return counts;
  const words = peopleWords(text);
  if (words.length === 0) return counts;
  // words and counts are both in text order: each count looks only at the words near it
  let w = 0;
  return counts.map((m) => {
    if (!bare(m)) return m;
    while (w < words.length && words[w]!.end < m.offset - 80) w++;
    const near: typeof words = [];
    for (let j = w; j < words.length && words[j]!.start <= m.offset + m.length + 80; j++) near.push(words[j]!);
    return bareCountOfPeople(text, m, near) ? { ...m, value: { ...(m.value as QuantityValue), unit: "person" } } : m;
  });
}

/** The quantities and ordinals of `text` other than ages, by the number cores and the words around them. */
function findCounts(text: string): Mention[] {
  const out: Mention[] = [];
  // NOTE: the one expression, rewound, not a copy per call (a copy of this large source costs more
  // to make than a sentence costs to read); nothing it calls runs it.
  const core = CURRENCY_GLUED.test(text) ? CORE_GLUED : CORE;
  core.lastIndex = 0;
  // NOTE: words before a number (qualifier, currency) are read back to `floor` only, the end of
  // the previous mention, so "300 or more than 400" does not give "more" to both numbers
  let floor = 0;
  for (let m = core.exec(text); m; m = core.exec(text)) {
    const start = m.index;
    const g = m.groups!;
    const before = text.slice(Math.max(floor, start - 16), start);
    // a number glued to a letter starts here only after a currency so written ("euro110", "R26m",
    // "e75m"), as the table spells it: not after an upper-case "E" nor a lower-case "r"
    if (/[A-Za-z]/.test(text.charAt(start - 1)) && !readCurrencyBefore(before, Math.max(floor, start - 16))) continue;
    // "41 / 2 months": the denominator of a fraction (or a part of a date) counts nothing
    if (g["digits"] !== undefined && afterFractionSlash(text, start)) continue;
    if (g["digits"] !== undefined) {
      const calibre = calibreAt(text, start, g["digits"]);
      if (calibre) {
        out.push(calibre);
        core.lastIndex = calibre.offset + calibre.length;
        floor = core.lastIndex;
        continue;
      }
      const lead = leadingDecimal(text, start, g["digits"], floor);
      if (lead) {
        out.push(lead);
        core.lastIndex = lead.offset + lead.length;
        floor = core.lastIndex;
        continue;
      }
      // "5-foot-8,135 pounds", "6-foot-2, 210-pound": the height's inches (heights.ts) end at the
      // comma, and the weight starts after it
      if (HEIGHT_FEET_BEFORE.test(text.slice(Math.max(0, start - 10), start))) {
        const comma = g["digits"].indexOf(",");
        core.lastIndex = start + (comma > 0 ? comma : g["digits"].length);
        continue;
      }
      if (LABEL_BEFORE.test(before) && !/(?:Rs|Af)\.$/.test(before)) continue;
      // "0009-0005-3697-6034", "051-920-1234": chains of digit groups identify, they do not count
      CHAIN.lastIndex = start;
      if (CHAIN.exec(text)) {
        core.lastIndex = CHAIN.lastIndex;
        continue;
      }
    }
    // "a two-handed assault", "a three-pronged attack", "a 12-sided die": a compound adjective, no count
    if ((g["digits"] !== undefined || g["words"] !== undefined) && COMPOUND_ADJECTIVE.test(text.slice(start + m[0].length, start + m[0].length + 24))) {
      continue;
    }
    let mention: Mention | null = null;
    if (g["vague"] !== undefined) mention = vague(text, start, g["vague"]);
    else if (g["fraction"] !== undefined) {
      mention = fraction(text, start, g["fraction"], floor);
      if (!mention) core.lastIndex = start + 1; // "a third visit": read "third" again, as an ordinal
    }
    else if (g["ordnum"] !== undefined) mention = ordinal(text, start, g["ordnum"], Number.parseInt(g["ordnum"], 10), "ordinal/digits");
    else if (g["ordword"] !== undefined) mention = ordinalWord(text, start, g["ordword"]);
    else if (g["mixed"] !== undefined) {
      const mixed = readMixedNumber(text, start);
      // glued ("41/2") only before a unit or after a currency: "41/2 in favour" may be a ratio
      if (mixed && (!mixed.glued || readUnitAfter(text, mixed.end) || readCurrencyBefore(text.slice(Math.max(floor, start - 8), start), Math.max(floor, start - 8)))) {
        // the whole part read as digits (with a scale after the fraction: "2½ million"), plus the fraction
        const whole = readDigits(text, mixed.whole, mixed.end);
        const factor = whole.scale === null ? 1 : whole.value / Number(mixed.whole || 1);
        const value = clean((Number(mixed.whole) + mixed.numerator / mixed.denominator) * factor);
        mention = cardinal(text, start, { ...whole, value, step: factor / mixed.denominator, bare: false }, "digits", floor);
      }
    }
    else if (g["digits"] !== undefined) {
      const spaced = spacedThousands(text, start, floor);
      mention = spaced
        ? cardinal(text, start, readDigits(text, spaced.replace(/ /g, ""), start + spaced.length), "digits", floor)
        : cardinal(text, start, readDigits(text, g["digits"], start + g["digits"].length), "digits", floor);
    } else if (g["words"] !== undefined) {
      // "the twenty four-person teams": twenty teams, the "four" opens the compound (spaced-compound-words.ts)
      const tens = tensBeforeCompound(text, start, g["words"]);
      const stated = readWords(tens === null ? g["words"] : g["words"].slice(0, tens), start, text);
      if (stated && stated.end < start + g["words"].length) core.lastIndex = stated.end;
      if (stated) mention = cardinal(text, start, stated, "words", floor);
    }
    if (mention) {
      out.push(mention);
      if (mention.offset + mention.length > core.lastIndex) core.lastIndex = mention.offset + mention.length;
      floor = mention.offset + mention.length;
    }
  }
  return out;
}

/**
 * Words after a gun's calibre: ".357 Magnum", ". 38 caliber Rohm revolver", "a 45-calibre pistol",
 * "a .22 rifle", "their .40 pistols", "a .410 shotgun".
 */
const CALIBRE_AFTER = /^[\s-]?(?:caliber|calibre|cal\.|magnum|special|(?:revolver|pistol|handgun|rifle|carbine|shotgun|gun|semi-?automatic)s?)\b/i;

/**
 * A gun's calibre in hundredths or thousandths of an inch, written after a decimal point (".357",
 * or ". 357" as a tokenizer spaced it) or before "caliber" ("a 38-caliber revolver"): 0.357, 0.38,
 * unit "caliber" — never a count of 357 revolvers.
 */
function calibreAt(text: string, start: number, digits: string): Mention | null {
  if (!/^\d{2,3}$/.test(digits)) return null;
  const end = start + digits.length;
  const after = text.slice(end, end + 16);
  if (!CALIBRE_AFTER.test(after)) return null;
  const dot = /(?<![\d.])\.\s?$/.exec(text.slice(Math.max(0, start - 3), start));
  if (!dot && !/^[\s-]?calib(?:er|re)\b/i.test(after)) return null;
  const from = dot ? start - dot[0].length : start;
  const n = Number(`0.${digits}`);
  return mention(text, from, end, "quantity", quantity(n, n, "caliber", false, null, n), "quantity/calibre", "caliber");
}

/**
 * A figure below one written from its decimal point before a unit: ".08 percent", "a .5 percent
 * rise", and ". 09 percent" as a tokenizer spaced it after a word ("content of. 09 percent"), which
 * is read so only when its digits start with 0 (". 12 percent" may be a sentence's end and the next
 * one's figure). Not a calibre (calibreAt), not a figure with no unit (".300", a batting average).
 */
function leadingDecimal(text: string, start: number, digits: string, floor: number): Mention | null {
  if (!/^\d+$/.test(digits)) return null;
  const dot = /(?<![\d.])\.([ \t]?)$/.exec(text.slice(Math.max(floor, start - 3), start));
  if (!dot || (dot[1] !== "" && !digits.startsWith("0"))) return null;
  const end = start + digits.length;
  const unit = readUnitAfter(text, end);
  if (!unit || unit.currency) return null;
  return cardinal(text, start - dot[0].length, readDigits(text, `0.${digits}`, end), "digits", floor);
}

function quantity(
  min: number | null, max: number | null, unit: string, approximate: boolean, qualifier: Qualifier, nominal: number | null,
): QuantityValue {
  return { type: "quantity", min, max, unit, approximate, qualifier, nominal };
}

function mention(
  text: string, start: number, end: number, kind: "quantity" | "ordinal", value: QuantityValue, pattern: string, counted: string | null,
): Mention {
  return { offset: start, length: end - start, text: text.slice(start, end), kind, value, timex: null, relative: false, pattern, counted };
}

// ---------------------------------------------------------------------------------------------
// cardinals: "over 2,800", "nearly $1 billion", "10%", "sixteen", "between 300 and 400"

interface Expression {
  start: number;
  end: number;
  number: StatedNumber;
  unit: string;
  currency: boolean;
}

/** Currency before and unit after one number: "$" + "2 billion", "10" + "%", "300" + " km". */
function withUnit(text: string, start: number, number: StatedNumber, floor: number): Expression {
  let unit = "";
  let currency = false;
  let end = number.end;
  const windowStart = Math.max(floor, start - 8);
  const cur = readCurrencyBefore(text.slice(windowStart, start), windowStart);
  if (cur) {
    unit = cur.unit;
    currency = true;
    start = cur.edge;
  } else {
    const after = readUnitAfter(text, end) ?? (number.scale !== null ? moneyAfterOf(text, end) : null);
    if (after) {
      unit = after.unit;
      currency = after.currency;
      end = after.edge;
    }
  }
  if (number.ambiguousM && !currency) {
    // "5m" without a currency: metres ("a 30m wall"); see counted people below for "5m people"
    number = { ...number, value: number.value / 1e6, step: number.step / 1e6, scale: null };
    unit = unit || "m";
  }
  return { start, end, number, unit, currency };
}

/**
 * "3 billions of dollars", "two hundred millions of pounds sterling": after a scale word, "of" and
 * a currency name is the currency of the amount. Null when "of" is followed by anything else.
 */
function moneyAfterOf(text: string, end: number): ReturnType<typeof readUnitAfter> {
  OF.lastIndex = end;
  if (!OF.exec(text)) return null;
  const unit = readUnitAfter(text, OF.lastIndex);
  return unit?.currency ? unit : null;
}
const OF = /\s+of(?=\s)/y;

const RANGE_LINK = /\s*[-–—]\s*|\s+(?:to|and)\s+(?:(?:a\s+)?(?:maximum|high)\s+of\s+|as\s+(?:much|many|high)\s+as\s+)?|\s+or\s+/y;

/**
 * "between" or "from" before the low end of a range, with the low end told as a bound or not:
 * "between 5 and 9", "between a minimum of 5 to 9", "from as little as 5 to as much as 9" (the
 * high end's bound: RANGE_LINK). Group 2 is the bound, when one is told.
 */
const RANGE_OPENER = /(?:^|[^A-Za-z])(between|from)\s+((?:a\s+)?(?:minimum|low)\s+of\s+|as\s+(?:little|few|low)\s+as\s+)?$/i;
/** How far before a number its range's opener is looked for ("between a minimum of "). */
const OPENER_REACH = 36;
const SECOND = new RegExp(String.raw`(?:(?:US|A|C|HK)?\$|€|£|₹|Rs\.?\s?)?(?:(?<digits>${DIGITS})(?![0-9]|[.,]\d)|(?<words>${WORDS})(?![A-Za-z]))`, "iy");

/** "300-400", "3-4 million", "between 300 and 400", "from 10 to 20 percent", "$3-4bn". */
function readRange(text: string, first: Expression, opener: string | null): Expression | null {
  RANGE_LINK.lastIndex = first.end;
  const link = RANGE_LINK.exec(text);
  if (!link) return null;
  const word = link[0].trim().toLowerCase().split(/\s+/)[0]!;
  if (word === "and" && opener !== "between") return null;
  const at = RANGE_LINK.lastIndex;
  SECOND.lastIndex = at;
  const m = SECOND.exec(text);
  if (!m || !m.groups) return null;
  const numStart = at + m[0].length - (m.groups["digits"] ?? m.groups["words"] ?? "").length;
  const stated = m.groups["digits"] !== undefined
    ? readDigits(text, m.groups["digits"], numStart + m.groups["digits"].length)
    : readWords(m.groups["words"]!, numStart);
  if (!stated) return null;
  // "two or three trucks", "40 or 50 of them": a range when the second is the larger and close to
  // the first (not "1 or 2,000", not "2009 or 2010", which are years)
  if (word === "or" && !(stated.value > first.number.value && stated.value <= Math.max(10, first.number.value * 10) && stated.scale === first.number.scale)) return null;
  const second = withUnit(text, numStart, stated, first.end);
  if (first.unit && second.unit && first.unit !== second.unit) return null;
  // "fell 2.4% to 9,120", "climbed 120 to 10,340": a change and the level it reached
  // (a low end told short takes the high end's scale: "rose 3 to 4 million" is a range)
  const lowValue = first.number.scale === null && second.number.scale !== null ? first.number.value * scaleFactor(second.number) : first.number.value;
  const low = { value: lowValue, unit: first.unit, currency: first.currency };
  const high = { value: second.number.value, unit: second.unit, currency: second.currency };
  if (changeAndLevel(text.slice(Math.max(0, first.start - 48), first.start), low, high, word, opener !== null)) return null;
  return second;
}

function cardinal(text: string, coreStart: number, stated: StatedNumber, base: "digits" | "words", floor: number): Mention | null {
  const lower = text.slice(coreStart, stated.end).toLowerCase();
  let first = withUnit(text, coreStart, stated, floor);
  let start = first.start;
  const parts: string[] = [];
  // qualifier or range opener before
  const windowStart = Math.max(floor, start - 24);
  const before = text.slice(windowStart, start);
  // (the low end may be told as a bound: "between a minimum of 5 and 9", "from as little as 5 to 9")
  const openerStart = Math.max(floor, start - OPENER_REACH);
  const opener = RANGE_OPENER.exec(text.slice(openerStart, start));
  let qualifier: Qualifier = null;
  let qualifierStart = start;
  let q = opener && opener[2] === undefined ? null : readQualifierBefore(before, windowStart);
  // "bringing us up to 83%", "took the total up to 31": "up" belongs to the verb, the figure is reached
  if (q && q.qualifier === "up to" && /^up\s+to$/i.test(text.slice(q.edge, start).trim()) && RAISED_TO.test(text.slice(Math.max(0, q.edge - 30), q.edge))) q = null;
  // "105 games over three seasons": the span a count was gathered across, not "more than three"
  if (q && q.qualifier === "over" && /^over$/i.test(text.slice(q.edge, start).trim()) && spanOver(text.slice(Math.max(0, q.edge - 40), start), text.slice(first.end, first.end + 24))) q = null;
  if (q) {
    qualifier = q.qualifier;
    qualifierStart = q.edge;
  }
  // range
  const second = readRange(text, first, opener ? opener[1]!.toLowerCase() : null);
  if (second) {
    let low = first.number.value;
    const high = second.number.value;
    // "3-4 million": the low end takes the high end's scale; not a low end told in full with its
    // thousands, which the scale would lift past the high one ("$888,500 to $1.3 million", "40,000 to
    // 1.5 million"). A plain number stays as it was ("in 1964 to $1.3 billion": a year, no range).
    const toldInFull = !first.number.bare && low * scaleFactor(second.number) >= high;
    if (first.number.scale === null && second.number.scale !== null && low < high && !toldInFull) {
      low = clean(low * scaleFactor(second.number));
    }
    const bothYears = first.number.bare && second.number.bare && isYearLike(first.number.value) && isYearLike(second.number.value);
    const unit0 = first.unit || second.unit;
    const counted = readCounted(text, second.end, true, false);
    const unit = unit0 || unitOfCounted(counted.phrase, counted.written);
    // "from 1996 to 2001" is a span of years (temporal); "between 1000 and 2000 people" is a count
    if (low < high && !(bothYears && !unit0 && unit !== "person")) {
      const rangeStart = opener ? openerStart + opener.index + opener[0].indexOf(opener[1]!) : start;
      // "40 or 50 of them", "two or three days": a guess between two figures
      const guess = /^\s+or\s/i.test(text.slice(first.end, first.end + 4));
      parts.push(first.currency || second.currency ? "currency" : unitPart(unit0), guess ? "alternatives" : "range");
      return mention(text, rangeStart, second.end, "quantity", quantity(low, high, unit, guess, null, null), pattern(parts), counted.phrase);
    }
  }
  let end = first.end;
  if (!qualifier) {
    const after = readQualifierAfter(text, end);
    if (after) {
      qualifier = after.qualifier;
      end = after.edge;
      // "a 300-plus-pound man", "a 40-plus-mile loop": the unit of the compound stands after "-plus"
      const unit = first.unit ? null : readUnitAfter(text, end);
      if (unit && !unit.currency) {
        first = { ...first, unit: unit.unit };
        end = unit.edge;
      }
    }
  } else start = qualifierStart;
  // bare "-fold": "three-fold", "a 10-fold increase"
  const fold = /-?fold\b/iy;
  fold.lastIndex = end;
  if (!first.unit && fold.exec(text)) {
    first = { ...first, unit: "times" };
    end = fold.lastIndex;
  }
  const plural = first.number.value !== 1 || first.number.scale !== null;
  const counted = readCounted(text, end, plural && !first.unit, false);
  let c = counted;
  // "two of its provinces", "1,000 tonnes of wheat", "10 percent of the population"
  if (c.phrase === null) c = readCounted(text, end, plural && !first.unit, true);
  // "a 10-member delegation", "a 15-year plan", "a 40-yd kick": the compound names what is counted
  const compound = c.phrase === null && !first.unit ? /-(yds?|[a-z]{3,})\b(?!-)/y : null;
  if (compound) {
    compound.lastIndex = end;
    // "four- and six-round bouts", "32- and 64-bit versions" (often printed "four-and six-round"): a
    // suspended compound names what the next one names (the phrase stays the first figure's own)
    SUSPENDED.lastIndex = end;
    let hit = SUSPENDED.exec(text);
    let phraseEnd = end;
    if (!hit) {
      hit = compound.exec(text);
      phraseEnd = compound.lastIndex;
      // "a mother of 12-another mom": a dash before a function word, no compound
      if (hit && isFunctionWord(hit[1]!)) hit = null;
    }
    if (hit && !/^(?:strong|odd|plus|old|long|high|wide|deep|tall|year-old|point)$/.test(hit[1]!)) {
      c = { phrase: hit[1]!, written: hit[1]!, end: phraseEnd };
    }
  }
  if (first.number.ambiguousM && c.phrase !== null && unitOfCounted(c.phrase, c.written) === "person") {
    // "5m people": million after all
    const number = { ...first.number, value: first.number.value * 1e6, step: first.number.step * 1e6, scale: "m" };
    first = { ...first, number, unit: "" };
  }
  const value = first.number.value;
  let unit = first.unit;
  if (!unit) unit = unitOfCounted(c.phrase, c.written);
  // exclusions
  if (first.number.bare && isYearLike(value) && !first.unit && unit !== "person") return null; // a year
  if (base === "words" && lower === "one" && (c !== counted || c.phrase === null || /(?:^|[^a-z])(?:the|no|any|every|each|this|that|which)(?:\s+|-)$/i.test(text.slice(Math.max(0, coreStart - 8), coreStart)))) {
    return null; // "one of the most", "on the one hand", "no one", "no-one"
  }
  // "zero-sum", "one-sided", "one-off": compounds, not counts
  if (base === "words" && /^(?:zero|one)$/.test(lower) && /^-[a-z]/i.test(text.slice(stated.end, stated.end + 2))) return null;
  // 'a "zero day" hole', "a zero day flaw", "a zero tolerance policy": "zero" with a quoted singular
  // noun, or one before another noun, names a kind and counts nothing ("zero days", "zero percent",
  // "zero growth in May" still count none)
  if (base === "words" && lower === "zero" && ZERO_COMPOUND.test(text.slice(stated.end, stated.end + 24))) return null;
  if (isListMarker(text, start, end, first)) return null;
  // "at 3 in the morning", "by 11 at night", "at 5 o'clock": an hour, not a count
  if (first.number.bare && !first.unit && value <= 24 && HOUR_AFTER.test(text.slice(end, end + 24))) return null;
  // "a dozen rounds": a round count, about twelve (round-counts.ts)
  const round = qualifier === null && isRoundCount(text, start, first.number);
  const b = round ? bounds(value, first.number.step, "around") : bounds(value, first.number.step, qualifier);
  if (qualifier) parts.push("qualified");
  parts.push(first.currency ? "currency" : unitPart(first.unit), base);
  if (first.number.scale !== null && base === "digits") parts.push("scale");
  return mention(text, start, end, "quantity", quantity(b.min, b.max, unit, b.approximate, qualifier, value), pattern(parts), c.phrase);
}

/**
 * A singular noun after "zero" that names a kind of thing with it: quoted ('"zero day"') or before
 * the noun it qualifies ("zero day flaw", "zero tolerance policy"). "zero growth in the quarter",
 * "zero inflation", "zero wins", "zero percent" stay counts of none.
 */
const FUNCTION_AFTER = String.raw`(?:percent|per|point|degree|and|or|to|in|at|of|on|for|by|the|a|an|with|from|than|as|is|was|were|are|be|been|has|had|have|will|would|after|before|over|under|out|times|this|that|last|since|during|so|but)\b`;
const ZERO_COMPOUND = new RegExp(String.raw`^["'”’]?[\s\u00a0]+["'“‘]?(?!${FUNCTION_AFTER})[a-z]+(?<!s)(?:["'”’-]|[\s\u00a0]+(?!${FUNCTION_AFTER})[a-z]{3,})`);

const SCALE_FACTORS = wordTable<number>({
  million: 1e6, mn: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12,
  thousand: 1e3, k: 1e3, hundred: 100, lakh: 1e5, lakhs: 1e5, lac: 1e5, crore: 1e7, crores: 1e7,
});

function scaleFactor(n: StatedNumber): number {
  const s = n.scale?.toLowerCase() ?? "";
  return SCALE_FACTORS[s] ?? 1;
}

function unitPart(unit: string): string {
  if (unit === "percent") return "percent";
  if (unit === "percentage-point" || unit === "basis-point") return "points";
  if (unit === "times") return "multiplier";
  return unit ? "measure" : "";
}

function pattern(parts: string[]): string {
  return "quantity/" + parts.filter((p) => p !== "").join("-");
}

function isYearLike(n: number): boolean {
  return Number.isInteger(n) && n >= 1000 && n <= 2199;
}

/** The compound after a suspended hyphen: "- and six-round" → "round". */
const SUSPENDED = /-\s?(?:and|or|to)\s+[A-Za-z0-9.]+-([a-z]{3,})\b(?!-)/y;

/** A verb of raising or bringing (and its object) before "up to": "bringing us up to", "pushed the toll up to". */
const RAISED_TO = /\b(?:bring|brings|brought|bringing|take|takes|took|taking|push|pushes|pushed|pushing|go|goes|went|gone|going|move|moves|moved|moving|ramp|ramps|ramped|ramping)(?:\s+(?:us|it|them|him|her|this|that|(?:the|its|their|our|his|her)\s+[a-z]+))?\s+$/i;

const HOUR_AFTER = /^[ \t]+(?:in[ \t]+the[ \t]+(?:morning|afternoon|evening)|at[ \t]+night|o['’]clock)\b/i;

/**
 * "2, 000ft", "$2, 500": thousands separators followed by a space, as tokenized corpora print
 * them, read as one number only where a unit follows or a currency stands before (a list such as
 * "pages 5, 100" stays two numbers). Returns the number as written, or null.
 */
function spacedThousands(text: string, start: number, floor: number): string | null {
  SPACED_THOUSANDS.lastIndex = start;
  const m = SPACED_THOUSANDS.exec(text);
  if (!m) return null;
  const windowStart = Math.max(floor, start - 8);
  const money = readCurrencyBefore(text.slice(windowStart, start), windowStart) !== null;
  return money || readUnitAfter(text, start + m[0].length) ? m[0] : null;
}
const SPACED_THOUSANDS = /\d{1,3}(?:, \d{3})+(?![\d,]|\.\d)/y;

/** "(1)" "(2)" enumerations: a small integer alone in parentheses. */
function isListMarker(text: string, start: number, end: number, e: Expression): boolean {
  return text.charAt(start - 1) === "(" && text.charAt(end) === ")" && e.number.bare && !e.unit && e.number.value < 100;
}

// ---------------------------------------------------------------------------------------------
// vague magnitudes and fractions

function vague(text: string, start: number, phrase: string): Mention | null {
  const magnitude = vagueMagnitude(phrase);
  if (!magnitude) return null;
  let end = start + phrase.length;
  let unit = "";
  let currency = false;
  // "millions of dollars"
  const u = moneyAfterOf(text, end);
  if (u) {
    unit = u.unit;
    currency = true;
    end = u.edge;
  }
  let counted = { phrase: null as string | null, written: null as string | null, end };
  if (!currency) {
    counted = readCounted(text, end, true, true);
    if (counted.phrase === null) counted = readCounted(text, end, true, false);
    unit = unitOfCounted(counted.phrase, counted.written);
  }
  const parts = [currency ? "currency" : "", "vague"];
  return mention(text, start, end, "quantity", quantity(magnitude.min, magnitude.max, unit, true, null, null), pattern(parts), counted.phrase);
}

function fraction(text: string, start: number, phrase: string, floor: number): Mention | null {
  const f = parseFraction(phrase);
  if (!f) return null;
  let end = start + phrase.length;
  // "half a million", "a quarter of a million", "two-thirds of a billion dollars"
  // ("half a dozen": six)
  const ofScale = /\s+(?:of\s+)?(?:an?\s+)?(million|billion|trillion|thousand|hundred|dozen)\b/iy;
  ofScale.lastIndex = end;
  const s = ofScale.exec(text);
  if (s) {
    const scale = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12 }[s[1]!.toLowerCase()]!;
    const value = clean((f.numerator / f.denominator) * scale);
    const stated: StatedNumber = { value, step: stepOf(value), end: ofScale.lastIndex, scale: s[1]!, bare: false, words: true, ambiguousM: false };
    return cardinal(text, start, stated, "words", floor);
  }
  const part = partOfAUnit(text, start, phrase, f, floor);
  if (part) return part;
  if (f.singular && !/^\s+of\s/i.test(text.slice(end, end + 5))) return null; // "a third visit" is an ordinal
  // "the first half of 2025", "the second half": a part of a period (temporal), not a fraction
  if (phrase.toLowerCase() === "half" && /(?:first|second|latter|former|other|one)\s+$/i.test(text.slice(Math.max(0, start - 10), start))) return null;
  const nominal = clean((100 * f.numerator) / f.denominator);
  const windowStart = Math.max(floor, start - 24);
  const q = readQualifierBefore(text.slice(windowStart, start), windowStart);
  const qualifier = q ? q.qualifier : null;
  const from = q ? q.edge : start;
  const b = qualifier === null ? { min: clean(nominal - 2.5), max: clean(nominal + 2.5), approximate: true } : bounds(nominal, 5, qualifier);
  const counted = readCounted(text, end, true, true);
  const c = counted.phrase === null ? readCounted(text, end, false, true) : counted;
  end = Math.max(end, start + phrase.length);
  return mention(text, from, end, "quantity", quantity(b.min, b.max, "percent", true, qualifier, nominal), pattern([qualifier ? "qualified" : "", "fraction"]), c.phrase);
}

/** "of a", "an", "of": what may stand between a fraction and the unit it takes a part of ("half a mile", "a quarter of a mile"). */
const TO_UNIT = /(?:\s+of)?(?:\s+an?)?(?=\s)/iy;
/** One unit and a half, read back from "and a half": "a mile and a half", "one kilometre and a half". */
const ONE_UNIT_AND = /(?<![A-Za-z])(?:an?|one)(\s+[A-Za-z]+(?:\s+[A-Za-z]+)?)\s+and\s+$/i;

/**
 * A fraction of one unit of a measure: "half a mile" (0.5 mi), "a quarter mile", "three-quarters of
 * a mile", "half a tonne", "half a percent", and one unit and a half: "a mile and a half" (1.5 mi),
 * "about a kilometre and a half". Not a money's scale ("half a million": the caller reads that),
 * and not a fraction of something that is no unit ("half a loaf", "a third of the vote").
 */
function partOfAUnit(text: string, start: number, phrase: string, f: { numerator: number; denominator: number }, floor: number): Mention | null {
  let from = start;
  let value = f.numerator / f.denominator;
  let unit: string | null = null;
  let end = start + phrase.length;
  const back = f.numerator === 1 && f.denominator === 2 && /^(?:a|one)[\s-]+half$/i.test(phrase) ? ONE_UNIT_AND.exec(text.slice(Math.max(floor, start - 40), start)) : null;
  if (back) {
    const at = Math.max(floor, start - 40) + back.index;
    const u = readUnitAfter(text, at + back[0].indexOf(back[1]!));
    if (!u || u.currency || u.edge !== at + back[0].indexOf(back[1]!) + back[1]!.length) return null;
    from = at;
    value = 1.5;
    unit = u.unit;
  } else {
    TO_UNIT.lastIndex = end;
    if (!TO_UNIT.exec(text)) return null;
    const u = readUnitAfter(text, TO_UNIT.lastIndex);
    if (!u || u.currency) return null;
    unit = u.unit;
    end = u.edge;
  }
  const windowStart = Math.max(floor, from - 24);
  const q = readQualifierBefore(text.slice(windowStart, from), windowStart);
  const qualifier = q ? q.qualifier : null;
  const nominal = clean(value);
  const b = qualifier === null ? { min: nominal, max: nominal, approximate: false } : bounds(nominal, 1 / f.denominator, qualifier);
  return mention(text, q ? q.edge : from, end, "quantity", quantity(b.min, b.max, unit, b.approximate, qualifier, nominal), pattern([qualifier ? "qualified" : "", "fraction", "unit"]), null);
}

// ---------------------------------------------------------------------------------------------
// ordinals: "third", "2nd", "twenty-first"

/**
 * The noun after an ordinal that makes it a count of years: "160th anniversary", "25th wedding
 * anniversary", "90th birthday". Not "the 160th day", "the second anniversary party's guests" is still
 * read (an anniversary's number, whatever follows), "third annual report" is not (no such noun).
 */
const YEARS_MARKED = /\s+(?:(?:wedding|silver|golden|diamond|founding)\s+)?(anniversary|anniversaries|birthdays?)(?![\p{L}\p{N}-])/iuy;

function ordinal(text: string, start: number, written: string, n: number, name: string): Mention {
  const end = start + written.length;
  // "her ninth straight win", "his 12th in a row": the length of a run of results, a count (records.ts)
  const run = readRun(text, end) ?? readToDate(text, end);
  if (run) return mention(text, start, end, "quantity", quantity(n, n, unitOfCounted(run.counted, run.written), false, null, n), `${name.replace(/^ordinal/, "quantity/ordinal")}-run`, run.counted);
  // "the seventh time she has won": a count of a happening so far (records.ts; "first" is a first, no count)
  if (n > 1 && readTimesSoFar(text, end)) return mention(text, start, end, "quantity", quantity(n, n, "time", false, null, n), `${name.replace(/^ordinal/, "quantity/ordinal")}-times`, "time");
  // "its 160th anniversary", "her 90th birthday": how many years something has lasted, a count
  YEARS_MARKED.lastIndex = end;
  const marked = YEARS_MARKED.exec(text);
  if (marked) {
    const noun = marked[1]!.toLowerCase().startsWith("birthday") ? "birthday" : "anniversary";
    return mention(text, start, end, "quantity", quantity(n, n, noun, false, null, n), `${name.replace(/^ordinal/, "quantity/ordinal")}-years`, noun);
  }
  // "now in his 10th season": the seasons of a tenure so far, a count (records.ts)
  const tenure = n > 1 ? readTenure(text, start, end) : null;
  if (tenure) return mention(text, start, end, "quantity", quantity(n, n, tenure, false, null, n), `${name.replace(/^ordinal/, "quantity/ordinal")}-tenure`, tenure);
  // "10th in school history", "fifth on the all-time list": a place on a list of all time, a rank reached (records.ts)
  if (readAllTimeRank(text, end)) return mention(text, start, end, "quantity", quantity(n, n, "rank", false, null, n), `${name.replace(/^ordinal/, "quantity/ordinal")}-all-time`, "rank");
  // "the 21st head coach", "the fifth Rovers president": a place in a line of holders of one office, a count
  const office = n > 1 ? officeAfter(text, end) : null;
  if (office) return mention(text, start, end, "quantity", quantity(n, n, office, false, null, n), `${name.replace(/^ordinal/, "quantity/ordinal")}-office`, office);
  const counted = readCounted(text, end, false, false);
  return mention(text, start, end, "ordinal", quantity(n, n, "ordinal", false, null, n), name, counted.phrase);
}

/**
 * An office held by one person at a time, after an ordinal and at most two words that qualify it
 * (a name, "head", "full-time"): "the 21st head coach", "the fifth Rovers president", "the 45th
 * President", "the eighth Secretary-General". The ordinal is the holder's place in the line of
 * holders (a count of holders so far), unless what follows makes it a first or a record ("the
 * second coach to be sacked this year", "the third manager fired", "the fourth coach ever"), which
 * is a rank among others, or the office's noun qualifies another ("the fourth coach carriage").
 * "First" is left out: "the first president" is most often such a record.
 */
/** Offices as written in running text or in a title ("head coach", "Secretary-General"). */
const OFFICES = [
  "vice president", "prime minister", "chief executive", "secretary general", "chief justice", "head coach", "coach", "manager",
  "president", "chairman", "chairwoman", "chancellor", "governor", "mayor", "pope", "premier", "monarch", "commissioner",
  "captain", "archbishop", "bishop", "headmaster", "headmistress", "principal",
].map((o) => o.split(" ").map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join(String.raw`[\s-]+`));
const OFFICE_AFTER = new RegExp(
  // (no "i" flag: a qualifying name must be capitalized, and "u" with "i" would let \p{Lu} take any letter)
  String.raw`(?:\s+(?:head|chief|interim|full-time|permanent|elected|\p{Lu}[\p{L}'’.-]*))?(?:\s+(?:head|chief|\p{Lu}[\p{L}'’.-]*))?` +
    String.raw`\s+(${OFFICES.join("|")})(?![\p{L}\p{N}-])` +
    // then the end of the phrase: a mark, a name, a possessive, or a word that opens what follows
    // ("of the club", "since 2004", "who"); not a verb or a noun ("to be fired", "sacked", "ever",
    // "depot": a coach that carries passengers)
    String.raw`(?=['’]s\b|\s*[.,;:!?)"'’”\]]|\s*$|\s+(?:of|in|at|for|since|and|or|with|who|whose|that|from|on|after|before|when|while|is|was|has|had|will|would|this|last|next)\b|\s+\p{Lu})`,
  "uy",
);

function officeAfter(text: string, end: number): string | null {
  OFFICE_AFTER.lastIndex = end;
  const m = OFFICE_AFTER.exec(text);
  if (!m) return null;
  return m[1]!.toLowerCase().replace(/^head\s+/, "").replace(/[\s-]+/g, " ");
}

function ordinalWord(text: string, start: number, written: string): Mention | null {
  const lower = written.toLowerCase();
  const [tens, unit] = lower.includes("-") ? (lower.split("-") as [string, string]) : [null, lower];
  const n = (tens ? TENS_WORDS[tens] ?? 0 : 0) + (ORDINAL_WORDS[unit] ?? 0);
  const end = start + written.length;
  // "a second", "seconds later": the unit of time, not a rank
  if (unit === "second" && /^\s*(?:[.,;:!?)]|later\b|ago\b|$)/i.test(text.slice(end, end + 8))) return null;
  return ordinal(text, start, written, n, "ordinal/words");
}
