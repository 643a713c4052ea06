/**
 * The size of a place told as its modifier: "the nine-acre site", "a 9-acre dairy complex", "this
 * nine acre city block", "a 400-hectare estate". The size belongs to the place, not to the verb of
 * the sentence that mentions it ("was located on", "drove around", "saw fire coming from"), so two
 * reports of one story that give the same size of a place this way tell one figure, in sentences
 * that do not name different people or places. Only ever lets one figure agree with itself
 * (same-figure.ts toldAsOne): two sizes are never set against each other by it.
 *
 * Must be a modifier: "the nine-acre site", "a 9-acre complex", "this nine acre city block", "a
 * 2,000-square-foot home". Must not: "the fire burned nine acres" (an area a happening covered,
 * plural: a count, not a modifier), "nine acres of pasture", "an acre" alone.
 * Must be one: "drove around the 9-acre plant" / "the plant stood on a nine acre site".
 * Must not: "the 9-acre plant in Keld" / "a 9-acre park named for Ana Berg" (names apart).
 */
import type { Claim } from "../types.js";
import { dimensionOf } from "../values/quantity/dimensions.js";
import { actorsApart } from "./participants.js";
import { soleWordAt } from "./word-places.js";

/** A singular unit of area right before a word ("nine-acre site", "2,000-square-foot home"): the figure modifies that word's noun. */
const UNIT_BEFORE_NOUN = /^(?:acre|hectare|square[\s-]+(?:foot|metre|meter|mile|kilometre|kilometer|yard))[\s-]+(?!(?:of|in|on|at|and|or|to|by|from|for|was|were|is|are|has|had)\b)\p{L}/iu;

/** Whether a claim gives the size of a place as its modifier (see the header). */
export function sizeAsModifier(c: Claim): boolean {
  const v = c.value;
  if (v.type !== "quantity" || dimensionOf(v.unit) !== "area") return false;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return false;
  // (the unit may stand in the claim's text, "nine acre", or right after it)
  const rest = c.sentence.slice(at, at + c.text.length + 40);
  const unit = /(?:\d|\p{L})[\s-]+(?=\p{L})/u.exec(rest);
  return unit !== null && UNIT_BEFORE_NOUN.test(rest.slice(unit.index + unit[0].length));
}

/** Two sizes of one place told as its modifier in one story (see the header; the same value is asked by the caller). */
export function oneSizeOfAPlace(a: Claim, b: Claim): boolean {
  return a.story !== undefined && a.story === b.story && sizeAsModifier(a) && sizeAsModifier(b) && !actorsApart(a, b);
}
