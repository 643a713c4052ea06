/**
 * A sum that names a thing voted through once: "voters in 2010 approved a $3 million bond", "the
 * council passed a $40 million budget in 2019". The sum is the thing's size, and the year its
 * sentence gives is the year of the vote, not a period the sum holds over; a bond, a levy or a
 * budget is approved once (once.ts), so two reports of one story that give the sum of one such
 * thing tell one figure, whatever year each gives the vote (the years are compared on their own)
 * and whatever verb of its use each clause goes on with ("to pay for the purchase", "to buy the
 * land").
 *
 * Read where the sum stands right after "approved", "passed", "adopted" or "authorized" and an
 * article, in a currency, and names the noun right after it (its scale word, "million", is the
 * sum's own). Must read: "voters approved a $3 million bond to buy the land" → "USD 3000000 bond";
 * "the board passed a £2m levy". Must not: "approved spending $3 million" (no article: a use of
 * money, not a thing voted through), "paid $3 million for a bond", "approved a plan worth $3
 * million", "approved 300 homes" (no currency).
 */
import type { Claim } from "../types.js";
import { oncePerClaim } from "./per-claim.js";
import { soleWordAt } from "./word-places.js";

/** Right before the sum: a verb of voting a thing through and an article. */
const VOTED_THROUGH = /\b(?:approved|passed|adopted|authori[sz]ed)\s+(?:a|an|the)\s+$/i;

/** Right after the sum: the noun it names. */
const NOUN_AFTER = /^[\s-]*(\p{L}+)/u;

/** A currency unit ("USD", "GBP"). */
const CURRENCY = /^[A-Z]{3}$/;

/** The sum and the thing it names, when the sum names a thing voted through (see the header), as "USD 3000000 bond"; else null. */
export const approvedSumOf: (c: Claim) => string | null = oncePerClaim(readApprovedSum);

function readApprovedSum(c: Claim): string | null {
  const v = c.value;
  if (v.type !== "quantity" || v.nominal === null || v.min !== v.max || !CURRENCY.test(v.unit)) return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0 || !VOTED_THROUGH.test(c.sentence.slice(0, at))) return null;
  const m = NOUN_AFTER.exec(c.sentence.slice(at + c.text.length));
  return m ? `${v.unit} ${v.nominal} ${m[1]!.toLowerCase()}` : null;
}

/** Two sums of one thing voted through, in one story (see the header). */
export function oneApprovedSum(a: Claim, b: Claim): boolean {
  if (a.story === undefined || a.story !== b.story) return false;
  const s = approvedSumOf(a);
  return s !== null && s === approvedSumOf(b);
}

/** Claims that all give one sum of one thing voted through (the judge keeps their years apart from the sum). */
export function oneApprovedSumTold(claims: readonly Claim[]): boolean {
  const first = claims[0] === undefined ? null : approvedSumOf(claims[0]);
  return first !== null && claims.every((c) => approvedSumOf(c) === first && c.story === claims[0]!.story);
}
