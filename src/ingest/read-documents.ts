/**
 * ingest: paths → SourceDocument[]. Owns reading and the per-file decisions: skip binaries,
 * decode (encoding-detection in decode-bytes.ts), count byte-identical files once, read front
 * matter and the dates relcheck.yml gives, mask markup (Markdown, HTML) and index lines. Every file-level problem is a warning
 * Diagnostic and the run goes on; only "nothing readable at all" and missing paths are errors.
 * Does not own document dates beyond front matter (document-date.ts) or anything about claims.
 */
import { createHash } from "node:crypto";
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { UserError } from "../errors.js";
import type { Diagnostic, SourceDocument } from "../types.js";
import { decodeBytes, sniffBom, sniffUtf16, type Decoded } from "./decode-bytes.js";
import { readFrontMatter } from "./front-matter.js";
import { htmlMask } from "./html-mask.js";
import { INGEST_CODES } from "./ingest-codes.js";
import { lineStarts, position } from "./line-index.js";
import { markdownMask } from "./markdown-mask.js";
import { mergeRanges, type Range } from "./mask-ranges.js";
import { normalizeDocumentPath, readProjectConfig, type ProjectConfig } from "./project-config.js";
import { SNIFF_BYTES, sniffBinary } from "./sniff-binary.js";
import { expandInputs } from "./walk-inputs.js";

export { TEXT_EXTENSIONS } from "./walk-inputs.js";

export interface ReadResult {
  documents: SourceDocument[];
  diagnostics: Diagnostic[];
}

/** Files larger than this are skipped with a warning, so memory stays bounded (V8 strings top out near 512 M characters). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

export interface ReadOptions {
  /** Read a file's bytes; tests replace it to simulate I/O errors. Default: the file system, bounded by maxBytes. */
  readFile?: (absolutePath: string, maxBytes: number) => FileBytes;
  maxBytes?: number;
}

/** The head is enough to decide "binary"; the whole is read only when it is text and small enough. */
export type FileBytes = { kind: "bytes"; bytes: Uint8Array } | { kind: "binary"; what: string } | { kind: "too-large"; size: number };

/** Expand files, directories and globs into a sorted, de-duplicated list of file paths. */
export function expandPaths(paths: readonly string[], cwd: string): string[] {
  return expandInputs(paths, cwd).files;
}

/** Decode bytes: UTF-8 with or without BOM, UTF-16 LE/BE, else Windows-1252 (see decode-bytes.ts). */
export function decode(bytes: Uint8Array): Decoded {
  return decodeBytes(bytes);
}

/** Up to `length` bytes from the current position; fewer only at the end of the file. */
function readUpTo(fd: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, buffer, got, length - got, null);
    if (n === 0) break;
    got += n;
  }
  return buffer.subarray(0, got);
}

/**
 * Default file reader: the 8 KB head first (binary files are never read whole), then the rest
 * until the end of the file, never more than maxBytes. Reads to the end rather than trusting the
 * size stat reports, which is 0 for /proc files and may change while a file grows.
 */
export function readFileBounded(absolutePath: string, maxBytes: number): FileBytes {
  const fd = openSync(absolutePath, "r");
  try {
    const head = readUpTo(fd, SNIFF_BYTES);
    if (sniffBom(head) === null && sniffUtf16(head) === null) {
      const what = sniffBinary(head);
      if (what) return { kind: "binary", what };
    }
    const size = fstatSync(fd).size;
    if (Math.max(size, head.length) > maxBytes) return { kind: "too-large", size: Math.max(size, head.length) };
    if (head.length < SNIFF_BYTES) return { kind: "bytes", bytes: head };
    // One buffer of the stated size, filled in place; anything past it (a growing file) appended.
    const whole = Buffer.alloc(Math.max(size, head.length));
    head.copy(whole);
    let total = head.length;
    while (total < whole.length) {
      const n = readSync(fd, whole, total, whole.length - total, null);
      if (n === 0) break;
      total += n;
    }
    const chunks: Buffer[] = [whole.subarray(0, total)];
    for (let more = readUpTo(fd, 1 << 16); more.length > 0; more = readUpTo(fd, 1 << 16)) {
      chunks.push(more);
      total += more.length;
      if (total > maxBytes) return { kind: "too-large", size: total };
    }
    return { kind: "bytes", bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total) };
  } finally {
    closeSync(fd);
  }
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  if (code === "ENOENT") return "disappeared while reading";
  if (code === "EIO") return "input/output error";
  return error instanceof Error ? error.message : String(error);
}

