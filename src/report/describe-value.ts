/**
 * Values in the reader's terms. Every human-facing reporter (terminal table, Markdown, HTML,
 * explain) shows a normalized Value through describeValue(), never as a raw interval:
 *
 *   {quantity min 2800 max null unit person qualifier over}  → "over 2,800 people"
 *   {date 2025-04-16…2025-04-30 granularity part}             → "late April 2025"
 *   {range 1996-01-01…2001-12-31 granularity year}            → "1996–2001"
 *   {quantity max ≈1e9 unit USD qualifier nearly nominal 1e9} → "nearly $1 billion"
 *   {quantity min 20 max 20 unit score pair [20, 13]}         → "20-13 score"
 *
 * Owns only wording; it reads nothing but the Value and imports nothing but types.
 */
import { describeUndated } from "./describe-undated.js";
import type { DateValue, IsoDay, QuantityValue, RangeValue, Value } from "../types.js";
import { daysInMonth } from "../values/temporal/calendar.js";
import { wordTable } from "../values/word-table.js";
import { MONTH_NAMES } from "../values/calendar-words.js";

interface Day {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

function parseDay(iso: IsoDay): Day | null {
  const m = /^(-?\d{1,6})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? `month ${month}`;
}

const isFirstOfMonth = (d: Day): boolean => d.day === 1;
const isLastOfMonth = (d: Day): boolean => d.day === daysInMonth(d.year, d.month);
const isFirstOfYear = (d: Day): boolean => d.month === 1 && d.day === 1;
const isLastOfYear = (d: Day): boolean => d.month === 12 && d.day === 31;

/** 1 → "1st", 19 → "19th", 22 → "22nd" (centuries). */
function ordinal(n: number): string {
  const rem100 = n % 100;
  if (rem100 >= 11 && rem100 <= 13) return `${n}th`;
  const suffix = ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
}

// ---------------------------------------------------------------------------------------------
// dates

/** "19 April 2025" */
function dayText(d: Day): string {
  return `${d.day} ${monthName(d.month)} ${d.year}`;
}

/** A span that lies inside one month: "late April 2025", "mid-May 2025", "3–9 May 2025". */
function partOfMonth(a: Day, b: Day): string {
  const where = `${monthName(a.month)} ${a.year}`;
  const last = daysInMonth(a.year, a.month);
  if (isFirstOfMonth(a) && b.day <= Math.ceil(last / 2)) return `early ${where}`;
  if (isLastOfMonth(b) && a.day > Math.floor(last / 2) - 1) return `late ${where}`;
  if (a.day > 1 && b.day < last && a.day >= 8 && b.day <= 24) return `mid-${where}`;
  return `${a.day}–${b.day} ${where}`;
}

/** A span of whole months inside one year: "first half of 2025", "Q3 1988", "late 2023", "March–May 2025". */
function partOfYear(a: Day, b: Day): string {
  const y = a.year;
  const from = a.month;
  const to = b.month;
  if (from === 1 && to === 6) return `the first half of ${y}`;
  if (from === 7 && to === 12) return `the second half of ${y}`;
  if (to - from === 2 && (from - 1) % 3 === 0) return `Q${(from - 1) / 3 + 1} ${y}`;
  if (from === 1 && to <= 4) return `early ${y}`;
  if (to === 12 && from >= 9) return `late ${y}`;
  if (from >= 4 && to <= 9) return `mid-${y}`;
  return `${monthName(from)}–${monthName(to)} ${y}`;
}

/** A span of whole years inside one decade or century: "the early 1990s", "the late 19th century". */
function partOfLongPeriod(a: Day, b: Day): string | null {
  const decade = Math.floor(a.year / 10) * 10;
  if (Math.floor(b.year / 10) * 10 === decade) {
    const off = [a.year - decade, b.year - decade] as const;
    if (off[0] === 0 && off[1] <= 4) return `the early ${decade}s`;
    if (off[1] === 9 && off[0] >= 5) return `the late ${decade}s`;
    if (off[0] >= 3 && off[1] <= 7) return `the mid-${decade}s`;
    return null;
  }
  const century = Math.floor((a.year - 1) / 100) + 1;
  if (Math.floor((b.year - 1) / 100) + 1 === century) {
    const base = (century - 1) * 100 + 1;
    if (a.year === base && b.year - base < 50) return `the early ${ordinal(century)} century`;
    if (b.year === base + 99 && a.year - base >= 50) return `the late ${ordinal(century)} century`;
    if (a.year - base >= 25 && b.year - base <= 75) return `the mid-${ordinal(century)} century`;
  }
  return null;
}

/** Any inclusive span of days, in the shortest words that say it exactly. */
function spanText(start: IsoDay, end: IsoDay): string {
  const a = parseDay(start);
  const b = parseDay(end);
  if (!a || !b) return start === end ? start : `${start} – ${end}`;
  if (start === end) return dayText(a);
  const wholeMonths = isFirstOfMonth(a) && isLastOfMonth(b);
  const wholeYears = isFirstOfYear(a) && isLastOfYear(b);
  if (wholeYears) {
    if (a.year === b.year) return String(a.year);
    if (a.year % 10 === 0 && b.year === a.year + 9) return `the ${a.year}s`;
    if (a.year % 100 === 1 && b.year === a.year + 99) return `the ${ordinal(Math.floor(a.year / 100) + 1)} century`;
    return partOfLongPeriod(a, b) ?? `${a.year}–${b.year}`;
  }
  if (a.year === b.year && a.month === b.month) {
    return wholeMonths ? `${monthName(a.month)} ${a.year}` : partOfMonth(a, b);
  }
  if (wholeMonths && a.year === b.year) return partOfYear(a, b);
  if (wholeMonths) return `${monthName(a.month)} ${a.year} – ${monthName(b.month)} ${b.year}`;
  if (a.year === b.year) return `${a.day} ${monthName(a.month)} – ${dayText(b)}`;
  return `${dayText(a)} – ${dayText(b)}`;
}

export function describeDate(value: DateValue): string {
  const text = spanText(value.start, value.end);
  // "around 2021"; a part of a period ("late April") is already vague, so it takes no "around".
  return value.approximate && value.granularity !== "part" ? `around ${text}` : text;
}

/** "1996–2001", "March 2020 – May 2021", "the 1980s–1990s" */
export function describeRange(value: RangeValue): string {
  const a = parseDay(value.start);
  const b = parseDay(value.end);
  if (!a || !b) return `${value.start} – ${value.end}`;
  switch (value.granularity) {
    case "year":
      if (isFirstOfYear(a) && isLastOfYear(b)) return a.year === b.year ? String(a.year) : `${a.year}–${b.year}`;
      break;
    case "decade":
      if (isFirstOfYear(a) && isLastOfYear(b) && a.year % 10 === 0 && b.year % 10 === 9)
        return `the ${a.year}s–${b.year - 9}s`;
      break;
    case "month":
      if (isFirstOfMonth(a) && isLastOfMonth(b)) {
        if (a.year === b.year) return `${monthName(a.month)}–${monthName(b.month)} ${a.year}`;
        return `${monthName(a.month)} ${a.year} – ${monthName(b.month)} ${b.year}`;
      }
      break;
    case "day":
      if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${monthName(a.month)} ${a.year}`;
      break;
    default:
      break;
  }
  return spanText(value.start, value.end);
}

// ---------------------------------------------------------------------------------------------
// quantities

const CURRENCY_SYMBOLS = wordTable<string>({ USD: "$", EUR: "€", GBP: "£", JPY: "¥", INR: "₹" });

/** Units written after the number: [singular, plural]. Unknown units are written as they come. */
const UNIT_WORDS = wordTable<readonly [string, string]>({
  person: ["person", "people"],
  "percentage-point": ["percentage point", "percentage points"],
  year: ["year", "years"],
  decade: ["decade", "decades"],
  century: ["century", "centuries"],
  millennium: ["millennium", "millennia"],
  month: ["month", "months"],
  day: ["day", "days"],
  week: ["week", "weeks"],
  hour: ["hour", "hours"],
  km: ["km", "km"],
  mile: ["mile", "miles"],
  kg: ["kg", "kg"],
  tonne: ["tonne", "tonnes"],
});

/** Made on first use: building a number format costs ~15 ms, which a JSON report never needs. */
let groupedFormat: Intl.NumberFormat | null = null;
const grouped = { format: (n: number): string => (groupedFormat ??= new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 })).format(n) };

/** 2800 → "2,800"; 1700000 → "1.7 million"; 1e9 → "1 billion"; 0.5 → "0.5". */
export function formatNumber(n: number): string {
  const abs = Math.abs(n);
  for (const [scale, word] of [
    [1e12, "trillion"],
    [1e9, "billion"],
    [1e6, "million"],
  ] as const) {
    if (abs >= scale) {
      const scaled = n / scale;
      // Only when the scaled figure is short: 1.25 million yes, 1,234,567 stays grouped.
      if (Math.abs(scaled * 100 - Math.round(scaled * 100)) < 1e-6) return `${grouped.format(scaled)} ${word}`;
      break;
    }
  }
  return grouped.format(n);
}

/** One figure with its unit: "$1 billion", "2,800 people", "10%", "PKR 5 billion", "3 km". */
export function formatAmount(n: number, unit: string): string {
  const num = formatNumber(n);
  if (unit === "") return num;
  if (unit === "percent") return `${num}%`;
  const symbol = CURRENCY_SYMBOLS[unit];
  if (symbol !== undefined) return n < 0 ? `-${symbol}${formatNumber(-n)}` : `${symbol}${num}`;
  if (/^[A-Z]{3}$/.test(unit)) return `${unit} ${num}`; // ISO 4217 code without a symbol: PKR, AFN
  const words = UNIT_WORDS[unit];
  if (words) return `${num} ${n === 1 ? words[0] : words[1]}`;
  return `${num} ${unit}`;
}

/** The figure a qualifier speaks of: the stated number when there is one, else the bound it sets. */
function stated(value: QuantityValue, bound: number | null): number | null {
  return value.nominal ?? bound;
}

export function describeQuantity(value: QuantityValue): string {
  const { min, max, unit } = value;
  // a score, a record or a tally: its two numbers, then its kind ("20-13 score", "10-5 record")
  if (value.pair) return `${value.pair[0]}-${value.pair[1]} ${unit}`;
  // a game clock: the time left in its period, as a clock shows it ("4:05 left")
  if (unit === "game-clock" && min !== null) return `${Math.floor(min / 60)}:${String(min % 60).padStart(2, "0")} left`;
  const amount = (n: number): string => formatAmount(n, unit);
  switch (value.qualifier) {
    case "over": {
      const n = stated(value, min);
      if (n !== null) return `over ${amount(n)}`;
      break;
    }
    case "at least": {
      const n = stated(value, min);
      if (n !== null) return `at least ${amount(n)}`;
      break;
    }
    case "up to": {
      const n = stated(value, max);
      if (n !== null) return `up to ${amount(n)}`;
      break;
    }
    case "nearly": {
      const n = stated(value, max);
      if (n !== null) return `nearly ${amount(n)}`;
      break;
    }
    case "around": {
      const n = stated(value, min !== null && max !== null ? (min + max) / 2 : (min ?? max));
      if (n !== null) return `about ${amount(n)}`;
      break;
    }
    case "estimated": {
      const n = stated(value, min !== null && max !== null ? (min + max) / 2 : (min ?? max));
      if (n !== null) return `an estimated ${amount(n)}`;
      break;
    }
    default:
      break;
  }
  const vague = vagueMagnitude(value);
  if (vague !== null) return vague;
  // No qualifier (or one with nothing to qualify): the number as stated, else the bounds.
  if (value.nominal !== null && value.nominal !== undefined) {
    return value.approximate ? `about ${amount(value.nominal)}` : amount(value.nominal);
  }
  if (min !== null && max !== null) {
    if (min === max) return value.approximate ? `about ${amount(min)}` : amount(min);
    return `between ${formatAmountBare(min, unit)} and ${amount(max)}`;
  }
  if (min !== null) return `${amount(min)} or more`;
  if (max !== null) return `up to ${amount(max)}`;
  return unit === "" ? "an unknown number" : `an unknown number of ${UNIT_WORDS[unit]?.[1] ?? unit}`;
}

const MAGNITUDE_WORDS: readonly (readonly [number, string])[] = [
  [1e2, "hundreds"],
  [1e3, "thousands"],
  [1e4, "tens of thousands"],
  [1e5, "hundreds of thousands"],
  [1e6, "millions"],
  [1e7, "tens of millions"],
  [1e8, "hundreds of millions"],
  [1e9, "billions"],
];

const MASS_NOUNS = wordTable<string>({ USD: "dollars", EUR: "euros", GBP: "pounds", person: "people" });

/**
 * A vague magnitude has no stated number and runs from two of a power of ten:
 * "millions" is {min 2,000,000, max 999,999,999, nominal null} → "millions of people";
 * "hundreds of thousands" is {min 200,000, max 999,999} → "hundreds of thousands of people".
 */
function vagueMagnitude(value: QuantityValue): string | null {
  if (value.nominal !== null && value.nominal !== undefined) return null;
  if (value.min === null || value.max === null || !value.approximate) return null;
  const entry = MAGNITUDE_WORDS.find(([scale]) => value.min === 2 * scale && value.max !== null && value.max >= 10 * scale - 1);
  if (!entry) return null;
  const noun = MASS_NOUNS[value.unit] ?? UNIT_WORDS[value.unit]?.[1] ?? (value.unit === "" ? "" : value.unit);
  return noun === "" ? entry[1] : `${entry[1]} of ${noun}`;
}

/** The lower figure of "between 2 and 3 million people": "2 million", "$2 billion". */
function formatAmountBare(n: number, unit: string): string {
  if (unit === "percent") return `${formatNumber(n)}%`;
  const symbol = CURRENCY_SYMBOLS[unit];
  return symbol !== undefined ? `${symbol}${formatNumber(n)}` : formatNumber(n);
}

// ---------------------------------------------------------------------------------------------

/** Any normalized value in the reader's terms. */
export function describeValue(value: Value): string {
  switch (value.type) {
    case "date":
      return value.start === null ? describeUndated(value) : describeDate(value);
    case "range":
      return describeRange(value);
    case "quantity":
      return describeQuantity(value);
  }
}

/** A claim's time frame in words: frame 2025-01-01…2025-06-30 → "the first half of 2025". */
export function describeFrame(frame: DateValue | RangeValue): string {
  return frame.type === "date" ? describeDate(frame) : describeRange(frame);
}
