/**
 * Kinds of happening that reports tell with words the predicate classes keep apart
 * (predicate-classes.ts), as read for the days and clock times of undated reports
 * (undated-days.ts):
 *   - a cut of lines or of a service, told by what broke or by what it did to the service: "the
 *     cables were cut", "were damaged", "communications were disrupted", "traffic was hampered",
 *     "service was interrupted", "users experienced outages" (OUTAGE);
 *   - a blast, told by the bomb or by what it did: "a bomb exploded", "the bomb detonated", "the
 *     blast", "the explosion" (the frame names a violent attack "attack": BLAST).
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
 * outage Friday"; "the bomb detonated" / "a bomb exploded". Must not: "were disrupted" / "were
 * arrested"; "detonated" / "died"; "prices were cut" / "a bomb exploded"; "pirates Saturday
 * released a tanker" / "chased away pirates on Saturday" (the predicate read as "pirate").
 */
import type { Claim } from "../types.js";
import { predicateOf } from "./predicate-classes.js";
import { namesShared, separates } from "./participants.js";
import { OUTAGE_LEMMAS, reductionTold } from "./breaking.js";

/** A cut, told by what broke or by what it did to the service: the outage words and verbs of breaking (breaking.ts). */
const OUTAGE: ReadonlySet<string> = OUTAGE_LEMMAS;
const BLAST: ReadonlySet<string> = new Set(["attack", "explode", "explosion", "blast", "bomb", "bombing", "detonate", "detonation"]);

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

/** Whether two claims tell one kind of happening of the tables above (see the header). */
export function oneUndatedKind(a: Claim, b: Claim): boolean {
  const k = kindOf(a);
  return k !== null && k === kindOf(b);
}

/**
 * Whether two claims tell a cut of the same day, tied by a place or a name both sentences give and
 * parted by no place or event their frames give: who suffered it does not part them (see the header).
 */
export function sameCutOfOneDay(a: Claim, b: Claim): boolean {
  return kindOf(a) === OUTAGE && kindOf(b) === OUTAGE && namesShared(a, b) && !separates(a, b, ["place", "event"], false);
}
