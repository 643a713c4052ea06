/**
 * The period of play a figure of a game is told in: "a 9-0 run in the second half", "with 3:12
 * left in the third quarter", "a first-half spurt", "in overtime". Two figures of one game that
 * name two periods are two moments of it (a run in the first half and a run in the second half
 * are two runs, whatever their numbers); a figure that names none is not parted by it (unknown is
 * not equal, nor different).
 *
 * Read in the words after the figure up to the end of its clause ("a 7-0 run in the first half
 * that …", "4:43 to play in the first half") and, failing that, the words right before it ("a
 * second-half 11-2 run", "early in the second half, a 9-0 run"). A period named elsewhere in the
 * sentence (another clause) is not the figure's.
 */
import type { Claim } from "../types.js";
import { placeWhere } from "./stat-lines.js";

const ORDINAL: Readonly<Record<string, string>> = {
  first: "1", "1st": "1", second: "2", "2nd": "2", third: "3", "3rd": "3", fourth: "4", "4th": "4",
};

/** "first half", "second-half", "the 3rd quarter", "final period" is left out (which one it is depends on the game). */
const PERIOD = /\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(half|quarter|period)\b|\b(overtime|extra\s+time)\b/gi;

/** The period a text names once, as "half 1", "quarter 3", "overtime"; null when it names none or two. */
function periodIn(words: string): string | null {
  const found = new Set<string>();
  for (const m of words.matchAll(PERIOD)) {
    if (m[3] !== undefined) found.add("overtime");
    else found.add(`${m[2]!.toLowerCase()} ${ORDINAL[m[1]!.toLowerCase()]!}`);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * The period a claim's figure is told in (see the header), or null when its clause names none.
 * Must read: "a 9-0 run in the second half" → half 2; "with 3:12 left in the third quarter" →
 * quarter 3; "a second-half 11-2 run" → half 2; "a 6-0 burst in overtime" → overtime. Must not:
 * "a 9-0 run, and in the second half they led by 20" (another clause) → null; "a 9-0 run" → null.
 */
export function periodOf(c: Claim): string | null {
  const at = placeWhere(c.sentence, c.text, /^/);
  if (at < 0) return null;
  const after = c.sentence.slice(at + c.text.length).split(/[;!?(]|[,:.](?!\d)|\b(?:but|while|before|after|as|when)\b/)[0] ?? "";
  const own = periodIn(after);
  if (own !== null) return own;
  const before = c.sentence.slice(0, at).split(/[;!?)]|[,:.](?!\d)/).at(-1) ?? "";
  return periodIn(before.split(/\b(?:and|but|while|before|after|as|when)\b/).at(-1) ?? "");
}

/** Whether two claims name two different periods of play (both named, and not one). */
export function periodsApart(a: Claim, b: Claim): boolean {
  const [x, y] = [periodOf(a), periodOf(b)];
  return x !== null && y !== null && x !== y;
}
