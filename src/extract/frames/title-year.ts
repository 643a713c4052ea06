/**
 * A year in parentheses right after the title of a work ("wrote in “The Quiet Hour” (2011)", "his
 * memoir The Quiet Hour (2011)", "in 'Blue Roads' (1998)") is the year the work came out, not the
 * day of the sentence's verb: its predicate is the verb of making the work that the clause tells
 * ("wrote", "published", "released", "recorded"), so that who made it is read as that verb's agent
 * and the year meets "his 2011 memoir" told with the same verb; with no such verb, "publish".
 *
 * A title is a quoted span right before the parenthesis, or a run of capitalized words right after
 * a noun of a work ("memoir", "novel", "film", "album"). Must: "Reid wrote in “The Quiet Hour”
 * (2011)" → write; "his memoir The Quiet Hour (2011) sold well" → publish; "the band's album “Blue
 * Roads” (1998)" → publish. Must not: "Ann Reid (1950) said" (a person, no work), "the mill (1935)
 * burned" (no title), "in “Blue Roads” (1998 and 2001)" (no single year), "the 2011 memoir" (no
 * parenthesis: read as a date before an event noun).
 */
import type { TaggedToken } from "../../types.js";
import type { FrameSentence, PredicateReading, Reading } from "./sentence.js";

/** Nouns of a work that a title follows. */
const WORKS = /^(?:memoir|memoirs|book|novel|biography|autobiography|film|movie|documentary|album|song|single|record|play|musical|opera|series|show|poem|essay|study|report|history|account|exposé|expose)$/i;

/** Verbs of making a work public or making it. */
const MAKING = new Set(["write", "publish", "release", "record", "direct", "film", "produce", "pen", "compose", "author", "issue", "co-write", "co-author"]);

const OPENING = /^(?:``|“|"|‘|`)$/;
const CLOSING = /^(?:''|”|"|’|')$/;

/** Whether the value is a lone year in parentheses: "(2011)". */
function yearInParentheses(sentence: FrameSentence, r: Reading): boolean {
  const { tokens } = sentence;
  return tokens[r.value.first - 1]?.text === "(" && tokens[r.value.last + 1]?.text === ")" && r.value.first === r.value.last && /^\d{4}$/.test(tokens[r.value.first]!.text);
}

/** Where the title before "(" at `open` starts, or -1 when no title stands there. */
function titleStart(tokens: readonly TaggedToken[], open: number): number {
  let k = open - 1;
  if (CLOSING.test(tokens[k]?.text ?? "")) {
    // (a closing mark written as two apostrophes: '' )
    while (k > 0 && CLOSING.test(tokens[k - 1]!.text) && tokens[k - 1]!.end === tokens[k]!.start) k--;
    for (let i = k - 1, steps = 0; i >= 0 && steps < 20; i--, steps++) {
      if (!OPENING.test(tokens[i]!.text)) continue;
      let s = i;
      while (s > 0 && OPENING.test(tokens[s - 1]!.text) && tokens[s - 1]!.end === tokens[s]!.start) s--;
      return s;
    }
    return -1;
  }
  let s = k;
  while (s >= 0 && tokens[s]!.pos === "PROPN") s--;
  return s < k && WORKS.test(tokens[s]?.text ?? "") ? s + 1 : -1;
}

/** The predicate of a year in parentheses after a work's title (see the module's comment), or null. */
export function titleYear(sentence: FrameSentence, r: Reading): PredicateReading | null {
  if (!yearInParentheses(sentence, r)) return null;
  const { tokens } = sentence;
  const start = titleStart(tokens, r.value.first - 1);
  if (start < 0) return null;
  for (let i = start - 1, steps = 0; i >= 0 && steps < 8; i--, steps++) {
    const t = tokens[i]!;
    if (/^[;.:!?]$/.test(t.text) || CLOSING.test(t.text)) break;
    if (t.pos === "VERB" && MAKING.has(t.lemma.toLowerCase())) return { lemma: t.lemma.toLowerCase(), voice: "active", at: i, negated: false };
  }
  return { lemma: "publish", voice: null, at: -1, negated: false };
}
