/**
 * Units of one dimension and their factors: "600 m" and "2,000 feet", "48 km" and "30 miles",
 * "193 km/h" and "120 mph" are compared in one base unit (metres, metres per second, kilograms …).
 * Owns the one table of factors and the rounding a conversion is allowed. Does not own reading
 * units from text (units.ts) or comparing values (group/, judge/): they ask this module.
 *
 * Only fixed factors: gallons (US or imperial), tons (short, long or metric) and barrels are left
 * out, and so are currencies, whose rates change from day to day. Lengths of time count seconds
 * to weeks (not months or years, whose length in seconds varies; months and years are a scale of
 * their own, twelve months to the year): "an hour" and "64 minutes" of one outage are one length
 * told twice. In news a count of hours and one of days in one story are more often
 * two periods ("eight hours a day", "talks of two days, a meeting of two hours"): such figures are
 * only compared when their frames name one holder (group/occurrence-topics.ts), and lie within
 * a factor of five of each other (group.ts UNITS_APART). Inches
 * and yards are not read as lengths (units.ts): "a 40-yard pass" counts yards, and "5-feet-8
 * inches" is one height.
 */
import type { Claim, Dimension } from "../../types.js";
import { wordTable } from "../word-table.js";

/** Unit (as the value layer reports it) → its dimension and its size in the dimension's base unit. */
const UNITS = wordTable<readonly [Dimension, number]>({
  // length, in metres
  m: ["length", 1],
  km: ["length", 1000],
  cm: ["length", 0.01],
  mm: ["length", 0.001],
  mi: ["length", 1609.344],
  ft: ["length", 0.3048],
  // area, in square metres
  km2: ["area", 1e6],
  m2: ["area", 1],
  ft2: ["area", 0.09290304],
  yd2: ["area", 0.83612736],
  mi2: ["area", 2_589_988.110336],
  ha: ["area", 1e4],
  acre: ["area", 4046.8564224],
  // speed, in metres per second
  "m/s": ["speed", 1],
  "km/h": ["speed", 1000 / 3600],
  mph: ["speed", 1609.344 / 3600],
  kn: ["speed", 1852 / 3600],
  // mass, in kilograms (not "t": the value layer reads "tons" as it reads "tonnes", and a US ton
  // is 907 kg, a British one 1,016: "50 tons" and "100,000 pounds" are one load)
  kg: ["mass", 1],
  lb: ["mass", 0.45359237],
  // energy and power, in kilowatt-hours and kilowatts
  kWh: ["energy", 1],
  MWh: ["energy", 1e3],
  GWh: ["energy", 1e6],
  TWh: ["energy", 1e9],
  kW: ["power", 1],
  MW: ["power", 1e3],
  GW: ["power", 1e6],
  // time, in seconds
  second: ["time", 1],
  minute: ["time", 60],
  hour: ["time", 3600],
  day: ["time", 86_400],
  week: ["time", 604_800],
  // long lengths of time, in years: a decade is always ten of them and a year twelve months,
  // whatever a year's length in days ("more than three decades" and "35 years", "18 months" and "a
  // year and a half" are one scale; days and weeks are not: a month's length in them varies)
  month: ["years", 1 / 12],
  year: ["years", 1],
  decade: ["years", 10],
  century: ["years", 100],
  millennium: ["years", 1000],
});

/** What a unit measures ("ft" → length), or null for a unit of its own (currencies, people, "truck"). */
export function dimensionOf(unit: string): Dimension | null {
  return Object.hasOwn(UNITS, unit) ? UNITS[unit]![0] : null;
}

/**
 * Whether two claims' quantities can be set against each other: one unit, or two units of one
 * dimension ("a quarter-century" in years and "three decades", "18 months" and "two years"). Days
 * and years are of no one dimension (a year's length in days varies), so "700 days" and "two
 * years" are not. Must: "30 years" / "three decades". Must not: "700 days" / "two years"; a count
 * and a date.
 */
export function sameDimension(a: Pick<Claim, "value">, b: Pick<Claim, "value">): boolean {
  const [va, vb] = [a.value, b.value];
  if (va.type !== "quantity" || vb.type !== "quantity") return false;
  if (va.unit === vb.unit) return true;
  const d = dimensionOf(va.unit);
  return d !== null && d === dimensionOf(vb.unit);
}

/** How many base units one of this unit is ("km" → 1000 metres); 1 for a unit of its own. */
export function factorOf(unit: string): number {
  return Object.hasOwn(UNITS, unit) ? UNITS[unit]![1] : 1;
}

/**
 * A claim's dimension: "money" for a currency its story gives a rate for (Claim.exchange, learnt
 * by group/exchange-rates.ts from the story's own conversions), else its unit's (dimensionOf).
 */
export function dimensionOfClaim(c: Pick<Claim, "value" | "exchange">): Dimension | null {
  if (c.value.type !== "quantity") return null;
  return c.exchange !== undefined ? "money" : dimensionOf(c.value.unit);
}

/** How many base units one of a claim's unit is: its story's rate for a currency (Claim.exchange), else factorOf. */
export function factorOfClaim(c: Pick<Claim, "value" | "exchange">): number {
  if (c.value.type !== "quantity") return 1;
  return c.exchange ?? factorOf(c.value.unit);
}

/**
 * How far, as a share of the figure, a sum converted at a story's own rate may lie from another
 * and still be one sum: the rate is learnt from rounded figures ("€2m ($2.6m)": 1.3, where the
 * day's rate may have been 1.33), and outlets convert at their own day's rate.
 */
export const RATE_SLACK = 0.05;

/**
 * What a quantity is compared as: its dimension when it has one ("ft" and "m" → "length"), else
 * its own unit ("EUR", "person").
 */
export function comparedAs(unit: string): string {
  return dimensionOf(unit) ?? unit;
}

/**
 * The rounding a conversion is allowed, in the unit a figure is written in: whoever turned "120
 * mph" into "190 km/h" or "2,000 feet" into "610 m" rounded to two significant digits, so a
 * figure set against one of another unit stands for every value that rounds to its first two
 * digits: 190 → 10 (185–195), 610 → 10, 48 → 1, 1.6 → 0.1, 2,000 → 100 (1,950–2,050). A figure
 * stated more coarsely keeps its own step (precision.ts takes the larger).
 */
export function conversionStep(n: number): number {
  if (!Number.isFinite(n) || n === 0) return 0;
  return 10 ** (Math.floor(Math.log10(Math.abs(n)) + 1e-9) - 1);
}

/**
 * Whether a unit's conversions are exact, never a writer's rounding: a decade is ten years, a
 * century a hundred, so "three decades" is 30 years to the year, not "whatever rounds to 30".
 */
export function convertsExactly(unit: string): boolean {
  return dimensionOf(unit) === "years";
}

/**
 * Whether two figures in units of one dimension say the same ("2,000 ft" and "610 m", "30 miles"
 * and "48 km"): their values in the base unit differ by no more than the rounding a conversion is
 * allowed on each side. Not for units of their own: "200 EUR" and "200 GBP" are not one figure.
 */
export function sameConverted(a: number, unitA: string, b: number, unitB: string): boolean {
  const [da, db] = [dimensionOf(unitA), dimensionOf(unitB)];
  if (da === null || da !== db) return false;
  const [fa, fb] = [factorOf(unitA), factorOf(unitB)];
  return Math.abs(a * fa - b * fb) <= (conversionStep(a) * fa + conversionStep(b) * fb) / 2;
}
