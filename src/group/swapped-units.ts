/**
 * A length of time told with its number kept and its unit swapped: one outlet writes "served 4½
 * months", another "served more than four years", "a three-year term" against "three months in
 * jail". Months and years are one scale (values/quantity/dimensions.ts: twelve months a year), but
 * such a pair lies twelve times apart, further than figures of one measure may lie (group.ts
 * UNITS_APART), so without this reading the two never meet and the conflict between them is lost.
 *
 * Reads only lengths counted in months and in years, the units a
 * term, a tenure or a stay is told in, where a number kept with the wrong unit is a common slip of
 * reporting. Days, weeks and hours are not read so: "three days" and "three weeks" of one story are
 * more often two periods. A figure whose number, read in a unit an occurrence's members are written
 * in, lies within `apart` of their values may be one measure with them; whether it is, and whether
 * the two conflict, is left to the grouping's other tests and the judge.
 *
 *   may meet:     "more than four years" and members in months of 0.4 years ("4½ months")
 *                 "a 30-month term" and members of 30 years
 *                 "six years" and members in months of 6 months
 *   must not:     "three weeks" and members in days of 3 days (weeks are not read)
 *                 "six years" and members in years only (no other unit to read it in)
 *                 "40 years" and members in months of 4 months (40 months is ten times 4)
 */
import type { QuantityValue } from "../types.js";
import { dimensionOf, factorOf } from "../values/quantity/dimensions.js";

/** The units a number may be kept in while its unit is swapped: months and years. */
const SWAPPABLE: ReadonlySet<string> = new Set(["month", "year"]);

/**
 * Whether a figure (`value`, in `unit`), read in one of `units` (the units an occurrence's members
 * are written in) instead of its own, lies within `apart` times of the members' values, from
 * `lowest` to `highest` in the scale's base unit. An open bound reaches as far as it holds: "more
 * than four years" read as months is 4 months or more, so members of 4 to 400 months fit it.
 */
export function fitsWithUnitSwapped(value: Pick<QuantityValue, "min" | "max" | "nominal">, unit: string, units: ReadonlySet<string>, lowest: number, highest: number, apart: number): boolean {
  const lo = value.min ?? (value.max === null ? value.nominal : 0);
  const hi = value.max ?? (value.min === null ? value.nominal : Infinity);
  if (lo === null || hi === null || !(hi > 0) || !SWAPPABLE.has(unit) || lowest > highest) return false;
  const scale = dimensionOf(unit);
  for (const other of units) {
    if (other === unit || !SWAPPABLE.has(other) || dimensionOf(other) !== scale) continue;
    const f = factorOf(other);
    if (hi * f * apart >= highest && lo * f <= lowest * apart) return true;
  }
  return false;
}
