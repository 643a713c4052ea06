/**
 * Seasons of a tenure that runs now (values/quantity/records.ts readTenure: "now in his 10th season
 * in the league", "is in her fifth year as coach"): a count of one person's seasons so far. It is
 * compared only with another such count of the same person: a span spent that another sentence
 * tells ("spent three seasons at the helm") may be another person's or end at another time, and two
 * people's tenures are two figures.
 *
 * The holder is the last capitalized word before the ordinal in its sentence ("DiLeo is in his 19th
 * season" → "dileo", "the Owls' Kyle Ames, now in his 10th season" → "ames").
 */
import type { Claim } from "../types.js";
import { soleWordAt } from "./word-places.js";

/** Whether a claim is a count of a running tenure's seasons (the value layer marks the pattern "-tenure"). */
export function isTenure(c: Claim): boolean {
  return c.provenance.some((p) => p.startsWith("pattern:") && p.endsWith("-tenure"));
}

const NAME = /\p{Lu}[\p{L}'’.-]*/gu;
const NOT_A_NAME = /^(?:The|A|An|He|She|They|It|His|Her|Their|Its|Now|In|On|At|With|After|Before|But|And|When|While|This|That)$/;

/** The holder of a tenure count, lower-cased: the last name before it in its sentence (see the header); null when none. */
export function tenureHolder(c: Claim): string | null {
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  const before = c.sentence.slice(0, at);
  const last = [...before.matchAll(NAME)].map((m) => m[0]).filter((w) => !NOT_A_NAME.test(w)).at(-1);
  return last === undefined ? null : last.replace(/['’]s?$/u, "").toLowerCase();
}

/**
 * Whether two claims, one of them at least a tenure count, are two figures: a tenure count and any
 * other figure, or two tenure counts of two holders (or of an unknown one). Must part: "Ames is in
 * her sixth season" and "Ames spent six seasons there"; "Ames is in her sixth season" and "Lutz is
 * in his sixth season". Must not part: "Ames is in her sixth season" and "Ames, now in her sixth
 * season".
 */
export function tenuresApart(a: Claim, b: Claim): boolean {
  if (!isTenure(a) || !isTenure(b)) return true;
  const [x, y] = [tenureHolder(a), tenureHolder(b)];
  return x === null || y === null || x !== y;
}
