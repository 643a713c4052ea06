/**
 * Happening words: verbs, phrases and event nouns that news uses for one kind of dated happening,
 * beside the classes of predicate-classes.ts, which takes these into its table. Outlets tell one
 * happening with the verb or the noun each prefers ("admitted in May that he was the source",
 * "came forward in May", "the May revelation"; "the fleet was deployed on 2 June", "its deployment
 * on 2 June"; "the council approved the plan on Monday", "gave the go-ahead on Monday"), and the
 * date of each is the date of that happening: such claims share a kind of happening, so their
 * topics and occurrences meet (occurrence-topics.ts, undated-days.ts) when nothing else keeps them
 * apart. Who did it and what it was done to are still asked (participants.ts): "the minister
 * admitted" and "the coach came forward" are two happenings of one kind.
 *
 * A disclosure is also told by the secret it ended: "his name remained a secret until May", "she
 * stayed anonymous until May", "the donor was unknown until May" date the revealing (endsASecret).
 *
 * Must be one class (test/unit/group/happening-words.test.ts): admit / reveal / disclose / confess /
 * "came forward" / "went public" / "broke cover" / unmask / "remained a secret until";
 * deploy / "was deployed" / dispatch; approve / approval / authorize / "gave the go-ahead" /
 * "gave a green light". Must not be: "was admitted to hospital" / reveal; "remained in office until
 * May" / reveal; deploy / sink; approve / reverse; approve / sign.
 */
import { wordTable } from "../values/word-table.js";

/** The classes added, named after a verb of each (base forms, as a frame reads them). */
export const HAPPENING_WORDS = wordTable<readonly string[]>({
  // making known what was kept hidden, told by the one who tells or by what came out
  disclose: [
    "disclose", "disclosure", "reveal", "revelation", "admit", "admission", "confess", "confession",
    "come forward", "go public", "break cover", "unmask", "own up",
  ],
  // sending a force or a ship to a place, told by the verb or its noun
  deploy: ["deploy", "deployment", "redeploy", "redeployment", "dispatch"],
  // an office letting a plan or a request go ahead ("approved", "authorized", "gave the go-ahead")
  approve: [
    "approve", "approval", "authorize", "authorise", "authorization", "authorisation", "sanction",
    "give the go-ahead", "give a go-ahead", "give the green light", "give a green light",
  ],
});

/** The forms of the head of a phrase above that predicate-classes.ts does not already spell out. */
export const HAPPENING_HEAD_FORMS = wordTable<readonly string[]>({
  go: ["go", "goes", "went", "gone", "going"],
  own: ["own", "owns", "owned", "owning"],
});

/**
 * "admitted to hospital", "was admitted into the intensive care unit", "admitted her to the bar",
 * "admitted as a member": an admission to a place or a body, not a disclosure ("admitted to
 * taking the money" is one).
 */
const ADMITTED_INTO = /\badmit(?:s|ted|ting)?\s+(?:(?:him|her|them|us|me)\s+)?(?:(?:to|into)\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\p{L}-]+\s+){0,2}(?:hospital|hospitals|clinic|infirmary|ward|unit|care|bar|university|college|school|academy|club|party|union|league|membership|hall)\b|as\s+(?:a|an)\s+(?:member|student|patient|partner)\b)/iu;

/** Whether "admit" in the claim's sentence is an admission to a place or a body (ADMITTED_INTO). */
export function admittedInto(sentence: string): boolean {
  return ADMITTED_INTO.test(sentence);
}

/** Verbs of staying in a state, whose end at a date is read here. */
const STAYED: ReadonlySet<string> = new Set(["remain", "stay", "keep", "be"]);

/**
 * A secret or a hidden name that lasted until the date: "remained a secret until", "stayed
 * anonymous until", "was kept secret until", "was unknown until", "remained a mystery until",
 * with the date right after "until" (or "till").
 */
const SECRET_UNTIL = /\b(?:secret|secrets|anonymous|anonymity|unknown|hidden|undisclosed|unnamed|a\s+mystery|confidential)\b[^.;:!?]{0,40}\b(?:until|till)\s+$/i;

/**
 * Whether a claim dates the end of a secret ("remained a secret until May 2005": the disclosure):
 * its predicate is a verb of staying (remain, stay, keep, be) and its date follows "until" after a
 * word of secrecy. Must hold: "his name remained a secret until May 2005", "she insisted on
 * remaining anonymous until 30 May". Must not: "remained in office until May 2005" (no secret),
 * "remained a secret in May 2005" (no "until"), "revealed the secret on 30 May" (not a verb of staying).
 */
export function endsASecret(lemma: string, sentence: string, dateText: string): boolean {
  if (!STAYED.has(lemma)) return false;
  const at = sentence.indexOf(dateText);
  return at > 0 && SECRET_UNTIL.test(sentence.slice(Math.max(0, at - 80), at));
}
