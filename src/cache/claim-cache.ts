/**
 * The claim cache (`scan --cache`): what each file contributed to a scan — its FileScan: the
 * document's record, its claims and its warnings — kept on disk, so that a second run over an
 * unchanged archive reads no text and extracts nothing. Owns the entry format, the keys and the
 * checks that an entry still holds. The comparison across files is never cached: it is
 * recomputed over all files on every run.
 *
 * Entries are kept in 32 JSON files (by a hash of the file's absolute path), under a folder named
 * by relcheck's version and a hash of the compiled rules (another version or an edited rule starts
 * from an empty folder); a run reads the shards it needs and rewrites those that changed:
 *
 *   <dir>/0.1.0-3f2a9c41d0be/claims-07.json
 *     { "<absolute path>": { "path", "size", "mtimeMs", "sha256", "inputs", "writtenAt", "result" }, … }
 *
 * An entry holds when the inputs outside the file that its claims depend on are the same (the
 * path as named, its manifest date, relcheck.yml's date for it and its path-date patterns, --as-of)
 * and the file's bytes are
 * the same: by their sha256, or — without reading the file — by an unchanged size and
 * modification time, unless the file was modified within two seconds of the entry being written
 * (a change in the same clock tick would go unseen; git guards the same race).
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { rename, unlink, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { FileJob, FileScan } from "../pipeline.js";
import type { CompiledRule } from "../types.js";
import { makeFolders, sweepStaleTemps, tempPathFor, trackTemp, untrackTemp } from "./temp-files.js";

/** The cache folder when `--cache-dir` is not given (relative to the working directory). */
export const DEFAULT_CACHE_DIR = ".relcheck-cache";

/** Modification times this close to the entry's writing are not trusted (ms). */
const RACY_MS = 2000;

interface Entry {
  path: string;
  size: number;
  mtimeMs: number;
  sha256: string;
  inputs: string;
  writtenAt: number;
  result: FileScan;
}

/** The file's size and modification time, taken before it is read. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

export interface CacheStats {
  hits: number;
  misses: number;
  /** Hits that had to read the file to compare its hash (its time stamp had changed or was too recent). */
  verified: number;
}

export interface ClaimCache {
  /** The folder entries of this version and rule set live in. */
  readonly folder: string;
  /** The stored result of this job, if it still holds; null otherwise. */
  lookup(job: FileJob, inputs: string, stamp: FileStamp | null): FileScan | null;
  /** Keep a job's result (documents only: skipped files are looked at again next time). */
  store(job: FileJob, inputs: string, stamp: FileStamp | null, result: FileScan): void;
  /** Write what changed (at the end of a run; two runs at once: the last one's entries stay). */
  flush(): Promise<void>;
  readonly stats: CacheStats;
}

function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** A hash of everything in the rules that can change a claim (they are plain data). */
export function rulesHash(rules: readonly CompiledRule[]): string {
  return sha256(JSON.stringify(rules)).slice(0, 12);
}

export function stampOf(absolutePath: string): FileStamp | null {
  try {
    const s = statSync(absolutePath);
    return s.isFile() ? { size: s.size, mtimeMs: s.mtimeMs } : null;
  } catch {
    return null;
  }
}

/** Entries are kept in this many files, by a hash of the path: few files to read and write, and a change rewrites one of them. */
const SHARDS = 32;

type Shard = Map<string, Entry>;

export function openClaimCache(dir: string, cwd: string, key: { version: string; rules: readonly CompiledRule[] }, now: () => number = Date.now): ClaimCache {
  const folder = join(resolve(cwd, dir), `${key.version}-${rulesHash(key.rules)}`);
  const stats: CacheStats = { hits: 0, misses: 0, verified: 0 };
  const shards = new Map<number, Shard>();
  const dirty = new Set<number>();
  const shardOf = (absolute: string): number => parseInt(sha256(absolute).slice(0, 8), 16) % SHARDS;
  const shardFile = (n: number): string => join(folder, `claims-${String(n).padStart(2, "0")}.json`);
  const load = (n: number): Shard => {
    let shard = shards.get(n);
    if (!shard) {
      try {
        shard = new Map(Object.entries(JSON.parse(readFileSync(shardFile(n), "utf8")) as Record<string, Entry>));
      } catch {
        shard = new Map(); // none yet, or one cut short: its files are scanned again
      }
      shards.set(n, shard);
    }
    return shard;
  };
  const put = (absolute: string, entry: Entry): void => {
    const n = shardOf(absolute);
    load(n).set(absolute, entry);
    dirty.add(n);
  };
  return {
    folder,
    stats,
    lookup(job, inputs, stamp) {
      const absolute = resolve(cwd, job.path);
      const entry = load(shardOf(absolute)).get(absolute);
      if (!entry || entry.path !== job.path || entry.inputs !== inputs || entry.result?.kind !== "document" || !stamp) {
        stats.misses++;
        return null;
      }
      const settled = entry.mtimeMs < entry.writtenAt - RACY_MS;
      if (settled && stamp.size === entry.size && stamp.mtimeMs === entry.mtimeMs) {
        stats.hits++;
        return entry.result;
      }
      // The time stamp says nothing for sure: compare the bytes.
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(absolute);
      } catch {
        stats.misses++;
        return null;
      }
      if (sha256(bytes) !== entry.sha256) {
        stats.misses++;
        return null;
      }
      stats.hits++;
      stats.verified++;
      put(absolute, { ...entry, size: stamp.size, mtimeMs: stamp.mtimeMs, writtenAt: now() });
      return entry.result;
    },
    store(job, inputs, stamp, result) {
      if (result.kind !== "document" || !stamp) return;
      const absolute = resolve(cwd, job.path);
      put(absolute, { path: job.path, size: stamp.size, mtimeMs: stamp.mtimeMs, sha256: result.document.sha256, inputs, writtenAt: now(), result });
    },
    async flush() {
      if (dirty.size === 0) return;
      try {
        makeFolders(folder);
        // shards an earlier run was killed while writing
        sweepStaleTemps(folder, (target) => /^claims-\d{2}\.json$/.test(target));
        for (const n of [...dirty].sort((a, b) => a - b)) {
          const file = shardFile(n);
          const temp = tempPathFor(file);
          trackTemp(temp);
          try {
            await writeFile(temp, JSON.stringify(Object.fromEntries(load(n))), { flag: "wx" });
            await rename(temp, file);
          } finally {
            untrackTemp(temp);
            await unlink(temp).catch(() => undefined);
          }
        }
        dirty.clear();
      } catch {
        // A cache that cannot be written (read-only disk, full disk) only costs time next run.
      }
    },
  };
}
