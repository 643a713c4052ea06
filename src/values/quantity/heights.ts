/**
 * A person's height in feet and inches, one value however it is written: "5-foot-8", "6-foot-2",
 * "5-feet-8 inches", "5 feet 8 inches", "5 ft 10 in". The inches are a part of the height, never a
 * second length nor the upper end of a range of feet ("5-foot-8" is not 5 to 8 feet), and the number
 * after a height's comma starts afresh ("5-foot-8,135 pounds", as a tokenized corpus glues it, is
 * a height and a weight, not 8,135). Value in feet (unit "ft"), so that a height in metres compares.
 */
import type { Mention, QuantityValue } from "../../types.js";
import { execAll } from "../exec-all.js";

/**
 * Feet (3 to 8) and inches (0 to 11). Joined by hyphens the inches may stand alone ("5-foot-8");
 * with spaces they need their unit ("5 feet 8 inches"), since "6 feet 10 more" is no height.
 */
const HEIGHT = /\b([3-8])(?:-(?:foot|feet|ft)-(1[01]|\d)(?![\d.])(?:[- ]?(?:inch(?:es)?|in\.)(?![A-Za-z]))?|\s(?:foot|feet|ft\.?)\s(1[01]|\d)\s?(?:inch(?:es)?|in\.)(?![A-Za-z]))/gi;

/** Before a number: a height's feet and its hyphen, so that the number is the height's inches. */
export const HEIGHT_FEET_BEFORE = /\b[3-8]-(?:foot|feet|ft)-$/i;

/**
 * A height, a comma and the figure of a weight, up to the word "pounds" after it ("5-foot-8, 135
 * pounds", "6 feet 1 inch, 190 pounds"), as a description of a person gives them: the pounds weigh.
 */
export const HEIGHT_THEN_WEIGHT = /\b[3-8](?:-(?:foot|feet|ft)-(?:1[01]|\d)(?:[- ]?(?:inch(?:es)?|in\.))?|\s(?:foot|feet|ft\.?)\s(?:1[01]|\d)\s?(?:inch(?:es)?|in\.))(?:\s+tall)?\s?,\s?\d{2,3}$/i;

export function findHeights(text: string): Mention[] {
  if (!/\d[- ](?:foot|feet|ft)/i.test(text)) return [];
  const out: Mention[] = [];
  for (const m of execAll(HEIGHT, text)) {
    const inches = Number(m[2] ?? m[3]);
    const feet = Number(m[1]);
    const nominal = Math.round((feet + inches / 12) * 1e4) / 1e4;
    const value: QuantityValue = { type: "quantity", min: nominal, max: nominal, unit: "ft", approximate: false, qualifier: null, nominal };
    out.push({ offset: m.index, length: m[0].length, text: m[0], kind: "quantity", value, timex: null, relative: false, pattern: "quantity/height-feet-inches" });
  }
  return out;
}

/**
 * A player's height and weight in the shorthand of sport reports, in parentheses after the name:
 * "(6-2, 215)", "(5-11,220)" — feet and inches joined by a hyphen, then pounds. Two values: the
 * height in feet and the weight in pounds (not the range "5 to 11,220", nor a bare 215). Must match
 * those. Must not match a record or a score ("(11-5)", "(7-9, 3-5 away)"), inches past 11 or feet
 * outside 4 to 7 ("(9-12, 200)"), a weight of other than three digits ("(6-2, 15)"), or the figures
 * outside parentheses ("won 6-2, 215 fans watched").
 */
const SHORT_HEIGHT_WEIGHT = /\(([4-7])-(1[01]|\d),\s?([1-3]\d\d)\)/g;

export function findShortHeightWeights(text: string): Mention[] {
  if (!text.includes("(")) return [];
  const out: Mention[] = [];
  for (const m of execAll(SHORT_HEIGHT_WEIGHT, text)) {
    const feet = Math.round((Number(m[1]) + Number(m[2]) / 12) * 1e4) / 1e4;
    const pounds = Number(m[3]);
    const heightText = `${m[1]}-${m[2]}`;
    const weightAt = m.index + m[0].length - 1 - m[3]!.length;
    const height: QuantityValue = { type: "quantity", min: feet, max: feet, unit: "ft", approximate: false, qualifier: null, nominal: feet };
    const weight: QuantityValue = { type: "quantity", min: pounds, max: pounds, unit: "lb", approximate: false, qualifier: null, nominal: pounds };
    out.push({ offset: m.index + 1, length: heightText.length, text: heightText, kind: "quantity", value: height, timex: null, relative: false, pattern: "quantity/height-weight-shorthand" });
    out.push({ offset: weightAt, length: m[3]!.length, text: m[3]!, kind: "quantity", value: weight, timex: null, relative: false, pattern: "quantity/height-weight-shorthand" });
  }
  return out;
}
