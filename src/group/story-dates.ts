/**
 * The date of a document that states none at all, from its story. A copy of a wire report taken
 * from a web page often keeps no dateline, no date in its address and no date in its text: on its
 * own its relative days ("on Saturday", "Tuesday morning") stay unresolved. A reader who holds it
 * beside other reports of the same events reads "Saturday" as the Saturday they all tell of, as if
 * it were written when most of them were. So: the documents are grouped into stories (stories.ts),
 * and a document with no date (and no dateline giving a month and a day: story-years.ts owns those)
 * whose story holds at least MIN_DATED documents dated by their own text, path or user (not
 * inferred) takes the day on which most of them were written — only when more than half of them
 * give that one day. A story whose reports spread over many days, or split between two, gives
 * none: no date is made up without that evidence. The document is then read again with that day
 * (pipeline.ts redateFromStories), as dateSource "story"; what is read against that day (its
 * relative days, the periods its figures imply) is a reader's inference, so none of its claims
 * contradicts another (judge.ts), and the day is no reporting day of its figures (group.ts
 * reportingDays).
 *
 * Owns choosing the day; does not own reading the document again.
 */
import type { IsoDay } from "../types.js";
import { OWN_SOURCES } from "./story-years.js";
import { buildStories, type StoryDocument } from "./stories.js";

/** How many documents of its story must state their own dates before one is lent. */
export const MIN_DATED = 2;

export interface UndatedDocument extends StoryDocument {
  /** A dateline with a month and a day but no year (story-years.ts gives those a year instead). */
  yearless?: { month: number; day: number };
}

/** The day more than half of the dates fall on, or null. */
function majorityDay(days: readonly IsoDay[]): IsoDay | null {
  const counts = new Map<IsoDay, number>();
  for (const d of days) counts.set(d, (counts.get(d) ?? 0) + 1);
  for (const [day, n] of counts) if (n * 2 > days.length) return day;
  return null;
}

/** Path → the day its story lends it, for each document that states no date at all. */
export function storyDays(documents: readonly UndatedDocument[]): Map<string, IsoDay> {
  const days = new Map<string, IsoDay>();
  if (!documents.some((d) => d.date === null && !d.yearless)) return days;
  if (documents.filter((d) => d.date !== null && OWN_SOURCES.has(d.dateSource ?? "")).length < MIN_DATED) return days;
  const byPath = new Map(documents.map((d) => [d.path, d] as const));
  for (const story of buildStories(documents)) {
    const members = story.documents.map((p) => byPath.get(p)!);
    const dated = members.filter((d) => d.date !== null && OWN_SOURCES.has(d.dateSource ?? "")).map((d) => d.date!);
    if (dated.length < MIN_DATED) continue;
    const day = majorityDay(dated);
    if (day === null) continue;
    for (const d of members) if (d.date === null && !d.yearless) days.set(d.path, day);
  }
  return days;
}
