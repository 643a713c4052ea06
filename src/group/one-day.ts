/**
 * One day of one recent happening, told from reports written weeks apart. The report of the day
 * says "on Tuesday" or "yesterday" (resolved against its own date); a follow-up a month later
 * says "on March 3" or "the jury's March 3 ruling". Their claims reach different topics (each
 * outlet picks its verb) and are reported further apart than FRAME_DATE_DAYS, so only a day
 * of one kind of happening joined them (same-figure.ts oneDayOfOneHappening). Here the same
 * calendar day joins them when
 *   - both are one day (or a part of one: "Tuesday night"), the same day, not a month or a year;
 *   - that day is the news of at least one of the two reports: it lies within FRAME_DATE_DAYS
 *     before (or on) the day that report was written, so it was told as a recent happening and
 *     not a date of the background, which a story's reports name for many things;
 *   - and both sentences name one person or place (participants.ts namesShared), or one body that
 *     sits and decides, by its common noun ("a jury", "the council", "the appeals court"): what
 *     such a body did on one day is one sitting of it, whatever verb each outlet tells it with
 *     ("the jury on Tuesday ordered him executed", "he laughed Tuesday as the jury's ruling was
 *     read", "the jury recommended on April 3 that he die").
 * Only ever lets claims agree: their values are one day (same-figure.ts groups them).
 */
import type { Claim } from "../types.js";
import { oncePerClaim } from "./per-claim.js";
import { dayNumber } from "../values/intervals.js";
import { FRAME_DATE_DAYS } from "./occurrence-topics.js";
import { namesShared } from "./participants.js";

/**
 * Bodies that sit and decide, by their common nouns (a jury's members, "jurors", are the jury).
 * Not a judge, a minister or a mayor: people, who are told apart by their names; not "on board",
 * which says where people were (a ship, a plane), not who decided.
 */
const BODY = /\b(jur(?:y|ies|ors?)|court|tribunal|council|senate|parliament|congress|assembly|legislature|(?<!\bon\s)board|committee|commission|panel|cabinet)(?:'s|’s|s)?\b/gi;

const bodiesOf: (c: Claim) => ReadonlySet<string> = oncePerClaim((c) => new Set([...c.sentence.matchAll(BODY)].map((m) => (/^jur/i.test(m[1]!) ? "jury" : m[1]!.toLowerCase()))));

/** Whether both sentences name one deciding body by its common noun ("a jury" and "the jury's ruling"). */
function oneBodyNamed(a: Claim, b: Claim): boolean {
  const nb = bodiesOf(b);
  return [...bodiesOf(a)].some((x) => nb.has(x));
}

/** A single day or a part of one ("Tuesday", "Tuesday night", "March 3"): its ISO day, else null. */
export function singleDay(c: Claim): string | null {
  const v = c.value;
  if (v.type !== "date" || (v.granularity !== "day" && v.granularity !== "part") || v.start !== v.end) return null;
  return v.start;
}

/** Whether a day lies within FRAME_DATE_DAYS before (or on) the day its claim's report was written. */
export function newsOfItsReport(c: Claim, day: string): boolean {
  const at = c.claimFrame?.time.reportedAt;
  if (!at) return false;
  const gap = dayNumber(at) - dayNumber(day);
  return gap >= 0 && gap <= FRAME_DATE_DAYS;
}

/**
 * Two claims of one day, the news of one of their reports, in sentences that name one person or
 * place or one deciding body (see the header). Must hold: "Mayor Ruiz on Tuesday vetoed the bill" (report of Wednesday
 * 5 May) and "Ruiz's veto of May 4" (report of 10 June). Must not: the same two sentences with
 * 4 and 5 May; "Ruiz" and "Okafor"; "in May" and "May 4"; a day neither report was written
 * within two weeks after ("on 4 May 1998" in two reports of 2010). With a body: "the council on
 * Tuesday voted down the plan" and "the council's May 4 vote" hold; "the council on Tuesday" and
 * "the senate on May 4" do not.
 */
export function oneNamedDay(a: Claim, b: Claim): boolean {
  const day = singleDay(a);
  if (day === null || day !== singleDay(b)) return false;
  return (newsOfItsReport(a, day) || newsOfItsReport(b, day)) && (namesShared(a, b) || oneBodyNamed(a, b));
}
