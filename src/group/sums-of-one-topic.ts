/**
 * Two sums a rule took (a deal's value, a price, a funding round): whoever agreed to it, offered it,
 * paid it or was paid it is the one the sum is told of, whatever verb each outlet tells it with
 * ("agreed to a $161 million deal", "presented the offer, worth at least $160 million", "signed for
 * $160 million"), so participants.ts weighs the named doer of one against the names of the other's
 * sentence as it does for two claims of one verb: "Ruiz agreed to a $161 million deal" and "the
 * club presented Kerr's agent with the offer, worth at least $160 million" are two contracts, not
 * one. Must: two sums of one rule (not a frame's own topic), each counted as money. Must not: counts
 * of anything else (people, years), sums of a frame's own topic ("frame:-/money", whose verbs are
 * read as they are), two claims of two rules.
 */
import type { Claim } from "../types.js";

/** Whether two claims are sums of one rule's topic (see the module's comment). */
export function sumsOfOneTopic(a: Claim, b: Claim): boolean {
  return a.rule === b.rule && !a.rule.startsWith("frame:") && a.claimFrame?.counted === "money" && b.claimFrame?.counted === "money";
}
