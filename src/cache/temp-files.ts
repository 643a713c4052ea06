/**
 * relcheck's temporary files: a report, a baseline or a cache file is written to a temporary file
 * beside its target and renamed over it, so that a reader never sees half a file. Owns their
 * names, the list of those this process has open, their removal on exit, and the removal of those
 * an earlier run left when it was killed before it could remove them:
 *
 *   .report.json.relcheck-3f9a01c2-1.tmp        (".NAME.relcheck-RUN-N.tmp", RUN random per process)
 *
 * No `process` here: the CLI (cli/temp-cleanup.ts) removes the live files on exit and on signals,
 * through removeLiveTempFiles() and onLiveTempFiles().
 */
import { randomBytes } from "node:crypto";
import { lstatSync, mkdirSync, readdirSync, statSync, unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** When this run started (module load), in ms since the epoch: a file older than this is not ours. */
export const RUN_STARTED_MS = Date.now();

const RUN_ID = randomBytes(4).toString("hex");
let counter = 0;

const live = new Set<string>();
let watcher: ((active: boolean) => void) | null = null;

/** A fresh temporary path beside `target` (not created). */
export function tempPathFor(target: string): string {
  counter += 1;
  return join(dirname(target), `.${basename(target)}.relcheck-${RUN_ID}-${counter}.tmp`);
}

/** `path` exists now and is this process's to remove if the run ends before it is renamed. */
export function trackTemp(path: string): void {
  live.add(path);
  if (live.size === 1) watcher?.(true);
}

/** `path` was renamed or removed. */
export function untrackTemp(path: string): void {
  if (!live.delete(path)) return;
  if (live.size === 0) watcher?.(false);
}

/** Remove every temporary file this process still has (an exit path); returns how many. */
export function removeLiveTempFiles(): number {
  let removed = 0;
  for (const path of [...live]) {
    try {
      unlinkSync(path);
      removed += 1;
    } catch {
      // renamed or removed meanwhile
    }
    live.delete(path);
  }
  watcher?.(false);
  return removed;
}

/** Told `true` when this process starts having temporary files and `false` when it has none. */
export function onLiveTempFiles(hook: ((active: boolean) => void) | null): void {
  watcher = hook;
}

/**
 * The target name a temporary file of relcheck's stands for, or null for any other file.
 * Also the names earlier versions used: ".report.json.<16 hex>.tmp" (reports) and
 * "claims-07.json.<time>-<n>-<random>.tmp" / "rules-<hash>.json.<time>-<random>.tmp" (cache).
 */
export function tempTargetOf(name: string): string | null {
  const current = /^\.(.+)\.relcheck-[0-9a-f]{8}-\d+\.tmp$/.exec(name);
  if (current) return current[1]!;
  const report = /^\.(.+)\.[0-9a-f]{16}\.tmp$/.exec(name);
  if (report) return report[1]!;
  const cache = /^((?:claims-\d{2}|rules-[0-9a-f]{40})\.json)\.[0-9a-z]+(?:-\d+)?-[0-9a-z]{1,6}\.tmp$/.exec(name);
  return cache ? cache[1]! : null;
}

/**
 * Remove the temporary files in `dir` that an earlier run left: relcheck's names for a target
 * that `targets` accepts, regular files last modified before this run started (a run writing one
 * right now keeps touching it), not this process's own. Never fails; returns how many went.
 */
export function sweepStaleTemps(dir: string, targets: (name: string) => boolean, startedMs: number = RUN_STARTED_MS): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const target = tempTargetOf(name);
    if (target === null || !targets(target)) continue;
    const path = join(dir, name);
    if (live.has(path)) continue;
    try {
      const s = lstatSync(path);
      if (!s.isFile() || s.mtimeMs >= startedMs) continue;
      unlinkSync(path);
      removed += 1;
    } catch {
      // gone already, or not ours to remove
    }
  }
  return removed;
}

/**
 * `mkdir -p` that fails rather than loops: Node's own recursive mkdirSync never returns on a file
 * system that refuses new entries with ENOENT (/proc). Creates each missing folder from the first
 * one that exists; throws the errno error of the first that cannot be made.
 */
export function makeFolders(folder: string): void {
  const missing: string[] = [];
  let current = folder;
  for (;;) {
    try {
      if (statSync(current).isDirectory()) break;
      throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${current}'`), { code: "ENOTDIR" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const path of missing.reverse()) {
    try {
      mkdirSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST" && statSync(path).isDirectory()) continue; // made meanwhile
      throw error;
    }
  }
}
