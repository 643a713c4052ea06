/**
 * Days a report that no date can be given counts from a day it named before: "The police said
 * Saturday both were dead at the scene of the explosion the day before" (Friday), "A bomb went off
 * late Friday. … Earlier in the day a bank had been called" (Friday, earlier), "the next day",
 * "the night before", "later that day". The expression states only a step from another day
 * ("the day before"); which weekday that is, is implied by the day it counts from, and only when
 * that day is a weekday ("Saturday") or a day counted from the report ("yesterday") the text
 * named as the last day before it. The claim keeps both apart: its value fixes the implied day
 * (a weekday, or days from the report), its provenance names what it was counted from
 * (COUNTED_FROM with the anchor's words).
 *
 * The anchor is the date the value layer itself counted from when it read the document as of a
 * stand-in day: the last dated claim before the expression, whose stand-in day must lie exactly
 * the expression's step away from the expression's own (else the grammar counted from something
 * else, and nothing is read). With no such anchor (no day named before, a month and a day, a
 * year) the expression stays no claim: a relative day whose anchor is unknown is not a date.
 *
 * Must read: "said Saturday … the day before" (friday), "late Friday. … Earlier in the day"
 * (friday, earlier), "yesterday … the day before" (two days before the report), "on Monday … the
 * next day" (tuesday), "on Sunday … the night before" (saturday, night). Must not read: "the day
 * before" with no day named before it, "Nov. 18 … the next day" (no weekday), "In 1972 … the day
 * before".
 */
import type { Claim, RelativeDay, Weekday } from "../types.js";
import { WEEKDAYS_FROM_SUNDAY } from "../values/calendar-words.js";

/** What the text states: a step in days from the day it counts from, and the part of the day it names. */
interface Step {
  days: number;
  part: string | null;
}

const SP = "[\\s\\u00a0]+";
/** "the day before", "the night after", "the day earlier", "the previous day", "the next day", "that same day", "earlier in the day", "later that day"; not "that day". */
const STEPS: readonly (readonly [RegExp, (m: RegExpExecArray) => Step])[] = [
  [new RegExp(`^(?:the${SP})?(?:very${SP})?(day|night)${SP}(before|after|earlier|prior)$`, "i"), (m) => ({ days: /after/i.test(m[2]!) ? 1 : -1, part: /night/i.test(m[1]!) ? "night" : null })],
  [new RegExp(`^(?:the${SP})?(?:very${SP})?(next|following|previous|preceding)${SP}(day|night|morning|afternoon|evening)$`, "i"), (m) => ({ days: /next|following/i.test(m[1]!) ? 1 : -1, part: /day/i.test(m[2]!) ? null : m[2]!.toLowerCase() })],
  // (not a bare "that day": it as often looks back past the last day named to the happening the story is about)
  [new RegExp(`^(?:that|the)${SP}same${SP}day$`, "i"), () => ({ days: 0, part: null })],
  [new RegExp(`^(earlier|later)${SP}(?:in${SP}the|that)${SP}day$`, "i"), (m) => ({ days: 0, part: m[1]!.toLowerCase() })],
];

/** The step an expression states (its claim's words, with or without the "the" a claim's span may leave out), or null when it is no day counted from another. */
export function stepOf(text: string): Step | null {
  const t = text.trim();
  for (const [re, read] of STEPS) {
    const m = re.exec(t);
    if (m) return read(m);
  }
  return null;
}

const WEEKDAYS: readonly Weekday[] = WEEKDAYS_FROM_SUNDAY.map((w) => w.toLowerCase() as Weekday);

/** Marks a claim whose day is counted from a day the text named before (shown by --explain): `counted-from:<the anchor's words>`. */
export const COUNTED_FROM = "date:counted-from";

/** Whole days from one ISO day to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The day an anchor fixes moved by `days`, with the step's part: only a weekday or a day from the report move. */
function moved(anchor: RelativeDay, step: Step): RelativeDay | null {
  if (anchor.time !== undefined && anchor.weekday === undefined && anchor.daysFromReport === undefined) return null;
  const out: RelativeDay = {};
  if (anchor.weekday !== undefined) out.weekday = WEEKDAYS[(WEEKDAYS.indexOf(anchor.weekday) + step.days + 7) % 7]!;
  if (anchor.daysFromReport !== undefined) out.daysFromReport = anchor.daysFromReport + step.days;
  if (out.weekday === undefined && out.daysFromReport === undefined) return null;
  if (step.part !== null) out.part = step.part;
  return out;
}

/**
 * What a day counted from another fixes (`c`, read as of the stand-in day), given the claims of
 * that reading before it (`earlier`, in text order) and what the undated ones among them fix
 * (`fixed`); null when its anchor is unknown or no weekday or day from the report.
 */
export function countedDay(c: Claim, earlier: readonly Claim[], fixed: ReadonlyMap<Claim, RelativeDay>): { relative: RelativeDay; anchor: Claim } | null {
  const step = stepOf(c.text);
  if (step === null || c.value.type !== "date" || c.value.start === null || c.value.start !== c.value.end) return null;
  let anchor: Claim | null = null;
  for (let i = earlier.length - 1; i >= 0 && anchor === null; i--) {
    const e = earlier[i]!;
    if (e.document === c.document && e.offset + e.length <= c.offset && e.value.type === "date" && e.value.start !== null) anchor = e;
  }
  // (a day counted from a day itself counted is left alone: one step from a named day at most)
  if (anchor === null || stepOf(anchor.text) !== null || anchor.value.type !== "date" || anchor.value.start === null || anchor.value.start !== anchor.value.end) return null;
  const anchored = fixed.get(anchor);
  if (anchored === undefined || daysBetween(anchor.value.start, c.value.start) !== step.days) return null;
  const relative = moved(anchored, step);
  return relative ? { relative, anchor } : null;
}
