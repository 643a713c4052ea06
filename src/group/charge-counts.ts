/**
 * A count of counts of one named charge: "two counts of possession of a firearm by a felon", "three
 * counts of grand theft". The charge named after "counts of" is what the figure is of; a complaint
 * that alleges it and a verdict months later that finds it retell one figure of one case, whatever
 * verbs carry it ("alleged", "was convicted of", "faces") and however far apart they were reported.
 * Only ever lets one figure agree with itself (same-figure.ts toldAsOne asks for the same value first).
 *
 * The charge is read in the words after "count(s) of", up to a word that ends its phrase ("for",
 * "in", "and", a comma); only its words of content are compared ("a", "the", "of", "by" are not),
 * and a charge of one word ("murder", "fraud") is too common a charge to tie two reports by itself
 * (two defendants of one case may each face it).
 *
 * Must be one: "two counts of possession of a firearm by a felon" / "two counts of possession of a
 * firearm by a felon for the May killing"; "four counts of attempted murder" / "four counts of
 * attempted murder".
 * Must not: "two counts of attempted murder" / "two counts of armed robbery" (two charges); "two
 * counts of murder" / "two counts of murder" (a one-word charge); "two counts" with no charge named;
 * "two times of …"; two stories.
 */
import type { Claim } from "../types.js";
import { oncePerClaim } from "./per-claim.js";
import { soleWordAt } from "./word-places.js";

/** Right after the figure: "counts of" and the words of the charge, up to where its phrase ends. */
const CHARGE = /^[\s-]*(?:felony\s+|misdemeanou?r\s+|criminal\s+)?counts?\s+of\s+([^.;:!?,()"“”]{1,80})/i;

/** A word that ends the charge's phrase. */
const ENDS = /^(?:for|in|on|at|and|or|after|before|during|against|involving|while|which|that|who|when|stemming|related|connected|from|with|to)$/i;

/** Words of a charge that say nothing of which charge it is. */
const FILLER = new Set(["a", "an", "the", "of", "by", "his", "her", "their", "its"]);

/** How many words of the charge are read at most. */
const CHARGE_WORDS = 8;

/** The words of content of the charge a count of counts names ("possession firearm felon"), or null. */
export const chargeOf: (c: Claim) => string | null = oncePerClaim(readCharge);

function readCharge(c: Claim): string | null {
  const v = c.value;
  if (v.type !== "quantity" || v.min === null || v.min !== v.max || v.approximate) return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  const m = CHARGE.exec(c.sentence.slice(at + c.text.length));
  if (!m) return null;
  const words: string[] = [];
  for (const raw of m[1]!.split(/\s+/).slice(0, CHARGE_WORDS)) {
    const w = raw.toLowerCase().replace(/[^\p{L}-]/gu, "");
    if (w === "" || ENDS.test(w)) break;
    if (!FILLER.has(w)) words.push(w);
  }
  return words.length >= 2 ? words.join(" ") : null;
}

/** Two counts of counts of one named charge, in one story (see the header; the same value is asked by the caller). */
export function oneChargeCount(a: Claim, b: Claim): boolean {
  if (a.story === undefined || a.story !== b.story) return false;
  const charge = chargeOf(a);
  return charge !== null && charge === chargeOf(b);
}
