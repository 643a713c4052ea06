/**
 * A group named by what happened to it, as the subject of a verb that lists its members: "The dead
 * included 12 sailors", "the injured number 40", "The detained included four Keld men". Such a
 * verb names no happening ("include" is light); the group's word does (the dead died, the detained
 * were detained), so a count of its members is a count of that happening: four men detained.
 * Must: "The dead included 12 sailors" (die), "The injured number 40" (injure), "The detained
 * also included four men" (detain). Must not: "The haul included 12 rifles" (a noun, no
 * participle), "the injured man included 3 …" (a participle before a noun modifies it), "Those
 * who died included 12 sailors" (no "the" before the word: read as before).
 */
import type { TaggedToken } from "../../types.js";
import { COMPLEMENT, type PredicateReading } from "./sentence.js";

/** Verbs that list a group's members or give its size. */
const LISTING = /^(?:include|number|total)$/;

/** The verb a participle stands for: "detained" → detain, "apprehended" → apprehend. */
function verbOfParticiple(w: string): string {
  if (COMPLEMENT[w]) return COMPLEMENT[w]!;
  if (w.endsWith("ied")) return `${w.slice(0, -3)}y`;
  if (/([bdgklmnprt])\1ed$/.test(w)) return w.slice(0, -3);
  if (/(?:u|at|iz|is|uc|os|ur|v|g|c|s|rg|dg)ed$/.test(w)) return w.slice(0, -1);
  return w.replace(/ed$/, "");
}

/** For a listing verb at `p.at` whose subject is "the" and a participle, the participle's happening; else null. */
export function groupNamedByParticiple(tokens: readonly TaggedToken[], p: PredicateReading | null): PredicateReading | null {
  if (!p || p.at < 2 || !LISTING.test(p.lemma)) return null;
  let k = p.at - 1;
  while (k > 0 && tokens[k]!.pos === "ADV" && !COMPLEMENT[tokens[k]!.text.toLowerCase()]) k--;
  const w = tokens[k]!.text;
  if (!/^\p{Ll}+$/u.test(w) || (!COMPLEMENT[w] && !/ed$/.test(w)) || tokens[k - 1]?.text.toLowerCase() !== "the") return null;
  const before = tokens[k - 2];
  if (before && before.pos !== "PUNCT" && before.pos !== "CCONJ" && before.pos !== "SCONJ") return null;
  const lemma = verbOfParticiple(w);
  return { lemma, voice: lemma === w || lemma === "die" ? null : "passive", at: k, negated: p.negated };
}
