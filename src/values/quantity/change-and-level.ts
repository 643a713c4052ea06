/**
 * "X to Y" that is no range: a change and the level it reached. Markets, prices, polls and
 * tallies are told as a move and where it ended, "the index fell 2.4% to 9,120", "the shares rose
 * by $1.20 to $45.30", "the Kelso index climbed 120 to 10,340", "was up 3.1% to 2,210" — two
 * figures of two kinds (how far it moved, where it stands), which read as one range would agree
 * with any figure between them ("2.4% to 9,120" holding every percentage a report could give).
 *
 * Read so:
 * - anywhere, a low end written with its own unit of measure (a percentage, a length) before a
 *   high end with none is no range: the two ends are not of one kind ("2.4% to 9,120"; "2-3%" and
 *   "2 to 3 percent", the unit told once for both, stay ranges, as does "$10-15", a currency told
 *   once for both);
 * - after a verb or adverb of change ("rose", "fell", "dropped", "climbed", "gained", "lost", "up",
 *   "down" …, with "by" or a qualifier between), "X to Y" is a change and a level when X is written
 *   with its own unit or currency ("rose $1.20 to $45.30"), or when Y is far larger than X, as a
 *   level is than a move ("climbed 120 to 10,340"). "fell 2 to 3 percent", "rose 5 to 10 points"
 *   stay ranges of the change.
 * A range told with its opener ("from 5% to 9%", "between 2 and 40") is read by the range itself.
 */

/** One end of "X to Y" as the quantity reader found it. */
export interface RangeEnd {
  value: number;
  /** Its unit or currency code, "" when none is written at it. */
  unit: string;
  currency: boolean;
}

/**
 * A verb or adverb of change right before the low end, with "by", "nearly", "about" … between:
 * "fell 2.4%", "has risen by 3%", "was down about 2%", "climbing some 120".
 */
const CHANGE_BEFORE = new RegExp(
  String.raw`\b(?:r(?:ose|isen|ises?|ising)|f(?:ell|allen|alls?|alling)|drop(?:s|ped|ping)?|climb(?:s|ed|ing)?|gain(?:s|ed|ing)?|los(?:t|es?|ing)|slip(?:s|ped|ping)?|sl(?:id|ides?|iding)|jump(?:s|ed|ing)?|surg(?:e|es|ed|ing)|plung(?:e|es|ed|ing)|tumbl(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|add(?:s|ed|ing)?|shed(?:s|ding)?|s(?:ank|unk|inks?|inking)|soar(?:s|ed|ing)?|advanc(?:e|es|ed|ing)|retreat(?:s|ed|ing)?|gr(?:ew|own|ows?|owing)|dip(?:s|ped|ping)?|slump(?:s|ed|ing)?|rebound(?:s|ed|ing)?|up|down)` +
    String.raw`(?:\s+by)?(?:\s+(?:nearly|almost|about|around|roughly|some|just|over|more\s+than|less\s+than|another|a\s+further))?\s+$`,
  "i",
);

/** How many times the move a level is at least, told with no unit at the move ("climbed 120 to 10,340"). */
const LEVEL_OVER_BARE_MOVE = 10;
/** The same where the move states its unit ("rose $1.20 to $45.30"; not "lost $5 million to $10 million"). */
const LEVEL_OVER_STATED_MOVE = 5;

/** Whether the ends are of two kinds: a unit of measure at the low end, none at the high one. */
export function endsOfTwoKinds(low: RangeEnd, high: RangeEnd): boolean {
  return low.unit !== "" && !low.currency && high.unit === "";
}

/**
 * Whether "low to high" is a change and a level rather than a range. `before` is the text before
 * the low end (its clause's words), `link` the word that joins the ends ("to", "-", "or", "and"),
 * `opened` whether "from" or "between" opens the range.
 */
export function changeAndLevel(before: string, low: RangeEnd, high: RangeEnd, link: string, opened: boolean): boolean {
  if (opened || link !== "to") return false;
  if (endsOfTwoKinds(low, high)) return true;
  if (!CHANGE_BEFORE.test(before.slice(-40))) return false;
  if (low.value <= 0) return false;
  if (low.unit !== "") return high.value > low.value * LEVEL_OVER_STATED_MOVE || high.unit === "";
  return high.value > low.value * LEVEL_OVER_BARE_MOVE;
}
