/**
 * One age told again in a later year. A person's age grows, so the ages of one occurrence are
 * judged within the year of each report when their reports name no period (judge.ts
 * framePartitions): "Lee, 61," in 2030 and "Lee, 63," in 2032 are two true ages, never a
 * contradiction. But a report that names the same age years later tells the age at the happening
 * it retells ("also arrested were his stepson, 15-year-old Davin, and …" in the trial's report, "his
 * two stepsons, 15 and 19, were also held" in the arrest's), not a new one: the claims state one
 * value, and the reports' years part nothing that could differ. They are judged together, and
 * agree, when
 *   - every claim counts an age and states no period of its own (its frame is its report's year);
 *   - all state one value;
 *   - and one of them at least stands beside a person's name (participants.ts ownerOf): the age of
 *     someone, not "a 12-year-old" of one address and another of the next year's.
 * Different ages of reports of different years stay apart as before.
 */
import type { Claim } from "../types.js";
import { ownerOf } from "../group/participants.js";
import { equal, toInterval } from "../values/intervals.js";

/**
 * Whether claims of one occurrence tell one age again in reports of different years (see the
 * header). Must: "15" (2031, "his two stepsons, 15 and 19") and "15-year-old Davin" (2032). Must
 * not: "15" and "17-year-old Davin"; "a 12-year-old girl" (2031) and "a 12-year-old boy" (2032),
 * which stand beside no name; an age whose frame is stated ("in 2009, aged 15").
 */
export function oneAgeRetold(claims: readonly Claim[]): boolean {
  if (claims.length < 2) return false;
  const first = claims[0]!;
  return claims.every((c) => oneAgeOfReportYears(first, c)) && claims.some((c) => ownerOf(c) !== null);
}

/**
 * Two claims of an age whose frames are their reports' years, stating one value: within a part
 * that oneAgeRetold made, the years of their reports do not part them (judge.ts sameFrame).
 */
export function oneAgeOfReportYears(a: Claim, b: Claim): boolean {
  const plainAge = (c: Claim): boolean => c.value.type === "quantity" && c.claimFrame?.counted === "age" && (!c.frame || c.frameImplied === true);
  return plainAge(a) && plainAge(b) && equal(toInterval(a.value), toInterval(b.value));
}
