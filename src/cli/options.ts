/** Flag values → checked options. Every bad value is a UserError naming the flag. */
import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";
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

/** --as-of: absent → null; anything given, the empty string too, must be a real day. */
export function parseAsOf(value: string | undefined): IsoDay | null {
  return value === undefined ? null : parseIsoDay(value, "--as-of");
}

/**
 * --cache-dir: a folder, or a path where one can be made. A file there (or on the way there) is a
 * usage error, never a cache that silently does nothing.
 */
export function checkCacheDir(dir: string, cwd: string): void {
  let at = resolve(cwd, dir);
  for (;;) {
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(at, { throwIfNoEntry: false });
    } catch {
      stat = undefined; // ENOTDIR: a file further up, found on the next step
    }
    if (stat) {
      if (stat.isDirectory()) return;
      const what = at === resolve(cwd, dir) ? "is a file" : `cannot be made: ${at} is a file`;
      throw new UserError(`--cache-dir ${dir} ${what}; name a folder (it is created when missing)`);
    }
    const parent = dirname(at);
    if (parent === at) return;
    at = parent;
  }
}
