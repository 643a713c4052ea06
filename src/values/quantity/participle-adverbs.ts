/**
 * An adverb of degree or manner between a count and a past participle that qualifies the counted
 * noun: "13 fully loaded magazines", "three heavily armed men", "40 badly damaged homes", "two
 * newly elected members". News writes such modifiers before the thing counted everywhere; an adverb
 * in -ly after a count otherwise ends its noun phrase ("300 recently arrived", "refugees recently
 * …"), which left the count with no noun. The adverb opens the phrase only when a participle in
 * -ed or -en follows it and a plural noun right after that (the counted noun, read by counted.ts).
 * Must read: "13 fully loaded magazines" (magazine), "three heavily armed men" (person), "40 badly
 * damaged homes" (home). Must not: "300 recently arrived" (no noun after the participle), "rose 12
 * sharply" (no participle), "five quickly ended the talks" (an article after the participle), "two
 * only" (no -ly adverb before a participle).
 */

/** A word, skipping the space before it, from `at`. */
const NEXT_TWO = /\s+([A-Za-z]+)\s+([A-Za-z][A-Za-z'’-]*[A-Za-z])(?=[\s.,;:!?)"”’]|$)/y;

/** Whether `word`, read just before `at`, is an -ly adverb that a participle and a plural noun follow. */
export function degreeBeforeParticiple(text: string, at: number, word: string): boolean {
  if (!/^[a-z]{3,}ly$/.test(word)) return false;
  NEXT_TWO.lastIndex = at;
  const m = NEXT_TWO.exec(text);
  if (!m) return false;
  const participle = m[1]!.toLowerCase();
  const noun = m[2]!.toLowerCase();
  if (!/^[a-z]{3,}(?:ed|en)$/.test(participle)) return false;
  return /[a-z]{2,}[^s']s$/.test(noun) || /men$/.test(noun) || noun === "people" || noun === "children";
}
