/**
 * The names a story sets as places somewhere: a report names its town once as a place ("a bomb
 * went off in Keldon, Nevada", "the farming town of Keldon") and elsewhere only as a word before
 * another noun ("a Keldon officer was killed", "at a Keldon bank"), where the name alone reads as
 * well as a person's. A name the story sets as a place is a place in its other sentences too
 * (participants.ts actorsPart): compared with places, never with people or bodies. Two different
 * places part ("a Keldon crowd" and "an Orby crowd"), unless the story sets one within the other
 * ("in Keldon, Nevada": Keldon lies in Nevada, so "a Keldon officer" and "the Nevada police" do not
 * part); a place against a person, a firm or a body is no evidence either way.
 *
 * A sentence sets a capitalised name as a place when it stands
 *   - right after "in", "near" or "outside" (with "the" between or not): "in Keldon", "near the Orby";
 *   - after "the town of", "the city of", "the village of" (a describing word may stand before the
 *     noun: "the farming town of Keldon");
 *   - before a comma and a state of the United States: "Keldon, Nevada", "a bank in Keldon, Nevada".
 * Not: a name followed by "'s" ("in Tam Roe's words": whose); after "the", a name that goes on with
 * a noun of a matter or a building ("in the Keldon affair", "in the Keldon hotel": NAMES_A_MATTER); a time ("in October", "in Oct."); a
 * name after "at" ("at Gordon Advisors": a firm as often as a place); a name written only before
 * another noun ("the Keldon police said"); a word the story ends a longer name with ("near Roe,"
 * where "Tam Roe" is named: a person's last name).
 *
 * A sentence sets one place within another when it writes the first, a comma and the second, and the
 * second is a state of the United States, a country or a name the story sets as a place itself:
 * "Keldon, Nevada"; "Keldon, Portugal"; "in Dunmore, Orby" where "the town of Orby" is written elsewhere. Not "in Keldon, Tam
 * Roe said" (Tam Roe is set as a place nowhere).
 *
 * Only names the claims' actors carry as a whole are asked (participants.ts partiesOf): "keldon" of
 * "a Keldon officer", not the person of "Keldon Police Chief Tam Roe", whose actor is longer.
 */
import type { Claim } from "../types.js";
import { claimsByStory } from "./by-story.js";
import { countriesIn } from "../extract/gazetteer.js";
import { calendarWords } from "../values/calendar-words.js";

/** The states of the United States, as news writes them after a town and a comma. */
const STATES: ReadonlySet<string> = new Set(
  (
    "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|" +
    "montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming"
  ).split("|"),
);

/**
 * A capitalised name of one to three words. A possessive glued to a word is part of it ("Tam
 * Roe's", "Orby’s"): the name is read whole, and one that holds a possessive is no place (noPlace).
 */
