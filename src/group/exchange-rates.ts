/**
 * A story's own exchange rates. Outlets often give a sum in two currencies, the second in
 * brackets: "a €4m (£3.4m) painting", "$10 million (7.7 million euros)", "1.5m francs (£1.2m;
 * $1.6m)". Each such bracket pairs two money figures of one sum; the pairs of a story give the rate
 * between its currencies, and with it a "£3m" of one report can be set against a "$4.5m" of
 * another. Owns finding the brackets among a story's claims and the rates; does not own reading
 * currencies (values/quantity/units.ts) or comparing converted figures (group.ts, judge/: they ask
 * values/quantity/dimensions.ts dimensionOfClaim, factorOfClaim, and allow RATE_SLACK).
 *
 * A bracket pairs two figures when the second follows the first at once, inside brackets, in
 * another currency, and the bracket holds nothing but figures:
 *
 *   must pair:     "stole €4m (£3.4m) of art"              EUR ~ GBP
 *                  "1.5m francs (£1.2m; $1.6m) in coins"   CHF ~ GBP, CHF ~ USD
 *                  "a $10 million (7.7 million euros) fee" USD ~ EUR
 *   must not pair: "£5m (up from £3m)"                     words in the bracket, one currency
 *                  "£4m (£3.1m after tax)"                 one currency
 *                  "$2m (a ring worth €900,000 among it)"  words before the second figure
 *                  "€4m ($5m in cash and gold)"            words after the second figure
 *                  "€4m, or $5m,"                          no bracket (an "or" may be a correction)
 *
 * Where a story pairs one couple of currencies several times, the middle ratio is its rate;
 * currencies joined through a third ("€ ~ £" and "€ ~ $") are converted through it. Money in a
 * currency the story gives no rate for keeps no rate: "£2m" and "$3m" there are never compared.
 */
import type { Claim } from "../types.js";
import { claimsByStory } from "./by-story.js";

const CURRENCY = /^[A-Z]{3}$/;

/** Between the first figure and the second: the opening bracket, or a separator within it. */
const OPENING = /^\s*[([]\s*$/;
const WITHIN = /^\s*[;,/]\s*$/;
/** After the second figure: the bracket closes or another figure follows. */
const CLOSING = /^\s*[)\];,/]/;

function currencyOf(c: Claim): string | null {
  const v = c.value;
  if (v.type !== "quantity" || !CURRENCY.test(v.unit) || v.nominal === null || !(v.nominal > 0)) return null;
  return v.unit;
}

/**
 * Where a claim's text stands in its sentence, given a claim of the same sentence at a known place
 * (`anchor`, whose text is at `anchorAt`): the sentence's position of the claim's first character, or -1.
 */
function placeIn(c: Claim, anchor: Claim, anchorAt: number): number {
  const at = anchorAt + (c.offset - anchor.offset);
  return c.sentence.slice(at, at + c.text.length) === c.text ? at : -1;
}

/** A bracketed conversion: one sum in two currencies. */
interface Pair {
  from: string;
  to: string;
  /** How many `to` one `from` is worth. */
  ratio: number;
}

/** The conversions one document's money claims spell out, each claim paired with those that follow it in its bracket. */
function pairsOf(claims: readonly Claim[]): Pair[] {
  const pairs: Pair[] = [];
  const sorted = [...claims].sort((a, b) => a.offset - b.offset);
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i]!;
    const from = currencyOf(first);
    if (from === null) continue;
    // the sentence may hold the figure's words more than once: each place is tried
    for (let at = first.sentence.indexOf(first.text); at >= 0; at = first.sentence.indexOf(first.text, at + 1)) {
      let end = at + first.text.length;
      let separator = OPENING;
      const found: Claim[] = [];
      for (let j = i + 1; j < sorted.length; j++) {
        const next = sorted[j]!;
        if (next.sentence !== first.sentence || currencyOf(next) === null) break;
        const there = placeIn(next, first, at);
        if (there < end || !separator.test(first.sentence.slice(end, there))) break;
        end = there + next.text.length;
        found.push(next);
        separator = WITHIN;
      }
      if (found.length === 0 || !CLOSING.test(first.sentence.slice(end))) continue;
      const own = first.value.type === "quantity" ? first.value.nominal! : 0;
      for (const other of found) {
        const to = currencyOf(other)!;
        const worth = other.value.type === "quantity" ? other.value.nominal! : 0;
        if (to !== from) pairs.push({ from, to, ratio: worth / own });
      }
      break;
    }
  }
  return pairs;
}

