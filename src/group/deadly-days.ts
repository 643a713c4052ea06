/**
 * The day of a deadly attack told by the attack and by the death it caused. One report says "the
 * shooting that took place last Friday outside the depot claimed the life of a courier", another,
 * the next day, "a courier who died on Friday as she ran for cover": one happening's day, told by
 * an attack in one and by a death in the other. A topic of one kind of happening per occurrence
 * keeps an attack's day from a death's (predicate-classes.ts kindsApart: a shooting and an arrest
 * of one Monday are two events, and so, in general, are a shooting and a death, which may come days
 * later), so the two were never compared. Here they are taken for one day, as an agreement only,
 * when
 *   - both tell one whole day, the same one, in two reports of one story reported together (or
 *     reported far apart, where one writes the day with its year: a memorial page's "End of Watch:
 *     Friday, 10 March 2045" a year on names its day as the report of the day does), and that day is
 *     the news of one of them (within FRAME_DATE_DAYS before, or on, its report's day);
 *   - one tells a death (a verb of killing or dying: predicate-classes.ts "kill") and not an attack;
 *   - the other tells an attack (a shooting, an attack: "attack", "shoot") whose own sentence says
 *     that it killed ("claimed the life of", "killed", "fatal", "deadly"): the death is that attack's;
 * Never a licence to contradict: both state the same day.
 */
import type { Claim } from "../types.js";
import { reportedTogether, writtenWithYear } from "./occurrence-topics.js";
import { newsOfItsReport, singleDay } from "./one-day.js";
import { classesOfClaim } from "./predicate-classes.js";

/** Kinds of happening that are attacks. */
const ATTACK: ReadonlySet<string> = new Set(["attack", "shoot"]);

/** Words that say an attack killed: "claimed the life of", "killed", "killing", "fatal", "deadly", "shot dead". */
const KILLED = /\b(?:claim(?:ed|s|ing)?\s+(?:the\s+)?li(?:fe|ves)\b|kill(?:ed|ing|s)?\b|fatal(?:ly)?\b|deadly\b|(?:shot|gunned)\s+dead\b|took\s+(?:the\s+)?li(?:fe|ves)\b)/i;

/** Whether a claim tells a death and no attack. */
function death(c: Claim): boolean {
  const k = classesOfClaim(c) ?? [];
  return k.includes("kill") && !k.some((x) => ATTACK.has(x));
}

/** Whether a claim tells an attack whose sentence says it killed. */
function deadlyAttack(c: Claim): boolean {
  const k = classesOfClaim(c) ?? [];
  return k.some((x) => ATTACK.has(x)) && !k.includes("kill") && KILLED.test(c.sentence);
}

/**
 * Whether two claims tell one day of a deadly attack, one by the attack and one by the death (see
 * the header). Must hold: "the shooting last Friday that claimed the life of a courier" and "a
 * courier who died on Friday" (reports of Tuesday and Wednesday). Must not: the same with the
 * attack's sentence telling no death ("the shooting last Friday that wounded a courier"); two
 * days; a day a month before both reports; two attacks, or two deaths (the topic's own grouping
 * compares those); one report.
 */
export function oneDeadlyAttackDay(a: Claim, b: Claim): boolean {
  if (a.document === b.document || a.story !== b.story) return false;
  const day = singleDay(a);
  if (day === null || day !== singleDay(b)) return false;
  // (reports far apart, where one writes the day with its year: a memorial's "Date of death: Friday,
  // 10 March 2045" names its day whoever writes it and whenever)
  if (!reportedTogether(a, b) && !writtenWithYear(a) && !writtenWithYear(b)) return false;
  if (!newsOfItsReport(a, day) && !newsOfItsReport(b, day)) return false;
  return (death(a) && deadlyAttack(b)) || (death(b) && deadlyAttack(a));
}