const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}`;

/**
 * After "the", a name that goes on with a noun of a matter or of a building names that matter or
 * building, not a town: "in the Keldon affair", "in the Keldon prosecution", "in the Keldon hotel".
 */
const NAMES_A_MATTER = String.raw`(?!\s+(?:scandal|affair|case|probe|inquiry|investigation|hearings?|trial|prosecution|saga|crisis|controversy|era|hotel|complex|building|tower|offices?|headquarters)(?![\p{L}-]))`;
const AFTER_LOCATIVE = new RegExp(String.raw`(?<!\p{L})(?:in|near|outside)\s+(?:the\s+(${NAME})(?![\p{L}])${NAMES_A_MATTER}|(${NAME})(?![\p{L}]))`, "gu");
const AFTER_TOWN_OF = new RegExp(String.raw`(?<!\p{L})the\s+(?:\p{Ll}+\s+)?(?:town|city|village)\s+of\s+(${NAME})(?![\p{L}])`, "gu");
const BEFORE_STATE = new RegExp(String.raw`(${NAME}),\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)(?![\p{L}'’])`, "gu");

/** A name, a comma and another name: the first may lie within the second ("Keldon, Nevada", "Dunmore, Orby"). */
const NAME_COMMA_NAME = new RegExp(String.raw`(?<![\p{L}'’-])(${NAME}),\s+(${NAME})(?![\p{L}])`, "gu");

/** Cheap gate: a sentence with none of these words sets no place in the ways read here. */
const GATE = /\b(?:in|near|outside|of)\s|,\s+\p{Lu}/u;

/** Words of time that stand after "in" as a place's name does: "in October", "in Oct.", "in Spring". */
const TIME_WORD = new RegExp(`^(?:${calendarWords({ forms: "both" })}|spring|summer|autumn|fall|winter)$`, "i");

/** Whether a name read after a locative is no place: a possessive ("Tam Roe's"), or a time ("October"). */
function noPlace(name: string): boolean {
  return /['’]s?(?:\s|$)/u.test(name) || TIME_WORD.test(name.split(/\s+/)[0]!.replace(/\.$/, ""));
}

/** The names (in lower case) a sentence sets as places (see the header). */
export function placesSetIn(sentence: string): string[] {
  if (!GATE.test(sentence)) return [];
  const out: string[] = [];
  for (const re of [AFTER_LOCATIVE, AFTER_TOWN_OF]) {
    for (const m of sentence.matchAll(re)) {
      const name = (m[1] ?? m[2])!.toLowerCase();
      if (!noPlace(name)) out.push(name);
    }
  }
  for (const m of sentence.matchAll(BEFORE_STATE)) {
    // (a two-word run after the comma is a state of two words, or a state and the next name: "Nevada Highway")
    const after = m[2]!.toLowerCase();
    if (STATES.has(after) || STATES.has(after.split(/\s+/)[0]!)) out.push(m[1]!.toLowerCase());
  }
  return out;
}

/**
 * The pairs [inner, outer] (in lower case) a sentence writes as a name, a comma and another name:
 * each a candidate for one place within another, kept by learnStoryPlaces when the outer one is a
 * state or a place of the story (see the header). Overlapping runs are all read ("in Dunmore, Orby,
 * Nevada": dunmore in orby, orby in nevada).
 */
export function namePairsIn(sentence: string): Array<[string, string]> {
  if (!sentence.includes(",")) return [];
  const out: Array<[string, string]> = [];
  NAME_COMMA_NAME.lastIndex = 0;
  for (let m = NAME_COMMA_NAME.exec(sentence); m; m = NAME_COMMA_NAME.exec(sentence)) {
    // (the name before the comma may open with a word that is none of it: "In Keldon, Nevada")
    const inner = m[1]!.toLowerCase().split(/\s+/);
    for (let i = 0; i < inner.length; i++) out.push([inner.slice(i).join(" "), m[2]!.toLowerCase()]);
    // read the second name again as the first of the next pair
    NAME_COMMA_NAME.lastIndex = m.index + m[0].length - m[2]!.length;
  }
  return out;
}

const storyPlaces = new WeakMap<Claim, ReadonlySet<string>>();
const storyWithin = new WeakMap<Claim, ReadonlyMap<string, readonly string[]>>();

/** Learns, for each story, the names a sentence of it sets as places (see the header). */
export function learnStoryPlaces(claims: readonly Claim[]): void {
  for (const members of claimsByStory(claims)) {
    const places = new Set<string>();
    const read = new Set<string>();
    const pairs: Array<[string, string]> = [];
    for (const c of members) {
      if (read.has(c.sentence)) continue;
      read.add(c.sentence);
      for (const p of placesSetIn(c.sentence)) places.add(p);
      pairs.push(...namePairsIn(c.sentence));
    }
    // a word a story also ends a person's name with is that person ("near Horton," where "Ann
    // Horton" is named): a last name, not a place
    for (const c of members)
      for (const a of c.actors) {
        const words = a.startsWith("name:") ? a.slice("name:".length).split(" ") : [];
        if (words.length > 1 && !places.has(a.slice("name:".length))) places.delete(words.at(-1)!);
      }
    if (places.size === 0) continue;
    const within = new Map<string, string[]>();
    for (const [inner, written] of pairs) {
      // (a state may run on into the next name: "Keldon, Nevada Highway 9")
      const words = written.split(/\s+/);
      const outer = [written, words.slice(0, 2).join(" "), words[0]!].find((o) => STATES.has(o) || places.has(o) || countriesIn(o).length > 0);
      if (outer === undefined || inner === outer) continue;
      const known = within.get(inner);
      if (!known) within.set(inner, [outer]);
      else if (!known.includes(outer)) known.push(outer);
    }
    // what lies within a place lies within what holds that place ("Dunmore, Orby" and "Orby, Nevada")
    for (const outers of within.values()) {
      for (let i = 0; i < outers.length; i++) for (const further of within.get(outers[i]!) ?? []) if (!outers.includes(further)) outers.push(further);
    }
    for (const c of members) {
      storyPlaces.set(c, places);
      if (within.size > 0) storyWithin.set(c, within);
    }
  }
}

/** Whether a name (as actors carry it, in lower case) is one the claim's story sets as a place. */
export function setAsPlaceInStory(c: Claim, name: string): boolean {
  return storyPlaces.get(c)?.has(name) ?? false;
}

/**
 * The places (in lower case) the claim's story sets a name within, near first: "keldon" →
 * ["nevada"] where a sentence writes "Keldon, Nevada"; [] for a name set within nothing.
 */
export function placesAround(c: Claim, name: string): readonly string[] {
  return storyWithin.get(c)?.get(name) ?? [];
}

/** Whether a name (lower case) is a state of the United States ("nevada", "new mexico"). */
export function isState(name: string): boolean {
  return STATES.has(name);
}
