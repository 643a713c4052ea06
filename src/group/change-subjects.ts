/**
 * What a change or a level is of: the subject of the verb that tells it. A figure of a rise, a fall
 * or a loss ("fell 3%", "lost 40 points", "gained 2%"), or of a level a thing closed, ended or
 * finished at, or a sum it posted, is a figure of the thing that moved: "the Orvik 30 lost 2.1%"
 * and "the Brask Composite lost 1.4%" are two indexes' moves, whatever day and frame they share;
 * so are "Pellam's profit" and "Quarro's profit". clause-subjects.ts reads the name that opens the
 * figure's own clause; news tells such a figure just as often in a clause that has no subject of
 * its own and goes on with the one before, which is read here:
 *
 *   - a participle or a verb that follows its subject across a comma: "The Orvik 30 closed at its
 *     lowest in a year on Friday, having lost 2.1%"; "the main Tessalian index, the Orvik 30,
 *     dropped by 4%"; "the Orvik 30 slid again today, down 1.2%";
 *   - the same figure told again "or" another way, or in a relative clause that only restates it:
 *     "fell 40 points, or 2.6%"; "rose by 3.1%, which is 52 points";
 *   - an absolute clause: "with Pellam losing 5%"; told of "it", the subject of the clause before:
 *     "the Orvik 30 has won back hundreds of points, with it climbing over 250 points";
 *   - a relative clause told between a subject and its verb ("the Hale 40, which rose on Monday,
 *     fell 2%"), and a name closed by its abbreviation in brackets before "which" ("the Varn
 *     Composite (VRC), which fell 4%");
 *   - a possessor: "shares of Pellam fell 5%", "the value of Quarro rose 2%".
 *
 * The reading walks back from the figure's clause over such clauses, at most MAX_CLAUSES, to the
 * name that opens one (after at most a determiner and one word, as clause-subjects.ts reads it).
 * A clause that opens otherwise ends the walk with no subject ("according to", "including": a part
 * or a source, not the mover). Only figures of a change or a level are read: who "reported" a
 * figure is its source, and "killed 12" is told of an attacker, not of what the figure counts.
 *
 * Two different figures of a change or a level whose subjects share no name are two occurrences
 * (occurrence-topics.ts mayMeet): "the Orvik 30 lost 2.1%" and "the Brask Composite, having lost
 * 1.4%". Not apart: a subject not read ("it" opening a sentence, "stocks", "the index"), subjects
 * that share a name ("the Orvik 30" and "the Orvik index"), the same number (clause-subjects.ts
 * subjectsApart).
 */
import type { Claim } from "../types.js";
import { decodeActors } from "../extract/actors.js";
import { FIRST_RUN, LAST_RUN, clauseSubject, subjectNames, subjectsApart } from "./clause-subjects.js";
import { oncePerClaim } from "./per-claim.js";
import { tellsChange } from "./report-days.js";
import { soleWordAt } from "./word-places.js";

/** Verbs of the level a thing reached, or a sum it posted, whose subject is what the figure is of. */
const LEVEL_VERBS: ReadonlySet<string> = new Set(["close", "end", "finish", "post"]);

/** A level told against the record of a span: "closed at its lowest level in six years". */
const RECORD = /\b(?:lowest|highest|best|worst|biggest|largest|smallest|weakest|strongest)\b/iu;

/**
 * Whether a figure tells a change of a level ("fell 3%", "lost 40 points") or a level reached or
 * posted ("closing at 912", "posted a profit of $9m"); a length of time only as the span of a
 * level's record ("closed at its lowest level in six years"), not how long something lasted
 * ("the strike ended after 12 days").
 */
export const changeOrLevel: (c: Claim) => boolean = oncePerClaim((c) => {
  if (c.value.type !== "quantity") return false;
  // (a level told right after "closing at", whatever verb the sentence's frame gives it: "lost 25 points, closing at 1,442")
  if (closedAt(c)) return true;
  const lemma = c.claimFrame?.predicate?.lemma;
  if (lemma === undefined || !LEVEL_VERBS.has(lemma)) return tellsChange(c);
  return c.claimFrame?.counted !== "duration" || RECORD.test(c.sentence);
});

/** Words just before a level a thing closed, ended or finished at: "closing at", "closed the day at", "ended at". */
const CLOSED_AT = /\b(?:clos|end|finish)(?:ed|es|ing|s)?\s+(?:the\s+(?:day|session|week)\s+)?at\s+$/iu;

/**
 * A figure told as the level a thing closed, ended or finished at ("lost 25 points, closing at
 * 1,442.8", "ended the day at 7,114"): a level, even where the sentence's frame gives the figure
 * another verb of the sentence ("lost"). Must: those. Must not: "closing at least 40 shops" (no
 * level: "at least"), "closed 12 branches".
 */
