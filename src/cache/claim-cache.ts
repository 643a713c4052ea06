/**
 * The claim cache (`scan --cache`): what each file contributed to a scan — its FileScan: the
 * document's record, its claims and its warnings — kept on disk, so that a second run over an
 * unchanged archive extracts nothing. Owns the entry format, the keys and the checks that an
 * entry still holds. The comparison across files is never cached: it is recomputed over all files
 * on every run.
 *
 * Entries are kept in 32 JSON files (by a hash of the file's absolute path), under a folder named
 * by relcheck's version and a hash of the compiled rules (another version or an edited rule starts
 * from an empty folder); a run reads the shards it needs and rewrites those that changed:
 *
 *   <dir>/0.1.0-3f2a9c41d0be/claims-07.json
 *     { "<sha256 of the bytes>:<sha256 of the inputs>": { "path", "check", "result" }, … }
 *
 * An entry is found by the file's content: the sha256 of its bytes (read and hashed on every run;
 * a size and a modification time say nothing for sure), with the inputs outside the file that its
 * claims depend on (the path as named, its manifest date, relcheck.yml's date for it and its
 * path-date patterns, --as-of). It is used only when it passes the entry schema (entry-schema.ts)
 * and its checksum, and its document's hash is the content's: anything else — a hand-edited entry,
 * a shard cut short, another format — is a miss, and the file is scanned again.
 */
import { createHash } from "node:crypto";
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { rename, unlink, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { FileJob, FileScan } from "../pipeline.js";
import type { CompiledRule } from "../types.js";
import { isCachedFileScan } from "./entry-schema.js";
import { makeFolders, sweepStaleTemps, tempPathFor, trackTemp, untrackTemp } from "./temp-files.js";

/** The cache folder when `--cache-dir` is not given (relative to the working directory). */
export const DEFAULT_CACHE_DIR = ".relcheck-cache";

interface Entry {
  /** The path as the job named it. */
  path: string;
  /** sha256 of the result's JSON: an entry edited by hand is not used. */
  check: string;
  result: Extract<FileScan, { kind: "document" }>;
}

/** The file's size, taken before it is read (for progress and the order of work). */
export interface FileStamp {
  size: number;
}

export interface CacheStats {
  hits: number;
  misses: number;
  /** Misses on an entry that was there but failed its schema or checksum. */
  invalid: number;
}

export interface ClaimCache {
  /** The folder entries of this version and rule set live in. */
  readonly folder: string;
  /** The stored result of this job, if one holds for the file's content (its sha256); null otherwise. */
  lookup(job: FileJob, inputs: string, contentSha256: string | null): FileScan | null;
  /** Keep a job's result (documents only: skipped files are looked at again next time). */
  store(job: FileJob, inputs: string, result: FileScan): void;
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
    return s.isFile() ? { size: s.size } : null;
  } catch {
    return null;
  }
}

/** The sha256 of a file's bytes, read a megabyte at a time; null when it cannot be read. */
export function contentHashOf(absolutePath: string): string | null {
  let fd: number;
  try {
    fd = openSync(absolutePath, "r");
  } catch {
    return null;
  }
  try {
    const hash = createHash("sha256");
    const buffer = Buffer.alloc(1 << 20);
    for (let n = readSync(fd, buffer, 0, buffer.length, null); n > 0; n = readSync(fd, buffer, 0, buffer.length, null)) {
      hash.update(buffer.subarray(0, n));
    }
    return hash.digest("hex");
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** Entries are kept in this many files, by a hash of the path: few files to read and write, and a change rewrites one of them. */
const SHARDS = 32;

type Shard = Map<string, unknown>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function openClaimCache(dir: string, cwd: string, key: { version: string; rules: readonly CompiledRule[] }): ClaimCache {
  const folder = join(resolve(cwd, dir), `${key.version}-${rulesHash(key.rules)}`);
  const stats: CacheStats = { hits: 0, misses: 0, invalid: 0 };
  const shards = new Map<number, Shard>();
  const dirty = new Set<number>();
  const shardOf = (job: FileJob): number => parseInt(sha256(resolve(cwd, job.path)).slice(0, 8), 16) % SHARDS;
  const shardFile = (n: number): string => join(folder, `claims-${String(n).padStart(2, "0")}.json`);
  const entryKey = (contentSha256: string, inputs: string): string => `${contentSha256}:${sha256(inputs)}`;
  const load = (n: number): Shard => {
    let shard = shards.get(n);
    if (!shard) {
      try {
        const parsed: unknown = JSON.parse(readFileSync(shardFile(n), "utf8"));
        shard = new Map(isObject(parsed) ? Object.entries(parsed) : []);
      } catch {
        shard = new Map(); // none yet, or one cut short: its files are scanned again
      }
      shards.set(n, shard);
    }
    return shard;
  };
  /** The entry's result when it is whole and belongs to this job and content; null otherwise. */
  const valid = (stored: unknown, job: FileJob, contentSha256: string): Entry["result"] | null => {
    if (!isObject(stored) || stored.path !== job.path || typeof stored.check !== "string") return null;
    if (!isCachedFileScan(stored.result)) return null;
    const result = stored.result as Entry["result"];
    if (result.document.sha256 !== contentSha256 || result.document.path !== job.path) return null;
    if (sha256(JSON.stringify(result)) !== stored.check) return null;
    return result;
  };
  return {
    folder,
    stats,
    lookup(job, inputs, contentSha256) {
      if (contentSha256 === null) {
        stats.misses++;
        return null;
      }
      const shard = load(shardOf(job));
      const id = entryKey(contentSha256, inputs);
      const stored = shard.get(id);
      const result = stored === undefined ? null : valid(stored, job, contentSha256);
      if (!result) {
        if (stored !== undefined) {
          stats.invalid++;
          shard.delete(id);
          dirty.add(shardOf(job));
        }
        stats.misses++;
        return null;
      }
      stats.hits++;
      return result;
    },
    store(job, inputs, result) {
      if (result.kind !== "document") return;
      const n = shardOf(job);
      const shard = load(n);
      // One entry per path: the entries of its earlier contents go.
      for (const [id, stored] of shard) if (isObject(stored) && stored.path === job.path) shard.delete(id);
      const entry: Entry = { path: job.path, check: sha256(JSON.stringify(result)), result };
      shard.set(entryKey(result.document.sha256, inputs), entry);
      dirty.add(n);
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
