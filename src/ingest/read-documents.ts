/**
 * ingest: paths → SourceDocument[]. Owns the per-file decisions: skip binaries and files too
 * large, decode, count byte-identical files once, date documents from relcheck.yml. Reading is in
 * read-bytes.ts, decoding in decode-bytes.ts, markup and front matter in build-document.ts. Every
 * file-level problem is a warning Diagnostic and the run goes on; only missing paths, a broken
 * relcheck.yml and "nothing readable at all" stop it. Does not own dates beyond front matter and
 * relcheck.yml (document-date.ts), nor anything about claims.
 */
import { createHash } from "node:crypto";
import { relative, resolve } from "node:path";
import { UserError } from "../errors.js";
import type { Diagnostic, IsoDay, SourceDocument } from "../types.js";
import { buildDocument } from "./build-document.js";
import { decodeBytes, type Decoded } from "./decode-bytes.js";
import { INGEST_CODES } from "./ingest-codes.js";
import { withManifestDate } from "./manifest.js";
import { normalizeDocumentPath, readProjectConfig, type ProjectConfig } from "./project-config.js";
import { ownReportFormat } from "./own-report.js";
import { classifyBytes, describeReadError, readFileBounded, type FileBytes } from "./read-bytes.js";
import { expandInputs, type WalkOptions } from "./walk-inputs.js";

export { buildDocument, markupOf } from "./build-document.js";
export { readFileBounded, type FileBytes } from "./read-bytes.js";
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
  /** How folders are walked (links, ignore rules). */
  walk?: WalkOptions;
}

/** Decode bytes: UTF-8 with or without BOM, UTF-16 LE/BE, else Windows-1252 (see decode-bytes.ts). */
export function decode(bytes: Uint8Array): Decoded {
  return decodeBytes(bytes);
}

/** 268435456 → "256 MB", 5000 → "5 KB" */
function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Messages leave the file name to the `file` field; reporters print "file: message". */
function warning(code: string, file: string, message: string): Diagnostic {
  return { code, severity: "warning", message, file };
}

/** The project file (found upward from `cwd`, or `explicit`), or a one-line UserError naming its first problem. */
export function projectConfig(cwd: string, explicit?: string): ProjectConfig | null {
  const { config, diagnostics } = readProjectConfig(cwd, explicit);
  const first = diagnostics[0];
  if (first) throw new UserError(first.message, first.file, first.line, first.column);
  return config;
}

/** The date relcheck.yml gives an input path, if any. */
export function configDateOf(config: ProjectConfig | null, path: string, cwd: string): IsoDay | null {
  if (!config) return null;
  return config.documents[normalizeDocumentPath(relative(config.dir, resolve(cwd, path)))] ?? null;
}

/** relcheck.yml's date for a document wins over what the text states of itself; front matter wins over it. */
function withConfigDate(doc: SourceDocument, config: ProjectConfig | null, cwd: string): SourceDocument {
  if (!config || doc.dateSource === "frontmatter") return doc;
  const date = configDateOf(config, doc.path, cwd);
  return date ? withManifestDate(doc, date) : doc;
}

/** One input's bytes with their sha256, or the warning that says why it was passed over. */
export type InputBytes = { kind: "bytes"; bytes: Uint8Array; sha256: string } | { kind: "skipped"; diagnostic: Diagnostic };

/**
 * One file's bytes (or the bytes `given` for it: standard input). A file found by walking (`walked`) that is a report relcheck wrote itself is
 * passed over with a note; a file the user named is always read.
 */
export function readInput(path: string, cwd: string, options: ReadOptions = {}, walked = false, given?: Uint8Array): InputBytes {
  const readFile = options.readFile ?? readFileBounded;
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  let got: FileBytes;
  try {
    got = given ? classifyBytes(given, maxBytes) : readFile(resolve(cwd, path), maxBytes);
  } catch (error) {
    return { kind: "skipped", diagnostic: warning(INGEST_CODES.unreadable, path, `cannot read: ${describeReadError(error)}; skipped`) };
  }
  if (got.kind === "binary") return { kind: "skipped", diagnostic: warning(INGEST_CODES.binary, path, `binary file (${got.what}); skipped`) };
  if (got.kind === "too-large") {
    return { kind: "skipped", diagnostic: warning(INGEST_CODES.tooLarge, path, `${size(got.size)} is over the ${size(maxBytes)} limit; skipped`) };
  }
  const report = walked ? ownReportFormat(got.bytes) : null;
  if (report) {
    const diagnostic: Diagnostic = { code: INGEST_CODES.ownReport, severity: "note", message: `a ${report} report written by relcheck; skipped (name it to read it)`, file: path };
    return { kind: "skipped", diagnostic };
  }
  return { kind: "bytes", bytes: got.bytes, sha256: createHash("sha256").update(got.bytes).digest("hex") };
}

/**
 * Bytes → the document, with the warnings of decoding and front matter; dated by relcheck.yml when
 * the text states no date. `year`: the year its story gives a dateline that states none.
 */
export function documentOf(path: string, input: { bytes: Uint8Array; sha256: string }, config: ProjectConfig | null, cwd: string, year?: number): ReadResult {
  const diagnostics: Diagnostic[] = [];
  const decoded = decodeBytes(input.bytes);
  if (decoded.warning) diagnostics.push(warning(INGEST_CODES.encoding, path, decoded.warning));
  const built = buildDocument(path, input.sha256, decoded, year);
  for (const d of built.diagnostics) diagnostics.push(d);
  return { documents: [withConfigDate(built.document, config, cwd)], diagnostics };
}

export function duplicateWarning(path: string, firstPath: string): Diagnostic {
  return warning(INGEST_CODES.duplicate, path, `same content as ${firstPath}; counted once`);
}

/** Every input was passed over: say why for the first, in one line. */
export function nothingReadable(diagnostics: readonly Diagnostic[]): UserError | null {
  const first = diagnostics[0];
  if (!first) return null;
  const more = diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more problem${diagnostics.length > 2 ? "s" : ""})` : "";
  return new UserError(`${first.message} — no readable text input left${more}`, first.file);
}

export function readDocuments(paths: readonly string[], cwd: string, options: ReadOptions & { config?: ProjectConfig | null } = {}): ReadResult {
  const config = options.config !== undefined ? options.config : projectConfig(cwd);
  const { files, named, diagnostics } = expandInputs(paths, cwd, options.walk);
  const documents: SourceDocument[] = [];
  const bySha = new Map<string, { document: SourceDocument; duplicates: string[] }>();
  for (const path of files) {
    const input = readInput(path, cwd, options, !named.has(path));
    if (input.kind === "skipped") {
      diagnostics.push(input.diagnostic);
      continue;
    }
    const first = bySha.get(input.sha256);
    if (first) {
      // Checked before decoding: a copy is never decoded.
      first.duplicates.push(path);
      diagnostics.push(duplicateWarning(path, first.document.path));
      continue;
    }
    const read = documentOf(path, input, config, cwd);
    for (const d of read.diagnostics) diagnostics.push(d);
    const document = read.documents[0]!;
    bySha.set(input.sha256, { document, duplicates: [] });
    documents.push(document);
  }
  for (const [, entry] of bySha) {
    if (entry.duplicates.length === 0) continue;
    const index = documents.indexOf(entry.document);
    documents[index] = { ...entry.document, duplicates: entry.duplicates };
  }
  const none = documents.length === 0 ? nothingReadable(diagnostics) : null;
  if (none) throw none;
  return { documents, diagnostics };
}