type Markup = "html" | "markdown" | "text";

/** By extension, or by content for HTML saved as .txt ("<!DOCTYPE html>…"). */
export function markupOf(path: string, text: string): Markup {
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  if (ext === "html" || ext === "htm" || ext === "xhtml") return "html";
  if (ext === "md" || ext === "markdown" || ext === "mdown" || ext === "mkd") return "markdown";
  if (/^\s*(?:<!doctype html|<html[\s>])/i.test(text.slice(0, 1024))) return "html";
  return "text";
}

/** One decoded text → the SourceDocument fields ingest owns, plus front-matter warnings. */
export function buildDocument(path: string, sha256: string, decoded: Decoded): { document: SourceDocument; diagnostics: Diagnostic[] } {
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
  const masked = mergeRanges(masks);
  const document: SourceDocument = {
    path,
    text,
    sha256,
    date: front?.date ?? null,
    dateSource: front?.date ? "frontmatter" : null,
    lineStarts: starts,
    encoding,
    ...(masked.length > 0 ? { masked } : {}),
  };
  return { document, diagnostics };
}

/** Messages leave the file name to the `file` field; reporters print "file: message". */
function warning(code: string, file: string, message: string): Diagnostic {
  return { code, severity: "warning", message, file };
}

/** relcheck.yml in the working directory, or a one-line UserError naming its first problem. */
function projectConfig(cwd: string): ProjectConfig | null {
  const { config, diagnostics } = readProjectConfig(cwd);
  const first = diagnostics[0];
  if (first) throw new UserError(first.message, first.file, first.line, first.column);
  return config;
}

/** A document that states no date of its own takes the one relcheck.yml gives it. */
function withManifestDate(doc: SourceDocument, config: ProjectConfig | null, cwd: string): SourceDocument {
  if (!config || doc.date) return doc;
  const key = normalizeDocumentPath(isAbsolute(doc.path) ? relative(cwd, doc.path) : doc.path);
  const date = config.documents[key];
  return date ? { ...doc, date, dateSource: "manifest" } : doc;
}

export function readDocuments(paths: readonly string[], cwd: string, options: ReadOptions = {}): ReadResult {
  const config = projectConfig(cwd);
  const { files, diagnostics } = expandInputs(paths, cwd);
  const readFile = options.readFile ?? readFileBounded;
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  const documents: SourceDocument[] = [];
  const bySha = new Map<string, { document: SourceDocument; duplicates: string[] }>();
  for (const path of files) {
    let got: FileBytes;
    try {
      got = readFile(resolve(cwd, path), maxBytes);
    } catch (error) {
      diagnostics.push(warning(INGEST_CODES.unreadable, path, `cannot read: ${describeReadError(error)}; skipped`));
      continue;
    }
    if (got.kind === "binary") {
      diagnostics.push(warning(INGEST_CODES.binary, path, `binary file (${got.what}); skipped`));
      continue;
    }
    if (got.kind === "too-large") {
      const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
      diagnostics.push(warning(INGEST_CODES.tooLarge, path, `${mb(got.size)} is over the ${mb(maxBytes)} limit; skipped`));
      continue;
    }
    const sha256 = createHash("sha256").update(got.bytes).digest("hex");
    const first = bySha.get(sha256);
    if (first) {
      first.duplicates.push(path);
      diagnostics.push(warning(INGEST_CODES.duplicate, path, `same content as ${first.document.path}; counted once`));
      continue;
    }
    const decoded = decodeBytes(got.bytes);
    if (decoded.warning) diagnostics.push(warning(INGEST_CODES.encoding, path, decoded.warning));
    const built = buildDocument(path, sha256, decoded);
    diagnostics.push(...built.diagnostics);
    const document = withManifestDate(built.document, config, cwd);
    bySha.set(sha256, { document, duplicates: [] });
    documents.push(document);
  }
  for (const [, entry] of bySha) {
    if (entry.duplicates.length === 0) continue;
    const index = documents.indexOf(entry.document);
    documents[index] = { ...entry.document, duplicates: entry.duplicates };
  }
  const first = diagnostics[0];
  if (documents.length === 0 && first) {
    // Every input was passed over: say why for the first, in one line.
    const more = diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more problem${diagnostics.length > 2 ? "s" : ""})` : "";
    throw new UserError(`${first.message} — no readable text input left${more}`, first.file);
  }
  return { documents, diagnostics };
}
