/**
 * Component 2b — the noun a bare count leaves out, which a figure before it in its sentence names:
 * "Vale led with 13 points, while Moss added 12 for the Hawks" (12 points), "his 14 points bettered
 * his career high of 13" (13 points), "police arrested 12 people and released 3" (3 people). The
 * writer gives the noun once and the later count takes it (needs 2: what each figure counts).
 * Must read those. Must not read a count that names its own noun ("12 people and 3 cars"), a count
 * with a unit ("$5", "40 miles"), a year ("in 2009"), a count before a noun, an adjective or a name
 * ("3 more", "12 Hawks"), a count with no counted figure before it, a figure after another count
 * without a noun ("12 and 3" alone), or a count after a figure with a unit, whose attribute a bare
 * count cannot take ("a deal worth $40 million last summer … lost eight of 10": not money).
 */
import { unitAttribute } from "./counted.js";
import { type FrameComponent, lower } from "./sentence.js";

/** Words a bare count may stand before and still leave its noun out: a preposition, a conjunction, punctuation. */
const AFTER_BARE = /^(?:for|in|on|at|of|to|from|with|by|as|and|or|but|while|off|before|after|against|,|\.|;|:|\)|!|\?|-|—|–)$/;

export const elidedNoun: FrameComponent = (sentence, readings) => {
  const { tokens } = sentence;
  for (const r of readings) {
    if (r.notAClaim || r.counted !== null || r.value.mention.kind !== "quantity") continue;
    const v = r.value.mention.value;
    if (!v || v.type !== "quantity" || v.unit !== "" || v.min === null || v.min !== v.max || !Number.isInteger(v.min)) continue;
    if (!/^(?:\d{1,3}(?:,\d{3})*|\p{Ll}+)$/u.test(r.value.mention.text) || (v.min >= 1900 && v.min <= 2100 && !/,/.test(r.value.mention.text))) continue;
    const next = tokens[r.value.last + 1];
    if (next !== undefined && !AFTER_BARE.test(lower(next))) continue;
    // the nearest figure before it in the sentence, if it counts a noun written after it
    const before = readings.filter((o) => o !== r && !o.notAClaim && o.value.last < r.value.first && o.value.mention.kind === "quantity");
    const last = before.at(-1);
    if (!last || last.counted === null || last.countedAt < 0 || last.countedAt <= last.value.last) continue;
    const lv = last.value.mention.value;
    if (!lv || lv.type !== "quantity" || unitAttribute(lv.unit) !== null) continue;
    r.counted = last.counted;
  }
};
