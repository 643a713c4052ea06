/**
 * Tenure: how long someone has served with a body, told with "be with" ("has been with the force for
 * 11 years", "had been with the department for two decades", "was with Keld Mining for 30 years"):
 * the length of the person's service, as "a 20-year veteran of the department" says it (whose
 * holder is "veteran": holder.ts), so one person's service told both ways is one topic and "two
 * decades" meets "20 years". And how long a thing has stood where it is ("the branch has been
 * there for at least 10 years", "the mill had been here for a century"): that thing's, its holder
 * the subject's noun.
 *
 * Read only for lengths counted in months, years or decades (a visit "with her sister for two
 * hours" is no service), after "for" and a form of "be" with nothing but "with" and a body's name,
 * or "there"/"here", between them.
 *
 * Must: "has been with the force for 11 years", "had been with the Keld Police Department for two
 * decades", "was with Acme Mining for 30 years" → veteran; "The branch has been there for at least
 * 10 years" → branch. Must not: "was with her sister for two hours" (hours; a person), "has been
 * with Ann Reid for 11 years" (a person's name, no body), "stayed with the force for 11 years" (a
 * verb of its own, read as the predicate), "Reid was there for 20 years" (no common noun for a
 * holder), "has been in jail for 11 years" (no "with" or "there").
 */
import type { TaggedToken } from "../../types.js";
import { type FrameSentence, type Reading, lower } from "./sentence.js";

/** Units a length of service is told in. */
const LONG_UNITS = /^(?:month|year|decade)$/;

/** Nouns that end the name of a body one serves with ("the force", "the Keld Police Department", "Acme Mining Co."). */
const BODIES = /^(?:force|forces|department|dept|police|service|services|bureau|agency|army|navy|corps|company|firm|corporation|co|inc|group|team|club|squad|band|paper|newspaper|network|station|bank|board|council|party|office|school|university|college|hospital|church|ministry|government|administration|fbi|cia|nypd|fire|patrol|guard|mining|airlines|railway|orchestra|organization|organisation|union|commission|court|sheriff|sheriffs|city|county|state)$/i;

/** The form of "be" and the words between it and "for": the index of "be" or -1. */
function beBefore(tokens: readonly TaggedToken[], forAt: number, opener: (i: number) => boolean): number {
  for (let i = forAt - 1, steps = 0; i >= 0 && steps < 10; i--, steps++) {
    const t = tokens[i]!;
    if (t.pos === "AUX" && t.lemma === "be") return opener(i + 1) ? i : -1;
    if (t.pos === "VERB" || /^[,;.:!?]$/.test(t.text)) return -1;
  }
  return -1;
}

/** Whether tokens from..to (inclusive) are "with" and a body's name: "with the force", "with Acme Mining". */
function withBody(tokens: readonly TaggedToken[], from: number, to: number): boolean {
  if (lower(tokens[from]) !== "with" || to <= from) return false;
  const last = tokens[to]!;
  if (last.pos !== "NOUN" && last.pos !== "PROPN") return false;
  for (let i = from + 1; i < to; i++) if (!/^(?:DET|ADJ|NOUN|PROPN|PUNCT)$/.test(tokens[i]!.pos) || tokens[i]!.text === ",") return false;
  return BODIES.test(last.text.replace(/\.$/, ""));
}

/** The common noun that heads the subject before "be" at `be` ("The branch has been"), or null. */
function subjectNoun(tokens: readonly TaggedToken[], be: number): string | null {
  let k = be - 1;
  while (k >= 0 && tokens[k]!.pos === "AUX") k--;
  const t = tokens[k];
  return t && t.pos === "NOUN" ? t.lemma.toLowerCase() : null;
}

/** The holder of a length of service or of standing somewhere (see the module's comment), or null. */
export function tenureOf(sentence: FrameSentence, r: Reading): string | null {
  const { tokens } = sentence;
  const m = r.value.mention;
  if (m.kind !== "duration" || m.value?.type !== "quantity" || !LONG_UNITS.test(m.value.unit ?? "")) return null;
  const forAt = r.value.first - 1;
  if (lower(tokens[forAt]) !== "for") return null;
  const served = beBefore(tokens, forAt, (i) => withBody(tokens, i, forAt - 1));
  if (served >= 0) return "veteran";
  const stood = beBefore(tokens, forAt, (i) => i === forAt - 1 && /^(?:there|here)$/.test(lower(tokens[i])));
  return stood >= 0 ? subjectNoun(tokens, stood) : null;
}