function middle(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * A story's rates: for each currency its conversions join to the story's reference currency (of
 * those converted, the one its money is most often written in; ties by code), what one unit is
 * worth in it.
 */
export function ratesOf(claims: readonly Claim[]): Map<string, number> {
  const byDocument = new Map<string, Claim[]>();
  const written = new Map<string, number>();
  for (const c of claims) {
    const unit = currencyOf(c);
    if (unit === null) continue;
    written.set(unit, (written.get(unit) ?? 0) + 1);
    const list = byDocument.get(c.document);
    if (list) list.push(c);
    else byDocument.set(c.document, [c]);
  }
  // the ratios of each couple of currencies, written one way ("EUR USD": dollars per euro)
  const ratios = new Map<string, number[]>();
  for (const doc of [...byDocument.keys()].sort()) {
    for (const p of pairsOf(byDocument.get(doc)!)) {
      const [key, ratio] = p.from < p.to ? [`${p.from} ${p.to}`, p.ratio] : [`${p.to} ${p.from}`, 1 / p.ratio];
      const list = ratios.get(key);
      if (list) list.push(ratio);
      else ratios.set(key, [ratio]);
    }
  }
  const rates = new Map<string, number>();
  if (ratios.size === 0) return rates;
  const edges = [...ratios].map(([key, list]) => ({ a: key.split(" ")[0]!, b: key.split(" ")[1]!, ratio: middle(list) })).sort((x, y) => (x.a + x.b < y.a + y.b ? -1 : 1));
  const joined = [...new Set(edges.flatMap((e) => [e.a, e.b]))].sort((x, y) => (written.get(y) ?? 0) - (written.get(x) ?? 0) || (x < y ? -1 : 1));
  // one reference currency, and the currencies conversions join to it; a couple joined to it by
  // nothing ("€ ~ $" and "¥ ~ £" in one story) keeps no rate, lest "€2m" and "£2m" read as one sum
  const root = joined[0]!;
  {
    rates.set(root, 1);
    const queue = [root];
    while (queue.length > 0) {
      const u = queue.shift()!;
      for (const e of edges) {
        // one `a` is worth `ratio` of `b`
        if (e.a === u && !rates.has(e.b)) {
          rates.set(e.b, rates.get(u)! / e.ratio);
          queue.push(e.b);
        } else if (e.b === u && !rates.has(e.a)) {
          rates.set(e.a, rates.get(u)! * e.ratio);
          queue.push(e.a);
        }
      }
    }
  }
  return rates;
}

/**
 * The claims, money of a story that gives rates marked with its currency's rate (Claim.exchange).
 * Claims of other stories, and money in currencies the story joins to no rate, are returned as
 * they are.
 */
export function withStoryRates(claims: readonly Claim[]): Claim[] {
  const rateOf = new Map<Claim, number>();
  for (const own of claimsByStory(claims.filter((c) => currencyOf(c) !== null))) {
    const rates = ratesOf(own);
    if (rates.size === 0) continue;
    for (const c of own) {
      const r = rates.get(currencyOf(c)!);
      if (r !== undefined) rateOf.set(c, r);
    }
  }
  if (rateOf.size === 0) return [...claims];
  const told = ratesToldByDocument([...rateOf.keys()]);
  return claims.map((c) => {
    if (!rateOf.has(c)) return c;
    const others = told.get(`${c.document}\u0000${currencyOf(c)!}`);
    return { ...c, exchange: rateOf.get(c)!, ...(others ? { ratesTold: [...others].sort() } : {}) };
  });
}

/**
 * The currencies each document converts each of its currencies to or from in its own brackets
 * (Claim.ratesTold), keyed by document and currency: a "€4m (£3.4m)" of one report tells that
 * report's own rate between euros and pounds.
 */
function ratesToldByDocument(claims: readonly Claim[]): Map<string, Set<string>> {
  const byDocument = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = byDocument.get(c.document);
    if (list) list.push(c);
    else byDocument.set(c.document, [c]);
  }
  const told = new Map<string, Set<string>>();
  const add = (doc: string, from: string, to: string): void => {
    const key = `${doc}\u0000${from}`;
    const set = told.get(key);
    if (set) set.add(to);
    else told.set(key, new Set([to]));
  };
  for (const [doc, own] of byDocument) {
    for (const p of pairsOf(own)) {
      add(doc, p.from, p.to);
      add(doc, p.to, p.from);
    }
  }
  return told;
}
