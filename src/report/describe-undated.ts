/**
 * A day or clock time of a report that no date can be given (UndatedDayValue), in a reader's words:
 * "Friday (report undated)", "yesterday (report undated)", "18 November (report undated)",
 * "Friday around 17:30 (report undated)", "17:00 UTC (report undated)", "January (report undated)",
 * "3 years before the report (report undated)", "earlier in the report's year (report undated)". Every reporter prints such
 * a value through describeValue, so none needs a calendar day for it.
 */
import type { RelativeDay, UndatedDayValue } from "../types.js";
import { MONTH_NAMES } from "../values/calendar-words.js";

const SUFFIX = "(report undated)";

function dayWords(r: RelativeDay): string[] {
  const words: string[] = [];
  if (r.weekday !== undefined) words.push(r.weekday.charAt(0).toUpperCase() + r.weekday.slice(1));
  if (r.month !== undefined && r.day !== undefined) words.push(`${r.day} ${MONTH_NAMES[r.month - 1] ?? `month ${r.month}`}`);
  else if (r.month !== undefined) words.push(MONTH_NAMES[r.month - 1] ?? `month ${r.month}`);
  if (r.yearsFromReport !== undefined) words.push(yearWords(r.yearsFromReport));
  if (r.weeksFromReport !== undefined) words.push(r.weeksFromReport === 0 ? "the report's week" : `the week ${r.weeksFromReport < 0 ? "before" : "after"} the report's`);
  if (r.daysFromReport !== undefined) {
    const n = r.daysFromReport;
    words.push(n === 0 ? "the report's day" : n === -1 ? "the day before the report" : n === 1 ? "the day after the report" : `${Math.abs(n)} days ${n < 0 ? "before" : "after"} the report`);
  }
  return words;
}

/** "3 years before the report", "a year before the report", "the report's year". */
function yearWords(n: number): string {
  if (n === 0) return "the report's year";
  const count = Math.abs(n) === 1 ? "a year" : `${Math.abs(n)} years`;
  return `${count} ${n < 0 ? "before" : "after"} the report`;
}

/** "Friday afternoon (report undated)", "around 17:30 UTC (report undated)", "January (report undated)". */
export function describeUndated(value: UndatedDayValue): string {
  const r = value.relative ?? {};
  const words = dayWords(r);
  // "late Friday", "Friday afternoon", "early Saturday morning"
  // "earlier in the report's year"
  // "earlier on Friday" (a day counted from another: normalize/counted-undated-days.ts), "early in the week after the report's"
  const day = r.weekday !== undefined || r.daysFromReport !== undefined;
  if (r.part !== undefined && /^(?:earlier|later)$/.test(r.part) && words.length > 0) words[0] = `${r.part} ${day ? "on" : "in"} ${words[0]}`;
  else if (r.part !== undefined && r.time === undefined) {
    const lead = /^(?:early|late|mid)\b/.exec(r.part);
    if (lead && words.length > 0) words[0] = `${lead[0]}${r.weeksFromReport !== undefined && !day ? " in" : ""} ${words[0]}`;
    const rest = lead ? r.part.slice(lead[0].length).trim() : r.part;
    if (rest !== "" || words.length === 0) words.push(rest === "" ? r.part : rest);
  }
  if (r.time !== undefined) words.push(`${value.approximate ? "around " : ""}${r.time}${r.zone !== undefined ? ` ${r.zone}` : ""}`);
  else if (value.approximate && words.length > 0) words[0] = `around ${words[0]}`;
  return `${words.length > 0 ? words.join(" ") : "a day"} ${SUFFIX}`;
}
