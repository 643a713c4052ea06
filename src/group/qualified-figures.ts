/**
 * One figure of one qualified thing: the same count, of the same noun, with a word of kind before
 * it that both reports use ("six turncoat mobsters" and "a parade of six turncoat mobsters";
 * "three leading scientific societies" and "three scientific societies"). Outlets that repeat a
 * figure with the very words that say what kind of thing it counts are telling one figure, even
 * when they set it in sentences that name different people and tell it with different verbs
 * ("took the testimony of …", "… described his power"). Only ever lets one figure agree with
 * itself (same-figure.ts toldAsOne): two different figures never meet by it.
 *
 * Must be one: "six turncoat mobsters" / "six turncoat mobsters"; "three leading scientific
 * societies" / "three scientific societies"; "40 marine biologists" / "40 marine biologists";
 * "a four-time NBA all-star" / "a four-time All-Star" (one tally of times of one title: timesTitle).
 * Must not: "six other people" / "six other people" (no word of kind: "other" says nothing of
 * what they are); "five pirate boats" / "five merchant boats" (two kinds); "three scientific
 * societies" / "three scientific papers" (two things); "two young men" / "two young men" (age is
 * no kind: "young", "old", "new"); "a three-time champion" / "a three-time finalist".
 */
import type { Claim } from "../types.js";
import { singular } from "../values/quantity/counted.js";
import { soleWordAt } from "./word-places.js";

/** Words between a figure and its noun that say nothing of what kind of thing it counts. */
const NO_KIND = new Set([
  "other", "more", "additional", "further", "extra", "new", "young", "old", "older", "younger", "separate", "individual",
  "different", "same", "few", "many", "several", "first", "last", "next", "previous", "more", "than", "of", "the", "a", "an",
  "and", "or", "about", "some", "nearly", "almost", "over", "under", "around", "roughly", "just", "only", "least", "most",
  "his", "her", "their", "its", "our", "your", "my", "leading", "top", "major", "big", "small", "large", "little",
]);

/** A word that ends a noun phrase: a verb-like or function word after the noun ("were", "who", "to"). */
const ENDS_PHRASE = /^(?:and|or|who|which|that|were|was|are|is|to|from|in|on|at|for|by|with|as|after|before|led|had|have|has)$/;

/** A plural noun: "mobsters", "societies", "men", "people", "children". */
const PLURAL = /^(?:\p{L}+[^s\W]s|\p{L}*men|people|children|police)$/u;

/** The noun a figure counts and the words of kind before it, as written after the figure; null when no word of kind stands there. */
export function qualifiedNoun(c: Claim): { head: string; kinds: readonly string[] } | null {
  const v = c.value;
  // (a rule's measure names an outcome, "freed", "injured": its figure counts that outcome, not a group)
  if (v.type !== "quantity" || v.min === null || v.min !== v.max || v.approximate || c.measure !== null) return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  const words: string[] = [];
  for (const raw of c.sentence.slice(at + c.text.length).split(/\s+/)) {
    if (raw === "") continue;
    const w = raw.toLowerCase().replace(/[^\p{L}-]/gu, "");
    if (w === "" || ENDS_PHRASE.test(w)) break;
    words.push(w);
    // (the first plural noun, or the figure's unit, is the head: "three leading scientific
    // societies today"; a comma or a stop before it, or four words without it, leave none)
    if (PLURAL.test(w) || singular(w) === v.unit) break;
    if (/[,;:.!?)]$/.test(raw) || words.length >= 4) return null;
  }
  const last = words[words.length - 1];
  if (words.length < 2 || last === undefined || !(PLURAL.test(last) || singular(last) === v.unit)) return null;
  const head = singular(words[words.length - 1]!);
  const kinds = words.slice(0, -1).filter((w) => !NO_KIND.has(w));
  return kinds.length > 0 ? { head, kinds } : null;
}

/**
 * The title a tally of times names: "a four-time NBA all-star" → all-star, "the three-time
 * champion" → champion (a name of a league or body in capitals before it, "NBA", is where, not
 * what); null for no "-time" after the figure. Must: "four-time NBA all-star", "four-time
 * All-Star" (both all-star). Must not: "four times" (no title), "a four-hour wait".
 */
export function timesTitle(c: Claim): string | null {
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  const m = /^-time\s+((?:\p{Lu}{2,}\s+)*)([\p{L}-]+)/u.exec(c.sentence.slice(at + c.text.length));
  return m ? singular(m[2]!.toLowerCase()) : null;
}

/** The same figure of one noun with a word of kind both give, or one tally of times of one title (see the header). */
export function oneQualifiedFigure(a: Claim, b: Claim): boolean {
  const [va, vb] = [a.value, b.value];
  const title = timesTitle(a);
  if (title !== null && va.type === "quantity" && vb.type === "quantity" && va.min === vb.min && va.min === va.max && vb.min === vb.max) return title === timesTitle(b);
  const [x, y] = [qualifiedNoun(a), qualifiedNoun(b)];
  if (x === null || y === null || x.head !== y.head) return false;
  return va.type === "quantity" && vb.type === "quantity" && va.min === vb.min && x.kinds.some((k) => y.kinds.includes(k));
}
