/**
 * Kinds of happening that reports tell with words the predicate classes keep apart
 * (predicate-classes.ts), as read for the days and clock times of undated reports
 * (undated-days.ts):
 *   - a cut of lines or of a service, told by what broke or by what it did to the service: "the
 *     cables were cut", "were damaged", "communications were disrupted", "traffic was hampered",
 *     "service was interrupted", "users experienced outages" (OUTAGE);
 *   - a blast, told by the bomb or by what it did: "a bomb exploded", "the bomb detonated", "the
 *     blast", "the explosion" (the frame names a violent attack "attack": BLAST);
 *   - an attack on a vessel or on people, told by the attackers' act or by its foiling: "raiders
 *     attacked the freighter", "tried to hijack it", "threatened the freighter", "the frigate
 *     thwarted a hijack attempt", "repulsed the attack", "took the raiders head on" (ATTACKS, FOILS;
 *     "threatened to" is a warning of something to come, and "said attacking the ports would not
 *     work" the idea of an attack: neither is an attack).
 * Those told of a cut are of things, not people: the regions, services and firms a frame gives as
 * who suffered it ("Europe", "Internet users", "Asia") are what each outlet chose to name, and part
 * no two tellings of one cut of the same day (sameCutOfOneDay), where a place or a name both
 * sentences give ties them.
 *
 * A predicate that is a noun of people a verb may be spelled like ("Somali pirates Saturday
 * released a tanker", "police Friday closed the road": PEOPLE_WORDS) names who acted, not what
 * happened, and is of no kind (peopleAsPredicate) — save between two clock times of one minute
 * ("gave himself up to police just after 6 p.m." twice), which the minute itself ties.
 *
 * Must be one kind: "were disrupted Friday" / "was hampered Friday"; "were damaged Friday" / "an
 * outage Friday"; "the bomb detonated" / "a bomb exploded"; "raiders who threatened a freighter on
 * Friday" / "the navy on Friday took the raiders head on"; "raiders attacked a freighter Friday" /
 * "repulsed an attack Friday". Must not: "were disrupted" / "were arrested"; "detonated" / "died";
 * "prices were cut" / "a bomb exploded"; "pirates Saturday released a tanker" / "chased away
 * pirates on Saturday" (the predicate read as "pirate"); "thwarted a hijack attempt Friday" /
 * "released a tanker Friday"; "the union threatened to strike Friday" / "thwarted an attack Friday";
 * "on Friday an admiral said attacking the raiders' ports would not work" / "repulsed an attack Friday".
 */
import type { Claim } from "../types.js";
import { predicateOf } from "./predicate-classes.js";
import { namesShared, separates } from "./participants.js";
import { OUTAGE_LEMMAS, reductionTold } from "./breaking.js";
import { oncePerClaim } from "./per-claim.js";

/** A cut, told by what broke or by what it did to the service: the outage words and verbs of breaking (breaking.ts). */
const OUTAGE: ReadonlySet<string> = OUTAGE_LEMMAS;
const BLAST: ReadonlySet<string> = new Set(["attack", "explode", "explosion", "blast", "bomb", "bombing", "detonate", "detonation"]);
/** An attack, told by the attackers' act. */
const ATTACKS: ReadonlySet<string> = new Set(["attack", "hijack", "threaten", "raid", "ambush"]);
/** An attack, told by its foiling (predicate-classes.ts reads "took the raiders head on" as "take head on"). */
const FOILS: ReadonlySet<string> = new Set(["foil", "thwart", "repel", "repulse", "ward off", "fend off", "beat off", "beat back", "fight off", "avert", "take head on"]);
/** "threatened to strike": a warning of what is to come, not an attack. */
const THREATENED_TO = /\bthreaten(?:s|ed|ing)?\s+to\b/i;
/** "said attacking the ports would not work", "whether raiding them helps": the idea of an attack, not one that happened. */
const IDEA_OF_ATTACKING = /\b(?:said|says|say|saying|think|thinks|thought|believe|believes|believed|whether|about)\s+(?:attacking|hijacking|raiding|ambushing)\b/i;

/** Nouns of people that are spelled like a verb, which a frame may read as a predicate. */
const PEOPLE_WORDS: ReadonlySet<string> = new Set(["pirate", "police", "man", "staff", "guard", "pilot", "captain", "rebel", "crew", "soldier", "father", "mother"]);

/** Whether a claim's predicate is a noun of people (see the header): what it tells is of no kind. */
export function peopleAsPredicate(c: Claim): boolean {
  const p = predicateOf(c);
  return p !== null && PEOPLE_WORDS.has(p);
}

/** The kind (OUTAGE, BLAST) a claim's predicate names, or null. */
function kindOf(c: Claim): ReadonlySet<string> | null {
  const p = predicateOf(c);
  if (p === null) return null;
  // ("prices were cut Friday": a reduction, no outage: breaking.ts)
  return OUTAGE.has(p) && !reductionTold(c) ? OUTAGE : BLAST.has(p) ? BLAST : null;
}

/** Whether a claim tells an attack ("attack") or its foiling ("foil"), or neither (null); read once per claim (it is asked for every pair). */
const assault = oncePerClaim((c: Claim): "attack" | "foil" | null => {
  const p = predicateOf(c);
  if (p === null) return null;
  if (FOILS.has(p)) return "foil";
  return ATTACKS.has(p) && !(p === "threaten" && THREATENED_TO.test(c.sentence)) && !IDEA_OF_ATTACKING.test(c.sentence) ? "attack" : null;
});

/**
 * Whether one claim tells an attack by the attackers' act and the other by its foiling: who did
 * each is the other side of one fight (the raiders, the frigate), so only where it happened may
 * part them (undated-days.ts).
 */
export function attackAndItsFoiling(a: Claim, b: Claim): boolean {
  const [x, y] = [assault(a), assault(b)];
  return x !== null && y !== null && x !== y;
}

/** Whether two claims tell one kind of happening of the tables above (see the header). */
export function oneUndatedKind(a: Claim, b: Claim): boolean {
  const k = kindOf(a);
  return (k !== null && k === kindOf(b)) || (assault(a) !== null && assault(b) !== null);
}

/**
 * Whether two claims tell a cut of the same day, tied by a place or a name both sentences give and
 * parted by no place or event their frames give: who suffered it does not part them (see the header).
 */
export function sameCutOfOneDay(a: Claim, b: Claim): boolean {
  return kindOf(a) === OUTAGE && kindOf(b) === OUTAGE && namesShared(a, b) && !separates(a, b, ["place", "event"], false);
}
