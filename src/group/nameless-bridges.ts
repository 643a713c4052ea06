/**
 * In a frame's own topic (claims told apart by their frames' participants, group.ts), a claim that
 * names no one as who acted or underwent its verb ("the quarterback completed 17 passes", "He
 * completed 17 passes" told back to no one) fits the occurrence of any doer's figure.
 * Where it fits two occurrences whose claims name different people in one role ("Ames completed
 * 17 passes" in one, "Cole completed 28 passes" in the other), nothing says whose figure it is:
 * it joins neither side, rather than take one side's finding for the other's (a bare 17 among
 * Cole's 28s reads as a divergence about Cole). Nor does it open an occurrence of its own: named
 * claims of its value would join it there by value alone, apart from their own side ("Cole scored
 * 14" beside a nameless 14 that is Ames's, while Cole's 12s stand apart). (Claims are placed most
 * precise first, as before: a nameless claim placed before the first claim of Cole's still joins
 * Ames's side, the only one then open.)
 *
 * Must keep out: a nameless 17 that fits both Ames's occurrence and Cole's. Must not: a nameless
 * claim that fits one occurrence only; one that fits two whose claims name one person ("Ames" and
 * "Lena Ames") or name no one; a claim that names its doer (it joins by its name, as before).
 */
import type { Claim } from "../types.js";
import { namedAs } from "./pronoun-agents.js";

const ROLES = ["agent", "patient"] as const;

/** Members of each side looked at: enough to find the names an occurrence gives, bounded for long archives. */
const LOOKED_AT = 32;

/** Whether a claim names someone as its verb's doer or the one it befell (a proper name, or a pronoun told back). */
export function namesAParty(c: Claim): boolean {
  return ROLES.some((role) => namedAs(c, role).length > 0);
}

/** The name words each side's claims give in a role, one set per claim that gives any. */
function namesIn(members: readonly Claim[], role: (typeof ROLES)[number]): string[][] {
  return members.slice(0, LOOKED_AT).flatMap((m) => namedAs(m, role).map((words) => [...words]));
}

/**
 * Whether a claim that names no party fits two sides that name different ones (see the header):
 * `sides` are the members of the occurrences it fits. Two sides name different ones when both
 * name someone in one role and share no word of those names.
 */
export function fitsTwoNamedSides(c: Claim, sides: readonly (readonly Claim[])[]): boolean {
  if (sides.length < 2 || namesAParty(c)) return false;
  return ROLES.some((role) => {
    // each side's name words in the role (sides that name no one there are left out)
    const named = sides.map((side) => namesIn(side, role)).filter((n) => n.length > 0);
    const words = named.map((n) => new Set(n.flat()));
    return named.some((n, i) => words.slice(i + 1).some((w) => !n.some((ws) => ws.some((x) => w.has(x)))));
  });
}
