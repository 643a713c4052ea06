/**
 * The start of a count told as "the Nth … since" a date: "the fifth rescue since June", "this is
 * the fifth rescue by the crew after it was posted to the coast in June". The date is when the
 * count began (a patrol sent, a season opened), and two reports that count the same happenings with
 * the same ordinal from the same month date one start, whatever verb each sentence hangs the date
 * on ("since", "after it was sent … in").
 *
 * Read in the date's sentence, before it: an ordinal ("fifth", "5th"), the words of what is
 * counted after it (up to four, to the first word that is a preposition, a participle or a verb
 * of being), its head the last of them ("anti-smuggling raid" → raid); then either "since" right
 * before the date, in the same clause ("the 5th raid by the cutter since June"), or "after" between the counted words and the date, the date after "in" or
 * "on". Two such dates are one start when their ordinal and head are the same. Only ever lets two
 * claims of one value agree (same-figure.ts): "the fifth raid since June" and "the sixth raid since
 * June", or "the fifth raid" and "the fifth rescue", are not one.
 */
import type { Claim } from "../types.js";
import { oncePerClaim } from "./per-claim.js";
import { wordPlaces } from "./word-places.js";
import { wordTable } from "../values/word-table.js";

const ORDINALS = wordTable<number>({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12,
});

/** Words that end what is counted after an ordinal: prepositions, "since", "after", verbs of being, participles. */
const ENDS_COUNTED = /^(?:since|after|before|in|on|at|by|of|for|to|from|this|that|which|is|was|were|has|had|carried|conducted|made|launched|performed|undertaken|staged)$/;


/** "5 raid" for a date that starts a count of raids told as the fifth (see the header); null for none. */
export const nthSince: (c: Claim) => string | null = oncePerClaim(readStart);

function bare(w: string): string {
  return w.toLowerCase().replace(/^[^\p{L}\d]+|[^\p{L}\d-]+$/gu, "");
}

function ordinalOf(w: string): number | null {
  const b = bare(w);
  const m = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(b);
  return m ? Number(m[1]) : (ORDINALS[b] ?? null);
}

function readStart(c: Claim): string | null {
  if (c.value.type !== "date") return null;
  const places = wordPlaces(c.sentence, c.text);
  if (places.length !== 1) return null;
  const before = c.sentence.slice(0, places[0]);
  const words = before.split(/\s+/).filter((w) => w !== "");
  // the ordinal nearest the date, within thirty words of it
  for (let i = words.length - 1; i >= 0 && i >= words.length - 30; i--) {
    const n = ordinalOf(words[i]!);
    if (n === null) continue;
    const counted: string[] = [];
    let k = i + 1;
    for (; k < words.length && counted.length < 4; k++) {
      const w = bare(words[k]!);
      if (w === "" || ENDS_COUNTED.test(w) || /ed$/.test(w)) break;
      counted.push(w);
    }
    const head = counted.at(-1);
    if (head === undefined || /[,;:]$/.test(words[k - 1] ?? "")) return null;
    const rest = words.slice(k).map(bare);
    // "the fifth raid since June", "the 5th raid by the cutter since June" (in one clause)
    if (rest.at(-1) === "since" && !words.slice(k, -1).some((w) => /[,;:]$/.test(w))) return `${n} ${head}`;
    // "the fifth raid by the crew after it was posted to the coast in June"
    if (rest.includes("after") && (rest.at(-1) === "in" || rest.at(-1) === "on")) return `${n} ${head}`;
    return null;
  }
  return null;
}

/** Two dates that start one count told with one ordinal (see the header). */
export function oneNthSince(a: Claim, b: Claim): boolean {
  const x = nthSince(a);
  return x !== null && x === nthSince(b);
}
