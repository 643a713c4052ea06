/**
 * The project file `relcheck.yml` in the working directory (written by `relcheck init`). Owns its
 * syntax and checks; paths in it are relative to the file. Read by ingest (document dates) and by
 * `relcheck rules` (which folders hold the project's own rules).
 *
 *   rules:                       # folders of the project's own rules
 *     - relcheck-rules
 *   documents:                   # publication dates of documents, over what their text states
 *     seeds/000_744e97d6b28ddd22.txt: 2025-08-31   → date "2025-08-31", dateSource "manifest"
 *   dates:
 *     paths:                     # more ways to read a date from a file's path (see dates/path-date.ts)
 *       - "archive/{year}/{month}/{day}/*"
 */
import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import { didYouMean } from "../ruleset/did-you-mean.js";
import type { Diagnostic, IsoDay } from "../types.js";
import { compilePathPattern, type PathPattern } from "./dates/path-date.js";
import { INGEST_CODES } from "./ingest-codes.js";

export const CONFIG_FILE = "relcheck.yml";
const KEYS = ["rules", "documents", "dates"] as const;
const DATE_KEYS = ["paths"] as const;

export interface ProjectConfig {
  /** As the user would name it (relative to the working directory). */
  file: string;
  /** Rule folders, relative to the working directory. */
  rules: string[];
  /** Normalized document path → date. */
  documents: Record<string, IsoDay>;
  /** `dates: paths:` — patterns that read a document's date from its path ("archive/{year}/{month}/{day}/*"). */
  datePaths: string[];
}

/** The compiled `dates: paths:` patterns of a project file (none without one). */
export function pathPatternsOf(config: ProjectConfig | null): PathPattern[] {
  return (config?.datePaths ?? []).map((p) => compilePathPattern(p));
}

export interface ConfigResult {
  config: ProjectConfig | null;
  /** Problems located in the file (severity error: the file cannot be used as written). */
  diagnostics: Diagnostic[];
}

function validDay(value: unknown): IsoDay | null {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value) ? value : null;
}

/** "./seeds//000.txt" → "seeds/000.txt", so manifest keys match paths however they were typed. */
export function normalizeDocumentPath(path: string): string {
  return posix.normalize(path.split("\\").join("/")).replace(/^\.\//, "");
}

/** Parse the text of a project file; `file` is used in messages only. */
export function parseProjectConfig(file: string, text: string): ConfigResult {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const diagnostics: Diagnostic[] = [];
  const at = (node: YamlNode | null | undefined) => {
    const p = counter.linePos(node?.range?.[0] ?? 0);
    return { line: p.line, column: p.col };
  };
  const error = (message: string, node?: YamlNode | null) =>
    diagnostics.push({ code: INGEST_CODES.config, severity: "error", message, file, ...at(node) });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const p = counter.linePos(first.pos[0]);
    diagnostics.push({ code: INGEST_CODES.config, severity: "error", message: `invalid YAML: ${first.message.split("\n")[0]}`, file, line: p.line, column: p.col });
    return { config: null, diagnostics };
  }
  const config: ProjectConfig = { file, rules: [], documents: {}, datePaths: [] };
  if (doc.contents === null) return { config, diagnostics };
  if (!isMap(doc.contents)) {
    error("relcheck.yml must be a mapping with the keys rules, documents and dates", doc.contents as YamlNode);
    return { config: null, diagnostics };
  }
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    const value = pair.value as YamlNode | null;
    if (!(KEYS as readonly string[]).includes(key)) {
      const hint = didYouMean(key, KEYS);
      error(`unknown key '${key}'${hint ? ` (did you mean '${hint}'?)` : ""}`, pair.key as YamlNode);
      continue;
    }
    const data: unknown = value === null ? null : (value as { toJSON?: () => unknown }).toJSON?.() ?? null;
    if (key === "rules") {
      const list = data === null ? [] : Array.isArray(data) ? data : [data];
      if (!list.every((d): d is string => typeof d === "string" && d !== "")) {
        error("rules must be a list of folder names", value);
        continue;
      }
      config.rules = list.map((d) => normalizeDocumentPath(d));
    } else if (key === "dates") {
      if (data === null) continue;
      if (!isMap(value)) {
        error("dates must be a mapping, e.g. dates: { paths: [\"archive/{year}/{month}/{day}/*\"] }", value);
        continue;
      }
      for (const entry of value.items) {
        const sub = isScalar(entry.key) ? String(entry.key.value) : "";
        if (!(DATE_KEYS as readonly string[]).includes(sub)) {
          const hint = didYouMean(sub, DATE_KEYS);
          error(`unknown key 'dates.${sub}'${hint ? ` (did you mean '${hint}'?)` : ""}`, entry.key as YamlNode);
          continue;
        }
        const node = entry.value as YamlNode | null;
        const items = isSeq(node) ? node.items : node === null ? [] : [node];
        for (const item of items) {
          const pattern = isScalar(item) && typeof item.value === "string" ? item.value : null;
          if (pattern === null || pattern === "") {
            error("dates.paths must be a list of path patterns such as \"archive/{year}/{month}/{day}/*\"", item as YamlNode);
            continue;
          }
          try {
            compilePathPattern(pattern);
            config.datePaths.push(pattern);
          } catch (problem) {
            error(`dates.paths: '${pattern}': ${(problem as Error).message}`, item as YamlNode);
          }
        }
      }
    } else if (data !== null) {
      if (!isMap(value)) {
        error("documents must map each document path to its date (path: YYYY-MM-DD)", value);
        continue;
      }
      for (const entry of value.items) {
        const path = isScalar(entry.key) ? String(entry.key.value) : "";
        const raw = isScalar(entry.value) ? entry.value.value : null;
        const day = validDay(raw instanceof Date ? raw.toISOString().slice(0, 10) : raw);
        if (!path || !day) {
          error(`documents: '${path}' needs a date written YYYY-MM-DD (got ${JSON.stringify(raw)})`, (entry.value ?? entry.key) as YamlNode);
          continue;
        }
        config.documents[normalizeDocumentPath(path)] = day;
      }
    }
  }
  return { config: diagnostics.length > 0 ? null : config, diagnostics };
}

/** relcheck.yml in `cwd`, if there is one. */
export function readProjectConfig(cwd: string): ConfigResult {
  const path = join(cwd, CONFIG_FILE);
  if (!existsSync(path)) return { config: null, diagnostics: [] };
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === "EISDIR" ? "is a directory" : (error as Error).message;
    return { config: null, diagnostics: [{ code: INGEST_CODES.config, severity: "error", message: `cannot read: ${why}`, file: CONFIG_FILE }] };
  }
  return parseProjectConfig(CONFIG_FILE, text);
}
