/**
 * Writing a report to `--output FILE` safely. Owns two promises the CLI makes:
 * - relcheck never writes to an input: a target that is one of the inputs (same path after
 *   resolving symlinks, the same file through a hard link, or a byte-identical copy of an input)
 *   is refused with a UserError; inputsOf(report) lists every file a scan read or passed over;
 * - an interrupted or failed write never leaves a half report: the content goes to a temporary
 *   file in the target's directory, is flushed, and is then renamed over the target (atomic on
 *   POSIX file systems). On failure the temporary file is removed and the target is untouched.
 */
import { createHash, randomBytes } from "node:crypto";
import { chmodSync, closeSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { UserError } from "../errors.js";

export interface WriteOutputOptions {
  /** Directory that relative paths are resolved against. */
  cwd: string;
  /** The input files of the run (as given or as expanded); the target must not be one of them. */
  inputs: readonly string[];
}

/** Absolute path with symlinks resolved as far as the path exists ("out/new.json" in a linked dir). */
function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    if (parent === path) return path;
    return join(canonical(parent), basename(path));
  }
}

function identity(path: string): { dev: number; ino: number; size: number } | null {
  try {
    const s = statSync(path);
    return s.isFile() ? { dev: s.dev, ino: s.ino, size: s.size } : null;
  } catch {
    return null;
  }
}

function sha256(path: string): string | null {
  try {
    return createHash("sha256").update(readFileSync(path)).digest("hex");
  } catch {
    return null;
  }
}

/**
 * Every file a scan read or passed over: the documents, the copies counted once with them
 * (`duplicates`), and the files diagnostics name (skipped binaries, unreadable files).
 */
export function inputsOf(report: {
  documents: readonly { path: string; duplicates?: readonly string[] }[];
  diagnostics: readonly { file?: string }[];
}): string[] {
  const paths = new Set<string>();
  for (const d of report.documents) for (const p of [d.path, ...(d.duplicates ?? [])]) paths.add(p);
  for (const d of report.diagnostics) if (d.file) paths.add(d.file);
  return [...paths].sort();
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return "the directory does not exist";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "read-only file system";
    case "ENOSPC":
      return "no space left on device";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "a parent of this path is not a directory";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Refuse when `target` names one of `inputs`: `relcheck scan a.txt --output a.txt`. */
export function assertNotAnInput(path: string, opts: WriteOutputOptions): void {
  const target = canonical(resolve(opts.cwd, path));
  const targetId = identity(target);
  let targetHash: string | null = null;
  for (const input of opts.inputs) {
    const absolute = canonical(resolve(opts.cwd, input));
    const inputId = targetId ? identity(absolute) : null;
    const sameFile = inputId !== null && targetId !== null && inputId.dev === targetId.dev && inputId.ino === targetId.ino;
    if (absolute === target || sameFile) {
      throw new UserError(`refusing to write the report over an input file (${input})`, path);
    }
    // "b.txt" holding the same bytes as input "a.txt": a copy the run counted once, still an input
    if (inputId !== null && targetId !== null && inputId.size === targetId.size) {
      targetHash ??= sha256(target);
      if (targetHash !== null && targetHash === sha256(absolute)) {
        throw new UserError(`refusing to write the report over a file with the same content as input ${input}`, path);
      }
    }
  }
}

/** Write `content` to `path` through a temporary file and a rename; see the module header. */
export function writeOutput(path: string, content: string, opts: WriteOutputOptions): void {
  if (path === "") throw new UserError("--output needs a file name");
  assertNotAnInput(path, opts);
  const target = resolve(opts.cwd, path);
  let existingMode: number | null = null;
  try {
    const s = statSync(target);
    if (s.isDirectory()) throw new UserError("cannot write the report: is a directory", path);
    existingMode = s.mode & 0o7777;
  } catch (error) {
    if (error instanceof UserError) throw error;
    // NOTE: a missing target is the usual case; other stat errors surface at open time below.
  }
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(8).toString("hex")}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(temp, "wx", 0o666);
    const bytes = Buffer.from(content, "utf8");
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    if (existingMode !== null) chmodSync(temp, existingMode);
    renameSync(temp, target);
  } catch (error) {
    if (fd !== null) {
      try {
        closeSync(fd);
      } catch {
        // already closed or never usable: nothing more to release
      }
    }
    try {
      unlinkSync(temp);
    } catch {
      // the temporary file was never created
    }
    throw new UserError(`cannot write the report: ${reason(error)}`, path);
  }
}
