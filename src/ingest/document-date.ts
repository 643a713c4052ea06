/**
 * The date of each document, which relative expressions ("four years ago", "in late August") are
 * resolved against. In order of preference:
 *   1. the document's own statement: YAML front matter `date:` (set by read-documents) or a sources
 *      manifest entry (dateSource "frontmatter" / "manifest");
 *   2. `--as-of` (dateSource "flag");
 *   3. inferred: the latest explicit, non-relative date the text states ("May 30, 2025" →
 *      2025-05-30; a month or part counts at its end, a bare year at its start), moved forward to the end of the latest month the text names without a
 *      year when that month comes later in the same year ("In July, Dar visited Kabul" in a text
 *      whose latest explicit date is April 2025 was written after July 2025).
 * Inferred dates are marked as such in the report, so a reader knows to check them.
 */
import type { IsoDay, Mention, SourceDocument } from "../types.js";
import { findMentions } from "../values/index.js";

/** A plausible year range for inference: not "the year 3000" of a prophecy, nor a citation. */
const MIN_YEAR = 1800;

function endOfMonth(year: number, month: number): IsoDay {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(last).padStart(2, "0")}`;
}

export function inferDate(text: string, mentions: readonly Mention[] = findMentions(text, { asOf: null })): IsoDay | null {
  let latest: IsoDay | null = null;
  for (const m of mentions) {
    if (m.relative || !m.value || (m.kind !== "date" && m.kind !== "range")) continue;
    if (m.value.type === "quantity") continue;
    if (m.value.granularity === "decade" || m.value.granularity === "century") continue;
    if (Number(m.value.end.slice(0, 4)) < MIN_YEAR) continue;
    // "In 2025" does not say the year is over; "in late April 2025" says April is.
    const point = m.value.granularity === "year" ? m.value.start : m.value.end;
    if (!latest || point > latest) latest = point;
  }
  if (!latest) return null;
  const year = Number(latest.slice(0, 4));
  for (const m of mentions) {
    const month = /^XXXX-(\d\d)$/.exec(m.timex?.value ?? "")?.[1];
    if (!month) continue;
    const end = endOfMonth(year, Number(month));
    if (end > latest) latest = end;
  }
  return latest;
}

export function assignDates(documents: readonly SourceDocument[], asOf: IsoDay | null): SourceDocument[] {
  return documents.map((doc) => {
    if (doc.date && doc.dateSource) return doc;
    if (asOf) return { ...doc, date: asOf, dateSource: "flag" };
    const inferred = inferDate(doc.text);
    return inferred ? { ...doc, date: inferred, dateSource: "inferred" } : { ...doc, date: null, dateSource: null };
  });
}
