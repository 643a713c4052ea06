/**
 * Counted things: the nouns news uses for one kind of thing counted, so that outlets that count
 * one thing with different words ("three boats were captured", "3 pirate ships were intercepted";
 * "26 pirates", "26 sea brigands"; "33 home runs", "33 homers") are compared with each other. A
 * small, hand-kept lexicon of news nouns, beside the predicate classes (predicate-classes.ts);
 * words are base forms as a frame reads them (claimFrame.counted, a quantity's unit).
 *
 * Two further readings count the same things in other words, and are only ever taken for the
 * same figure (occurrence-topics.ts sameFigure), never to set two different figures against each
 * other:
 *   - people of some kind ("pirates", "crewmen", "climbers", "robbers") and people in general
 *     ("26 Somali crew", counted as person): "26 pirates" and "26 people" may be one count, while
 *     "12 soldiers" and "16 people" may be two parts of one toll;
 *   - an event noun counts its events ("46 arrests"), as do "times" ("arrested four times") and
 *     the people it happened to ("46 people were arrested");
 *   - the fire service's vehicles and gear, where a sentence tells of a fire ("31 fire apparatus",
 *     "31 fire trucks", "three aerials", "three ladder trucks": fireEquipment).
 *
 * Must be one thing: boat/ship/vessel, pirate/brigand, robber/thief/burglar, home run/homer,
 * shot/gunshot/bullet (and a round, where the sentence tells of guns: roundFired),
 * knockout/KO, touchdown/TD, run batted in/RBI, child/kid, grandchild/grandkid, win/victory,
 * a software update/patch/fix ("four security updates" and "ten patches" re-released), and
 * a contest won and a win ("won nine fights" and "nine victories": thingWon).
 * Must not be: boat/rifle, pirate/boat, robber/victim, home run/run batted in, knockout/win,
 * patch/flaw, update/bulletin (a flaw is what a patch mends; a bulletin may hold several updates),
 * a contest lost or played and a win ("lost nine fights", "played nine games").
 */
import { wordTable } from "../values/word-table.js";

/** The built-in groups of nouns for one thing, named after a noun of each. */
export const COUNTED_SYNONYMS = wordTable<readonly string[]>({
  vessel: ["vessel", "boat", "ship", "skiff", "dhow", "speedboat"],
  pirate: ["pirate", "brigand", "buccaneer", "sea brigand"],
  robber: ["robber", "thief", "burglar", "bandit", "raider"],
  gunman: ["gunman", "shooter", "assailant", "attacker"],
  "home run": ["home run", "homer"],
  knockout: ["knockout", "ko"],
  win: ["win", "victory"],
  touchdown: ["touchdown", "td"],
  "run batted in": ["run batted in", "rbi"],
  rifle: ["rifle", "assault rifle", "gun", "firearm", "weapon"],
  shot: ["shot", "gunshot", "bullet"],
  update: ["update", "patch", "fix", "hotfix", "security update", "security patch", "software update"],
  child: ["child", "kid"],
  grandchild: ["grandchild", "grandkid"],
});

/** Contests one wins: a count of them won is a count of wins. */
const CONTESTS: ReadonlySet<string> = new Set(["fight", "bout", "game", "match", "contest", "race", "tie", "final", "title fight"]);

/**
 * The thing a count of contests counts, by the verb it completes: "won nine fights", "won his
 * ninth straight game" count wins, as "nine victories" does; "lost nine fights", "played nine
 * games" count the contests. Other nouns are returned as they are.
 */
export function thingWon(noun: string, predicate: string | null | undefined): string {
  return predicate === "win" && CONTESTS.has(noun.replace(/-/g, " ")) ? "win" : noun;
}

/** A sentence that tells of guns or their firing: "fired", "gunman", "rifle", "sniper", "ammunition", "spraying bullets". */
const GUNS_TOLD = /\b(?:fir(?:e|es|ed|ing)|gun\w*|rifles?|pistols?|handguns?|shotguns?|snipers?|ammunition|bullets?|shots?|shooting|shooter|spray(?:s|ed|ing)?)\b/i;

/**
 * A round of ammunition: "round" where the sentence tells of guns ("the sniper fired a dozen
 * rounds", "his 12 rounds were meant for a rival") counts shots, as "12 shots" and "12 bullets"
 * do; elsewhere a round is a bout, a stage or a game of golf ("won in 12 rounds", "the second
 * round of talks"). Other nouns are returned as they are. Must be "shot": round in "the gunman
 * fired 12 rounds". Must stay "round": "the fight went 12 rounds", "three rounds of talks",
 * "shooting a 68 in the final round" (golf: "shot" and "shooting" alone name no gun, so a round
 * beside them is read as shots only where another gun word stands too).
 */