function closedAt(c: Claim): boolean {
  const at = soleWordAt(c.sentence, c.text);
  return at > 0 && CLOSED_AT.test(c.sentence.slice(Math.max(0, at - 40), at));
}

/** Where a clause opens: a comma, semicolon or colon, or a word that joins clauses (as clause-subjects.ts). */
const OPENER = /[,;:]|\b(?:while|whilst|whereas|but|and)\b/gu;

/** Clauses walked back at most. */
const MAX_CLAUSES = 4;

/**
 * A clause with no subject of its own that goes on with the one before: it opens with "or" (the
 * figure told again), a word of direction ("down 1.2%"), a participle ("having lost", "closing
 * at") or a verb in the past ("dropped", "fell"); not a preposition that opens a part or a source.
 */
const GOES_ON =
  /^\s*(?!(?:including|excluding|according|following|during|regarding|concerning|notwithstanding|bringing|making|leaving)\b)(?:or|having|down|up|lower|higher|with\s+(?:it|them)\s+\p{Ll}+ing|\p{Ll}+ed|\p{Ll}+ing|fell|rose|lost|gained|shed|sank|slid|grew|was|were)\b/u;

/**
 * The figure's own clause when it only restates the figure before in another unit: "rose by 3.1%,
 * which is 52 points" (the subject is that of the clause before, as after "or"). Not "which fell
 * 4%" (a relative clause of its own verb: the name before it is the subject).
 */
const RESTATES = /^\s*(?:which|that)\s+(?:is|was|equals|amounts\s+to)\s*$/u;

/** A clause that opens with a relative pronoun. */
const RELATIVE = /^\s*(?:which|who)\b/u;

/** An aside in brackets that closes a name: "the Varn Composite (VRC)". */
const ASIDE = /\s*\([^()]*\)\s*$/u;

/** An absolute clause: "with Pellam losing 5%" — the name before the participle. */
const WITH_RUN = /^\s*with\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}&.'’-]*)(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*)*)\s+\p{Ll}+ing\b/u;

/** A possessor: "shares of Pellam", "the value of the Quarro Group". */
const POSSESSOR = /^\s*(?:the\s+)?(?:shares?|stocks?|value|profits?|earnings)\s+(?:of|in)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}&.'’-]*)(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*)*)/iu;

/** The names and countries of what a figure of a change or a level is of; null when none is read. */
export const changeSubject: (c: Claim) => readonly string[] | null = oncePerClaim(readChangeSubject);

function readChangeSubject(c: Claim): readonly string[] | null {
  if (!changeOrLevel(c)) return null;
  const told = clauseSubject(c);
  if (told !== null) return told;
  const at = soleWordAt(c.sentence, c.text);
  if (at <= 0) return null;
  const before = c.sentence.slice(0, at);
  // each clause's opener and the start of its words
  const clauses: [number, number][] = [[0, 0], ...[...before.matchAll(OPENER)].map((m): [number, number] => [m.index, m.index + m[0].length])];
  const names = decodeActors(c.actors).names.flatMap((n) => n.toLowerCase().split(/\s+/));
  const last = clauses.length - 1;
  for (let i = last; i >= 0 && i >= clauses.length - MAX_CLAUSES; i--) {
    const own = before.slice(clauses[i]![1], i < last ? clauses[i + 1]![0] : at);
    // ("rose by 3.1%, which is 52 points": the figure told again, of the clause before's subject)
    if (i === last && RESTATES.test(own)) continue;
    // "the Varn Composite (VRC), which fell 4%": the name before the relative clause and its abbreviation
    const relative = i === last && i > 0 && RELATIVE.test(own) ? LAST_RUN.exec(before.slice(clauses[i - 1]![1], clauses[i]![0]).replace(ASIDE, "")) : null;
    const run = relative ?? WITH_RUN.exec(own) ?? POSSESSOR.exec(own) ?? (i < last ? FIRST_RUN.exec(own) : null);
    if (run !== null) {
      const found = subjectNames(run[1]!, names);
      return found.length > 0 ? found : null;
    }
    // (a relative clause told between the subject and its verb: "the Hale 40, which rose on Monday, fell 2%")
    if (!GOES_ON.test(own) && !(i < last && RELATIVE.test(own))) return null;
  }
  return null;
}

/** Two different figures of a change or a level told of subjects that share no name (see the header). */
export function changeSubjectsApart(a: Claim, b: Claim): boolean {
  return changeOrLevel(a) && changeOrLevel(b) && subjectsApart(a, b, changeSubject);
}
