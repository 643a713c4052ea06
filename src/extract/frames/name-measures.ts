/**
 * A person's measures in parentheses right after the name, as sport reports give a player's size:
 * "Tom Adder (6-1, 215)", "Adder (6-foot-1, 215 pounds) spent two years …", "Ames (5-11/190)". The
 * parenthesis holds nothing but figures, their units and separators; the figures are the named
 * person's (participant role "holder", holder.ts) and complete no verb of the sentence (no
 * predicate, predicate.ts): "Keld promoted reserve forward Tom Adder (6-1, 215)" tells 215 of
 * Adder, not of "promoted".
 * Must match those. Must not match a parenthesis that holds words ("Adder (who weighs 215)"), one
 * after a word in lower case ("the ferry (44 metres)", "a loss (2-14)"), a count after a name with
 * no parenthesis ("Adder, 215 pounds"), nor a year or a record after a name ("the Owls (2-9)": a
 * team's record is no measure: only a size or a weight is read here).
 */
import type { TaggedToken } from "../../types.js";
import type { Reading } from "./sentence.js";

/** What a person's size may be counted as: a weight, a height (read as a length or a distance). */
const SIZES = new Set(["weight", "height", "length", "distance"]);

/** Words of a size's units, inside the parenthesis. */
const UNIT = /^(?:foot|feet|ft|inch|inches|in|cm|m|pounds?|lbs?|kg|kilos?|stone|st)\.?$/i;

/** A token that may stand inside a parenthesis of measures: a figure, a separator, a unit ("5-11,220", "foot-11"). */
function measureToken(t: TaggedToken): boolean {
  if (t.pos === "NUM" || /^[,/-]$/.test(t.text) || /^[\d,/.-]+$/.test(t.text)) return true;
  return UNIT.test(t.text) || /^(?:feet|foot|ft)-\d+$/i.test(t.text);
}

/**
 * The token span [start, end] of the name before the parenthesis of measures that holds a reading's
 * value, or null (see the header).
 */
export function nameBeforeMeasures(tokens: readonly TaggedToken[], r: Reading): [number, number] | null {
  if (r.counted === null || !SIZES.has(r.counted)) return null;
  let open = r.value.first - 1;
  while (open >= 0 && tokens[open]!.text !== "(") {
    if (!measureToken(tokens[open]!)) return null;
    open--;
  }
  let close = r.value.last + 1;
  while (close < tokens.length && tokens[close]!.text !== ")") {
    if (!measureToken(tokens[close]!)) return null;
    close++;
  }
  if (open < 1 || close >= tokens.length) return null;
  const end = open - 1;
  let start = end;
  while (start >= 0 && tokens[start]!.pos === "PROPN" && /^\p{Lu}/u.test(tokens[start]!.text)) start--;
  return start === end ? null : [start + 1, end];
}
