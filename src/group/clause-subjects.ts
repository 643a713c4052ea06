/**
 * The subject of the clause a figure completes, by its names: "the Orvik index has fallen by 3%"
 * (Orvik), "while Morvia's index was 1% lower" (Morvia), "Mendal, which lost 8%" (Mendal). A
 * figure's frame reads the sentence's first subject as its agent, so in "the Orvik index fell 3%,
 * while the Brask index fell 1%" both figures name Orvik; and a subject told by a country ("the
 * primary Norwegian index") or by a name in capitals the sentence's names miss ("the DAX") is not
 * compared with one told by a name. Read here: the clause the figure stands in runs back from the
 * figure to the nearest word that opens a clause ("while", "whilst", "whereas", "but", "and", a
 * comma, semicolon or colon); its subject is a name that opens it, after at most a determiner and
 * one word ("the affiliated Brask 30 index"); for a clause that opens with "which" or "who", the name
 * that closes the clause before; for a later clause told of "it", the sentence's opening subject
 * ("the Orvik index led the gains, and it closed up 4%"). Its names are countries, the sentence's
 * own proper names (the claim's actors) and words in capitals. A clause that opens otherwise ("was
 * sentenced to", "it fell" opening the sentence, "the court fined Varo") has no subject read here;
 * nor has a score or a record ("10-5"), whose holders score-pairs.ts reads.
 *
 * Two different figures of one frame whose clauses are told of names with none in common are of
 * two subjects (group.ts keeps them apart): "the Orvik index fell 3%" and "the Brask index fell
 * 1%", in one report or two. Not apart: a subject not read ("it", "shares", "the index"), the same
 * name ("Orvik shares fell 3%" and "the Orvik index fell 2%"), or the same number.
 */
import type { Claim } from "../types.js";
import { decodeActors } from "../extract/actors.js";
import { countriesIn } from "../extract/gazetteer.js";
import { soleWordAt } from "./word-places.js";
import { oncePerClaim } from "./per-claim.js";
import { pairOf } from "./score-pairs.js";

/** Where a clause opens: a comma, semicolon or colon, or a word that joins clauses. */
const OPENER = /[,;:]|\b(?:while|whilst|whereas|but|and)\b/giu;

/** The names and countries of the subject of the figure's clause; null when it names none (or cannot be placed). */
export const clauseSubject: (c: Claim) => readonly string[] | null = oncePerClaim(readSubject);

function readSubject(c: Claim): readonly string[] | null {
  // (a score or a record, "10-5", is its holders', read by score-pairs.ts: a team goes by its town and its name)
  if (c.value.type !== "quantity" || PAIR.test(c.text) || pairOf(c) !== null) return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at <= 0) return null;
  const before = c.sentence.slice(0, at);
  // each clause's start and the start of the word that opens it
  const clauses: [number, number][] = [[0, 0], ...[...before.matchAll(OPENER)].map((m): [number, number] => [m.index, m.index + m[0].length])];
  const [opener, start] = clauses[clauses.length - 1]!;
  const own = before.slice(start);
  // "Mendal, which lost 8%": the subject closes the clause before
  // "the Orvik index led the gains, and it closed up 4%": the pronoun is the sentence's subject
  const run =
    clauses.length === 1 ? FIRST_RUN.exec(own)
    : RELATIVE.test(own) ? LAST_RUN.exec(before.slice(clauses[clauses.length - 2]![1], opener))
    : PRONOUN.test(own) ? FIRST_RUN.exec(before)
    : FIRST_RUN.exec(own);
  if (run === null) return null;
  const found = subjectNames(run[1]!, decodeActors(c.actors).names.flatMap((n) => n.toLowerCase().split(/\s+/)));
  return found.length > 0 ? found : null;
}

/** Two numbers told as one pair: a score or a record ("10-5", "20–13"). */
const PAIR = /^\d+\s*[-–]\s*\d+$/u;

/** A later clause whose subject is "it": the thing the sentence opened with. */
const PRONOUN = /^\s*it\b/u;

/** A clause that opens with a relative pronoun: its subject is the name before it. */
const RELATIVE = /^\s*(?:which|who)\b/iu;

/**
 * A name that opens a clause, after at most a determiner and one word: "the affiliated Brask 30
 * index", "Morvia's ORX"; not "the court fined Varo" (two words: the name is its object).
 */
export const FIRST_RUN = /^\s*(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:\p{Ll}[\p{L}-]*\s+)?)?((?:\p{Lu}[\p{L}\p{N}&.'’-]*)(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*)*)/u;

/** A name that closes a stretch: "were Mendal", "and Solent Bank". */
export const LAST_RUN = /((?:\p{Lu}[\p{L}\p{N}&.'’-]*)(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*)*)\s*$/u;

/** Capitals that name no subject: clocks' zones. */
const NOT_A_NAME: ReadonlySet<string> = new Set(["utc", "gmt", "est", "edt", "pst", "pdt", "cet", "bst"]);

/** The countries of a name, its words the sentence gives as proper names, and its words in capitals ("DAX"). */
export function subjectNames(run: string, names: readonly string[]): string[] {
  const words = run.split(/[^\p{L}\p{N}&]+/u).filter((w) => w.length > 1);
  const named = words.filter((w) => names.includes(w.toLowerCase()) || (w.length >= 3 && /^\p{Lu}+$/u.test(w)));
  const found = [...countriesIn(run), ...named.map((w) => `name:${w.toLowerCase()}`).filter((n) => !NOT_A_NAME.has(n.slice(5)))];
  return [...new Set(found)].sort();
}

/**
 * Two different figures whose clauses name subjects with nothing in common (as `read` reads them:
 * clauseSubject, or change-subjects.ts changeSubject). Different: not the
 * same number, though one may hold the other ("over 250 points" of one index and "511 points" of
 * another are two indexes' gains, not one told as a bound).
 */
export function subjectsApart(a: Claim, b: Claim, read: (c: Claim) => readonly string[] | null = clauseSubject): boolean {
  const [sa, sb] = [read(a), read(b)];
  if (sa === null || sb === null || sa.some((s) => sb.includes(s))) return false;
  return !sameNumber(a, b);
}

function sameNumber(a: Claim, b: Claim): boolean {
  const [va, vb] = [a.value, b.value];
  if (va.type !== "quantity" || vb.type !== "quantity") return false;
  return (va.nominal !== null && va.nominal === vb.nominal) || (va.min === vb.min && va.max === vb.max);
}
