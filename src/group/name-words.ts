/**
 * Whether two names written as their words may be one name: every word of one among the other's
 * ("doha" and "u.s. doha"; "Ada Lind" and "Lind"). Not "Ada Lind" and "Ivo Lind", whose words each
 * have one the other lacks.
 */
export function nameFits(wa: readonly string[], wb: readonly string[]): boolean {
  return wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w));
}

/** A name in the form actors and frames are compared in: lower case, words of letters only ("Jim O'Brien" → "jim o brien"). */
export function plainName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, " ")
    .trim();
}
