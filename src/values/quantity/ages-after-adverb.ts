/**
 * Ages told after "both" or an adverb of time, as an apposition or an opening phrase: "The pilots,
 * both 44, were unhurt", "Ada Rusk, now 63, said", "the driver, then 19, fled", "Then 70, the
 * author moved abroad", "Now 58, she runs the farm". Each number is the age of the persons the
 * phrase is said of, as "Kowal, 63," is (ages.ts). The number must close its phrase with a comma
 * (or a stop, a semicolon, a parenthesis): "both 44 and 45 were numbers", "then 70 more arrived",
 * "now 63 percent" are no ages. An opening "Then 70," or "Now 58," must start a sentence and be
 * followed by who it is said of (a pronoun, a determiner and a noun, or a name).
 */
import { execAll } from "../exec-all.js";

/** What may stand before the number in an apposition: "both", and adverbs of time or degree. */
const ADVERB = "both|now|then|still|already|only|just|barely";
/** ", both 44,", ", now 63.", ", then 19;" — the word before the comma is read by the caller. */
const APPOSED = new RegExp(String.raw`,[ \t]+(${ADVERB})[ \t]+(\d{1,3})(?=[ \t]*(?:[,;)](?!\d)|\.(?!\d)|$))`, "gm");
/** "Then 70, the author", "Now 58, she", "Then 67, Felt": at a sentence's start. */
const OPENING = new RegExp(
  String.raw`(?:^|[.!?]["'”’]?[ \t]+|;[ \t]+)(?:Then|Now|Still|Already|Only|Just|Barely)[ \t]+(\d{1,3}),[ \t]+(?=(?:he|she|they|the|a|an|his|her|their)[ \t]|\p{Lu}\p{Ll})`,
  "gmu",
);

export interface AdverbAge {
  start: number;
  end: number;
  value: number;
  /** The offset of the comma before an apposition ("Hakim, both 51,"), where the caller reads who it is said of; null for an opening phrase. */
  comma: number | null;
  /** Told after "both": of two persons, whatever noun names them ("The pilots, both 44,"). */
  both: boolean;
}

/** The ages told after "both" or an adverb in `text`, in order of position. */
export function findAdverbAges(text: string): AdverbAge[] {
  const out: AdverbAge[] = [];
  for (const m of execAll(APPOSED, text)) {
    const start = m.index + m[0].length - m[2]!.length;
    out.push({ start, end: start + m[2]!.length, value: Number(m[2]), comma: m.index, both: m[1] === "both" });
  }
  for (const m of execAll(OPENING, text)) {
    const start = m.index + m[0].lastIndexOf(`${m[1]!},`);
    out.push({ start, end: start + m[1]!.length, value: Number(m[1]), comma: null, both: false });
  }
  return out.sort((a, b) => a.start - b.start);
}
