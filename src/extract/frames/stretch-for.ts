/**
 * A stretch of time told as what it was for someone: "it has been quite a three days for Ada
 * Brandt", "a whirlwind two weeks for the Falcons' coach Ilse Marr", "an exhausting 48 hours for
 * Kemp". The length says nothing of an event of its own, but the article before the number ("a
 * three days") makes the stretch one thing, and the name after "for" says whose it was: the
 * length is claimed, its holder the person (role "holder"), so that two reports of that person's
 * stretch meet, and lengths of no one stay unclaimed (frames/index.ts frameRuleId).
 *
 * Must read: "It has been quite a three days for Ada Brandt." → Ada Brandt; "It was a hard two
 * weeks for Kemp." → Kemp; "an exhausting 48 hours for Ilse Marr" → Ilse Marr.
 * Must not: "It has been three days for Kemp" (no article: a count of days, not one stretch),
 * "a three-day trip for Kemp" (a trip's length, said of the trip), "a two weeks for the team" (no
 * name), "Kemp waited three days for Marr" (a verb of its own), "a three days' walk from Keld".
 */
import type { Reading } from "./sentence.js";

/** Before the number: "a" or "an", with at most two words between ("quite a", "a busy", "a whirlwind"). */
const ARTICLE_BEFORE = /(?:^|[\s,])(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** After the length: "for" and a person's name (capitalised words). */
const FOR_NAME = /^\s+for\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/u;

/** The name a stretch of time is told as being for, or null. */
export function stretchFor(text: string, start: number, end: number, r: Pick<Reading, "counted" | "predicate" | "participants">): string | null {
  if (r.counted !== "duration" || r.predicate !== null) return null;
  if (!ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return null;
  const written = text.slice(start, end);
  // the stretch as a plural of units ("three days", "48 hours"), not a modifier ("a three-day trip")
  if (!/\s\p{L}+s$/u.test(written)) return null;
  const m = FOR_NAME.exec(text.slice(end));
  return m ? m[1]!.replace(/[’'.]+$/u, "").replace(/[’']s$/u, "") : null;
}
