/**
 * Stated precision: the interval an exact figure covers, from the digits it was written with
 * (statcheck's rounding rule). A figure stands for every value that rounds to it:
 *
 *   "4.2"            one decimal          4.15 … 4.25
 *   "$69 billion"    whole billions       68.5 … 69.5 billion
 *   "$68.7 billion"  tenths of a billion  68.65 … 68.75 billion   (inside the line above: they agree)
 *   "12 people"      whole people         11.5 … 12.5
 *   "20,000"         whole people         19,999.5 … 20,000.5
 *   "20,000", an estimate                  15,000 … 25,000         (trailing zeros round)
 *
 * Trailing zeros of a whole number are taken as rounding only for an estimate (the rule, or the
 * claim's own frame, says its figures are estimates); a qualifier ("about 20,000") already gives
 * the value a tolerance in the value layer. Spans are half-open: "4.2" and "4.3" meet at 4.25 but
 * do not overlap, so they still contradict. A span is kept closed here by stopping a hair (a
 * 2^-21 part of the step) short of each end, a dyadic fraction that keeps whole numbers exact.
 *
 * Dates, ranges, bounds ("over 2,800") and approximate figures keep their interval as it is.
 * Owns: the step of an exact figure and its span. Does not own the value itself (values/).
 */
import type { Claim, QuantityValue } from "../types.js";
import { type Interval, toInterval } from "../values/intervals.js";
import { conversionStep, convertsExactly, factorOfClaim } from "../values/quantity/dimensions.js";
import { wordTable } from "../values/word-table.js";

/** An exact figure: one number, no qualifier or tolerance. */
export function isExactFigure(v: Claim["value"]): v is QuantityValue & { nominal: number } {
  return v.type === "quantity" && !v.approximate && v.min !== null && v.min === v.max && v.nominal !== null && v.qualifier === null;
}

const DIGITS = /\d[\d,]*(?:\.\d+)?/;
const SCALE_WORD = /\b(thousand|million|billion|trillion|lakhs?|lac|crores?)\b/i;
const SCALES = wordTable<number>({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5, lac: 1e5, crore: 1e7, crores: 1e7 });

/** Whether n is a whole number of steps (within floating-point error: 6.4 / 0.1). */
function statesWhole(n: number, step: number): boolean {
  const k = n / step;
  return Math.abs(k - Math.round(k)) < 1e-9 * Math.max(1, Math.abs(k));
}

/** 10^k nearest to x (x > 0). */
function powerOfTen(x: number): number {
  return 10 ** Math.round(Math.log10(x));
}

/**
 * Place value of the last digit a figure states, in its unit: "$68.7 billion" → 1e8; "12" → 1;
 * "20,000" → 1, or 10,000 for an estimate. Null when the value is not an exact figure.
 */
export function statedStep(c: Pick<Claim, "text" | "value">, estimate = false): number | null {
  const v = c.value;
  // a pair (a score, a record) states both its numbers whole: it is compared as one point (values/intervals.ts)
  if (!isExactFigure(v) || v.pair) return null;
  const n = v.nominal;
  const digits = DIGITS.exec(c.text);
  let step: number;
  let whole: string | null = null;
  if (digits) {
    const plain = digits[0].replace(/,/g, "");
    const [int = "", frac = ""] = plain.split(".");
    const written = Number(plain);
    // The scale may stand inside the quote ("$69 billion") or after it ("$8.5 millions" quoted as "$8.5").
    const factor = written > 0 && n !== 0 ? powerOfTen(Math.abs(n / written)) : 1;
    step = factor * 10 ** -frac.length;
    if (frac.length === 0) whole = int;
  } else {
    // Number words: "sixteen" states units, "two million" millions, "half a million" hundred
    // thousands; a figure with a fraction states its last decimal ("six point four": tenths).
    const scale = SCALE_WORD.exec(c.text);
    step = scale ? (SCALES[scale[1]!.toLowerCase()] ?? 1) : 1;
    while (step > 1e-9 && !statesWhole(n, step)) step /= 10;
    whole = String(Math.round(n / step));
  }
  if (estimate && whole !== null) {
    const zeros = /0*$/.exec(whole.replace(/^0+(?=\d)/, ""))![0].length;
    if (whole !== "0") step *= 10 ** Math.min(zeros, whole.length - 1);
  }
  return step;
}

/**
 * The interval a claim's value covers: for an exact figure, every value that rounds to it (a
 * hair short of both ends, so neighbours do not overlap); otherwise the value's own interval.
 *
 * `converted`: the claim is compared with figures in other units of its dimension ("2,000 feet"
 * against "610 m"), so the span is given in the dimension's base unit, and an exact figure, which
 * may be someone's conversion of another, covers at least what rounds to its first two digits
 * (dimensions.ts conversionStep): "190 km/h" covers 185–195 km/h, "48 km" still 47.5–48.5 km;
 * the ends of a bound or an approximation are widened as much ("up to 193 km/h": up to 198).
 * Money is given in its story's reference currency (Claim.exchange).
 */
export function spanOf(c: Pick<Claim, "text" | "value" | "exchange">, estimate = false, converted = false): Interval {
  const stated = statedStep(c, estimate);
  const f = converted && c.value.type === "quantity" ? factorOfClaim(c) : 1;
  // (a length in decades or centuries is no one's rounding of a length in years: it keeps its own precision)
  if (converted && c.value.type === "quantity" && convertsExactly(c.value.unit)) converted = false;
  if (stated === null) {
    const iv = toInterval(c.value);
    if (!converted || c.value.type !== "quantity") return f === 1 ? iv : { lo: iv.lo * f, hi: iv.hi * f };
    // a bound or an approximation whose number may be a conversion: its stated ends, widened by that rounding
    const slack = c.value.nominal === null ? 0 : conversionStep(c.value.nominal) / 2;
    return { lo: (iv.lo - slack) * f, hi: (iv.hi + slack) * f };
  }
  const n = (c.value as QuantityValue).nominal!;
  const step = converted ? Math.max(stated, conversionStep(n)) : stated;
  const half = step / 2 - step / 2 ** 21;
  return { lo: (n - half) * f, hi: (n + half) * f };
}

/**
 * Whether a finer figure is a rounding's source of a coarser one: its number lies within what the
 * coarser covers (spanOf, a hair short of both ends). A number at the very edge rounds to either
 * neighbour by one convention or the other, so it is no refinement of either: "four and a half
 * months" is not "four months" told more precisely, nor "five months"; "$68.7 billion" is "$69
 * billion" told more precisely. Must hold: 68.7 within $69 billion's span (68.5 … 69.5); 12 within
 * "12"; 21,400 within an estimate of "20,000" (15,000 … 25,000). Must not: 4.5 against "four"
 * (3.5 … 4.5) or "five" (4.5 … 5.5); 12.5 against "12" or "13".
 */
export function roundsTo(finer: number, coarser: Interval): boolean {
  return coarser.lo <= finer && finer <= coarser.hi;
}
