/**
 * Calendar arithmetic on ISO days ("YYYY-MM-DD"), proleptic Gregorian, no time zones.
 * Owns: day counts, month lengths, weekday numbers, shifting days/months/years, ISO weeks.
 * Does not own: what an expression means (periods.ts) or how it is written (grammar/).
 */
import type { IsoDay } from "../../types.js";

export interface Ymd {
  y: number;
  m: number; // 1–12
  d: number; // 1–31
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, "0");
  return n < 0 ? `-${s}` : s;
}

export function iso(y: number, m: number, d: number): IsoDay {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function yearMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}`;
}

export function yearString(y: number): string {
  return pad(y, 4);
}

/** "2025-09-05" → {y:2025, m:9, d:5}; null unless a real calendar day. */
export function parseIso(day: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return { y, m: mo, d };
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function addDays(day: Ymd, days: number): Ymd {
  const dt = new Date(0);
  dt.setUTCFullYear(day.y, day.m - 1, day.d + days);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** Shift by whole months, clamping the day ("March 31" − 1 month → February 28/29). */
export function addMonths(day: Ymd, months: number): Ymd {
  const index = day.y * 12 + (day.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: Ymd): number {
  const dt = new Date(0);
  dt.setUTCFullYear(day.y, day.m - 1, day.d);
  return dt.getUTCDay();
}

/** ISO-8601 week: the Thursday rule. Returns the week-numbering year and week. */
export function isoWeek(day: Ymd): { year: number; week: number } {
  const dow = (weekday(day) + 6) % 7; // Monday = 0
  const thursday = addDays(day, 3 - dow);
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const diff = ordinalDay(thursday) - ordinalDay(jan1);
  return { year: thursday.y, week: Math.floor(diff / 7) + 1 };
}

function ordinalDay(day: Ymd): number {
  let n = day.d;
  for (let m = 1; m < day.m; m++) n += daysInMonth(day.y, m);
  return n;
}

/** Monday of the ISO week that contains `day`. */
export function mondayOf(day: Ymd): Ymd {
  return addDays(day, -((weekday(day) + 6) % 7));
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function toIso(day: Ymd): IsoDay {
  return iso(day.y, day.m, day.d);
}
