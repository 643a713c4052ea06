/**
 * One sale told with its price and two dates. Background paragraphs retell a family's or a firm's
 * past ("sold the estate for $30 million in 1957"), and outlets slip by a decade or a year ("in
 * 1967"). A sale is not a one-off happening by its verb (a thing may be sold again, shares are sold
 * every day: once.ts), so two years of "sold" are two sales by distance alone; here the price says
 * they are one: both dates are told by a verb of selling (predicate-classes.ts class "sell") whose
 * clause gives the price it fetched, "for" and a sum ("sold the farm for a reported £2.5 million
 * in 1961", "which the heirs sold for £2.5m in 1971", "it was sold for about $400,000"), and the
 * two sums are one amount in one currency. Two sales at one price in one story are far rarer than
 * one sale told with two dates; told so, the dates are one occurrence's and may contradict.
 * Shares, stakes and other goods sold by the lot ("sold 2,000 shares for $3 million") are sold
 * again and again, often at round prices: what was sold, when it holds a figure or such a word, is
 * no one thing.
 * Must be one: "sold the mill for $4 million in 1950" / "the mill, sold for $4m in 1960". Must not:
 * two prices ("for $4 million" / "for $5 million"), two currencies ("$4 million" / "£4 million"), a
 * price not of the sale ("sold the mill in 1950 and spent $4 million on a house"), a purchase and a
 * sale, a sale whose clause gives no price, shares or a lot sold.
 */
import type { Claim } from "../types.js";
import { oncePerClaim } from "./per-claim.js";
import { classesOfClaim } from "./predicate-classes.js";
import { soleWordAt } from "./word-places.js";

/**
 * A verb of selling, then at most eight words (no clause break), then "for", a hedge or two
 * ("a reported", "about", "an estimated"), and a sum with its currency sign and scale word.
 */
const SOLD_FOR =
  /\b(?:sold|sell|sells|selling)\b((?:\s+(?![Ff]or\b)[^\s,;:.]+){0,8}?)\s+for\s+(?:(?:a|an|some|about|around|roughly|nearly|almost|reported|reportedly|estimated|approximately)\s+){0,3}([$£€])\s?(\d[\d,]*(?:\.\d+)?)\s*(million|billion|m|bn|mn)?\b/i;

/** What was sold, when it is goods sold by the lot: a figure, or shares, a stake, stock, bonds, units. */
const BY_THE_LOT = /\d|\b(?:shares?|stakes?|stocks?|bonds?|units?|tickets?|copies|options?|lots?)\b/i;

const SCALE: Readonly<Record<string, number>> = { million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9 };


/** The price a date's sale fetched, as currency and amount ("$ 30000000"); null when the date tells no sale at a price. */
export const salePrice: (c: Claim) => string | null = oncePerClaim(readPrice);

function readPrice(c: Claim): string | null {
  if (c.value.type !== "date" || !(classesOfClaim(c) ?? []).includes("sell")) return null;
  const m = SOLD_FOR.exec(c.sentence);
  if (!m || BY_THE_LOT.test(m[1]!)) return null;
  const amount = Number(m[3]!.replace(/,/g, "")) * (m[4] ? SCALE[m[4].toLowerCase()]! : 1);
  return Number.isFinite(amount) && amount > 0 ? `${m[2]} ${Math.round(amount)}` : null;
}

/**
 * The price a sale fetched, told as the figure itself: a sum that stands right after "sold … for"
 * (the same clause SOLD_FOR reads a date's sale from), as currency and amount ("$ 30000000"); null
 * for any other figure. "the field was sold for a reported $30 million" and "which the heirs sold
 * for $30 million in 1967" are one sale's price, whoever is said to have sold it and in whatever
 * year: its date is the sale's date (one sale told with two years, whose dates are compared apart:
 * oneSaleAtOnePrice), not a period the figure holds over. Must read: "sold the mill for $4 million",
 * "it was sold for about £2.5m". Must not: "bought the mill for $4 million" (no sale), "sold 2,000
 * shares for $3 million" (a lot), "sold the mill and spent $4 million" (a sum that is no price),
 * a sum in another clause after "for" ("sold the mill for $4 million, and paid $1 million in fees").
 */
export const salePriceOfFigure: (c: Claim) => string | null = oncePerClaim(readFigurePrice);

function readFigurePrice(c: Claim): string | null {
  const v = c.value;
  if (v.type !== "quantity" || v.nominal === null || !(classesOfClaim(c) ?? []).includes("sell")) return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  const m = SOLD_FOR.exec(c.sentence);
  if (!m || BY_THE_LOT.test(m[1]!)) return null;
  // the figure is the sum the clause names (its span, with a hedge or not, holds the match's last currency sign)
  const sumAt = m.index + m[0].lastIndexOf(m[2]!);
  if (sumAt < at || sumAt >= at + c.text.length) return null;
  const amount = Number(m[3]!.replace(/,/g, "")) * (m[4] ? SCALE[m[4].toLowerCase()]! : 1);
  return Number.isFinite(amount) && amount > 0 && amount === v.nominal ? `${m[2]} ${Math.round(amount)}` : null;
}

/** Two figures that are one sale's price (see salePriceOfFigure): both told so, one amount in one currency, in one story. */
export function onePriceOfOneSale(a: Claim, b: Claim): boolean {
  if (a.story === undefined || a.story !== b.story) return false;
  const pa = salePriceOfFigure(a);
  return pa !== null && pa === salePriceOfFigure(b);
}

/** Two dates of one sale (see the header): both tell a sale at a price, and the prices are one. */
export function oneSaleAtOnePrice(a: Claim, b: Claim): boolean {
  const pa = salePrice(a);
  return pa !== null && pa === salePrice(b);
}
