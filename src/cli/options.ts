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
