/**
 * The names of the calendar as news writes them: months and weekdays, in full and cut short
 * ("Sept. 9", "Thurs., March 2"). One list of each, and small builders that return a pattern
 * source (alternatives joined by "|", no group, no boundary) for "a month name", "a weekday name",
 * or both. A reader adds its own boundaries, its own period ("\\.?") and its own extra words next to
 * the builder's call, so what it means stays visible where it is used.
 *
 * Written capitalized: in small letters many are other words ("may", "march", "sun", "sat",
 * "wed"). A reader that matches without case says so itself, and leaves out what it must ("May").
 */

/** The months in full, in the year's order. */
export const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/**
 * The months cut short, as written before a day ("Aug. 3", "Sept. 9"). "May" is no short form: it
 * is the name in full. A longer form stands before the one it starts with ("Sept" before "Sep").
 */
export const MONTH_SHORT = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"] as const;

/**
 * Each month's first three letters, in the year's order ("May" too): for a reader that knows a month
 * by its start, whatever follows ("Sep" of "Sept.", "September"), and for a label cut short ("3 Sep").
 */
export const MONTH_STEMS: readonly string[] = MONTH_NAMES.map((m) => m.slice(0, 3));

/** The weekdays in full, Monday first (ISO order). */
export const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/** The weekdays cut short ("Tues.", "Thurs."), each day's forms together, shorter first. */
export const WEEKDAY_SHORT = ["Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"] as const;

/** Each weekday's first three letters, Monday first: for a reader that knows a day by its start ("Thu" of "Thurs."). */
export const WEEKDAY_STEMS: readonly string[] = WEEKDAY_NAMES.map((w) => w.slice(0, 3));

/** The weekdays in full, Sunday first: index i is the day of `Date.prototype.getUTCDay() === i`. */
export const WEEKDAYS_FROM_SUNDAY: readonly string[] = [WEEKDAY_NAMES[6], ...WEEKDAY_NAMES.slice(0, 6)];

/** Which forms of a name to give, and which words to leave out. */
export interface CalendarWordOptions {
  /** "full" (the default): "September"; "short": "Sept", "Sep"; "both": all of them, the full ones first. */
  readonly forms?: "full" | "short" | "both";
  /** Also each word in capitals ("SEPT", "THURS"), after the words as written. */
  readonly capitals?: boolean;
  /** Words the reader leaves out, as written in the lists ("May": a modal too). */
  readonly except?: readonly string[];
}

function pick(full: readonly string[], short: readonly string[], o: CalendarWordOptions): string[] {
  const forms = o.forms ?? "full";
  const words = forms === "full" ? [...full] : forms === "short" ? [...short] : [...full, ...short];
  const kept = words.filter((w) => !(o.except ?? []).includes(w));
  return o.capitals ? [...kept, ...kept.map((w) => w.toUpperCase())] : kept;
}

/** A month's name as a pattern source: "January|…|December" (see `CalendarWordOptions`). */
export function monthWords(o: CalendarWordOptions = {}): string {
  return pick(MONTH_NAMES, MONTH_SHORT, o).join("|");
}

/** A month's first three letters as a pattern source: "Jan|Feb|…|Dec" (a reader adds what may follow). */
export function monthStems(): string {
  return MONTH_STEMS.join("|");
}

/** A weekday's first three letters as a pattern source: "Mon|Tue|…|Sun" (a reader adds what may follow). */
export function weekdayStems(): string {
  return WEEKDAY_STEMS.join("|");
}

/** A weekday's name as a pattern source: "Monday|…|Sunday" (see `CalendarWordOptions`). */
export function weekdayWords(o: CalendarWordOptions = {}): string {
  return pick(WEEKDAY_NAMES, WEEKDAY_SHORT, o).join("|");
}

/** A weekday's or a month's name, weekdays first: "Monday|…|Sunday|January|…|December". */
export function calendarWords(o: CalendarWordOptions = {}): string {
  return `${weekdayWords(o)}|${monthWords(o)}`;
}
