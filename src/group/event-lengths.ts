/**
 * The length of one named kind of event, told as a modifier ("a three-day trial", "a two-week
 * strike") or as the event's duration ("the trial was set for May 4, with a duration of three
 * days", "a strike lasting two weeks"): two reports of one story that give the same length of the
 * same kind of event tell one figure, whatever verbs carry it ("set", "penciled in", "called").
 * Only ever lets one figure agree with itself (same-figure.ts toldAsOne).
 *
 * Must be one: "a three-day trial was penciled in" / "a trial date was set, with a duration of
 * three days"; "a two-week strike" / "a strike lasting two weeks".
 * Must not: "a three-day trial" / "a three-day festival" (two kinds of event); "three days" after
 * the trial ("three days after the trial", no length of it); "a three-day trial" / "a four-day
 * trial" (two figures: toldAsOne asks for the same value first).
 */
import type { Claim } from "../types.js";
import { soleWordAt } from "./word-places.js";

/** Kinds of event whose length news gives. */
const EVENT = "trial|hearing|retrial|inquest|inquiry|strike|walkout|siege|visit|tour|trip|summit|conference|festival|ban|suspension|ceasefire|truce|curfew|lockdown|shutdown|outage|closure|blockade|standoff|stand-off|manhunt|search";
const TIME = "(?:days?|weeks?|months?|hours?|years?|nights?)";

/** "(-)day trial", "-week strike", "day trial hearing": the event right after the length. */
const EVENT_AFTER = new RegExp(`^[\\s-]*${TIME}?[\\s-]*(?:long\\s+)?(?:\\p{L}+\\s+)??(${EVENT})\\b`, "iu");
/** "a trial date was set for May 4, with a duration of", "a strike lasting", "the trial is expected to last": the event before the length. */
const EVENT_BEFORE = new RegExp(`\\b(${EVENT})\\b[^.;:!?]{0,80}\\b(?:with\\s+a\\s+duration\\s+of|lasting|to\\s+last|lasted|lasts|will\\s+last|running\\s+for)\\s+(?:about\\s+|some\\s+|nearly\\s+|up\\s+to\\s+)?$`, "iu");

/** The kind of event a length of time is the length of, lower-cased; null for none. */
export function eventLengthOf(c: Claim): string | null {
  const v = c.value;
  if (v.type !== "quantity" || !new RegExp(`^${TIME}$`, "i").test(v.unit)) return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  const m = EVENT_AFTER.exec(c.sentence.slice(at + c.text.length)) ?? EVENT_BEFORE.exec(c.sentence.slice(Math.max(0, at - 160), at));
  return m ? m[1]!.toLowerCase().replace("-", "") : null;
}

/** Two lengths of one kind of event (see the header; the same value is asked by the caller). */
export function oneEventLength(a: Claim, b: Claim): boolean {
  const e = eventLengthOf(a);
  return e !== null && e === eventLengthOf(b);
}
