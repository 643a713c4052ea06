/**
 * Shooting a film is filming, not gunfire: "the sequel begins shooting in August", "the series
 * started shooting in May", "the crew wrapped shooting on Friday". A gerund "shooting" (or
 * "filming") right after a verb of starting, going on or ending is the making of a film when the
 * one that does it is a production: a noun of one (FILM_WORDS) or a title in quotation marks as the
 * subject, or a production as the gerund's object ("began shooting the sequel"). Read by the date's
 * happening (date-happening.ts) before a gunfight is read into "shooting".
 *
 * Must match: "the sequel begins shooting in August", "\"Blue Harbour\" starts shooting in May",
 * "the crew began shooting the pilot on Monday". Must not match: "the gunman began shooting at
 * 9:40", "two men started shooting on Friday", "police began shooting tear gas on Monday".
 */
import type { TaggedToken } from "../../types.js";
import { lower } from "./sentence.js";

/** Verbs of starting, going on with or ending an activity. */
const ASPECT = new Set(["begin", "start", "resume", "finish", "wrap", "complete", "continue", "halt", "stop", "suspend", "restart"]);
/** Nouns of a production and of those who make it. */
const FILM_WORDS = /^(?:film|films|movie|movies|sequel|sequels|prequel|series|show|production|pilot|episode|season|feature|picture|documentary|remake|crew|cast|studio)$/i;

/** Whether the subject before the verb at `verb` is a production: a noun of FILM_WORDS or a title in quotation marks. */
function productionBefore(tokens: readonly TaggedToken[], verb: number): boolean {
  let k = verb - 1;
  while (k >= 0 && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "AUX" || lower(tokens[k]) === "to" || /^(?:set|due|about|scheduled|expected)$/i.test(tokens[k]!.text))) k--;
  const t = tokens[k];
  if (!t) return false;
  if (/^["”’']$/.test(t.text)) return k > 0 && /^\p{Lu}/u.test(tokens[k - 1]!.text);
  return FILM_WORDS.test(t.text);
}

/** "film" when the gerund at `at` is the shooting of a production after a verb of aspect at `verb`; null otherwise. */
export function productionShoot(tokens: readonly TaggedToken[], verb: number, at: number): "film" | null {
  const v = tokens[verb];
  const g = tokens[at];
  if (!v || !g || at !== verb + 1 || !ASPECT.has(v.lemma) || !/^(?:shooting|filming)$/i.test(g.text)) return null;
  const object = tokens[at + 1];
  const objectIsProduction = object !== undefined && (FILM_WORDS.test(object.text) || (lower(object) === "the" && FILM_WORDS.test(tokens[at + 2]?.text ?? "")));
  return productionBefore(tokens, verb) || objectIsProduction ? "film" : null;
}
