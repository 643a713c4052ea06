/**
 * Writing a report (or a baseline, or `init`'s files) to a path the user named. Owns what relcheck
 * promises about it:
 * - relcheck never writes to an input: a target that is one of the inputs (same path after
 *   resolving symlinks, the same file through a hard link, or a byte-identical copy of an input)
 *   is refused with a UserError; inputsOf(report) lists every file a scan read or passed over;
 * - what is at the path decides how it is written:
 *     nothing yet, or a regular file   → a temporary file beside it, flushed, renamed over it
 *                                        (atomic: a reader sees the old file or the whole new one;
 *                                        missing folders are created, the old mode is kept);
 *     a symbolic link                  → followed: its target is written as above (the link stays);
 *     a character device or a FIFO     → opened and written directly, never replaced
 *                                        (`-o /dev/null`; `-o /dev/full` is a write error);
 *     /dev/stdout, /dev/stderr         → the CLI's own stdout or stderr;
 *     a directory, a block device, a socket → refused;
 * - an interrupted or failed write leaves no half report and no temporary file: a failure removes
 *   it, the CLI removes it on SIGINT/SIGTERM (cli/temp-cleanup.ts), and a file an earlier run left
 *   when it was killed is removed by the next write to the same target (cache/temp-files.ts).
 */
import { createHash } from "node:crypto";
import { constants, lstatSync, readFileSync, readlinkSync, realpathSync, statSync, type Stats } from "node:fs";
import { open, rename, unlink, chmod, type FileHandle } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { makeFolders, sweepStaleTemps, tempPathFor, trackTemp, untrackTemp } from "../cache/temp-files.js";
import { UserError } from "../errors.js";
import type { CliIo } from "./io.js";

export interface WriteOutputOptions {
  /** Directory that relative paths are resolved against. */
  cwd: string;
  /** The input files of the run (as given or as expanded); the target must not be one of them. */
  inputs: readonly string[];
  /** What is written, for messages: "report" (default), "baseline", "file". */
  what?: string;
  /** Where /dev/stdout and /dev/stderr go (the CLI's streams); without them, those paths are opened. */
  io?: Pick<CliIo, "stdout" | "stderr">;
}

/** A report is written as one string or as pieces (a JSON report too large for one string). */
export type OutputContent = string | Iterable<string>;

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
  for (const d of report.documents) {
    paths.add(d.path);
    for (const p of d.duplicates ?? []) paths.add(p);
  }
  for (const d of report.diagnostics) if (d.file) paths.add(d.file);
  return [...paths].sort();
}

const errnoOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code;

/** An errno as words: "permission denied". */
export function errnoWords(error: unknown): string {
  switch (errnoOf(error)) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "read-only file system";
    case "ENOSPC":
      return "no space left on device";
    case "EDQUOT":
      return "disk quota exceeded";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "a parent of this path is not a directory";
    case "ELOOP":
      return "too many levels of symbolic links (a link loops)";
    case "ENAMETOOLONG":
      return "the path is too long";
    case "EPIPE":
      return "the reading end of the pipe was closed";
    case "ENXIO":
      return "no such device";
    case "EIO":
      return "input/output error";
    case "EFBIG":
      return "the file is too large for this file system";
    default: {
      const message = error instanceof Error ? error.message : String(error);
      return message.split("\n")[0]!;
    }
  }
}

/** How a path is written; see the module header. */
type Plan =
  | { kind: "replace"; path: string; mode: number | null }
  | { kind: "direct"; path: string; what: "character device" | "FIFO" }
  | { kind: "stream"; stream: "stdout" | "stderr" };

const STREAMS: Record<string, "stdout" | "stderr"> = {
  "/dev/stdout": "stdout",
  "/dev/fd/1": "stdout",
  "/proc/self/fd/1": "stdout",
  "/dev/stderr": "stderr",
  "/dev/fd/2": "stderr",
  "/proc/self/fd/2": "stderr",
};

/** What a file that exists is, for a message: "a block device". */
function special(s: Stats): string | null {
  if (s.isBlockDevice()) return "a block device";
  if (s.isSocket()) return "a socket";
  if (s.isDirectory()) return "a directory";
  if (s.isFile() || s.isCharacterDevice() || s.isFIFO() || s.isSymbolicLink()) return null;
  return "a special file";
}

/** The file a chain of symbolic links ends at (which need not exist), or a UserError. */
function followLinks(path: string, fail: (why: string) => UserError): string {
  let current = path;
  for (let hops = 0; hops < 40; hops++) {
    let s: Stats;
    try {
      s = lstatSync(current);
    } catch (error) {
      if (errnoOf(error) === "ENOENT") return current;
      throw fail(errnoWords(error));
    }
    if (!s.isSymbolicLink()) return current;
    current = resolve(dirname(current), readlinkSync(current));
  }
  throw fail(errnoWords({ code: "ELOOP" }));
}

