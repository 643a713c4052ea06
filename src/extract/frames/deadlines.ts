/**
 * A date after "by", "as of" or "as at" is the time a figure is reported only when it is not
 * later than the report itself. "By Monday night 40 homes were lost" (a report of Tuesday) and "by
 * 2008 it had sold 300 units" (a report of 2010) state when the figure held: up to that day. "The
 * city plans to plant 5,000 trees by 2013" (a report of 2010) and "the repairs will be done by
 * Friday" (Friday still to come) give the figure a deadline: no one can report in 2013 what a
 * report of 2010 says, so the time of report stays the document's own date, and the deadline
 * stays the figure's stated time frame (Claim.frame), where grouping reads it
 * (group/figure-periods.ts). A date that runs past the report's day ("by 2010" in a report of
 * March 2010) cannot be the time of report either: the report is its document's date.
 *
 * Owns: whether such a date is a time of report. The words that introduce it are time.ts's.
 */
import type { DateValue, IsoDay } from "../../types.js";

/**
 * Whether `date`, introduced by "by" / "as of", is the time of report of a document dated
 * `documentDate` (not a deadline still to come). With no document date it cannot be told apart,
 * and the date is taken as the time of report, as it is written.
 */
export function isTimeOfReport(date: DateValue, documentDate: IsoDay | null): boolean {
  if (documentDate === null) return true;
  return date.end.slice(0, 10) <= documentDate.slice(0, 10);
}
