/** Flag values → checked options. Every bad value is a UserError naming the flag. */
import { UserError } from "../errors.js";
import type { IsoDay } from "../types.js";

/** "2025-09-05" → itself; anything that is not a real calendar day → UserError. */
export function parseIsoDay(value: string, flag: string): IsoDay {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) return value;
  }
  throw new UserError(`${flag} '${value}' is not a date (expected YYYY-MM-DD, e.g. 2025-09-05)`);
}

/** "4" → 4 worker threads; anything but a whole number from 1 up → UserError. */
export function parseConcurrency(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new UserError(`--concurrency '${value}' is not a number of threads (expected a whole number, 1 or more)`);
  return Number(value);
}
