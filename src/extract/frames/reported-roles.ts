/**
 * The parties of a happening told in a clause a verb of saying reports: "Coach Ann Lee announced
 * Tuesday that Ed Moss was placed on the list", "the club said Friday it had released Ed Moss",
 * "Ed Moss's lawyer said Monday the singer checked into a clinic". The date is the telling's, and
 * date-happening.ts names the reported verb as the happening it dates; who did it and to whom are
 * then that clause's subject and object, not the speaker: Ed Moss was placed, whoever announced it.
 * Reading the speaker's clause only misses who underwent it, so that the placings of two players
 * announced on two days ("announced that Ed Moss was placed", "placed Al Rivera on the list") are
 * taken for one placing told with two days.
 * Must read: "Ann Lee announced Tuesday that Ed Moss was placed on the list" → patient Ed Moss
 * (Ann Lee placed no one: she told it); "Ann Lee said Tuesday that the
 * club had released Ed Moss" → agent club, patient Ed Moss. Must not: a clause that gives no party of its own ("Ann Lee said Tuesday it was over"):
 * the roles read before are kept; a telling that is itself the happening ("announced on Friday new
 * curbs": no clause reported, date-happening.ts keeps the announcement); a clause of what is yet
 * to happen ("said Tuesday that the club will release Ed Moss": the date is the telling's).
 */
import type { Participant, TaggedToken } from "../../types.js";
import { rolesAround } from "./participants.js";
import type { FrameSentence, Reading } from "./sentence.js";

const MODAL = /^(?:will|would|shall|should|can|could|may|might|must|wo|'ll|’ll|'d|’d)$/i;
const ROLE = new Set<Participant["role"]>(["agent", "patient", "recipient"]);

/** The voice of the verb at `at`: passive after a form of "be" or "get" ("was placed", "got signed", "were held"). */
function voiceAt(tokens: readonly TaggedToken[], at: number): "active" | "passive" {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const a = tokens[k]!;
    // (not "were holding": a form in -ing after "be" is progressive; "were held" passive whatever its form)
    if (a.pos === "AUX" && (a.lemma === "be" || a.lemma === "get")) return /ing$/i.test(tokens[at]!.text) ? "active" : "passive";
    if (a.pos !== "AUX" && a.pos !== "ADV" && a.pos !== "PART") break;
  }
  return "active";
}

/**
 * Whether the verb at `at` is the finite verb of a clause the verb of telling at `from` reports:
 * the clause opens with "that" ("said Tuesday that the club had released …"), or follows the
 * telling, past the date, with no preposition, verb or mark between ("said Thursday the singer
 * checked in"); and the verb is no infinitive ("announced plans to resume …") nor a participle that
 * describes a noun ("said the convicted man …").
 */
function reportsClause(sentence: FrameSentence, r: Reading, from: number, at: number): boolean {
  const { tokens } = sentence;
  const prev = tokens[at - 1];
  if (!prev || prev.text.toLowerCase() === "to" || prev.pos === "DET" || prev.pos === "ADJ") return false;
  // "said Tuesday that the club will release Ed Moss": what is yet to happen has no day here; the
  // date is the telling's, and so are its parties
  for (let k = at - 1; k > from && (tokens[k]!.pos === "AUX" || tokens[k]!.pos === "ADV" || tokens[k]!.pos === "PART"); k--) if (MODAL.test(tokens[k]!.text)) return false;
  for (let k = from + 1; k < at; k++) if (tokens[k]!.text.toLowerCase() === "that" && tokens[k]!.pos !== "DET") return true;
  for (let k = from + 1; k < at; k++) {
    if (k >= r.value.first && k <= r.value.last) continue;
    const t = tokens[k]!;
    if (t.pos === "ADP" || t.pos === "VERB" || t.pos === "PUNCT" || t.pos === "SCONJ") return false;
  }
  return true;
}

/**
 * Replaces a reading's agent, patient and recipient with those of the reported verb at `at`, told
 * by the verb of telling at `from`, when that verb's clause names any (see the module's comment).
 * A clause whose subject is not read ("said Tuesday it had released Ed Moss": a pronoun) keeps the
 * agent read before: the speaker may be who acted.
 */
export function readReportedRoles(sentence: FrameSentence, r: Reading, from: number, at: number): void {
  const t = sentence.tokens[at];
  if (!t || !reportsClause(sentence, r, from, at)) return;
  const voice = voiceAt(sentence.tokens, at);
  const told = rolesAround(sentence, r, { lemma: t.lemma, voice, at, negated: false });
  if (told.length === 0) return;
  // (a clause whose subject is not read keeps the speaker as the agent: "said Tuesday it had released …")
  const subjectRead = told.some((p) => p.role === (voice === "passive" ? "patient" : "agent"));
  const kept = r.participants.filter((p) => !ROLE.has(p.role) || (!subjectRead && p.role === "agent" && !told.some((q) => q.role === "agent")));
  r.participants = [...told, ...kept];
}
