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
 * Inferred dates are marked as such in the report, so a reader knows to check them. Inference
 * reads only the lines that can hold a date (a digit or a month's name, see datingBlocks) and only
 * the temporal grammar: a cheap pass, not the whole value layer over the whole text.
 */
import type { IsoDay, Mention, SourceDocument } from "../types.js";
import { layeredMentions } from "../values/index.js";
import { MONTH_ABBR, MONTH_FULL } from "../values/temporal/lexicon.js";

/** A plausible year range for inference: not "the year 3000" of a prophecy, nor a citation. */
const MIN_YEAR = 1800;

function endOfMonth(year: number, month: number): IsoDay {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(last).padStart(2, "0")}`;
}

/** What an explicit date or a month named without a year cannot do without: a digit or a month's name. */
const DATE_KEY = new RegExp(`\\d|\\b(?:${MONTH_FULL}|${MONTH_ABBR})`, "g");

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

function lineStartAt(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && !isLineBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Just past the line break that ends the line holding `pos` (or the end of the text). */
function nextLineStart(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && !isLineBreak(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) return i + 2;
  return Math.min(text.length, i + 1);
}

/**
 * The blocks of lines worth reading for a date: each line that holds a digit or a month's name,
 * with one line either side, since an expression may be wrapped ("March\n2025"). Most prose lines
 * of an archive hold neither and are passed over.
 */
export function datingBlocks(text: string): [number, number][] {
  const blocks: [number, number][] = [];
  const key = new RegExp(DATE_KEY.source, DATE_KEY.flags);
  for (let m = key.exec(text); m; m = key.exec(text)) {
    const lineStart = lineStartAt(text, m.index);
    const start = lineStart > 0 ? lineStartAt(text, lineStart - 1) : 0;
    const lineEnd = nextLineStart(text, m.index);
    const end = nextLineStart(text, lineEnd);
    const last = blocks[blocks.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else blocks.push([start, end]);
    key.lastIndex = lineEnd;
  }
  return blocks;
}

/**
 * The expressions inference reads: temporal expressions (with the non-claim spans that rule some
 * out, such as citation years) in the blocks that can hold a date. Quantities never change a date,
 * so their grammar does not run.
 */
export function datingMentions(text: string): Mention[] {
  return datingBlocks(text).flatMap(([start, end]) => layeredMentions(text.slice(start, end), { asOf: null }).withoutQuantities());
}

export function inferDate(text: string, mentions: readonly Mention[] = datingMentions(text)): IsoDay | null {
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
