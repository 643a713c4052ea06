/**
 * YAML front matter at the top of a document: where it ends (so extraction skips it) and the
 * document date it states. Owns the `---` block syntax and the date keys; does not decide which
 * date wins over --as-of or a manifest (document-date.ts does).
 *
 *   ---
 *   title: Talks resume
 *   date: 2025-04-19          → date "2025-04-19", dateSource "frontmatter"
 *   ---
 *   Body text …
 */
import { parseDocument } from "yaml";
import type { IsoDay } from "../types.js";

export interface FrontMatter {
  /** [0, end): the whole block including both delimiter lines. */
  end: number;
  date: IsoDay | null;
  /** Problems worth a warning; offset is 0-based into the document text. */
  problems: { message: string; offset: number }[];
}

/** Keys read as the document date, in order of preference. */
export const DATE_KEYS = ["date", "published", "publishDate", "pubDate", "datePublished", "created"] as const;

/** Front matter larger than this is not looked for (a document is not mostly metadata). */
const MAX_FRONT_MATTER = 64 * 1024;

const OPEN = /^---[ \t]*(?:\r\n|\r|\n)/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/gm;

function isoDay(value: unknown): IsoDay | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== "string") return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  return check.getUTCFullYear() === y && check.getUTCMonth() === mo - 1 && check.getUTCDate() === d ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** The front matter of `text`, or null when the text does not open with a `---` line. */
export function readFrontMatter(text: string): FrontMatter | null {
  const open = OPEN.exec(text);
  if (!open) return null;
  const head = text.slice(0, MAX_FRONT_MATTER);
  CLOSE.lastIndex = open[0].length;
  const close = CLOSE.exec(head);
  if (!close) return null;
  const yaml = head.slice(open[0].length, close.index);
  const end = close.index + close[0].length;
  const doc = parseDocument(yaml, { prettyErrors: false });
  const problems: FrontMatter["problems"] = [];
  const at = (offset: number) => ({ offset: open[0].length + offset });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    problems.push({ message: `front matter is not valid YAML: ${first.message.split("\n")[0]}`, ...at(first.pos[0]) });
    return { end, date: null, problems };
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return { end, date: null, problems };
  if (typeof data !== "object" || Array.isArray(data)) {
    // "---\nJust a rule line\n---": not metadata, so not front matter at all
    return null;
  }
  const record = data as Record<string, unknown>;
  for (const key of DATE_KEYS) {
    if (!(key in record)) continue;
    const value = record[key];
    const day = isoDay(value);
    if (day) return { end, date: day, problems };
    const node = doc.get(key, true) as { range?: [number, number, number] } | undefined;
    problems.push({
      message: `front matter ${key}: ${JSON.stringify(value)} is not a YYYY-MM-DD date; ignored`,
      ...at(node?.range?.[0] ?? 0),
    });
    return { end, date: null, problems };
  }
  return { end, date: null, problems };
}
