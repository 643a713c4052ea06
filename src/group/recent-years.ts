/**
 * One recent year of one person's happening, told by a relative word. Reports of one week say what
 * someone did "last year" ("the Guild's choice of Mara Quint last year", "the producers caused an
 * uproar last year by handing the job to Mara Quint"), each reckoning the year from its own day, with
 * whatever verb each outlet chose, so their claims reach two topics; a year alone is no evidence
 * that two claims tell one happening (a story's reports name a year for many things), and nothing
 * joined them. Two claims of one year are taken for one happening's year here, as an agreement
 * only, when
 *   - both tell one whole calendar year, the same one, in two reports of one story reported
 *     together (occurrence-topics.ts reportedTogether);
 *   - both tell it by a relative word ("last year", "this year", "a year ago"), each reckoned
 *     from its report's day: the year of that report or the one before, the news of the story's
 *     time and not a year of its background (a year written out, "the 2030 gala", is as often
 *     another happening of that year that the sentence names besides);
 *   - both sentences name one person in full (two words or more: "Mara Quint"; a surname alone is
 *     shared by kin and namesakes, and a story names its main people in nearly every sentence);
 *   - and their predicates are not of two kinds (predicate-classes.ts kindsApart: "Mara Quint won
 *     the award last year" and "Mara Quint was hurt last year" are two happenings of one year).
 * Never a licence to contradict: both state the same year.
 */
import type { Claim } from "../types.js";
import { reportedTogether } from "./occurrence-topics.js";
import { mayBeOnePerson } from "./participants.js";
import { kindsApart } from "./predicate-classes.js";
import { plainName } from "./name-words.js";

/** A year told relative to the day of writing: "last year", "this year", "the past year", "a year ago", "a year earlier". */
const RELATIVE_YEAR = /\b(?:last|this|past|previous)\s+year\b|\ba\s+year\s+(?:ago|earlier|before)\b/i;

/** A whole calendar year ("2031", "last year"): its number, else null. */
function wholeYear(c: Claim): number | null {
  const v = c.value;
  if (v.type !== "date" || v.granularity !== "year") return null;
  const y = v.start.slice(0, 4);
  return v.start === `${y}-01-01` && v.end === `${y}-12-31` ? Number(y) : null;
}

/** Whether a claim tells its year by a relative word, the year of its report or the one before. */
function recentByWord(c: Claim): boolean {
  const y = wholeYear(c);
  const at = c.claimFrame?.time.reportedAt;
  if (y === null || !at || !RELATIVE_YEAR.test(c.text)) return false;
  const gap = Number(at.slice(0, 4)) - y;
  return gap === 0 || gap === 1;
}

/** The full names (two words or more) a claim's sentence gives, lower case, words of letters only. */
function fullNames(c: Claim): string[] {
  return c.actors
    .filter((x) => x.startsWith("name:"))
    .map((x) => plainName(x.slice(5)))
    .filter((n) => n.includes(" "));
}

/**
 * Whether two claims tell one recent year of one person's happening (see the header). Must hold:
 * "Mara Quint's selection last year" and "the producers caused an uproar last year by handing the
 * job to Mara Quint" (two reports of one week). Must not: the same with "Quint" alone in one; with
 * "Ivo Brandt" in the other; "in 2030" in one (written out: "the 2030 gala" beside "Mara Quint's
 * selection last year" is another happening); "won last year" and "was injured last year"; "last
 * year" in a report of 2031 and another of 2034 (not reported together).
 */
export function oneRecentYearNamed(a: Claim, b: Claim): boolean {
  if (a.document === b.document || a.story !== b.story) return false;
  const y = wholeYear(a);
  if (y === null || y !== wholeYear(b) || !recentByWord(a) || !recentByWord(b) || !reportedTogether(a, b)) return false;
  const nb = fullNames(b);
  return fullNames(a).some((x) => nb.some((z) => mayBeOnePerson(x, z))) && !kindsApart(a, b);
}
