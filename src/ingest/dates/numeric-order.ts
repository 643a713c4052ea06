/**
 * Which way a numeric date reads when both of its first numbers could be a month: "05 / 02 / 2013"
 * is 2 May in the United States and 5 February in most other places. It is read in the locale the
 * page implies, by the first of these that decides:
 *   1. a weekday on the same line ("Fri 05/03/2013": only 3 May 2013 is a Friday);
 *   2. a date in the page's address ("…/2010/09/… 11 / 09 / 2010" is 11 September);
 *   3. other numeric dates of the page that read one way only ("14 / 09 / 2013" is day first);
 *   4. how the text writes dates with month names ("9 September" day first, "September 9" month first);
 *   5. the country of the address (a .uk, .au, .nz, .ie, .in or .za site writes the day first);
 *   6. the separator: "/" and "-" month first, "." day first.
 * The first three settle the reading; the others leave it a reasonable guess.
 */
import type { UrlDate } from "./url-date.js";
import type { WrittenDate } from "./written-dates.js";

export type Order = "month-first" | "day-first";

export interface OrderHints {
  /** ISO weekday numbers (1 = Monday) named on the date's own line. */
  weekdays: readonly number[];
  url: UrlDate | null;
  /** The order that the page's unambiguous numeric dates show, if they agree. */
  numeric: Order | null;
  /** The order of the text's dates with month names, if one clearly prevails. */
  names: Order | null;
  /** The order the address's country uses, if it tells. */
  country: Order | null;
}

export interface Reading {
  month: number;
  day: number;
  /** Whether something on the page settles the order (a weekday, the address, the page's own dates). */
  sure: boolean;
}

const DAY_FIRST_COUNTRIES = new Set(["uk", "au", "nz", "ie", "in", "za", "pk", "sg", "my", "ng", "ke", "nl", "de", "fr", "es", "it", "be", "eu"]);

export function countryOrder(host: string | null): Order | null {
  if (!host) return null;
  return DAY_FIRST_COUNTRIES.has(host.slice(host.lastIndexOf(".") + 1)) ? "day-first" : null;
}

export function weekdayOf(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return d === 0 ? 7 : d;
}

function daysTo(year: number, r: { month: number; day: number }, u: UrlDate & { month: number }): number {
  return Math.abs(Date.UTC(year, r.month - 1, r.day) - Date.UTC(u.year, u.month - 1, u.day ?? 15)) / 86_400_000;
}

/** The order a reading of a numeric date stands for. */
export function orderOf(date: WrittenDate, reading: { month: number; day: number }): Order {
  return date.written && reading.day === date.written[0] && reading.month === date.written[1] ? "day-first" : "month-first";
}

/** The reading of a numeric date (year known) that the hints support. */
export function readNumeric(date: WrittenDate, hints: OrderHints): Reading {
  const first = { month: date.month, day: date.day };
  const second = date.swapped;
  if (!second || date.year === null) return { ...first, sure: true };
  const year = date.year;
  const both = [first, second];
  const byWeekday = both.filter((r) => hints.weekdays.includes(weekdayOf(year, r.month, r.day)));
  if (byWeekday.length === 1) return { ...byWeekday[0]!, sure: true };
  const url = hints.url;
  if (url && url.year === year && url.month !== null) {
    const month = { ...url, month: url.month };
    const [d1, d2] = [daysTo(year, first, month), daysTo(year, second, month)];
    if (Math.min(d1, d2) <= 45 && d1 !== d2) return { ...(d1 < d2 ? first : second), sure: true };
  }
  const pick = (order: Order, sure: boolean): Reading => ({ ...(orderOf(date, first) === order ? first : second), sure });
  if (hints.numeric) return pick(hints.numeric, true);
  if (hints.names) return pick(hints.names, false);
  if (hints.country) return pick(hints.country, false);
  return { ...first, sure: false };
}

/** The order shown by the numeric dates that read one way only, when they all agree. */
export function numericOrder(dates: readonly WrittenDate[]): Order | null {
  let order: Order | null = null;
  for (const d of dates) {
    if (!d.written || d.swapped || d.written[0] === d.written[1]) continue;
    const o = orderOf(d, d);
    if (order && order !== o) return null;
    order = o;
  }
  return order;
}

/**
 * The order of dates written with month names in `text`: "9 September" is day first, "September
 * 9" month first. One order must hold at least two thirds of at least two such dates.
 */
export function nameOrder(dayFirst: number, monthFirst: number): Order | null {
  const total = dayFirst + monthFirst;
  if (total < 2) return null;
  if (dayFirst * 3 >= total * 2) return "day-first";
  if (monthFirst * 3 >= total * 2) return "month-first";
  return null;
}
