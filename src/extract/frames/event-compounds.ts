/**
 * Event nouns written as a verb and a particle joined by a hyphen ("break-in", "hold-up",
 * "shoot-out", "walk-out", "cover-up"), and the verb of one told with its particle apart ("broke
 * into the offices", "was broken into"). The tagger splits such a noun in three tokens ("break",
 * "-", "in"), so a date written before it ("the 1972 break-in", "the June 2004 walk-out") was read
 * as dating the sentence's verb ("pursued the story of the 1972 break-in" → pursue) instead of the
 * happening the noun names. A date that modifies one of these nouns dates that happening
 * (predicate.ts eventNear), and the noun is named so that its verb meets it: a break-in and
 * breaking into a place are one kind of happening, a theft (date-happening.ts KINDS), not the
 * break of a cable ("break" alone is an outage there).
 *
 * Must read: "the 2019 break-in" → break-in; "the June 2004 walk-out" → walkout; "a 1998 shoot-out
 * trial" → trial (the compound only modifies the noun after it); "broke into the shop on Monday",
 * "the shop was broken into on Monday" → break-in. Must not: "a break in the talks" (spaces: a
 * pause), "the cable break on Monday" (no particle), "broke up with her in May", "broke the
 * record" (another particle or none), "broke into tears on Monday", "broke into the top ten in
 * May" (no place entered), "a 2019 check-in desk" (no event noun in the table).
 */
import type { TaggedToken } from "../../types.js";
import { wordTable } from "../../values/word-table.js";
import { lower } from "./sentence.js";

/** Hyphenated nouns of a happening, as written (verb-particle), and the lemma a frame names each by. */
const COMPOUNDS = wordTable<string>({
  "break-in": "break-in",
  "hold-up": "hold-up",
  "stick-up": "hold-up",
  "shoot-out": "shootout",
  "stand-off": "standoff",
  "walk-out": "walkout",
  "sit-in": "sit-in",
  "cover-up": "cover-up",
  "take-over": "takeover",
  "buy-out": "buyout",
  "bail-out": "bailout",
  "lock-down": "lockdown",
  "crack-down": "crackdown",
  "shake-up": "shake-up",
  "sell-off": "sell-off",
  "lay-off": "layoff",
  "lock-out": "lockout",
  "break-up": "break-up",
  "hand-over": "handover",
  "pull-out": "pullout",
  "round-up": "roundup",
  "run-off": "runoff",
  "fly-past": "flypast",
  "stop-over": "stopover",
});

/** Whether the token at i is glued to the one before it (no space between them). */
function gluedToPrevious(tokens: readonly TaggedToken[], i: number): boolean {
  const [a, b] = [tokens[i - 1], tokens[i]];
  return a !== undefined && b !== undefined && a.end === b.start;
}

/**
 * The hyphenated event noun that starts at token i ("break" "-" "in", written without spaces), as
 * its lemma and the index of its last token; null for anything else.
 */
export function eventCompoundAt(tokens: readonly TaggedToken[], i: number): { lemma: string; last: number } | null {
  const [head, dash, particle] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!head || !dash || !particle || dash.text !== "-" || !gluedToPrevious(tokens, i + 1) || !gluedToPrevious(tokens, i + 2)) return null;
  // (not a third part glued after it: "a break-in-style raid" is still read; "hand-over-fist" is no noun of the table)
  const lemma = COMPOUNDS[`${lower(head)}-${lower(particle)}`];
  return lemma ? { lemma, last: i + 2 } : null;
}

/**
 * The happening a verb at i names with the particle after it, when that differs from the verb
 * alone: "broke into the shop", "someone broke in", "was broken into" → break-in (a theft). Null
 * for a verb told without such a particle ("broke the window", "broke up", "broke out").
 */
export function phrasalHappening(tokens: readonly TaggedToken[], i: number): string | null {
  const t = tokens[i];
  if (!t || t.pos !== "VERB" || t.lemma !== "break") return null;
  const next = lower(tokens[i + 1]);
  if (next !== "into" && next !== "in") return null;
  // (breaking into a state or a market is no theft: "broke into tears", "broke into the top ten")
  for (let k = i + 2; k <= i + 4 && tokens[k]; k++) {
    if (NOT_ENTERED.test(lower(tokens[k]))) return null;
    if (tokens[k]!.pos !== "DET" && tokens[k]!.pos !== "ADJ") break;
  }
  return "break-in";
}

/** What one breaks into that is no place: a state, a pace, a ranking or a market. */
const NOT_ENTERED = /^(?:tears|laughter|song|songs|smile|grin|run|sprint|gallop|applause|sweat|top|market|markets|charts?|league|ranks|mainstream|business|industry|politics|acting|film|television)$/;
