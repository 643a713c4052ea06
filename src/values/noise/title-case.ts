/**
 * Whether a line is set in title case (a headline, a section title): there a capitalized word
 * before a number says nothing of a maker or a name, since every word is capitalized. Asked by the
 * noise readers that take "Capitalized Word + number" as a model or a name (model-numbers.ts,
 * names-before-nouns.ts).
 */

const LONG_WORD = /\p{L}{3,}/gu;
const LOWER_START = /^\p{Ll}/u;
/** Short words a title leaves in lower case. */
const SMALL = new Set(["the", "and", "for", "but", "nor", "yet", "off", "per", "via"]);

/**
 * Words a title may leave in lower case: a slip or a long preposition ("with", "from"). A line with
 * more is prose, however many names it lists ("links nine ports: Keld, Varna, Riga, …").
 */
const MOST_LOWER = 3;

/** Whether the line holding `at` is in title case (most of its longer words capitalized, at most MOST_LOWER not). */
export function titleCased(text: string, at: number): boolean {
  const start = text.lastIndexOf("\n", at) + 1;
  const end = text.indexOf("\n", at);
  const line = text.slice(start, end < 0 ? text.length : end);
  let words = 0;
  let lower = 0;
  for (const m of line.matchAll(LONG_WORD)) {
    if (SMALL.has(m[0])) continue;
    words++;
    if (LOWER_START.test(m[0])) lower++;
  }
  return words >= 3 && lower * 4 < words && lower <= MOST_LOWER;
}