/** Decide how `path` is written (no file is created or changed, except missing folders). */
function planWrite(path: string, opts: WriteOutputOptions, fail: (why: string) => UserError): Plan {
  const absolute = resolve(opts.cwd, path);
  const stream = STREAMS[absolute];
  if (stream && opts.io) return { kind: "stream", stream };
  let target = absolute;
  let s: Stats | null;
  try {
    s = lstatSync(absolute);
  } catch (error) {
    if (errnoOf(error) !== "ENOENT") throw fail(errnoWords(error));
    s = null;
  }
  if (s?.isSymbolicLink()) {
    // Follow the link: its target is what the user means to write (the link itself stays).
    try {
      s = statSync(absolute);
      target = realpathSync(absolute);
    } catch (error) {
      if (errnoOf(error) === "ELOOP") throw fail("it is a symbolic link that loops");
      if (errnoOf(error) !== "ENOENT") throw fail(errnoWords(error));
      // A link to a file that does not exist yet: create that file.
      target = followLinks(absolute, fail);
      s = null;
      if (!directoryExists(dirname(target))) throw fail(`it is a symbolic link into a folder that does not exist (${dirname(target)})`);
    }
  }
  if (s === null) {
    ensureFolder(dirname(target), fail);
    return { kind: "replace", path: target, mode: null };
  }
  const refused = special(s);
  if (refused) throw fail(`it is ${refused}${refused === "a directory" ? "" : "; give the name of a regular file"}`);
  if (s.isCharacterDevice()) return { kind: "direct", path: target, what: "character device" };
  if (s.isFIFO()) return { kind: "direct", path: target, what: "FIFO" };
  return { kind: "replace", path: target, mode: s.mode & 0o7777 };
}

function directoryExists(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** `mkdir -p` of the target's folder, with one clear line when it cannot be made. */
function ensureFolder(folder: string, fail: (why: string) => UserError): void {
  if (directoryExists(folder)) return;
  try {
    makeFolders(folder);
  } catch (error) {
    const code = errnoOf(error);
    if (code === "EEXIST" || code === "ENOTDIR") throw fail("a parent of this path is not a directory");
    if (code === "ENOENT") throw fail(`cannot create the folder ${folder}: the file system there accepts no new files`);
    throw fail(`cannot create the folder ${folder}: ${errnoWords(error)}`);
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
      throw new UserError(`refusing to write the ${opts.what ?? "report"} over an input file (${input})`, path);
    }
    // "b.txt" holding the same bytes as input "a.txt": a copy the run counted once, still an input
    if (inputId !== null && targetId !== null && inputId.size === targetId.size) {
      targetHash ??= sha256(target);
      if (targetHash !== null && targetHash === sha256(absolute)) {
        throw new UserError(`refusing to write the ${opts.what ?? "report"} over a file with the same content as input ${input}`, path);
      }
    }
  }
}

/** UTF-16 code units per piece written: a large report is never copied into one buffer. */
const PIECE = 1 << 20;

/** The content as UTF-8 buffers of at most about PIECE × 3 bytes, never splitting a surrogate pair. */
function* utf8Pieces(content: OutputContent): Generator<Buffer> {
  for (const text of typeof content === "string" ? [content] : content) {
    let at = 0;
    while (at < text.length) {
      let end = Math.min(text.length, at + PIECE);
      const last = text.charCodeAt(end - 1);
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
      yield Buffer.from(text.slice(at, end), "utf8");
      at = end;
    }
  }
}

async function writeAll(handle: FileHandle, content: OutputContent): Promise<void> {
  for (const piece of utf8Pieces(content)) {
    let written = 0;
    while (written < piece.length) {
      const { bytesWritten } = await handle.write(piece, written, piece.length - written);
      written += bytesWritten;
    }
  }
}

/** Through a temporary file beside `path`, renamed over it. */
async function replaceAtomically(plan: Extract<Plan, { kind: "replace" }>, content: OutputContent, fail: (why: string) => UserError): Promise<void> {
  const folder = dirname(plan.path);
  const name = basename(plan.path);
  sweepStaleTemps(folder, (target) => target === name);
  const temp = tempPathFor(plan.path);
  let handle: FileHandle | null = null;
  let step = "create a temporary file";
  try {
    handle = await open(temp, "wx", 0o666);
    trackTemp(temp);
    step = "write";
    await writeAll(handle, content);
    await handle.sync();
    await handle.close();
    handle = null;
    if (plan.mode !== null) await chmod(temp, plan.mode);
    step = "replace the old file";
    await rename(temp, plan.path);
    untrackTemp(temp);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    untrackTemp(temp);
    if (step === "create a temporary file" && errnoOf(error) === "ENOENT") {
      // The folder exists (it was checked or made): its file system takes no new files (/proc).
      throw fail(`cannot create a file in ${folder}: the file system there accepts no new files`);
    }
    throw fail(step === "write" ? errnoWords(error) : `cannot ${step} in ${folder}: ${errnoWords(error)}`);
  }
}

/** Straight into a character device or a FIFO, which are never replaced. */
async function writeDirectly(plan: Extract<Plan, { kind: "direct" }>, content: OutputContent, fail: (why: string) => UserError): Promise<void> {
  let handle: FileHandle | null = null;
  try {
    // NOTE: a FIFO's open waits for a reader, as `cmd > fifo` does; no O_CREAT, no O_TRUNC.
    handle = await open(plan.path, constants.O_WRONLY | constants.O_NOCTTY);
    const s = await handle.stat();
    if (!s.isCharacterDevice() && !s.isFIFO()) throw fail(`it changed while being opened; it is no longer a ${plan.what}`);
    await writeAll(handle, content);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw fail(errnoWords(error));
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Write `content` to `path` as the module header says; every failure is a UserError naming `path`. */
export async function writeOutput(path: string, content: OutputContent, opts: WriteOutputOptions): Promise<void> {
  const what = opts.what ?? "report";
  if (path === "") throw new UserError(`the ${what} needs a file name`);
  const fail = (why: string): UserError => new UserError(`cannot write the ${what}: ${why}`, path);
  assertNotAnInput(path, opts);
  const plan = planWrite(path, opts, fail);
  if (plan.kind === "stream") {
    const write = opts.io![plan.stream];
    for (const text of typeof content === "string" ? [content] : content) write(text);
  } else if (plan.kind === "direct") {
    await writeDirectly(plan, content, fail);
  } else {
    await replaceAtomically(plan, content, fail);
  }
}
