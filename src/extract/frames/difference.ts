/**
 * A figure that tells how far apart two things are, not how large one is: "four years older",
 * "two inches taller", "five rounds sooner", "ten pounds lighter" — a difference (ClaimFrame
 * modality "difference"). An age difference is no one's age and a head start of five rounds is no
 * fight's length, so a difference is only ever compared with differences (group/occurrence-topics.ts
 * standingOf) and never contradicts anything. The comparative stands right after the figure's
 * phrase (after its unit or counted noun). Must match: "four years older", "three years younger",
 * "two inches taller", "ten pounds lighter", "five rounds sooner", "two seconds faster". Must not
 * match: "four years ago", "more than four years", "two more victims" (an increment), "four
 * years later" (a time after another, read by the temporal grammar), "a taller man".
 */
import type { TaggedToken } from "../../types.js";
import { wordTable } from "../../values/word-table.js";

/** Comparatives of difference, with the attribute whose difference they tell (null: the figure's own thing). */
const COMPARATIVES = wordTable<string | null>({
  older: "age",
  younger: "age",
  taller: "height",
  shorter: "height",
  heavier: "weight",
  lighter: "weight",
  sooner: null,
  faster: null,
  slower: null,
  quicker: null,
});

/** Units an attribute's difference is told in: an age in years, months …; a height in lengths; a weight in masses. */
const UNITS_OF = wordTable<RegExp>({
  age: /^(?:years?|yrs?|months?|weeks?|days?)$/i,
  height: /^(?:inch(?:es)?|in|feet|foot|ft|cm|centimet(?:er|re)s?|met(?:er|re)s?|m|mm)$/i,
  weight: /^(?:pounds?|lbs?|kilos?|kilograms?|kg|stone|st|grams?|g|ounces?|oz)$/i,
});

export interface Difference {
  /** The comparative's token. */
  at: number;
  /** The attribute a difference of it measures ("age" for "older"), or null for the figure's own thing. */
  attribute: string | null;
}

/**
 * The comparative of difference right after a figure's phrase (`phraseEnd`, its last token), or
 * null. `unit`: the word the figure is counted in ("years", "inches"), which must fit an
 * attribute's comparative ("four years older" is an age difference; "four rounds older" is nothing).
 */
export function differenceAfter(tokens: readonly TaggedToken[], phraseEnd: number): Difference | null {
  const at = phraseEnd + 1;
  const word = tokens[at]?.text.toLowerCase();
  if (word === undefined || !(word in COMPARATIVES)) return null;
  // "a taller man": the comparative before a noun of its own describes that noun
  const next = tokens[at + 1];
  if (next && (next.pos === "NOUN" || next.pos === "PROPN")) return null;
  const attribute = COMPARATIVES[word]!;
  if (attribute === null) return { at, attribute };
  const unit = tokens[phraseEnd]!.text;
  return UNITS_OF[attribute]!.test(unit) ? { at, attribute } : null;
}
