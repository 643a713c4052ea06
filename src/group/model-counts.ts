/**
 * Counts of a model: a figure before a model's name ("seven AK-47s", "7 AK-47 rifles", "12 AK 47
 * guns", "three 747s") counts things of that model, whatever noun follows the name or none
 * (extract/frames/model-names.ts). Such a count is compared under the model's key as its unit
 * (occurrence-topics.ts unitOf), so "seven AK-47s" and "seven AK-47 assault rifles" are one count,
 * "12 AK 47 guns" and "seven AK-47 rifles" two figures of one, and none of them is set against
 * "three other rifles" or "nine assault rifles" told beside them (a count of other rifles, or of
 * all rifles, is not a count of one model).
 * Must be "ak47": "seven AK-47s were seized", "7 AK-47 rifles". Must be null: "seven rifles",
 * "the AK-47 he carried" (no figure before it), "five G7 leaders".
 */
import type { Claim } from "../types.js";
import { modelAfter } from "../extract/frames/model-names.js";
import { soleWordAt } from "./word-places.js";

/** The model a quantity counts, by the words after its figure; null when none is named there. */
export function modelOf(c: Claim): string | null {
  if (c.value.type !== "quantity") return null;
  const at = soleWordAt(c.sentence, c.text);
  if (at < 0) return null;
  return modelAfter(c.sentence.slice(at + c.text.length));
}
