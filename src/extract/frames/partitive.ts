/**
 * Partitives: "five of Dayton's first eight points", "eight of their last 10 games", "three of the
 * five hostages". The first count is a part of a stated whole, the second is that whole. The part
 * keeps its verb and its doer (five points Moreno scored); the whole has no verb of its own (the
 * verb is the part's) and belongs to its possessor, when a name: Dayton's eight points are
 * Dayton's, not Moreno's. Read by the predicate, participants and modality components.
 *
 * Must match: "five of Dayton's first eight points" (part five, whole eight of Dayton), "eight of
 * their last 10 games" (part eight, whole 10), "three of the five hostages", "two of its past
 * nine matches", "7 of the Hawks' 12 games" (whole 12 of the Hawks). Must not match: "all 11 of his points" (no whole stated), "one of the victims died"
 * (no whole stated), "10 of the 16 games" without a count before "of" is no whole's ("the 16").
 */
import type { TaggedToken } from "../../types.js";
import { type FrameSentence, type Reading, lower, valueAt } from "./sentence.js";

const ORDER = /^(?:first|last|next|past|previous|remaining|final|opening|latest)$/;
const DETERMINER = /^(?:the|their|its|his|her|our|these|those|your|my)$/;
/** Words that take a part of a whole like a count does: "all of the 11", "half of its 20". */
const PART_WORDS = /^(?:all|some|most|none|half|each|both|many|several)$/;

/** From token i on: "[the|their|Name's] [first|last] " — the index after them, and the possessor's name if any. */
function wholeLead(tokens: readonly TaggedToken[], i: number): { next: number; possessor: { from: number; to: number } | null } {
  let k = i;
  let possessor: { from: number; to: number } | null = null;
  // ("the Hawks' 12 games": an article before a possessor's name)
  if (lower(tokens[k]) === "the" && tokens[k + 1]?.pos === "PROPN") k++;
  if (DETERMINER.test(lower(tokens[k]))) k++;
  else if (tokens[k]?.pos === "PROPN") {
    let j = k;
    while (tokens[j + 1]?.pos === "PROPN") j++;
    if (/^['’]s?$/.test(tokens[j + 1]?.text ?? "")) {
      possessor = { from: k, to: j };
      k = j + 2;
      // (an apostrophe set apart from its s: "Dayton ’ s")
      if (/^['’]$/.test(tokens[j + 1]!.text) && lower(tokens[k]) === "s") k++;
    }
  }
  if (ORDER.test(lower(tokens[k]))) k++;
  return { next: k, possessor };
}

/** The value is a part of a whole its sentence states after it: "five of Dayton's first eight points". */
export function isPart(sentence: FrameSentence, r: Reading): boolean {
  const { tokens } = sentence;
  if (lower(tokens[r.value.last + 1]) !== "of") return false;
  const { next } = wholeLead(tokens, r.value.last + 2);
  const whole = valueAt(sentence, next);
  return whole !== null && whole !== r.value && whole.first === next;
}

/** The whole of a partitive, with its possessor's tokens (null: none named), or null when the value is none. */
export function wholeOf(sentence: FrameSentence, r: Reading): { possessor: { from: number; to: number } | null } | null {
  const { tokens } = sentence;
  // back over "[first|last]" and "[the|their|Name's]" to "of"
  let k = r.value.first - 1;
  if (ORDER.test(lower(tokens[k]))) k--;
  let possessor: { from: number; to: number } | null = null;
  // (an apostrophe set apart from its s: "Dayton ’ s")
  if (lower(tokens[k]) === "s" && /^['’]$/.test(tokens[k - 1]?.text ?? "")) k--;
  if (DETERMINER.test(lower(tokens[k]))) k--;
  else if (/^['’]s?$/.test(tokens[k]?.text ?? "") && tokens[k - 1]?.pos === "PROPN") {
    const to = k - 1;
    let from = to;
    while (from > 0 && tokens[from - 1]!.pos === "PROPN") from--;
    possessor = { from, to };
    k = from - 1;
    if (lower(tokens[k]) === "the") k--;
  }
  if (lower(tokens[k]) !== "of") return null;
  const part = tokens[k - 1];
  if (!part) return null;
  const partValue = valueAt(sentence, k - 1);
  if (!(partValue && partValue !== r.value && part.pos === "NUM") && !PART_WORDS.test(lower(part))) return null;
  // (the lead read forwards from "of" must land on this value: the two readings agree)
  if (wholeLead(tokens, k + 1).next !== r.value.first) return null;
  return { possessor };
}
