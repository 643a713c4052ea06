/**
 * The lengths of the words a table of alternatives spells, one word of each list in turn ("every",
 * "no" + "thing", "one", "body" spell words of five letters to ten), for the retaggings that pass a
 * word over by its length before they read it (tagger.ts, indefinite-pronouns.ts): most words of a
 * sentence ("the", "of", "a") are turned away without being lower-cased or matched. The limits are
 * read from the lists, so a longer or a shorter entry added to a list is still let through.
 * Must let through: every word the lists spell ("re" + "ran", "under" + "thought"). Must not: a word
 * shorter than the shortest they spell or longer than the longest ("ran", "underthoughts").
 */

/** Whether a word is of a length the lists spell, one word of each in turn (see the header). */
export function lengthGate(...lists: readonly (readonly string[])[]): (word: string) => boolean {
  let shortest = 0;
  let longest = 0;
  for (const list of lists) {
    shortest += Math.min(...list.map((w) => w.length));
    longest += Math.max(...list.map((w) => w.length));
  }
  return (word) => word.length >= shortest && word.length <= longest;
}
