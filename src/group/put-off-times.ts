/**
 * How many times one thing was put off, whatever verb tells it: "the ceremony was postponed
 * twice", "the gala, twice delayed by the storms", "the show was canceled twice before it finally
 * aired". A thing called off more than once was set again in between, so a count of times it was
 * canceled counts its puttings-off as "postponed" and "delayed" do: outlets use the three words of
 * one run of delays. A count of times read with such a verb is one kind of happening ("put-off",
 * predicate-classes.ts classesOfClaim), so two reports that give it may be compared.
 *
 * Must be one kind: "was canceled twice", "was twice delayed", "has been postponed three times",
 * "was put off twice", "was pushed back twice", "was rescheduled twice".
 * Must not: "was delayed three hours" (a length, not a count of times), "canceled three flights"
 * (things, not times), "was held twice" (no putting off), "was canceled" with no count.
 */
import type { Claim } from "../types.js";

/** Verbs and phrases of putting a thing off (as predicate-classes.ts predicateOf reads them). */
const PUTTING_OFF: ReadonlySet<string> = new Set(["cancel", "postpone", "delay", "reschedule", "put off", "push back", "call off"]);

/** Whether a claim counts the times a thing was put off, told with predicate `p` (see the header). */
export function putOffTimes(c: Claim, p: string): boolean {
  return c.value.type === "quantity" && c.claimFrame?.counted === "time" && PUTTING_OFF.has(p);
}
