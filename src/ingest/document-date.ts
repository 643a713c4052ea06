/**
 * The date of each document, which relative expressions ("four years ago", "in late August") and
 * implied time frames are resolved against. In order of preference:
 *   1. what the user states: YAML front matter `date:` (read by build-document), a `--manifest`
 *      or relcheck.yml entry (dateSource "frontmatter" / "manifest");
 *   2. what the document states (read by build-document, dates/): HTML metadata ("html-meta"), a
 *      dateline or publication line at its top ("dateline"), the date in its address line ("url");
 *   3. a date in its file path ("path", dates/path-date.ts);
 *   4. `--as-of` ("flag");
 *   5. inferred from the dates its text mentions ("inferred", dates/inferred-date.ts).
 * Dates relcheck read or guessed itself carry a confidence (DateConfidence); a document that
 * gives none of these stays undated, and its relative expressions stay unresolved.
 */
import type { DateConfidence, DateSource, IsoDay, SourceDocument } from "../types.js";
import { type InferredDate, inferDate } from "./dates/inferred-date.js";
import { type PathPattern, pathDate } from "./dates/path-date.js";

export { datingBlocks, datingMentions, inferDate } from "./dates/inferred-date.js";
export { compilePathPattern, type PathPattern, pathDate } from "./dates/path-date.js";

/** The sources a document's own text or its user states: --as-of, the path and inference come after them. */
const STATED: ReadonlySet<DateSource> = new Set(["frontmatter", "manifest", "html-meta", "dateline", "url"]);

/** `doc` with its date from `source` (a confidence only for dates relcheck read or guessed). */
export function withDate(doc: SourceDocument, date: IsoDay | null, source: DateSource | null, confidence?: DateConfidence): SourceDocument {
  const { dateConfidence: _, dateUntil: __, ...rest } = doc;
  return { ...rest, date, dateSource: date ? source : null, ...(date && confidence ? { dateConfidence: confidence } : {}) };
}

export interface DatingOptions {
  /** --as-of: the date of documents that state none. */
  asOf: IsoDay | null;
  /** relcheck.yml `dates: paths:` patterns, tried before the default path dates. */
  pathPatterns?: readonly PathPattern[];
}

export function assignDates(documents: readonly SourceDocument[], options: DatingOptions | IsoDay | null): SourceDocument[] {
  const { asOf, pathPatterns = [] } = typeof options === "object" && options !== null ? options : { asOf: options };
  return documents.map((doc) => {
    if (doc.date && doc.dateSource && STATED.has(doc.dateSource)) return doc;
    const fromPath = pathDate(doc.path, pathPatterns);
    if (fromPath) return withDate(doc, fromPath.date, "path", fromPath.confidence);
    if (asOf) return withDate(doc, asOf, "flag");
    const inferred: InferredDate | null = inferDate(doc.text, doc.masked ?? []);
    return inferred ? withDate(doc, inferred.date, "inferred", inferred.confidence) : withDate(doc, null, null);
  });
}
