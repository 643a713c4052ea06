/**
 * The project file `relcheck.yml` (or `.relcheck.yml`), written by `relcheck init`. Owns where it
 * is found, its syntax and its checks. Found in the working folder or the nearest folder above it,
 * up to the repository root (a folder holding .git), or named with --config; paths in it are
 * relative to the file. Read by ingest (document dates), `relcheck scan` (rule folders and rule
 * severities) and `relcheck rules` (which folders hold the project's own rules).
 *
 *   rules:                       # folders of the project's own rules
 *     - relcheck-rules
 *   severity:                    # per rule: off, note, warning or error
 *     fatalities: warning
 *   documents:                   # publication dates of documents, over what their text states
 *     seeds/000_744e97d6b28ddd22.txt: 2025-08-31   → date "2025-08-31", dateSource "manifest"
 *   dates:
 *     paths:                     # more ways to read a date from a file's path (see dates/path-date.ts)
 *       - "archive/{year}/{month}/{day}/*"
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, posix, relative, resolve, sep } from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import { didYouMean } from "../ruleset/did-you-mean.js";
import type { Diagnostic, IsoDay } from "../types.js";
import { compilePathPattern, type PathPattern } from "./dates/path-date.js";
import { INGEST_CODES } from "./ingest-codes.js";

/** The names a project file may have, in the order they are looked for in each folder. */
export const CONFIG_FILES = ["relcheck.yml", ".relcheck.yml"] as const;
export const CONFIG_FILE = CONFIG_FILES[0];
const KEYS = ["rules", "severity", "documents", "dates"] as const;
const DATE_KEYS = ["paths"] as const;

/** What a rule's findings count as: `off` drops the rule; the others are SARIF levels (see report/levels.ts). */
export const RULE_SEVERITIES = ["off", "note", "warning", "error"] as const;
export type RuleSeverity = (typeof RULE_SEVERITIES)[number];

export interface ProjectConfig {
  /** As the user would name it (relative to the working folder, or absolute). */
  file: string;
  /** The absolute folder holding it: its paths are relative to this. */
  dir: string;
  /** Rule folders as written (relative to `dir`). */
  rules: string[];
  /** Rule id → severity, with where it was written (for errors about unknown ids). */
  severity: Record<string, { level: RuleSeverity; line: number; column: number }>;
  /** Normalized document path (relative to `dir`) → date. */
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

/** Parse the text of a project file; `file` is used in messages, `dir` is the folder its paths are relative to. */
export function parseProjectConfig(file: string, text: string, dir = "."): ConfigResult {
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
  const config: ProjectConfig = { file, dir, rules: [], severity: {}, documents: {}, datePaths: [] };
  if (doc.contents === null) return { config, diagnostics };
  if (!isMap(doc.contents)) {
    error(`a project file must be a mapping with the keys ${KEYS.join(", ")}`, doc.contents as YamlNode);
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
        const hint = isMap(value) ? "; rule severities go under 'severity:'" : "";
        error(`rules must be a list of folder names${hint}`, value);
        continue;
      }
      config.rules = list.map((d) => normalizeDocumentPath(d));
    } else if (key === "severity") {
      if (data === null) continue;
      if (!isMap(value)) {
        error(`severity must map each rule id to one of: ${RULE_SEVERITIES.join(", ")}`, value);
        continue;
      }
      for (const entry of value.items) {
        const id = isScalar(entry.key) ? String(entry.key.value) : "";
        const raw = isScalar(entry.value) ? entry.value.value : null;
        // YAML 1.1 readers take a bare `off` for false: accept that spelling of it too.
        const level = raw === false ? "off" : typeof raw === "string" ? raw : "";
        if (!(RULE_SEVERITIES as readonly string[]).includes(level)) {
          const hint = didYouMean(level, RULE_SEVERITIES);
          error(`severity: '${id}' must be one of ${RULE_SEVERITIES.join(", ")} (got ${JSON.stringify(raw)})${hint ? `; did you mean '${hint}'?` : ""}`, (entry.value ?? entry.key) as YamlNode);
          continue;
        }
        config.severity[id] = { level: level as RuleSeverity, ...at(entry.key as YamlNode) };
      }
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

/** "relcheck.yml", "../relcheck.yml" or an absolute path: how the file is named to the user. */
function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel.startsWith("..") && rel.split(sep).filter((p) => p === "..").length > 3 ? path : rel.split(sep).join("/");
}

function isRepositoryRoot(folder: string): boolean {
  return existsSync(join(folder, ".git"));
}

/**
 * The project file that applies in `cwd`: the first relcheck.yml or .relcheck.yml in `cwd` or
 * a folder above it, looking no further than the repository root (a folder holding .git).
 * Two in one folder is an error: which one counts would be a guess.
 */
export function findProjectConfig(cwd: string): { path: string | null; diagnostics: Diagnostic[] } {
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    const found = CONFIG_FILES.map((name) => join(folder, name)).filter((p) => existsSync(p));
    if (found.length > 1) {
      const message = `two project files in one folder (${CONFIG_FILES.join(" and ")}); keep one`;
      return { path: null, diagnostics: [{ code: INGEST_CODES.config, severity: "error", message, file: shown(found[1]!, cwd) }] };
    }
    if (found[0]) return { path: found[0], diagnostics: [] };
    if (isRepositoryRoot(folder) || dirname(folder) === folder) return { path: null, diagnostics: [] };
  }
}

/** The project file for `cwd` (found upward), or the one named with --config. */
export function readProjectConfig(cwd: string, explicit?: string): ConfigResult {
  let path: string;
  if (explicit !== undefined) {
    path = resolve(cwd, explicit);
    if (!existsSync(path)) return { config: null, diagnostics: [{ code: INGEST_CODES.config, severity: "error", message: "no such config file", file: explicit }] };
  } else {
    const found = findProjectConfig(cwd);
    if (!found.path) return { config: null, diagnostics: found.diagnostics };
    path = found.path;
  }
  const file = explicit ?? shown(path, cwd);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === "EISDIR" ? "is a directory" : (error as Error).message;
    return { config: null, diagnostics: [{ code: INGEST_CODES.config, severity: "error", message: `cannot read: ${why}`, file }] };
  }
  return parseProjectConfig(file, text, dirname(path));
}

/** A path in the project file (relative to its folder) → absolute. */
export function configPath(config: ProjectConfig, path: string): string {
  return resolve(config.dir, path);
}
