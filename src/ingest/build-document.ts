/**
 * One decoded text → a SourceDocument: line index, front matter (date and masked block), and
 * masks for Markdown or HTML markup, chosen by extension or, for HTML saved as .txt, by content.
 */
import type { Diagnostic, SourceDocument } from "../types.js";
import { readHeader } from "./dates/header-date.js";
import { htmlDate } from "./dates/html-date.js";
import { inferDate } from "./dates/inferred-date.js";
import type { Decoded } from "./decode-bytes.js";
import { readFrontMatter } from "./front-matter.js";
import { htmlMask } from "./html-mask.js";
import { INGEST_CODES } from "./ingest-codes.js";
import { lineStarts, position } from "./line-index.js";
import { markdownMask } from "./markdown-mask.js";
import { mergeRanges, type Range } from "./mask-ranges.js";

export type Markup = "html" | "markdown" | "text";

/** By extension, or by content for HTML saved as .txt ("<!DOCTYPE html>…"). */
export function markupOf(path: string, text: string): Markup {
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  if (ext === "html" || ext === "htm" || ext === "xhtml") return "html";
  if (ext === "md" || ext === "markdown" || ext === "mdown" || ext === "mkd") return "markdown";
  if (/^\s*(?:<!doctype html|<html[\s>])/i.test(text.slice(0, 1024))) return "html";
  return "text";
}

/**
 * One decoded text → the SourceDocument fields ingest owns, plus front-matter warnings. `year`: the
 * year of a dateline that gives none, as the document's story tells it (group/story-years.ts).
 */
export function buildDocument(path: string, sha256: string, decoded: Decoded, year?: number): { document: SourceDocument; diagnostics: Diagnostic[] } {
  const { text, encoding } = decoded;
  const starts = lineStarts(text);
  const diagnostics: Diagnostic[] = [];
  const front = readFrontMatter(text);
  const masks: Range[] = [];
  if (front) {
    masks.push([0, front.end]);
    for (const p of front.problems) {
      const { line, column } = position(starts, p.offset);
      diagnostics.push({ code: INGEST_CODES.frontMatter, severity: "warning", message: p.message, file: path, line, column });
    }
  }
  const body = front?.end ?? 0;
  const markup = markupOf(path, text);
  // NOTE: loops, not push(...ranges): a big file has more ranges than a call has arguments
  if (markup === "html") for (const [s, e] of htmlMask(text.slice(body))) masks.push([s + body, e + body]);
  if (markup === "markdown") for (const range of markdownMask(text, starts, body)) masks.push(range);
  // What the document says of itself: metadata in its markup, then its top lines. The lines it
  // reads there (address, publication line, dateline) are masked, whichever date wins.
  const markupMasks = mergeRanges(masks);
  const fromMarkup = markup === "html" ? htmlDate(text) : null;
  const header = readHeader(text, markupMasks, body, {
    inferred: () => inferDate(text, markupMasks, undefined, { pastYears: true })?.date ?? null,
    // without the years told in the past tense the text's dates give none: those years are bounds
    inferredIsBound: () => inferDate(text, markupMasks) === null,
    ...(year !== undefined ? { year } : {}),
  });
  for (const range of header.masks) masks.push(range);
  const masked = header.masks.length > 0 ? mergeRanges(masks) : markupMasks;
  const stated = front?.date
    ? { date: front.date, dateSource: "frontmatter" as const }
    : fromMarkup
      ? { date: fromMarkup.date, dateSource: "html-meta" as const, dateConfidence: fromMarkup.confidence }
      : header.stated
        ? { date: header.stated.date, dateSource: header.stated.source, dateConfidence: header.stated.confidence, ...(header.stated.until ? { dateUntil: header.stated.until } : {}) }
        : { date: null, dateSource: null };
  const document: SourceDocument = {
    path,
    text,
    sha256,
    ...stated,
    lineStarts: starts,
    encoding,
    ...(masked.length > 0 ? { masked } : {}),
    ...(stated.date === null && header.yearless ? { yearless: header.yearless } : {}),
  };
  return { document, diagnostics };
}
