/**
 * One estimate told again in its own words: "an estimated 1,200 smugglers work the coast" and "…
 * with an estimated 1,200 smugglers": outlets of one story that give a figure as "an estimated N"
 * of one kind of thing are repeating one standing estimate (a source's count of a group, a fleet,
 * a force), whatever verb each sentence hangs it on, so the verbs of the frames are no reason to
 * keep them apart. Only ever lets one figure agree with itself (same-figure.ts toldAsOne): two
 * different figures never meet by it.
 *
 * Must be one: "an estimated 1,200 smugglers" / "An estimated 1,200 smugglers"; "an estimated
 * 40,000 troops" / "an estimated 40,000 troops". Must not: "an estimated 1,200 smugglers" / "an
 * estimated 1,200 fishermen" (two things); "an estimated 1,200 smugglers" / "about 1,200
 * smugglers" (not told as an estimate in both); "an estimated 2,000 people" / "an estimated 2,000
 * people" (people are counted for every happening of a story: attended, fled, were evacuated);
 * "an estimated $5 million" twice (a sum, of many things a story prices); "an estimated 1,200
 * smugglers" / "an estimated 1,300 smugglers" (two figures).
 */
import type { Claim } from "../types.js";
import { singular } from "../values/quantity/counted.js";
import { soleWordAt } from "./word-places.js";

/** The figure opens with "an estimated" (or "some estimated"): the writer gives it as someone's estimate. */
const ESTIMATED = /^(?:an|some)\s+estimated\s/i;

/** The plural noun right after the figure ("1,200 smugglers are"); a modifier before it leaves none. */
const NOUN_AFTER = /^\s+(\p{L}+)(?![\p{L}\p{N}'’-])/u;
const PLURAL = /^(?:\p{L}+[^s\W]s|\p{L}*men|people|children|police)$/u;

/** Nouns that count anyone: no one kind of thing. */
const ANYONE = new Set(["person", "people", "individual", "resident", "inhabitant"]);

/** The kind of thing an estimate counts (the noun after it, singular), or null when the claim is no estimate of one kind of thing. */
function estimatedKind(c: Claim): string | null {
  const v = c.value;
  // (a sum or a share: a story prices and measures many things)
  if (v.type !== "quantity" || v.nominal === null || v.qualifier !== "estimated" || !ESTIMATED.test(c.text) || v.unit === "percent" || c.claimFrame?.counted === "money") return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  const noun = NOUN_AFTER.exec(c.sentence.slice(at + c.text.length))?.[1]?.toLowerCase();
  if (noun === undefined || !PLURAL.test(noun)) return null;
  const kind = singular(noun);
  return ANYONE.has(kind) ? null : kind;
}

/** Two claims that tell one estimate of one kind of thing in the same words (see the header). */
export function oneEstimateRetold(a: Claim, b: Claim): boolean {
  const [va, vb] = [a.value, b.value];
  if (va.type !== "quantity" || vb.type !== "quantity" || va.nominal !== vb.nominal) return false;
  const kind = estimatedKind(a);
  return kind !== null && kind === estimatedKind(b);
}
