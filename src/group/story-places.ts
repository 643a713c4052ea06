/**
 * The names a story sets as places somewhere: a report names its town once as a place ("a bomb
 * went off in Keldon, Nevada", "the farming town of Keldon") and elsewhere only as a word before
 * another noun ("a Keldon officer was killed", "at a Keldon bank"), where the name alone reads as
 * well as a person's (participants.ts actorsPart: who, not where). A name the story sets as a place
 * is no person in its other sentences: a sentence that names only the town does not part from one
 * that names only a person told with a title ("Sergeant Ann Vell") for want of a name in common
 * (participants.ts placeAgainstPeople). It still parts from another town and from a name of no
 * title (a firm, a body), as before.
 *
 * A sentence sets a capitalised name as a place when it stands
 *   - right after "in", "near" or "outside" (with "the" between or not): "in Keldon", "near the Orby";
 *   - after "the town of", "the city of", "the village of" (a describing word may stand before the
 *     noun: "the farming town of Keldon");
 *   - before a comma and a state of the United States: "Keldon, Nevada", "a bank in Keldon, Nevada".
 * Not: a name followed by "'s" ("in Tam Roe's words": whose); a name after "at" ("at Gordon
 * Advisors": a firm as often as a place); a name written only before another noun ("the Keldon
 * police said").
 *
 * Only names the claims' actors carry as a whole are asked (participants.ts partiesOf): "keldon" of
 * "a Keldon officer", not the person of "Keldon Police Chief Tam Roe", whose actor is longer.
 */
import type { Claim } from "../types.js";
import { claimsByStory } from "./by-story.js";

/** The states of the United States, as news writes them after a town and a comma. */
const STATES: ReadonlySet<string> = new Set(
  (
    "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|" +
    "montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming"
  ).split("|"),
);

/** A capitalised name of one to three words. */
const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}`;
/** The name does not go on as a possessive ("in Tam Roe's words"). */
const NOT_WHOSE = String.raw`(?!['’]s?(?!\p{L}))`;

const AFTER_LOCATIVE = new RegExp(String.raw`(?<!\p{L})(?:in|near|outside)\s+(?:the\s+)?(${NAME})${NOT_WHOSE}(?![\p{L}])`, "gu");
const AFTER_TOWN_OF = new RegExp(String.raw`(?<!\p{L})the\s+(?:\p{Ll}+\s+)?(?:town|city|village)\s+of\s+(${NAME})${NOT_WHOSE}(?![\p{L}])`, "gu");
const BEFORE_STATE = new RegExp(String.raw`(${NAME}),\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)(?![\p{L}'’])`, "gu");

/** Cheap gate: a sentence with none of these words sets no place in the ways read here. */
const GATE = /\b(?:in|near|outside|of)\s|,\s+\p{Lu}/u;

/** The names (in lower case) a sentence sets as places (see the header). */
export function placesSetIn(sentence: string): string[] {
  if (!GATE.test(sentence)) return [];
  const out: string[] = [];
  for (const re of [AFTER_LOCATIVE, AFTER_TOWN_OF]) for (const m of sentence.matchAll(re)) out.push(m[1]!.toLowerCase());
  for (const m of sentence.matchAll(BEFORE_STATE)) {
    // (a two-word run after the comma is a state of two words, or a state and the next name: "Nevada Highway")
    const after = m[2]!.toLowerCase();
    if (STATES.has(after) || STATES.has(after.split(/\s+/)[0]!)) out.push(m[1]!.toLowerCase());
  }
  return out;
}

const storyPlaces = new WeakMap<Claim, ReadonlySet<string>>();

/** Learns, for each story, the names a sentence of it sets as places (see the header). */
export function learnStoryPlaces(claims: readonly Claim[]): void {
  for (const members of claimsByStory(claims)) {
    const places = new Set<string>();
    const read = new Set<string>();
    for (const c of members) {
      if (read.has(c.sentence)) continue;
      read.add(c.sentence);
      for (const p of placesSetIn(c.sentence)) places.add(p);
    }
    if (places.size === 0) continue;
    for (const c of members) storyPlaces.set(c, places);
  }
}

/** Whether a name (as actors carry it, in lower case) is one the claim's story sets as a place. */
export function setAsPlaceInStory(c: Claim, name: string): boolean {
  return storyPlaces.get(c)?.has(name) ?? false;
}
