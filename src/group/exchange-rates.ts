/**
 * A story's own exchange rates. Outlets often give a sum in two currencies, side by side: "a €4m
 * (£3.4m) painting", "$10 million (7.7 million euros)", "1.5m francs (£1.2m; $1.6m)", "€50,000,
 * about $68,000,". Each such statement pairs two money figures of one sum; the pairs of a story give
 * the rate between its currencies, and with it a "£3m" of one report can be set against a "$4.5m"
 * of another. Owns finding the statements among a story's claims, the rates and their spread, and
 * the words that name them; does not own reading currencies (values/quantity/units.ts) or comparing
 * converted figures (group.ts, judge/: they ask values/quantity/dimensions.ts dimensionOfClaim,
 * factorOfClaim, and allow RATE_SLACK or the rate's own spread, whichever is wider).
 *
 * A statement pairs two figures when the second follows the first at once in another currency and
 * nothing but figures follows it up to where the aside closes: inside brackets, or after a comma or a
 * dash when the second is told as an approximation or an equivalent ("about", "roughly", "the
 * equivalent of": a writer's conversion, where a bare ", $5m" may be a list or a correction):
 *
 *   must pair:     "stole €4m (£3.4m) of art"              EUR ~ GBP
 *                  "1.5m francs (£1.2m; $1.6m) in coins"   CHF ~ GBP, CHF ~ USD
 *                  "a $10 million (7.7 million euros) fee" USD ~ EUR
 *                  "took €50,000, about $68,000, in cash"  EUR ~ USD
 *                  "sold for €50,000, or roughly $68,000." EUR ~ USD
 *                  "paid £2m, the equivalent of $2.6m,"    GBP ~ USD
 *   must not pair: "£5m (up from £3m)"                     words in the bracket, one currency
 *                  "£4m (£3.1m after tax)"                 one currency
 *                  "$2m (a ring worth €900,000 among it)"  words before the second figure
 *                  "€4m ($5m in cash and gold)"            words after the second figure
 *                  "€4m, or $5m,"                          no aside of equivalence (an "or" may be a correction)
 *                  "€4m, about $1m of it in cash"          words after the second figure
 *
 * Where a story pairs one couple of currencies several times, the middle ratio is its rate and the
 * lowest and highest its spread ("€2m ($2.6m)" and "€2m ($2.8m)": 1.3–1.4 dollars to the euro);
 * currencies joined through a third ("€ ~ £" and "€ ~ $") are converted through it, their spreads
 * compounded. Money in a currency the story gives no rate for keeps no rate: "£2m" and "$3m" there
 * are never compared, and a rate one story states is never used in another.
 */
import type { Claim } from "../types.js";
import { claimsByStory } from "./by-story.js";
import { fileName } from "../values/file-name.js";

const CURRENCY = /^[A-Z]{3}$/;

/** Between the first figure and the second: the opening bracket, or a separator within it. */
const OPENING = /^\s*[([]\s*$/;
const WITHIN = /^\s*[;,/]\s*$/;
/** After the second figure: the bracket closes or another figure follows. */
const CLOSING = /^\s*[)\];,/]/;
/**
 * An aside of equivalence outside brackets: after a comma or a dash, the second figure told as
 * an approximation ("about $68,000") or an equivalent ("the equivalent of $68,000"), and the aside
 * closing after it (a comma, a dash, a bracket, the sentence's end).
 */
