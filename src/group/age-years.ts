/**
 * An age told as a bare number counts years. Outlets give one person's age in many shapes: "a
 * 17-year-old", "aged 17", "Orme, 17," (which the value layer reads in years), and a number that
 * the frame alone reads as an age, written after a noun of people with no unit of its own ("his two
 * half-brothers, 17 and 22, were held", "the twins, 9, were unhurt"). Read with no unit, such an
 * age would count nothing and never meet the same age in years told by another report, so the
 * reports of one person's age weeks or years apart (one age at one arrest, told again at the trial)
 * would be listed, not brought together. An age whose unit is written stays in it: "a 6-month-old"
 * counts months, and "17 months" is no age in years.
 */
import type { QuantityValue } from "../types.js";

/**
 * Whether a quantity whose frame counts `counted` is an age in years with no unit written. Must:
 * counted "age" and a value with unit "" ("17 and 22" of two sons). Must not: counted "age" with
 * unit "month" ("a 6-month-old"); counted "person" with unit "" ("17 were held"); a value with
 * unit "year" (already in years).
 */
export function isAgeInYears(counted: string | null | undefined, value: QuantityValue): boolean {
  return counted === "age" && value.unit === "";
}
