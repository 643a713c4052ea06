/**
 * Shares of a breakdown ("125 districts, including Harbour city-15, Vale province-20"; the value
 * layer reads them, values/quantity/breakdowns.ts): each share counts what its total counts, with
 * the total's verb, and belongs to the name written before it, its holder ("Vale province": a place
 * or a party). The list's other names are not participants of one share; its own name is.
 *
 * Runs after participants (it replaces what they read for a share) and before modality, which
 * reads the predicate.
 */
import type { Participant } from "../../types.js";
import { shareName } from "../../values/quantity/breakdowns.js";
import type { FrameComponent, Reading } from "./sentence.js";

const isShare = (r: Reading): boolean => r.value.mention.pattern === "quantity/breakdown";

/** A name of the list with its share's number, which the participants component reads as a place of the sentence. */
const others = (p: Participant): boolean => p.role === "place" && /[-–]\s?\d/.test(p.text);

export const share: FrameComponent = (sentence, readings) => {
  if (!readings.some(isShare)) return;
  for (const r of readings) {
    if (r.notAClaim || !isShare(r)) continue;
    // the total: the last count before the list of the noun the shares count
    const total = readings.filter((o) => !isShare(o) && o.value.last < r.value.first && o.counted !== null && o.counted === r.counted).pop();
    const name = shareName(sentence.text, r.value.mention.offset);
    // (its holder, not a place: the names of a breakdown are parallel shares, never one inside another)
    const own: Participant[] = name ? [{ role: "holder", text: name, key: name.toLowerCase() }] : [];
    if (total) {
      r.predicate = total.predicate;
      r.tally = total.tally;
      r.attribution = total.attribution;
    }
    r.participants = [...own, ...(total ?? r).participants.filter((p) => !others(p))];
    // (nor are they the total's: the total is the whole of them)
    if (total) total.participants = total.participants.filter((p) => !others(p));
  }
};
