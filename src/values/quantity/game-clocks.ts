/**
 * A game clock: the time left in a period of play, as sport reports tell the moment of a play —
 * "with 4:12 left", "3:05 to play in the half", "with 0:40 remaining", "11:20 to go", "at the 6:30
 * mark of the third quarter". It is no time of day ("4:12 p.m.") and no duration spent: two reports
 * of one game that give one play the same clock tell one moment, and a clock compares only with
 * clocks (its own unit).
 *
 * The value (types.ts QuantityValue): unit "game-clock", min = max = nominal = the seconds left
 * (4:12 → 252), counted "game clock". The period it is left in ("in the first half") is read by
 * group/game-periods.ts from the clause.
 *
 * Must read: "with 4:12 left", "3:05 to play", "11:20 to go", "with 0:40 remaining", "at the 6:30
 * mark". Must not: "at 4:12 p.m.", "4:12 a.m.", "won in 4:12" (a finishing time), "a 3:05 mile", a
 * score or a ratio written with a colon ("a 2:1 ratio"), minutes past 59 ("4:75").
 */
import type { Mention } from "../../types.js";
import { execAll } from "../exec-all.js";

/** Minutes (0–59), a colon, seconds (00–59), then words of time left; or "the M:SS mark". */
const CLOCK = /(?<![\d:.,])(?:(?<m>[1-5]?\d):(?<s>[0-5]\d)(?:\.\d)?(?=\s+(?:left|remaining|to\s+play|to\s+go)\b)|(?<=\bthe\s)(?<m2>[1-5]?\d):(?<s2>[0-5]\d)(?=\s+mark\b))/g;

/** Game clocks of a text, as quantity mentions of the seconds left (see the header). */
export function findGameClocks(text: string): Mention[] {
  if (!/\d:\d\d/.test(text)) return [];
  const out: Mention[] = [];
  for (const m of execAll(CLOCK, text)) {
    const g = m.groups!;
    const seconds = Number(g["m"] ?? g["m2"]) * 60 + Number(g["s"] ?? g["s2"]);
    out.push({
      offset: m.index, length: m[0].length, text: m[0], kind: "quantity",
      value: { type: "quantity", min: seconds, max: seconds, unit: "game-clock", approximate: false, qualifier: null, nominal: seconds },
      timex: null, relative: false, pattern: "quantity/game-clock", counted: "game clock",
    });
  }
  return out;
}
