/**
 * Command-line paths → the list of files to read. Owns files, directories and globs, the
 * "missing path" and "glob matches nothing" errors, and walking directories safely: each real
 * directory is entered once (by device and inode), so symbolic-link loops (`d/up -> ..`) end with
 * a warning instead of an endless or exponential walk. Does not read file contents.
 *
 *   seeds/            → every *.txt, *.md, *.html … below it (dot-files skipped)
 *   "seeds/*.txt"     → the files the glob matches (picomatch syntax)
 *   seeds/000.txt     → that file
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from "node:fs";
import { join, posix, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import { UserError } from "../errors.js";
import type { Diagnostic } from "../types.js";
import { INGEST_CODES } from "./ingest-codes.js";

/** File extensions read when a directory is given. */
export const TEXT_EXTENSIONS = ["txt", "text", "md", "markdown", "html", "htm"] as const;

export interface ExpandResult {
  /** Sorted, de-duplicated paths as the user would write them ('/' separators). */
  files: string[];
  diagnostics: Diagnostic[];
}

function toPosix(path: string): string {
  return path.split("\\").join("/");
}

function errno(error: unknown): string {
  return (error as NodeJS.ErrnoException | null)?.code ?? "";
}

function describeErrno(error: unknown): string {
  switch (errno(error)) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "symbolic link loop";
    case "ENOENT":
      return "broken symbolic link";
    case "EIO":
      return "input/output error";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

function hasTextExtension(name: string): boolean {
  const dot = name.lastIndexOf(".");
  return dot > 0 && (TEXT_EXTENSIONS as readonly string[]).includes(name.slice(dot + 1).toLowerCase());
}

const identity = (s: Stats): string => `${s.dev}:${s.ino}`;

interface Walk {
  cwd: string;
  /** Directories already entered anywhere (dev:ino). */
  seen: Set<string>;
  diagnostics: Diagnostic[];
  accept: (rel: string, name: string) => boolean;
  found: string[];
}

function warn(walk: Walk, code: string, file: string, message: string): void {
  walk.diagnostics.push({ code, severity: "warning", message, file });
}

/** Whether directory `inner` is `outer` or lies inside it (real paths). */
function within(inner: string, outer: string): boolean {
  return inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep);
}

/**
 * Depth-first, names sorted, so the order of warnings is deterministic. A link to a directory
 * that contains the one being walked (`d/up -> ..`, `d/root -> /`) is a loop and not followed.
 */
function walkDir(walk: Walk, rel: string, real: string): void {
  let entries;
  try {
    entries = readdirSync(resolve(walk.cwd, rel), { withFileTypes: true });
  } catch (error) {
    warn(walk, INGEST_CODES.unreadable, rel, `cannot read directory: ${describeErrno(error)}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const child = rel === "" ? entry.name : rel.endsWith("/") ? `${rel}${entry.name}` : `${rel}/${entry.name}`;
    const absolute = resolve(walk.cwd, child);
    let stat: Stats;
    let childReal = join(real, entry.name);
    if (entry.isSymbolicLink()) {
      try {
        stat = statSync(absolute);
        childReal = realpathSync(absolute);
      } catch (error) {
        warn(walk, INGEST_CODES.link, child, `${describeErrno(error)}; not followed`);
        continue;
      }
      if (stat.isDirectory() && within(real, childReal)) {
        const shown = relative(walk.cwd, childReal).split(sep).join("/") || ".";
        warn(walk, INGEST_CODES.link, child, `symbolic link loop (leads back to ${shown}); not followed`);
        continue;
      }
    } else if (entry.isDirectory() || entry.isFile()) {
      stat = lstatSync(absolute);
    } else {
      continue; // FIFOs, sockets and devices inside a directory are not documents
    }
    if (stat.isDirectory()) {
      const id = identity(stat);
      if (walk.seen.has(id)) continue; // the same directory under another name: already walked
      walk.seen.add(id);
      walkDir(walk, child, childReal);
    } else if (stat.isFile() && walk.accept(child, entry.name)) {
      walk.found.push(child);
    }
  }
}

function startWalk(cwd: string, root: string, rootStat: Stats, diagnostics: Diagnostic[], accept: Walk["accept"]): string[] {
  const walk: Walk = { cwd, seen: new Set([identity(rootStat)]), diagnostics, accept, found: [] };
  walkDir(walk, root, realpathSync(resolve(cwd, root === "" ? "." : root)));
  return walk.found;
}

/** "./seeds/" → "seeds", "." → "" (the working directory itself), "/abs/dir/" → "/abs/dir". */
function walkRoot(path: string): string {
  const normal = posix.normalize(path);
  return normal === "." || normal === "./" ? "" : normal.replace(/(.)\/+$/, "$1");
}

function expandGlob(rawPattern: string, cwd: string, diagnostics: Diagnostic[]): string[] {
  const pattern = rawPattern.replace(/^(?:\.\/)+/, "");
  const root = walkRoot(picomatch.scan(pattern).base);
  let stat: Stats;
  try {
    stat = statSync(resolve(cwd, root === "" ? "." : root));
  } catch {
    return [];
  }
  if (!stat.isDirectory()) return [];
  const isMatch = picomatch(pattern, { dot: false });
  return startWalk(cwd, root, stat, diagnostics, (rel) => isMatch(rel));
}

/** Expand files, directories and globs; warnings for what was passed over, UserError for what is missing. */
export function expandInputs(paths: readonly string[], cwd: string): ExpandResult {
  const out = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const raw of paths) {
    const path = toPosix(raw);
    if (path === "") throw new UserError("an empty path was given");
    const absolute = resolve(cwd, path);
    let stat: Stats | null = null;
    let statError: unknown = null;
    try {
      stat = statSync(absolute);
    } catch (error) {
      statError = error;
    }
    if (stat?.isDirectory()) {
      const found = startWalk(cwd, walkRoot(path), stat, diagnostics, (_rel, name) => hasTextExtension(name));
      if (found.length === 0) {
        throw new UserError(`no text files (${TEXT_EXTENSIONS.join(", ")}) in this directory`, raw);
      }
      for (const f of found) out.add(f);
    } else if (stat?.isFile()) {
      out.add(path);
    } else if (stat) {
      diagnostics.push({
        code: INGEST_CODES.unreadable,
        severity: "warning",
        message: "not a regular file (a pipe, socket or device); skipped",
        file: path,
      });
    } else if (picomatch.scan(path).isGlob) {
      const found = expandGlob(path, cwd, diagnostics);
      if (found.length === 0) throw new UserError("the pattern matches no file", raw);
      for (const f of found) out.add(f);
    } else {
      const code = errno(statError);
      let isLink = false;
      try {
        isLink = lstatSync(absolute).isSymbolicLink();
      } catch {
        // nothing at this path at all
      }
      if (code === "ELOOP") throw new UserError("symbolic link loop", raw);
      if (isLink) throw new UserError("broken symbolic link (its target does not exist)", raw);
      if (code === "EACCES" || code === "EPERM") throw new UserError("permission denied", raw);
      if (code === "ENOTDIR") throw new UserError("no such file or directory (a parent is a file)", raw);
      throw new UserError("no such file or directory", raw);
    }
  }
  return { files: [...out].sort(), diagnostics };
}
