/**
 * A place phrase right after a subject's head noun tells where the subject is, not who it is: in
 * "The Pellan sea cable off Dunmere was damaged on Friday" the cable was damaged, off Dunmere; in
 * "The ferry near Oskar Point sank" the ferry sank; in "Shares in Delmar rose" the shares rose. The
 * subject is the phrase before the first such preposition of a chain of phrases that opens its
 * clause (the place is read as the value's place by the places reader). A chain joined by other
 * prepositions keeps its own reading ("The bridge over the Dunmore River was opened": known by its
 * river), and so does what stands before the place phrase ("the bridge over the Dunmore River near
 * Keld" reads as "the bridge over the Dunmore River" would).
 * Must: "off", "near", "in", "at", "outside", "inside", "beyond" after a noun. Must not: "over",
 * "of", "for", "with" (not places), nor a preposition inside a name run ("Bank of Keld").
 */
import type { TaggedToken } from "../../types.js";

/** Prepositions that tell where a thing is. */
const PLACE = /^(?:in|at|near|off|outside|inside|beyond)$/i;

/**
 * The first preposition of place between `from` and `to` (a chain of noun phrases joined by
 * prepositions) that follows a noun, or -1.
 */
export function placePhraseAfterSubject(tokens: readonly TaggedToken[], from: number, to: number): number {
  for (let i = from + 1; i <= to; i++) {
    const t = tokens[i]!;
    if (t.pos === "ADP" && PLACE.test(t.text) && (tokens[i - 1]!.pos === "NOUN" || tokens[i - 1]!.pos === "PROPN")) return i;
  }
  return -1;
}
