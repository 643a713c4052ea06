/**
 * Qualifiers around a number and what they do to its interval. Owns the qualifier phrase table
 * ("more than" → over, "nearly" → nearly …), the reader for the phrase written just before a
 * number ("an estimated" + "3 million") or just after it ("300 or more", "2,800+"), and
 * `bounds`, which turns (stated number, precision, qualifier) into min/max/approximate.
 */
import type { Qualifier } from "../../types.js";

type Bound = Exclude<Qualifier, null>;

const PREFIX_PHRASES: readonly (readonly [string, Bound])[] = [
  ["well over|well above|just over|just above|over|more than|above|in excess of|upwards? of|greater than|exceeding|exceeded|exceeds|surpassed|surpassing|topped|passed|north of", "over"],
  ["at least|no fewer than|no less than|not less than|not fewer than|a minimum of|minimum of", "at least"],
  ["just under|just below|just shy of|nearly|almost|close to|approaching|not quite|short of", "nearly"],
  // (a bound said not to be passed is a ceiling: "a maximum not exceeding 60,000", "not to exceed $5 million")
  ["up to|as many as|as much as|at most|no more than|not more than|not exceeding|not to exceed|not in excess of|not over|not above|a maximum of|maximum of|under|less than|fewer than|below", "up to"],
  // ("an approximate 200,000": the article is not part of the qualifier, which begins at "approximate")
  ["around|about|roughly|approximately|approximate|approx\\.|some|circa|ca\\.|c\\.|more or less", "around"],
  ["an estimated|estimated|est\\.|an expected|a projected", "estimated"],
];

const PREFIX = new RegExp(
  // "more than the $21 million": a comparison may name its figure with "the"
  `(?:^|[^A-Za-z])(${PREFIX_PHRASES.map(([s]) => s).join("|")})\\s+(?:(?<=than\\s+)the\\s+)?$|(~|≈)\\s?$`,
  "i",
);
const PREFIX_TESTS = PREFIX_PHRASES.map(([s, q]) => [new RegExp(`^(?:${s})$`, "i"), q] as const);

export interface QualifierRead {
  qualifier: Bound;
  /** Offset (in the scanned text) where the qualifier phrase starts or ends. */
  edge: number;
}

/** A count with its noun right before "over": "105 games", "$60 million", "40 goals in all". */
const COUNT_BEFORE_OVER = /(?:^|[^\p{L}\p{N}])(?:[$€£]\s?)?\d[\d,.]*(?:\s+(?:million|billion|thousand|m|bn))?(?:\s+[\p{L}-]+){1,3}\s+over\s+$/iu;
/** Lengths a happening or a tally is spread across: "over three seasons", "over 12 months", "over 30 games". */
const SPAN_AFTER = /^\s+(?:seasons?|years?|months?|weeks?|days?|hours?|minutes?|decades?|games?|matches|match|rounds?|innings|laps?|quarters?|terms?|campaigns?|careers?)\b(?!\s+(?:old|of\s+age)\b)/i;

/**
 * "Over" between a count and a length is the span the count was gathered across, not "more than":
 * "scored 2,100 points in 105 games over three seasons", "a $60 million deal over five years", "40
 * goals over 30 games". Must match those. Must not match: "over three years" with no count before
 * ("it took over three years": more than three), "12 people over 60 years old" (an age), "over 300
 * people" (no length after), "raised $5 million, over three years ago" (a comma parts them).
 */
export function spanOver(before: string, after: string): boolean {
  return COUNT_BEFORE_OVER.test(before) && SPAN_AFTER.test(after);
}

/** "more than the $21 million", "less than the 300 promised": a comparison that takes an article. */
const PREFIX_THE = /(?:^|[^A-Za-z])(more than|less than|fewer than|greater than|in excess of|up to)\s+the\s+$/i;

