/**
 * Nouns of a scheduled happening that a date written before them dates ("a November 2015
 * release", "its 3 May premiere") and the noun "date" after a noun of a happening ("its 12 March
 * release date", "a release date of 12 March", "the trial date"): the happening is the noun before
 * "date", not "date" itself, so "the sequel's December release date" and "a December release" name
 * one happening. Read by the predicate component (predicate.ts eventNear, eventBefore).
 *
 * Must match: "release", "premiere", "rollout" as the head of a date's noun run; "release date",
 * "premiere date", "trial date" (an event noun before "date"). Must not match: "date" alone ("a
 * date in May"), "date" after a noun of no happening ("the expiry date", "the due date"), "release"
 * as a verb (the tagger's part of speech decides).
 */
import type { TaggedToken } from "../../types.js";
import { eventKey, lower } from "./sentence.js";

/** Nouns of a happening set for a day ahead, not in the event nouns of sentence.ts. */
const SCHEDULED = new Set(["release", "premiere", "rollout"]);

/** The happening a scheduled noun names, as the predicate's lemma; null for another word. */
export function scheduledNoun(t: TaggedToken | undefined): string | null {
  if (!t || t.pos !== "NOUN") return null;
  const w = lower(t);
  return SCHEDULED.has(w) ? w : null;
}

/**
 * For a noun "date" (or "dates") at k, the happening of the noun right before it ("release date",
 * "trial date"), as { lemma, at }; null when k holds no "date" or the noun before names no happening.
 */
export function happeningOfDate(tokens: readonly TaggedToken[], k: number): { lemma: string; at: number } | null {
  const t = tokens[k];
  if (!t || t.pos !== "NOUN" || !/^dates?$/i.test(t.text)) return null;
  const before = tokens[k - 1];
  const lemma = scheduledNoun(before) ?? eventKey(before);
  return lemma === null ? null : { lemma, at: k - 1 };
}
