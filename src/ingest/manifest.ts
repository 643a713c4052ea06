/**
 * A sources manifest (`scan --manifest FILE`): the publication date of each document, for
 * archives whose texts state none ("1866_andrew_johnson.txt: 1866-12-03"). Owns the file's syntax
 * and the matching of its paths to documents; document-date.ts owns the order of preference.
 *
 *   # sources.yml (YAML; JSON is YAML too: {"speeches/1866.txt": "1866-12-03"})
 *   speeches/1866_andrew_johnson.txt: 1866-12-03
 *   speeches/1867_andrew_johnson.txt: 1867-12-03
 *
 * Paths are relative to the manifest's own folder. A document the manifest names gets
 * dateSource "manifest"; front matter in the document itself still wins.
 */
import { readFileSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import { UserError } from "../errors.js";
import type { Diagnostic, IsoDay, SourceDocument } from "../types.js";
import { INGEST_CODES } from "./ingest-codes.js";

/** Absolute document path → date. */
export type Manifest = ReadonlyMap<string, IsoDay>;

function validDay(value: unknown): IsoDay | null {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value) ? value : null;
}

/** Parse a manifest's text; `file` names it in messages, `base` is the folder its paths are relative to. */
export function parseManifest(file: string, text: string, base: string): Manifest {
  const fast = parseJsonManifest(text, base);
  if (fast) return fast;
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const fail = (message: string, offset: number): never => {
    const p = counter.linePos(offset);
    throw new UserError(message, file, p.line, p.col);
  };
  const first = doc.errors[0];
  if (first) fail(`invalid YAML: ${first.message.split("\n")[0]}`, first.pos[0]);
  const manifest = new Map<string, IsoDay>();
  if (doc.contents === null) return manifest;
  if (!isMap(doc.contents)) return fail("a manifest maps each document path to its date (path: YYYY-MM-DD)", (doc.contents as YamlNode).range?.[0] ?? 0);
  for (const entry of doc.contents.items) {
    const keyNode = entry.key as YamlNode | null;
    const path = isScalar(entry.key) ? String(entry.key.value) : "";
    const raw = isScalar(entry.value) ? entry.value.value : null;
    // YAML reads an unquoted 1866-12-03 as a timestamp.
    const day = validDay(raw instanceof Date ? raw.toISOString().slice(0, 10) : raw);
    const at = ((entry.value as YamlNode | null) ?? keyNode)?.range?.[0] ?? 0;
    if (!path) fail("a manifest key must be a document path", keyNode?.range?.[0] ?? 0);
    if (!day) fail(`'${path}' needs a date written YYYY-MM-DD (got ${JSON.stringify(raw)})`, at);
    manifest.set(resolve(base, path), day!);
  }
  return manifest;
}

/**
 * A JSON manifest that is all well-formed, read without the YAML parser (a large archive's
 * manifest is read on every run); anything else goes through the YAML path, which locates errors.
 */
function parseJsonManifest(text: string, base: string): Manifest | null {
  if (!text.trimStart().startsWith("{")) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return null;
  const manifest = new Map<string, IsoDay>();
  for (const [path, raw] of Object.entries(data)) {
    const day = validDay(raw);
    if (!path || !day) return null;
    manifest.set(resolve(base, path), day);
  }
  return manifest;
}

/**
 * A manifest given as data ({"speeches/1866.txt": "1866-12-03"}), paths relative to `base`; a
 * date that is not a real YYYY-MM-DD day is a UserError naming its path.
 */
export function manifestOf(entries: Readonly<Record<string, string>>, base: string): Manifest {
  const manifest = new Map<string, IsoDay>();
  for (const [path, raw] of Object.entries(entries)) {
    const day = validDay(raw);
    if (!day) throw new UserError(`manifest: '${path}' needs a date written YYYY-MM-DD (got ${JSON.stringify(raw)})`);
    manifest.set(resolve(base, path), day);
  }
  return manifest;
}

/** Read `file` (relative to `cwd`); a missing or malformed file is a UserError naming it. */
export function readManifest(file: string, cwd: string): Manifest {
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(code === "ENOENT" ? "no such manifest file" : code === "EISDIR" ? "the manifest is a directory" : `cannot read the manifest: ${(error as Error).message}`, file);
  }
  return parseManifest(file, text, dirname(path));
}

/** The manifest's date for an input path (as the user named it, relative to `cwd`). */
export function manifestDate(manifest: Manifest, path: string, cwd: string): IsoDay | null {
  return manifest.get(resolve(cwd, path)) ?? null;
}

/**
 * The manifest's date wins over relcheck.yml, what the text states of itself (metadata, dateline,
 * address), the path, --as-of and inference; front matter in the text wins over it.
 */
export function withManifestDate(doc: SourceDocument, date: IsoDay): SourceDocument {
  if (doc.dateSource === "frontmatter") return doc;
  const { dateConfidence: _, dateUntil: __, ...rest } = doc;
  return { ...rest, date, dateSource: "manifest" };
}

/**
 * One warning for the manifest's entries that name none of the scanned files (`inputs`, as the
 * user named them, relative to `cwd`), or null when every entry was used: a misspelt path or a
 * path written relative to the wrong folder would otherwise leave its document undated unsaid.
 */
export function unmatchedManifestEntries(manifest: Manifest, file: string, inputs: readonly string[], cwd: string): Diagnostic | null {
  const scanned = new Set(inputs.map((p) => resolve(cwd, p)));
  const folder = dirname(resolve(cwd, file));
  const unmatched = [...manifest.keys()].filter((path) => !scanned.has(path)).map((path) => relative(folder, path).split(sep).join("/"));
  if (unmatched.length === 0) return null;
  const examples = unmatched.slice(0, 3).join(", ") + (unmatched.length > 3 ? ", …" : "");
  const what = unmatched.length === 1 ? "1 entry names" : `${unmatched.length} entries name`;
  return {
    code: INGEST_CODES.manifestUnmatched,
    severity: "warning",
    file,
    message: `${what} no scanned file (${examples}); paths are relative to the manifest's folder`,
  };
}
