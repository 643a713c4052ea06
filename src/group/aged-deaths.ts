/**
 * One death told of one person by the age outlets give: the report of the day describes who died
 * ("a 36-year-old climber died yesterday"), a later one names him with the same age ("On Friday,
 * 36-year-old Jo Reid died"). The frames give no name in common, yet a death befalls one person
 * once, and one age in each sentence of two reports of one time is that person's: the deaths are
 * one, whatever day each report gives (past-happenings.ts: their days may then disagree).
 *
 * Two claims of a death told by a verb of dying are taken for one person's here when
 *   - each sentence gives one age only, as an adjective ("36-year-old", "aged 36" after a noun), and
 *     the two ages are one;
 *   - the reports are of one time (occurrence-topics.ts reportedTogether: FRAME_DATE_DAYS);
 *   - and their frames do not name two different people as who died (a name on both sides must fit).
 * Must: "a 52-year-old hiker died yesterday" and "On Sunday, 52-year-old Lars Holm died". Must not:
 * "a 52-year-old hiker died" and "a 41-year-old guide died" (two ages); "52-year-old Lars Holm died"
 * and "52-year-old Ivo Berg died" (two names); a sentence with two ages ("a 52-year-old and a
 * 41-year-old died"); reports a year apart.
 */
import type { Claim } from "../types.js";
import { reportedTogether } from "./occurrence-topics.js";

const AGE = /\b(\d{1,3})[\s-]years?[\s-]old\b|\baged\s+(\d{1,3})\b/gi;

/** The one age a sentence gives as an adjective ("a 36-year-old climber", "a man aged 36"); null for none or two different ones. */
export function soleAge(sentence: string): number | null {
  const ages = new Set([...sentence.matchAll(AGE)].map((m) => Number(m[1] ?? m[2])));
  return ages.size === 1 ? [...ages][0]! : null;
}

/**
 * Whether two claims of a death (both told by a verb of dying: the caller asks) are of one person
 * by the age both sentences give (see the header); `namesFit` says whether the holders' names, where
 * both frames give one, may be one person's.
 */
export function oneAgedDeath(a: Claim, b: Claim, namesFit: boolean): boolean {
  const age = soleAge(a.sentence);
  return age !== null && age === soleAge(b.sentence) && reportedTogether(a, b) && namesFit;
}