/** "… more than " + number: the qualifier that ends right before the number (or its currency). */
export function readQualifierBefore(before: string, windowStart: number): QualifierRead | null {
  const m = PREFIX.exec(before) ?? PREFIX_THE.exec(before);
  if (!m) return null;
  if (m[2] !== undefined) return { qualifier: "around", edge: windowStart + m.index + m[0].indexOf(m[2]) };
  const phrase = m[1]!;
  const start = windowStart + m.index + m[0].indexOf(phrase);
  for (const [re, q] of PREFIX_TESTS) if (re.test(phrase.replace(/\s+/g, " "))) return { qualifier: q, edge: start };
  return null;
}

/**
 * A comparison that leaves out its own number: "more than 500", "over $2 million", "less than the
 * $150 million", "under 30", "fewer than ten" stand for figures other than the one they name;
 * "at least 500", "up to 30", "as many as ten", "no more than 5", "500 or more" include it. Read
 * from the start of a claim's text. Must match: "more than 20", "less than the $150 million",
 * "below 5%", "in excess of $160 million", "exceeding 40"; must not match: "at least 20",
 * "up to $180 million", "no more than 5", "not less than 3", "300 or more", "nearly 100", "20".
 */
const STRICT = /^(?:(?:well|just) )?(?:(?:more|less|fewer|greater) than|over|above|under|below|in excess of|exceeding|upwards? of)\b/i;

export function strictComparison(text: string): boolean {
  return STRICT.test(text.trim());
}

const SUFFIX = /(\+)|\s+or\s+(more|above|over|higher|less|fewer|below|so)\b|\s+(plus)\b(?!\s+\d)|(-plus)(?![\p{L}\p{N}]|-(?!\p{L}))/iuy;

/**
 * "300 or more", "2,800+", "40,000 or so", "60 plus", and "-plus" glued to the number ("three-plus
 * seasons", and in a compound before its unit or noun, "a 20-plus-year career", "a 300-plus-pound
 * man"; not "a 3-plus-1 rotation": a number goes on after "plus"): the qualifier just after the number.
 */
export function readQualifierAfter(text: string, pos: number): QualifierRead | null {
  SUFFIX.lastIndex = pos;
  const m = SUFFIX.exec(text);
  if (!m) return null;
  const edge = pos + m[0].length;
  if (m[1] !== undefined || m[3] !== undefined || m[4] !== undefined) return { qualifier: "at least", edge };
  const word = m[2]!.toLowerCase();
  if (word === "so") return { qualifier: "around", edge };
  if (word === "less" || word === "fewer" || word === "below") return { qualifier: "up to", edge };
  return { qualifier: "at least", edge };
}

export interface Bounds {
  min: number | null;
  max: number | null;
  approximate: boolean;
}

/**
 * The interval a qualified number stands for. `step` is the place value of the last significant
 * digit stated ("1.2 million" → 100000, "40,000" → 10000, "16" → 1); the tolerance is half of it.
 *   exact        → [n, n]
 *   over/at least → [n, null]
 *   up to        → [null, n]
 *   nearly       → [n − min(tol, n/10), n], approximate
 *   around/estimated → [n − tol, n + tol], approximate
 */
export function bounds(n: number, step: number, qualifier: Qualifier): Bounds {
  const tol = step / 2;
  switch (qualifier) {
    case null:
      return { min: n, max: n, approximate: false };
    case "over":
    case "at least":
      return { min: n, max: null, approximate: false };
    case "up to":
      return { min: null, max: n, approximate: false };
    case "nearly":
      // "nearly $1 billion" is just under a billion, not anything above half a billion: the
      // shortfall is at most a tenth of the number, however round the number is.
      return { min: clean(n - Math.min(tol, n / 10)), max: n, approximate: true };
    case "around":
    case "estimated":
      return { min: clean(Math.max(0, n - tol)), max: clean(n + tol), approximate: true };
  }
}

/** Removes binary floating-point noise: 2.45 rather than 2.4500000000000002. */
export function clean(x: number): number {
  return Number(x.toPrecision(12));
}
