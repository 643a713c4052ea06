/**
 * A count of the fire service's gear at one blaze, told with any verb: "more than two dozen units
 * were called to help", "more than two dozen pieces of firefighting equipment were brought to the
 * scene", "two dozen engines responded". How the gear came (sent, called, brought, responded) is
 * the outlet's wording; the figure is the blaze's. Two such counts of the same figure (sameStated,
 * same-figure.ts) in reports of one story are one figure told twice, in sentences that do not name
 * different people and where neither verb tells harm done to the gear (a count of engines damaged
 * or lost is another count). Only ever lets one figure agree with itself (same-figure.ts toldAsOne).
 *
 * Must be one: "two dozen units were called to help" / "two dozen pieces of fire equipment were
 * brought"; "40 engines responded to the blaze" / "40 fire trucks were sent to the fire".
 * Must not: "the dealer sold 40 trucks" (no fire: not gear at a blaze); "40 fire trucks were
 * sent" / "40 fire trucks were destroyed" (harm done to the gear); "40 firefighters" (people).
 */
import type { Claim } from "../types.js";
import { figureKindOf } from "./occurrence-topics.js";
import { actorsApart } from "./participants.js";
import { classesOfClaim } from "./predicate-classes.js";

/** Kinds of happening that tell harm done to the gear, not how it came to the blaze. */
const HARMED: ReadonlySet<string> = new Set(["destroy", "collapse", "crash", "sink", "injure", "kill", "lose", "steal"]);

function gearAtAFire(c: Claim): boolean {
  return figureKindOf(c) === "fire equipment" && !(classesOfClaim(c) ?? []).some((k) => HARMED.has(k));
}

/** Two counts of gear at one blaze (see the header; the same value is asked by the caller). */
export function oneCountOfFireGear(a: Claim, b: Claim): boolean {
  return gearAtAFire(a) && gearAtAFire(b) && !actorsApart(a, b);
}
