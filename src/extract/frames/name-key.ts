/**
 * The key of a participant written as a few lower-case words of description before a full name:
 * the name ("veteran Ivo Marsh", "rookie defender Cal Dunn", "the club's new coach Ana Diaz" → the
 * name), so that one person described in one report and named bare in another is one participant.
 * Must match those. Must not match a phrase with no full name at its end ("the mountain climber",
 * "rookie Dunn": one capitalized word), one whose capitalized words do not end it ("Ivo Marsh's
 * brother"), more than three words of description ("a man who once played for Ivo Marsh"), or a
 * preposition among them ("off Cape Merrow", "coach of Pell City": a place, a body).
 */
const PREPOSITION = /\b(?:off|of|in|at|on|near|from|to|for|by|with|into|onto|across|along|outside|inside)\s/i;
const DESCRIBED_NAME = /^(?:(?:the|a|an)\s+)?(?:[\p{Ll}][\p{Ll}-]*(?:['’]s)?\s+){1,3}(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)+)$/u;

/** The name a described full name is keyed by, or null. */
export function describedName(text: string): string | null {
  const m = DESCRIBED_NAME.exec(text.trim());
  if (m && PREPOSITION.test(text.slice(0, text.indexOf(m[1]!)))) return null;
  return m ? m[1]! : null;
}
