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
import { type Document, parseDocument, visit } from "yaml";
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

/** Front matter larger than this is not parsed (a document is not mostly metadata): a warning, and its lines are masked. */
const MAX_FRONT_MATTER = 64 * 1024;

/** The first line of a YAML mapping: "title: Talks", "'date': 2025-04-19", "# a comment". */
const MAPPING_START = /^(?:#|[\w"'][^:\n]*:(?:[ \t]|$))/m;

/**
 * The aliases of a front matter block as plain data; an error when they expand too far (a
 * "billion laughs" block: nine levels of nine aliases are 387 million values).
 */
function plainData(doc: Document): { data: unknown } | { error: string; offset: number } {
  try {
    return { data: doc.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    let offset = 0;
    visit(doc, {
      Alias(_key, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
    return { error: reason, offset };
  }
}

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
  CLOSE.lastIndex = open[0].length;
  const close = CLOSE.exec(text);
  if (!close) return null;
  const end = close.index + close[0].length;
  const problems: FrontMatter["problems"] = [];
  const at = (offset: number) => ({ offset: open[0].length + offset });
  if (close.index > MAX_FRONT_MATTER) {
    // Metadata this large is not parsed; a block that does not open like a mapping is no front
    // matter at all ("---" as a thematic break, another one far below).
    if (!MAPPING_START.test(text.slice(open[0].length, open[0].length + 1024).replace(/^\s+/, ""))) return null;
    problems.push({ message: `front matter of ${Math.ceil(close.index / 1024)} KB is larger than ${MAX_FRONT_MATTER / 1024} KB; its keys are not read`, offset: 0 });
    return { end, date: null, problems };
  }
  const yaml = text.slice(open[0].length, close.index);
  const doc = parseDocument(yaml, { prettyErrors: false });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    problems.push({ message: `front matter is not valid YAML: ${first.message.split("\n")[0]}`, ...at(first.pos[0]) });
    return { end, date: null, problems };
  }
  const plain = plainData(doc);
  if ("error" in plain) {
    problems.push({ message: `front matter: its aliases expand too far (${plain.error}); ignored`, ...at(plain.offset) });
    return { end, date: null, problems };
  }
  const data: unknown = plain.data;
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
