/**
 * The year of a dateline that gives none, from the document's story. A wire report dated "Dec. 24"
 * or "APR 28", with no year in its address nor in its text, is undated on its own (ingest reads
 * the month and day: SourceDocument.yearless); a reader of the folder takes the year from the
 * other reports of the same events, which were written within days of it. So: the documents are
 * grouped into stories (stories.ts), and a yearless document whose story holds documents dated by
 * their own text, path or user (not inferred) gets the one year in which its month and day lie
 * within NEAR_DAYS of one of their dates. None when no dated document lies that near, or when two
 * years would do (a story spanning more than a year): no date is made up without that evidence.
 * The document is then read again with that year (pipeline.ts redateFromStories), so its relative
 * days ("on Sunday", "today") resolve as in its dated neighbours.
 *
 * Owns choosing the year; does not own reading the dateline nor reading the document again.
 */
import type { IsoDay } from "../types.js";
import { dayNumber } from "../values/intervals.js";
import { isValidDay, iso } from "../values/temporal/calendar.js";
import { type StoryDocument, buildStories } from "./stories.js";

/** How near a dated document of the story the month and day must lie, in days. */
export const NEAR_DAYS = 14;

/** Date sources that a document's own text, path or user state (as stories.ts reads them). */
export const OWN_SOURCES: ReadonlySet<string> = new Set(["frontmatter", "manifest", "html-meta", "dateline", "url", "path"]);

export interface YearlessDocument extends StoryDocument {
  yearless?: { month: number; day: number };
}

/** The day, or null where it does not exist in that year (29 February of a common year). */
function isoOf(year: number, month: number, day: number): IsoDay | null {
  return isValidDay(year, month, day) ? iso(year, month, day) : null;
}

/** Path → the year its story gives its yearless dateline, for each undated document that has one. */
export function storyYears(documents: readonly YearlessDocument[]): Map<string, number> {
  const years = new Map<string, number>();
  if (!documents.some((d) => d.date === null && d.yearless)) return years;
  const byPath = new Map(documents.map((d) => [d.path, d] as const));
  for (const story of buildStories(documents)) {
    const members = story.documents.map((p) => byPath.get(p)!);
    const dated = members.filter((d) => d.date !== null && OWN_SOURCES.has(d.dateSource ?? ""));
    if (dated.length === 0) continue;
    for (const d of members) {
      if (d.date !== null || !d.yearless) continue;
      const { month, day } = d.yearless;
      const fits = new Set<number>();
      for (const other of dated) {
        const y = Number(other.date!.slice(0, 4));
        for (const year of [y - 1, y, y + 1]) {
          const iso = isoOf(year, month, day);
          if (iso && Math.abs(dayNumber(iso) - dayNumber(other.date!)) <= NEAR_DAYS) fits.add(year);
        }
      }
      if (fits.size === 1) years.set(d.path, [...fits][0]!);
    }
  }
  return years;
}
