/**
 * What a cut acts on: a line (a cable, a wire, a pipe, a water main), which a cut breaks, or what a
 * cut reduces (jobs, prices, rates, a budget), which it never breaks. The reading of a date's
 * happening (date-happening.ts) names "cut 300 jobs on Friday" a cut, not an outage, and the
 * grouping of breaks (group/breaking.ts) tells a line broken from a cut that reduces, by these nouns.
 */

/** Nouns of a line that carries power, signals, water or gas. */
const LINE_NOUNS: ReadonlySet<string> = new Set(["cable", "line", "wire", "pipe", "pipeline", "main", "link", "connection", "powerline"]);

/** Nouns of what a cut reduces: a cut of one of them is a reduction, never a break. */
export const REDUCED_NOUNS: ReadonlySet<string> = new Set([
  "price", "cost", "job", "rate", "budget", "tax", "spending", "staff", "output", "percent", "fee", "wage", "salary",
  "workforce", "production", "emission", "subsidy", "benefit", "fare", "tariff", "position", "post", "worker",
]);

/** The singular of a counted noun as a frame gives it ("cables" → cable; "power lines" → line). */
function headNoun(noun: string): string {
  const last = noun.toLowerCase().split(/\s+/).at(-1) ?? "";
  return last.length > 3 && last.endsWith("s") && !last.endsWith("ss") ? last.slice(0, -1) : last;
}

/** Whether a noun (or a compound, by its last word) names a line: "cable", "power lines", "water main". */
export function isLineNoun(noun: string): boolean {
  return LINE_NOUNS.has(headNoun(noun));
}

/** Whether a noun names what a cut reduces: "jobs", "interest rates", "prices". */
export function isReducedNoun(noun: string): boolean {
  return REDUCED_NOUNS.has(headNoun(noun));
}
