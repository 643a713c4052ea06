/**
 * Whether two names written as their words may be one name: every word of one among the other's
 * ("doha" and "u.s. doha"; "Ada Lind" and "Lind"). Not "Ada Lind" and "Ivo Lind", whose words each
 * have one the other lacks.
 */
export function nameFits(wa: readonly string[], wb: readonly string[]): boolean {
  return wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w));
}
