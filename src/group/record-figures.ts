/**
 * The figure of a record someone holds, told as the record's value: "Lutz's school scoring record
 * of 1,904 points", "breaking Ames' rushing record of 4,120", "passed Reyes (1,880) on the career
 * scoring list". The figure is the holder's total of the stat the record counts (scoring: points;
 * rushing: rushing yards), over the span the record is of (a single game's, a season's, else a
 * career's), so two reports that give one holder's record two values tell one figure two ways.
 *
 * Read here, for group/stat-lines.ts (which compares it as a statistic: its holder, its noun, its span):
 *   - "NAME's [words] record of N [noun]": the holder is the possessive's name;
 *   - "NAME (N)" right after a verb of passing ("passed", "overtook", "moved past"), in a sentence
 *     that names a career list or chart of a stat ("on the career scoring chart"): the passed one's total.
 * Must read: "broke Lutz's school scoring record of 1,904 points" → Lutz, point, career; "the
 * single-season rushing record of 1,650 held by" (no possessive) → nothing; "overtook Reyes (1,880)
 * on the career scoring list" → Reyes, point, career. Must not: "a record of 12-3" (a pair), "Lutz's
 * record of 40 wins" with no stat noun known ("wins": no statistic), "passed Reyes (Ohio)" (no figure).
 */
import type { StatLine } from "./stat-lines.js";

/** The stat a record's words name, and its qualifier: "scoring" is points, "rushing" rushing yards. */
const RECORD_STAT: readonly [RegExp, string, string | null][] = [
  [/\bscoring\b|\bpoints?\b/i, "point", null],
  [/\brushing\b/i, "yard", "rushing"],
  [/\bpassing\b/i, "yard", "passing"],
  [/\breceiving\b/i, "yard", "receiving"],
  [/\brebound(?:ing|s)?\b/i, "rebound", null],
  [/\bassists?\b/i, "assist", null],
];

const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*`;
/** "Lutz's school scoring record of ", "Rodney Ames’ career mark of " (a tokenized "Ames ’ s" too). */
const HELD_RECORD = new RegExp(String.raw`(${NAME})\s*(?:'s|’s|'|’|\s’\ss)\s+((?:[\p{L}-]+\s+){0,3})(?:record|mark)\s+of\s+$`, "u");
/** "overtook Reyes (", "moved past Lutz (": a verb of passing, a name, an opening bracket. */
const PASSED = new RegExp(String.raw`\b(?:pass(?:es|ed|ing)?|overt(?:ook|ake|akes|aking|aken)|surpass(?:es|ed|ing)?|(?:moved|moves|moving|climbed|climbs)\s+(?:past|ahead\s+of)|past)\s+(?:[\p{Ll}]+\s+){0,2}(${NAME})\s*\($`, "u");
/** The noun after the figure, when one follows: only a stat noun or nothing. */
const NOUN_AFTER = /^\s+(points|yards|rebounds|assists)\b/i;

function statOfWords(words: string): [string, string | null] | null {
  for (const [re, noun, qualifier] of RECORD_STAT) if (re.test(words)) return [noun, qualifier];
  return null;
}

function spanOfWords(words: string): string {
  if (/\b(?:single[\s-]game|game)\b/i.test(words)) return "game";
  if (/\b(?:single[\s-]season|season)\b/i.test(words)) return "season";
  return "career";
}

/**
 * The statistic a record's figure states (see the header), or null. `before` is the sentence up to
 * the figure, `after` the rest of it, `sentence` the whole.
 */
export function recordFigure(before: string, after: string, sentence: string): StatLine | null {
  const noun = NOUN_AFTER.exec(after);
  // a noun that is no stat ("40 wins") makes the figure something else
  if (noun === null && /^\s+\p{Ll}+/u.test(after) && !/^\s+(?:with|in|on|at|by|for|and|but|set|held|that|which|who|since)\b/i.test(after)) return null;
  const held = HELD_RECORD.exec(before);
  if (held) {
    const stat = statOfWords(`${held[2]!} ${noun?.[1] ?? ""}`);
    if (stat === null) return null;
    return { noun: stat[0], qualifier: stat[1], span: spanOfWords(held[2]!), holder: holderName(held[1]!) };
  }
  const passed = PASSED.exec(before);
  if (passed && /^\s*\)/.test(after) && /\b(?:career|all-time)\b/i.test(sentence)) {
    const stat = statOfWords(sentence);
    if (stat === null) return null;
    return { noun: stat[0], qualifier: stat[1], span: "career", holder: holderName(passed[1]!) };
  }
  return null;
}

/** A name as a holder, without a leading article ("The Owls" → "Owls"). */
function holderName(run: string): string {
  return run.replace(/^(?:The|A|An)\s+/, "").replace(/\s+$/, "");
}
