/**
 * One thing a one-off happening befell, told with two dates. A verb met in a story ("met",
 * "approved", "won") may name many events over time, so dates of a frame's own topic further apart
 * than FRAME_DATE_DAYS are different occurrences (group.ts) — unless the frames say that the same
 * thing underwent a happening that befalls a thing once: it is put up, founded, bought or approved
 * once. "The hall was built in 1935" and "the hall was built in 1937" in two reports of one story
 * date one building twice; "a $3 million bond approved in 2010" and "a $3 million bond approved in
 * 2009" date one vote. Two dates of such a happening are then one occurrence and may contradict.
 *
 * Evidence, both required:
 *   - both predicates are of one class that happens once to its thing (ONCE_CLASSES);
 *   - both frames name what it befell (patient or holder) as one thing: the same words, or one
 *     phrase holding the other's noun ("a $3 million bond" and "a bond measure"), and at least one of
 *     them identifies it — it is definite ("the hall", "its plant", "the county's dairy"), carries a
 *     proper name ("the Keld Hall") or a figure ("a $3 million bond", "a 9-acre site"). Two
 *     indefinite bare nouns ("built a plant in 1990", "built a plant in 2005") may be two plants.
 * Things both frames fill with different names ("recognised Bangladesh", "recognised the Taliban")
 * are kept apart elsewhere (participants.ts separates); here they are simply not one thing.
 */
import type { Claim, Participant } from "../types.js";
import { classesOfClaim } from "./predicate-classes.js";
import { oneSaleAtOnePrice, salePrice } from "./sale-prices.js";

/**
 * Classes of happenings that befall their thing once (predicate-classes.ts): a building is put up
 * once (rebuilding is another verb), a body founded once, a thing bought by its buyer once, a
 * measure approved, ratified or enacted once. Not meetings, visits, wins, sales of shares, or
 * anything a thing undergoes again and again.
 */
const ONCE_CLASSES: ReadonlySet<string> = new Set(["build", "found", "approve", "ratify", "enact"]);

const DEFINITE = /^(?:the|this|that|these|those|its|their|his|her|our)\s/i;
const POSSESSED = /['’]s\s/;
const FIGURE = /\d/;
const NAMED = /(?:^|\s)\p{Lu}/u;

/** Whether a phrase as written picks out one thing: definite, possessed, named or with a figure. */
function identifies(text: string): boolean {
  // (a capital that only opens the sentence names no one: "The hall" is definite anyway)
  const rest = text.replace(/^\S+\s*/, "");
  return DEFINITE.test(text) || POSSESSED.test(text) || FIGURE.test(text) || NAMED.test(rest);
}

/** The words of a key, figures and signs left out: "$3 million bond" → million, bond. */
function wordsOf(key: string): string[] {
  return key.split(/\s+/).map((w) => w.replace(/[^\p{L}-]/gu, "")).filter((w) => w !== "");
}

/** Two keys of one thing: the same words, or one holding the other's last word (its noun). */
function oneThing(a: string, b: string): boolean {
  if (a === b) return true;
  const [wa, wb] = [wordsOf(a), wordsOf(b)];
  const [na, nb] = [wa[wa.length - 1], wb[wb.length - 1]];
  return (na !== undefined && wb.includes(na)) || (nb !== undefined && wa.includes(nb));
}

const THING_ROLES: ReadonlySet<Participant["role"]> = new Set(["patient", "holder"]);

function thingsOf(c: Claim): Participant[] {
  return (c.claimFrame?.participants ?? []).filter((p) => THING_ROLES.has(p.role) && p.key !== "");
}

/**
 * What a claim gives the judge as evidence of one-off happenings (judge/claim-facts.ts
 * evidenceOf): "once <class> <word>" for each word of each thing its frame names, so that two
 * claims of one class naming things with a word in common are linked; whether they name one thing
 * is then asked of the pair (oneThingOnce).
 */
export function onceEvidence(c: Claim): string[] {
  // (a sale at a price: the price names the one sale, sale-prices.ts)
  const price = salePrice(c);
  if (price !== null) return [`${ONCE_EVIDENCE}sell ${price}`];
  const classes = (classesOfClaim(c) ?? []).filter((k) => ONCE_CLASSES.has(k));
  if (classes.length === 0) return [];
  const words = [...new Set(thingsOf(c).flatMap((p) => wordsOf(p.key)))];
  return classes.flatMap((k) => words.map((w) => `${ONCE_EVIDENCE}${k} ${w}`));
}

/** The prefix of that evidence. */
export const ONCE_EVIDENCE = "once ";

/** Whether a claim's predicate is of a class that befalls its thing once. */
export function happensOnce(c: Claim): boolean {
  return (classesOfClaim(c) ?? []).some((k) => ONCE_CLASSES.has(k)) || salePrice(c) !== null;
}

/**
 * Whether two claims date one thing's one-off happening (see the header): one class of such a
 * happening, and one thing both frames name, identified by at least one of them.
 */
export function oneThingOnce(a: Claim, b: Claim): boolean {
  if (oneSaleAtOnePrice(a, b)) return true;
  const [ka, kb] = [classesOfClaim(a) ?? [], classesOfClaim(b) ?? []];
  if (!ka.some((k) => ONCE_CLASSES.has(k) && kb.includes(k))) return false;
  const tb = thingsOf(b);
  return thingsOf(a).some((x) => tb.some((y) => oneThing(x.key, y.key) && (identifies(x.text) || identifies(y.text))));
}
