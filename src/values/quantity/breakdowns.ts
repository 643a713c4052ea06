/**
 * Breakdowns of a stated total: "40 seats, including North ward-12, East ward-9 and the river
 * district-7", "1,200 delegates: Lakeside county-450, Hill county-380". Each "<name>-<number>" of
 * such a list is a count of the total's own noun within that name's share (seats of North ward),
 * so it is a quantity of its own, counting what the total counts.
 *
 * A number glued to a word by a hyphen is otherwise a label ("F-16", "SAT-3", "post-2021"), and
 * most such numbers stay so. A list item is read as a share only when all of these hold:
 *   - at least two items in a row, each a name that starts with a capital and holds a lower-case
 *     letter ("Akhal province", never "SAT" or "F"), a hyphen or dash, and a number that ends
 *     the item (a comma, a semicolon, "and" or the sentence's end follows);
 *   - the same sentence states before the list a count of a plural noun ("40 seats") at least as
 *     large as the items added up: the list divides that total, it does not name models.
 *
 * Must match: "125 districts will be set up, including Harbour city-15, Vale province-20" (15 and
 * 20 districts); "600 posts are split as follows: Port region-250, Inland region-350." (250, 350).
 * Must not match: "the F-16, F-15 and F-35 fleets" (no lower-case name); "Mi-8 and Ka-52 helicopters"
 * (no total before); "30 jets including Yak-40 and Tu-154" (items add up past the total);
 * "Gate-4" alone (one item); "won 3-1 against Leeds-United" (no list of names and numbers).
 */
import type { Mention } from "../../types.js";

/** Cheap test for a text that may hold an item: a lower-case letter, a hyphen or dash, a digit. */
const MAY_HOLD = /\p{Ll}[ \t]?[-–][ \t]?\d/u;

/**
 * One item: a name (a capitalized word and up to two more words) glued by a hyphen or a dash to a
 * number that ends the item.
 */
const ITEM =
  /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}'’.]*(?:[ \t][\p{L}'’.]+){0,2}?)[ \t]?[-–][ \t]?(\d{1,3}(?:,\d{3})+|\d{1,6})(?![\p{L}\p{N}]|[.,]\d)/gu;

/** What may stand between two items of one list. */
const BETWEEN = /^(?:[ \t]*[,;][ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)$/;

/** What may follow the last item: a comma, a semicolon, a full stop, "and", a bracket or the end. */
const AFTER_LAST = /^(?:[ \t]*(?:[,;.)]|and\b)|\s*$)/;

/** A stated total before the list: a number, up to two words, a plural noun ("125 electoral districts"). */
const TOTAL = /(?<![\p{L}\p{N}.,-])(\d{1,3}(?:,\d{3})+|\d{1,6})[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}?(\p{Ll}{3,}s)\b/gu;

/** Where the sentence that holds `at` begins: after the last full stop, question or exclamation mark and space, or line break. */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    const ch = text.charCodeAt(i);
    if (ch === 10) return i + 1;
    if ((ch === 32 || ch === 9) && /[.!?]/.test(text.charAt(i - 1)) && !/\d/.test(text.charAt(i + 1) || "")) return i + 1;
  }
  return 0;
}

const numberOf = (s: string): number => Number(s.replace(/,/g, ""));

/** The shares of every breakdown list of `text`, as quantity mentions counting the total's noun. */
export function findBreakdowns(text: string): Mention[] {
  if (!MAY_HOLD.test(text)) return [];
  const items = [...text.matchAll(ITEM)].filter((m) => /\p{Ll}/u.test(m[1]!) && m[1]!.replace(/[^\p{L}]/gu, "").length > 2);
  const out: Mention[] = [];
  let k = 0;
  while (k < items.length) {
    // the longest run of items that follow one another
    let j = k;
    while (j + 1 < items.length && BETWEEN.test(text.slice(items[j]!.index! + items[j]![0].length, items[j + 1]!.index!))) j++;
    const run = items.slice(k, j + 1);
    k = j + 1;
    const last = run[run.length - 1]!;
    if (run.length < 2 || !AFTER_LAST.test(text.slice(last.index! + last[0].length, last.index! + last[0].length + 8))) continue;
    const first = run[0]!.index!;
    const sum = run.reduce((s, m) => s + numberOf(m[2]!), 0);
    const lead = text.slice(sentenceStart(text, first), first);
    const totals = [...lead.matchAll(TOTAL)].filter((m) => numberOf(m[1]!) >= sum);
    const total = totals[totals.length - 1];
    if (!total) continue;
    for (const m of run) {
      const digits = m[2]!;
      const offset = m.index! + m[0].length - digits.length;
      const n = numberOf(digits);
      out.push({
        offset,
        length: digits.length,
        text: digits,
        kind: "quantity",
        value: { type: "quantity", min: n, max: n, unit: "", approximate: false, qualifier: null, nominal: n },
        timex: null,
        relative: false,
        pattern: "quantity/breakdown",
        counted: total[2]!,
      });
    }
  }
  return out;
}

/** The name a breakdown share belongs to, read back from its number: "Akhal province-15" → "Akhal province". */
export function shareName(text: string, offset: number): string | null {
  const m = /(\p{Lu}[\p{L}'’.]*(?:[ \t][\p{L}'’.]+){0,2}?)[ \t]?[-–][ \t]?$/u.exec(text.slice(Math.max(0, offset - 60), offset));
  return m ? m[1]! : null;
}
