/**
 * Who a claim's verb is about, where its subject is "he" or "she": the person the report named
 * before (extract/pronoun-antecedent.ts gives the frame's subjectToldBack), so that "He completed
 * 17 passes" after a sentence about Ames is Ames's figure, and is kept apart from Cole's ("Cole
 * completed 28 passes") as a figure told of Cole is. Read only where the pronoun is the subject of
 * the frame's own verb (pronoun-subject.ts actingPronoun: "He served five months", "She was fined
 * $400"), not of a verb of saying or of another clause ("He said the club lost 10 games"); in the
 * active voice the name is the verb's doer (agent), in the passive the one it befell (patient).
 * Statistics are left to their own reader (stat-lines.ts). A frame that reads a name in that role
 * keeps it.
 *
 * Two claims of one verb are told apart when both name someone in one role this way or by their
 * frames, and no word of one name is a word of the other ("Ames" and "Lena Ames" may be one person; "Ames" and
 * "Cole" are two). Must part: "He completed 17 passes" (Ames before) and "Cole completed 28
 * passes"; "She was fined $400" (Ames before) and "Cole was fined $400". Must not: "He completed
 * 17 passes" (Ames) and "Lena Ames completed 17 passes"; a pronoun told back to no one; "He said
 * the club paid $400" (the pronoun is not the verb's subject); "It sold for $400" (not a person).
 */
import type { Claim } from "../types.js";
import { oncePerClaim } from "./per-claim.js";
import { actingPronoun } from "./pronoun-subject.js";
import { statOf } from "./stat-lines.js";

/** A person's role a pronoun subject fills, and the words of the name told back for it. */
export interface ToldBackDoer {
  role: "agent" | "patient";
  words: readonly string[];
}

/** The words of a name, in lower case, past an opening article: "The Orr family" → orr, family. */
function nameWords(text: string): string[] {
  return text
    .replace(/^(?:the|a|an)\s+/i, "")
    .toLowerCase()
    .split(/[\s-]+/)
    .map((w) => w.replace(/['’]s?$/u, "").replace(/[^\p{L}\p{N}]/gu, ""))
    .filter((w) => w !== "");
}

/**
 * The name a claim's pronoun subject stands for, in the role it fills (see the header); null when
 * the claim has none, its frame names that role itself, or it is a statistic.
 */
export const toldBackDoer: (c: Claim) => ToldBackDoer | null = oncePerClaim(readToldBackDoer);

function readToldBackDoer(c: Claim): ToldBackDoer | null {
  const frame = c.claimFrame;
  const told = frame?.subjectToldBack;
  if (!frame || told === undefined || !frame.predicate) return null;
  const role = frame.predicate.voice === "passive" ? "patient" : "agent";
  if (frame.participants.some((p) => p.role === role)) return null;
  const pronoun = actingPronoun(c);
  if (pronoun !== "he" && pronoun !== "she") return null;
  if (statOf(c) !== null) return null;
  return { role, words: nameWords(told) };
}

/**
 * The names a claim gives in a role: its frame's participants of that role that are proper names,
 * else its told-back name; for a statistic, its holder as the doer (stat-lines.ts: the frame's
 * verb is often another's there, "VanDeest led Drake with 13, while Carter added 12").
 */
export function namedAs(c: Claim, role: "agent" | "patient"): string[][] {
  const stat = statOf(c);
  if (stat !== null) return role === "agent" && stat.holder !== null ? [nameWords(stat.holder)] : [];
  const told = toldBackDoer(c);
  if (told !== null) return told.role === role ? [[...told.words]] : [];
  return (c.claimFrame?.participants ?? [])
    .filter((p) => p.role === role)
    .map((p) => p.refersTo ?? p.text)
    .filter(properName)
    .map(nameWords);
}

/**
 * Whether a participant's text is a proper name: its first and last words (past an article) are
 * capitalized ("Seth Varley", "Mr. Varley", "the Orvik Group"), not a description a place name
 * heads ("the Keld County resident", "Keld police").
 */
function properName(text: string): boolean {
  const words = text.replace(/^(?:the|a|an)\s+/i, "").split(/\s+/);
  return /^\p{Lu}/u.test(words[0]!) && /^\p{Lu}/u.test(words.at(-1)!);
}

/**
 * Whether a told-back pronoun subject on either side names someone else than the other claim does
 * in that role (see the header). False unless one of the two has a told-back name.
 */
export function toldBackApart(a: Claim, b: Claim): boolean {
  const [x, y] = [toldBackDoer(a), toldBackDoer(b)];
  if (x === null && y === null) return false;
  // (doers of one verb only: another verb's subject may be anyone its sentence tells of, "police charged Ames")
  if (a.claimFrame?.predicate?.lemma !== b.claimFrame?.predicate?.lemma) return false;
  const role = (x ?? y)!.role;
  const [na, nb] = [namedAs(a, role), namedAs(b, role)];
  if (na.length === 0 || nb.length === 0) return false;
  return !na.some((wa) => nb.some((wb) => wa.some((w) => wb.includes(w))));
}
