/**
 * An operation on the body, told as "operation" with the part or the kind of surgery before it: "a
 * heart operation", "another cardiac operation", "her second knee operation", "a bypass
 * operation". Such an operation is surgery ("had surgery", "underwent heart surgery"), the happening
 * a date beside it tells (date-happening.ts), not a bare "operation", which says only that
 * something happened. A bare "operation", or one qualified by
 * anything else ("a rescue operation", "a police operation", "a sting operation"), is not read.
 */
import type { TaggedToken } from "../../types.js";

/** Parts of the body and kinds of surgery that qualify an operation as surgery. */
const ON_THE_BODY = /^(?:heart|cardiac|open-heart|bypass|brain|spinal|spine|back|neck|knee|hip|shoulder|elbow|ankle|wrist|foot|hand|eye|cataract|kidney|liver|lung|stomach|bowel|colon|prostate|cancer|tumou?r|hernia|gall-bladder|gallbladder|appendix|transplant|surgical)$/i;

/** "surgery" when the token at k is "operation(s)" qualified by a part of the body right before it; null otherwise. */
export function medicalOperation(tokens: readonly TaggedToken[], k: number): string | null {
  const t = tokens[k];
  if (!t || !/^operations?$/i.test(t.text)) return null;
  return ON_THE_BODY.test(tokens[k - 1]?.text ?? "") ? "surgery" : null;
}
