/**
 * Time scales for the timeline: a span of days mapped onto 0–100 % with ticks at round
 * calendar steps. The step is the finest of days, months or years that gives at most
 * `maxTicks` ticks, and the scale is widened to whole steps:
 *
 *   1996-01-01…1997-12-31, at most 8 ticks → 1996 | 1997 | 1998 (years)
 *   2025-04-16…2025-04-30                 → Apr 2025 | May 2025 (months)
 */
import { dayNumber } from "../findings-view.js";
import { MONTH_STEMS } from "../../values/calendar-words.js";

export interface Tick {
  at: number; // day number
  label: string;
}

export interface TimeScale {
  from: number; // day number of the first day shown
  to: number; // day number after the last day shown
  ticks: Tick[];
}

type Unit = "day" | "month" | "year";
const STEPS: readonly (readonly [Unit, number])[] = [
  ["day", 1],
  ["day", 2],
  ["day", 7],
  ["month", 1],
  ["month", 2],
  ["month", 3],
  ["month", 6],
  ...[1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000].map((n) => ["year", n] as const),
];


function fromDay(n: number): { y: number; m: number; d: number } {
  const date = new Date(n * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth(), d: date.getUTCDate() };
}

function toDay(y: number, m: number, d: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m, d);
  date.setUTCHours(0, 0, 0, 0);
  return Math.round(date.getTime() / 86_400_000);
}

/** The step boundary at or before `day`, and the next one. */
function floorTo(unit: Unit, step: number, day: number): number {
  const { y, m } = fromDay(day);
  if (unit === "year") return toDay(Math.floor(y / step) * step, 0, 1);
  if (unit === "month") return toDay(y, Math.floor(m / step) * step, 1);
  return day - (((day % step) + step) % step);
}

function next(unit: Unit, step: number, day: number): number {
  const { y, m, d } = fromDay(day);
  if (unit === "year") return toDay(y + step, 0, 1);
  if (unit === "month") return toDay(y, m + step, 1);
  return toDay(y, m, d + step);
}

function label(unit: Unit, day: number): string {
  const { y, m, d } = fromDay(day);
  if (unit === "year") return String(y);
  if (unit === "month") return `${MONTH_STEMS[m]} ${y}`;
  return `${d} ${MONTH_STEMS[m]}`;
}

/** A scale covering every [start, end] given (ISO days, inclusive). */
export function timeScale(spans: readonly { start: string; end: string }[], maxTicks: number): TimeScale {
  // NOTE: loops, not Math.min(...): a report can date more claims than a call has arguments
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of spans) {
    lo = Math.min(lo, dayNumber(s.start));
    hi = Math.max(hi, dayNumber(s.end) + 1);
  }
  for (const [unit, step] of STEPS) {
    const from = floorTo(unit, step, lo);
    const ticks: Tick[] = [];
    let at = from;
    for (; at < hi && ticks.length <= maxTicks; at = next(unit, step, at)) ticks.push({ at, label: label(unit, at) });
    if (ticks.length > maxTicks) continue;
    ticks.push({ at, label: label(unit, at) }); // the closing boundary
    return { from, to: at, ticks };
  }
  return { from: lo, to: hi, ticks: [] };
}

/** A day's place on the scale, in percent with three decimals. */
export function percentOf(scale: TimeScale, day: number): number {
  return Math.round(((day - scale.from) / (scale.to - scale.from)) * 100_000) / 1000;
}
