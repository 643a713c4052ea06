/**
 * One sum passed through one person's hands, told from either side: "the aide who delivered more
 * than $300,000 to the plotters" and "the aide received more than $300,000 in cash, which he handed
 * on"; "the family paid a $50,000 ransom to Ames" and "Ames received $50,000". A verb of giving
 * and one of getting are two kinds of happening (predicate-classes.ts: send/receive), so nothing
 * else ties them; but the same sum, handed over or taken by one person both sentences name, in two
 * reports of one time, is one sum told twice. For agreements only (same-figure.ts): every claim
 * it ties states the same value.
 *
 * Two claims are one sum so handed when both count money, both verbs are of handing money over or
 * getting it (send, receive, pay, give, donate, lend, accept, collect, distribute), and someone
 * the frame of one names as its doer, its recipient or its source is named in the other's sentence
 * (the last word of the name, not a place).
 *
 * Must be one: "Ames delivered $300,000 to the plotters" / "Ames received $300,000 in cash" (Ames
 * in both). Must not: "Ames delivered $300,000" / "Brandt received $300,000" (no one in common);
 * "Ames paid $300,000" / "Ames earned $300,000 in fees" (earning is no handing over); a sum and a
 * count ("$300,000" / "300,000 votes").
 */
import type { Claim } from "../types.js";
import { classesOfClaim } from "./predicate-classes.js";
import { namesOf } from "./participants.js";

/** Kinds of happening (predicate-classes.ts classesOfClaim) that hand money over or take it. */
const HANDING: ReadonlySet<string> = new Set(["send", "receive", "spend", "give", "donate", "lend", "accept", "collect", "distribute"]);

/** Roles of a frame that name who handed money over or took it. */
const HANDS = new Set(["agent", "recipient", "source"]);

function handsMoney(c: Claim): boolean {
  return c.value.type === "quantity" && c.claimFrame?.counted === "money" && (classesOfClaim(c) ?? []).some((k) => HANDING.has(k));
}

/** The last words of the people a claim's frame names as handing or taking the money. */
function hands(c: Claim): string[] {
  return (c.claimFrame?.participants ?? []).filter((p) => HANDS.has(p.role)).map((p) => (p.key ?? p.text).toLowerCase().split(/\s+/).at(-1)!);
}

/** The last words of the names a claim's sentence gives ("name:frederick ames" → ames, and each word). */
function named(c: Claim): Set<string> {
  return new Set(namesOf(c).filter((k) => k.startsWith("name:")).map((k) => k.slice("name:".length).split(/\s+/).at(-1)!));
}

/** Whether two claims tell one sum handed over or taken by one person (see the header; the caller asks for one value). */
export function oneSumHandedOver(a: Claim, b: Claim): boolean {
  if (!handsMoney(a) || !handsMoney(b)) return false;
  const [na, nb] = [named(a), named(b)];
  return hands(a).some((w) => nb.has(w)) || hands(b).some((w) => na.has(w));
}