export function roundFired(noun: string, sentence: string): string {
  if (noun !== "round") return noun;
  const words = sentence.match(new RegExp(GUNS_TOLD.source, "gi")) ?? [];
  return words.some((w) => !/^(?:shots?|shooting)$/i.test(w)) ? "shot" : noun;
}

/** Kin a person is said to have: a count of them describes that person, not a happening. */
// ("children": how many children someone has, however told — occurrence-topics.ts unitOf)
const KIN: ReadonlySet<string> = new Set(["children", "child", "grandchild", "son", "daughter", "sibling", "brother", "sister", "stepchild", "stepson", "stepdaughter", "nephew", "niece", "cousin"]);

/** Whether a counted noun (as countedKey names it) is someone's kin: "grandchild", "sister"; not "person", "fan". */
export function isKin(noun: string): boolean {
  return KIN.has(noun);
}

/** Nouns for people of some kind: a count of them may be a count of people. */
const PEOPLE: ReadonlySet<string> = new Set([
  "person", "people", "man", "woman", "child", "adult", "pirate", "brigand", "robber", "thief", "burglar", "bandit",
  "gunman", "attacker", "assailant", "suspect", "crew", "crewman", "crew member", "sailor", "seaman", "passenger",
  "climber", "skier", "mountaineer", "hiker", "tourist", "worker", "employee", "miner", "soldier", "civilian",
  "protester", "demonstrator", "marcher", "student", "victim", "hostage", "prisoner", "detainee", "inmate",
  "resident", "villager", "refugee", "migrant", "fan", "spectator", "officer", "policeman", "firefighter",
]);

/** Event nouns whose count is a count of events that happen to people ("46 arrests", "three deaths"). */
const EVENTS_OF_PEOPLE: ReadonlySet<string> = new Set([
  "arrest", "death", "fatality", "casualty", "injury", "killing", "rescue", "evacuation", "time",
]);

const GROUP_OF = new Map<string, string>();
for (const [name, words] of Object.entries(COUNTED_SYNONYMS)) for (const w of words) GROUP_OF.set(w, name);

/** The name a counted noun is compared under: its group's ("ship" → "vessel"), else itself. */
export function countedKey(noun: string): string {
  return GROUP_OF.get(noun) ?? noun;
}

/**
 * The coarser reading a count may be compared under for the same figure only: "person" for
 * people of any kind, an event noun that happens to people, or "times"; otherwise the noun's
 * group. Must be "person": pirate, crewman, person, arrest, time, death. Must not: boat, rifle,
 * game, money ("USD").
 */
export function peopleOrThing(noun: string): string {
  if (PEOPLE.has(noun) || EVENTS_OF_PEOPLE.has(noun)) return "person";
  return countedKey(noun);
}

/**
 * Nouns an outlet counts the fire service's vehicles and gear by where the sentence tells of a fire:
 * "31 fire apparatus", "31 fire trucks", "31 pieces of firefighting equipment", "two dozen units",
 * "three aerials" and "three ladder trucks" sent to one blaze may be one count told in other words.
 * Read so only to let one figure agree with itself (occurrence-topics.ts kindOfThing: the coarser
 * reading), never to set two different figures against each other: an outlet's "five engines"
 * and another's "three trucks" may count two kinds of vehicle.
 */
const FIRE_EQUIPMENT: ReadonlySet<string> = new Set([
  "apparatus", "equipment", "unit", "engine", "truck", "fire truck", "fire engine", "ladder truck", "aerial", "ladder", "appliance", "pump", "tender", "rig",
]);
/** A sentence that tells of a fire: "fire", "blaze", "flames", "firefighters", "fire-fighting", "firefighting". */
const FIRE_TOLD = /\b(?:fires?|blaze|flames|firefight(?:ers?|ing)|firemen|fire\s+crews?)\b/i;

/**
 * Whether a count names fire equipment in a sentence that tells of a fire (the count's thing, or
 * what its frame counts: "31 pieces of firefighting apparatus"). Must: "31 fire apparatus arrived to
 * fight the fire", "two dozen units were called to the blaze". Must not: "the firm sold 31 trucks"
 * (no fire), "31 firefighters" (people), "three fires" (the fires themselves).
 */
export function fireEquipment(nouns: readonly (string | null | undefined)[], sentence: string): boolean {
  return nouns.some((n) => n !== null && n !== undefined && FIRE_EQUIPMENT.has(n)) && FIRE_TOLD.test(sentence);
}

/** Whether a counted noun names people of some kind other than people in general ("pirate", not "person"). */
export function peopleOfAKind(noun: string): boolean {
  return noun !== "person" && noun !== "people" && PEOPLE.has(noun);
}