const ASIDE = /^\s*(?:,|\s[-\u2013\u2014])\s*(?:or\s+)?(?:(?:the\s+)?equivalent\s+(?:of|to)\s+)?$/iu;
const EQUIVALENT = /equivalent/iu;
const APPROXIMATE = /^(?:about|around|roughly|approximately|some|nearly|almost|close\s+to|or\s+about)\s/iu;
const ASIDE_CLOSING = /^\s*(?:[)\];,.!?\u2013\u2014]|\s-\s|$)/u;

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
  /** Where it is stated: the file, its line and the words ("t.txt:4 “€2m ($2.6m)”"). */
  where: string;
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
      let aside = false;
      const found: Claim[] = [];
      for (let j = i + 1; j < sorted.length; j++) {
        const next = sorted[j]!;
        if (next.sentence !== first.sentence || currencyOf(next) === null) break;
        const there = placeIn(next, first, at);
        if (there < end) break;
        const between = first.sentence.slice(end, there);
        if (!separator.test(between)) {
          // an aside of equivalence: "€50,000, about $68,000," (one figure only)
          if (found.length > 0 || !ASIDE.test(between) || !(APPROXIMATE.test(next.text) || EQUIVALENT.test(between))) break;
          aside = true;
        }
        end = there + next.text.length;
        found.push(next);
        if (aside) break;
        separator = WITHIN;
      }
      if (found.length === 0 || !(aside ? ASIDE_CLOSING : CLOSING).test(first.sentence.slice(end))) continue;
      const close = /^\s*[)\]]/.exec(first.sentence.slice(end));
      const words = first.sentence.slice(at, end + (close && !aside ? close[0].length : 0)).trim();
      const where = `${fileName(first.document)}:${first.line} \u201c${words}\u201d`;
      const own = first.value.type === "quantity" ? first.value.nominal! : 0;
      for (const other of found) {
        const to = currencyOf(other)!;
        const worth = other.value.type === "quantity" ? other.value.nominal! : 0;
        if (to !== from) pairs.push({ from, to, ratio: worth / own, where });
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

/** What one unit of a currency is worth in its story's reference currency. */
export interface StoryRate {
  /** At the story's rate (the middle of its statements). */
  worth: number;
  /** The lowest and highest worth its statements give (equal to `worth` when they agree). */
  lo: number;
  hi: number;
  /** Where the statements that join the currency to the reference one stand, in order. */
  where: readonly string[];
}

/**
 * A story's rates: for each currency its conversions join to the story's reference currency (of
 * those converted, the one its money is most often written in; ties by code), what one unit is
 * worth in it, the spread its statements give, and where they stand.
 */
export function storyRates(claims: readonly Claim[]): Map<string, StoryRate> {
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
  const ratios = new Map<string, { ratios: number[]; where: string[] }>();
  for (const doc of [...byDocument.keys()].sort()) {
    for (const p of pairsOf(byDocument.get(doc)!)) {
      const [key, ratio] = p.from < p.to ? [`${p.from} ${p.to}`, p.ratio] : [`${p.to} ${p.from}`, 1 / p.ratio];
      const entry = ratios.get(key);
      if (entry) {
        entry.ratios.push(ratio);
        if (!entry.where.includes(p.where)) entry.where.push(p.where);
      } else ratios.set(key, { ratios: [ratio], where: [p.where] });
    }
  }
  const rates = new Map<string, StoryRate>();
  if (ratios.size === 0) return rates;
  const edges = [...ratios]
    .map(([key, e]) => ({ a: key.split(" ")[0]!, b: key.split(" ")[1]!, ratio: middle(e.ratios), lo: Math.min(...e.ratios), hi: Math.max(...e.ratios), where: e.where }))
    .sort((x, y) => (x.a + x.b < y.a + y.b ? -1 : 1));
  const joined = [...new Set(edges.flatMap((e) => [e.a, e.b]))].sort((x, y) => (written.get(y) ?? 0) - (written.get(x) ?? 0) || (x < y ? -1 : 1));
  // one reference currency, and the currencies conversions join to it; a couple joined to it by
  // nothing ("€ ~ $" and "¥ ~ £" in one story) keeps no rate, lest "€2m" and "£2m" read as one sum
  const root = joined[0]!;
  rates.set(root, { worth: 1, lo: 1, hi: 1, where: [] });
  const queue = [root];
  while (queue.length > 0) {
    const from = queue.shift()!;
    const u = rates.get(from)!;
    for (const e of edges) {
      // one `a` is worth `ratio` (`lo` to `hi`) of `b`
      if (e.a === from && !rates.has(e.b)) {
        rates.set(e.b, { worth: u.worth / e.ratio, lo: u.lo / e.hi, hi: u.hi / e.lo, where: [...u.where, ...e.where] });
        queue.push(e.b);
      } else if (e.b === from && !rates.has(e.a)) {
        rates.set(e.a, { worth: u.worth * e.ratio, lo: u.lo * e.lo, hi: u.hi * e.hi, where: [...u.where, ...e.where] });
        queue.push(e.a);
      }
    }
  }
  return rates;
}

/** A story's rates: for each currency joined to its reference currency, what one unit is worth in it (storyRates). */
export function ratesOf(claims: readonly Claim[]): Map<string, number> {
  return new Map([...storyRates(claims)].map(([unit, r]) => [unit, r.worth]));
}

/**
 * The claims, money of a story that gives rates marked with its currency's rate (Claim.exchange),
 * its spread (Claim.exchangeRange) and where it is stated (Claim.rateStated). Claims of other
 * stories, and money in currencies the story joins to no rate, are returned as they are.
 */
export function withStoryRates(claims: readonly Claim[]): Claim[] {
  const rateOf = new Map<Claim, StoryRate>();
  for (const own of claimsByStory(claims.filter((c) => currencyOf(c) !== null))) {
    const rates = storyRates(own);
    if (rates.size === 0) continue;
    for (const c of own) {
      const r = rates.get(currencyOf(c)!);
      if (r !== undefined) rateOf.set(c, r);
    }
  }
  if (rateOf.size === 0) return [...claims];
  const told = ratesToldByDocument([...rateOf.keys()]);
  return claims.map((c) => {
    const r = rateOf.get(c);
    if (r === undefined) return c;
    const others = told.get(`${c.document}\u0000${currencyOf(c)!}`);
    return { ...c, exchange: r.worth, exchangeRange: [r.lo, r.hi] as const, rateStated: r.where, ...(others ? { ratesTold: [...others].sort() } : {}) };
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
