/**
 * The value layer: every temporal expression and quantity in a text, normalized.
 * Shared by `relcheck mentions` and by the scan pipeline (extract takes its values from here).
 *
 * Order matters (NOTE): non-claim spans (citations, section numbers, identifiers, version labels)
 * are found first and win over anything they overlap, so "(Rashid, 2010a)" never yields a year
 * and "0009-0005-3697-6034" never yields numbers. Then temporal expressions win over quantities
 * they overlap ("9/11" is a date, "1997" in "in 1997" is a year, not a count).
 */
import type { Mention, MentionOptions } from "../types.js";
import { findNoise } from "./noise/index.js";
import { findQuantities } from "./quantity/index.js";
import { findTemporal } from "./temporal/index.js";

function overlaps(a: Mention, b: Mention): boolean {
  return a.offset < b.offset + b.length && b.offset < a.offset + a.length;
}

/** Keep `candidates` that overlap nothing in `taken`; returns the union, sorted. */
function addUnlessOverlapping(taken: Mention[], candidates: readonly Mention[]): Mention[] {
  const out = [...taken];
  for (const m of candidates) if (!taken.some((t) => overlaps(t, m))) out.push(m);
  return out.sort(byPosition);
}

export function byPosition(a: Mention, b: Mention): number {
  return a.offset - b.offset || b.length - a.length || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);
}

export function findMentions(text: string, options: MentionOptions): Mention[] {
  let mentions = findNoise(text).sort(byPosition);
  mentions = addUnlessOverlapping(mentions, findTemporal(text, options));
  mentions = addUnlessOverlapping(mentions, findQuantities(text));
  return mentions;
}

/** Kinds whose values claims can be built on. */
export const VALUE_KINDS = new Set(["date", "range", "quantity"]);
