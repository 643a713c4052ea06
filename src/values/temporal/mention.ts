/**
 * Hit → Mention: builds the normalized Value (DateValue, RangeValue, or a QuantityValue for
 * durations) from a grammar hit. A range keeps its endpoints as `parts`.
 */
import type { Mention, Qualifier, QuantityValue, StatedValue } from "../../types.js";
import { toIso } from "./calendar.js";
import type { Hit } from "./grammar/hit.js";
import { wordTable } from "../word-table.js";
import { bounds, spanOver } from "../quantity/qualifiers.js";
import { stepOf } from "../quantity/stated-number.js";

const QUALIFIER = wordTable<Qualifier>({
  MORE_THAN: "over", LESS_THAN: "nearly", APPROX: "around", EQUAL_OR_MORE: "at least", EQUAL_OR_LESS: "up to",
});
/**
 * Durations are counted in these units: "a fortnight" → 2 weeks, "a quarter" → 3 months. Decades,
 * centuries and millennia keep the unit the text states ("more than three decades" → over 3
 * decades), as a reader checking the figure would write it; they are compared with years through
 * their dimension (values/quantity/dimensions.ts: "35 years" and "three decades" are one scale).
 */
const UNIT_SCALE = wordTable<[number, string]>({
  fortnight: [2, "week"], quarter: [3, "month"],
});

/**
 * Vague counts of a length of time that still bound it: "a couple of days", "a few weeks",
 * "several months" (a claim may state how long something lasts). "the past few days" stays
 * without a value: it names a period back from now, a time frame rather than a length.
 */
const VAGUE_DURATION: readonly (readonly [RegExp, number, number])[] = [
  [/^a\s+couple\s+of\b/i, 2, 2],
  [/^a\s+few\b/i, 2, 5],
  [/^several\b/i, 3, 9],
];

/** A length written under a bound: "less than an hour", "under two weeks" (not "just under", which is close to it). */
const BOUND_BELOW = /^(?:less\s+than|under)\b/i;

/**
 * A length after "over" that a count before it was gathered across ("105 games over three seasons",
 * "a $60 million deal over five years"): the span itself, not "more than" it (quantity/qualifiers.ts
 * spanOver). `whole` is the scanned text, `text` the length's own.
 */
function spreadAcross(whole: string, hit: Hit, text: string): boolean {
  const over = /^over\s+/i.exec(text);
  if (!over) return false;
  const after = text.slice(over[0].length).replace(/^\S+/, "") + whole.slice(hit.end, hit.end + 16);
  return spanOver(whole.slice(Math.max(0, hit.start - 40), hit.start) + over[0], after);
}

function durationValue(hit: Hit, text: string, spread = false): QuantityValue | null {
  if (hit.amount && hit.amount.count === null) {
    const [factor, unit] = UNIT_SCALE[hit.amount.unit] ?? [1, hit.amount.unit];
    for (const [re, min, max] of VAGUE_DURATION) {
      if (re.test(text)) return { type: "quantity", min: min * factor, max: max * factor, unit, approximate: true, qualifier: null, nominal: null };
    }
  }
  if (!hit.amount || hit.amount.count === null) return null;
  const [factor, unit] = UNIT_SCALE[hit.amount.unit] ?? [1, hit.amount.unit];
  const n = hit.amount.count * factor;
  // TimeML gives "less than an hour" and "nearly an hour" one mod (LESS_THAN); the first is a bound,
  // as "less than 300" is (quantity/qualifiers.ts), the second close to the length
  const mod = hit.timex.mod && !spread ? (QUALIFIER[hit.timex.mod] ?? null) : null;
  const qualifier = mod === "nearly" && BOUND_BELOW.test(text) ? "up to" : mod;
  // "nearly thirty years" is a little short of thirty, not any length up to it: bounded on both
  // sides as "nearly 30 people" is (quantity/qualifiers.ts), so "about twelve years" does not fit it
  const min = qualifier === "nearly" ? bounds(n, stepOf(hit.amount.count), "nearly").min! * factor : qualifier === "up to" ? null : n;
  const max = qualifier === "over" || qualifier === "at least" ? null : n;
  return { type: "quantity", min, max, unit, approximate: qualifier === "around" || qualifier === "nearly", qualifier, nominal: n };
}

function valueOf(hit: Hit, text: string, spread = false): StatedValue | null {
  if (hit.kind === "duration") return durationValue(hit, text, spread);
  if (hit.kind === "set" || !hit.period) return null;
  const { start, end } = hit.period;
  if (hit.kind === "range") return { type: "range", start: toIso(start), end: toIso(end), granularity: hit.period.granularity };
  return { type: "date", start: toIso(start), end: toIso(end), granularity: hit.period.granularity, approximate: hit.approximate };
}

export function toMention(text: string, hit: Hit): Mention {
  const mention: Mention = {
    offset: hit.start,
    length: hit.end - hit.start,
    text: text.slice(hit.start, hit.end),
    kind: hit.kind,
    value: valueOf(hit, text.slice(hit.start, hit.end), hit.kind === "duration" && spreadAcross(text, hit, text.slice(hit.start, hit.end))),
    timex: hit.timex,
    relative: hit.relative,
    pattern: hit.pattern,
  };
  if (hit.parts) mention.parts = hit.parts.map((p) => toMention(text, p));
  return mention;
}
