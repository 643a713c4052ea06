/**
 * One attack foiled, told from its two sides: by the defender's act on the attack ("the frigate
 * repelled two hijack attempts on the Kestrel") and by what that act did for the target ("the
 * frigate rescued the Kestrel"). The verbs are of two kinds (a foiling; a rescue), so nothing sets
 * their days side by side; they are one happening when both sentences name one party of it (the
 * target, or the defender) by a proper name. A rescue alone is no foiling (a rescue from a flood, a
 * fire or a mountain saves people from no attacker), so a rescue is set beside a foiling only, and
 * only where the two sentences share a name.
 *
 * Verbs of foiling an attack: repel, repulse, foil, thwart, ward off, fend off, beat off, beat back,
 * fight off, avert. Verbs of rescue: rescue, save (predicate-classes.ts rescue).
 *
 * Must be one: "repulsed two hijack attempts, one on the Kestrel" / "rescued the Kestrel" (one
 * name). Must not: "repulsed an attack on the Kestrel" / "rescued 12 climbers on Mount Orr" (no
 * name in common); "rescued the Kestrel" / "rescued the Kestrel" (two rescues: not this family's to
 * say); "thwarted an attack on the Kestrel" / "sank the Kestrel" (not a rescue).
 */
import type { Claim } from "../types.js";
import { namesShared } from "./participants.js";
import { classesOfClaim, predicateOf } from "./predicate-classes.js";

const FOIL: ReadonlySet<string> = new Set(["repel", "repulse", "foil", "thwart", "ward off", "fend off", "beat off", "beat back", "fight off", "avert"]);

/** Whether a claim tells an attack foiled (its predicate is a verb of foiling). */
function foils(c: Claim): boolean {
  const p = predicateOf(c);
  return p !== null && FOIL.has(p);
}

/** Whether a claim tells a rescue. */
function rescues(c: Claim): boolean {
  return (classesOfClaim(c) ?? []).includes("rescue");
}

/** Whether two claims tell one attack foiled, one by the foiling and one by the rescue (see the header). */
export function oneFoiledAttack(a: Claim, b: Claim): boolean {
  return ((foils(a) && rescues(b)) || (rescues(a) && foils(b))) && namesShared(a, b);
}
