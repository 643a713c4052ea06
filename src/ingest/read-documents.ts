/**
 * ingest: paths → SourceDocument[]. Owns path expansion, reading, decoding and line indexes.
 * Does not own document dates (document-date.ts) or anything about claims.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import fg from "fast-glob";
import { UserError } from "../errors.js";
import type { Diagnostic, SourceDocument } from "../types.js";
import { lineStarts } from "./line-index.js";

/** File extensions read when a directory is given. */
export const TEXT_EXTENSIONS = ["txt", "text", "md", "markdown", "html", "htm"] as const;

export interface ReadResult {
  documents: SourceDocument[];
  diagnostics: Diagnostic[];
}

function toPosix(path: string): string {
  return path.split("\\").join("/");
}

/** Expand files, directories and globs into a sorted, de-duplicated list of file paths. */
export function expandPaths(paths: readonly string[], cwd: string): string[] {
  const out = new Set<string>();
  for (const raw of paths) {
    const path = toPosix(raw);
    let stat;
    try {
      stat = statSync(resolve(cwd, path));
    } catch {
      stat = null;
    }
    if (stat?.isDirectory()) {
      const base = path.replace(/\/+$/, "");
      const found = fg.sync(`${fg.escapePath(base)}/**/*.{${TEXT_EXTENSIONS.join(",")}}`, {
        cwd,
        dot: false,
        onlyFiles: true,
        followSymbolicLinks: true,
        caseSensitiveMatch: false,
      });
      if (found.length === 0) throw new UserError(`${raw}: no text files (${TEXT_EXTENSIONS.join(", ")}) in this directory`);
      for (const f of found) out.add(f);
    } else if (stat?.isFile()) {
      out.add(path);
    } else if (fg.isDynamicPattern(path)) {
      const found = fg.sync(path, { cwd, onlyFiles: true, followSymbolicLinks: true });
      if (found.length === 0) throw new UserError(`${raw}: the pattern matches no file`);
      for (const f of found) out.add(f);
    } else {
      throw new UserError(`${raw}: no such file or directory`);
    }
  }
  return [...out].sort();
}

/** Decode bytes: UTF-8 with or without BOM. */
export function decode(bytes: Uint8Array): { text: string; encoding: string } {
  let text = new TextDecoder("utf-8").decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, encoding: "utf-8" };
}

export function readDocuments(paths: readonly string[], cwd: string): ReadResult {
  const files = expandPaths(paths, cwd);
  const documents: SourceDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const path of files) {
    const bytes = readFileSync(resolve(cwd, path));
    const { text, encoding } = decode(bytes);
    documents.push({
      path,
      text,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      date: null,
      dateSource: null,
      lineStarts: lineStarts(text),
      encoding,
    });
  }
  return { documents, diagnostics };
}
