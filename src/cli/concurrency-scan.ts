/**
 * `relcheck scan` with its speed options: worker threads (--concurrency), the claim cache
 * (--cache, --cache-dir) and progress on stderr. Plans the files (pipeline.planScan), takes what
 * the cache still holds, scans the rest on the pool, keeps their results in the cache, then
 * compares across all files (pipeline.compare) — always, cached or not. Whatever the options, the
 * report is byte-identical to pipeline.scan's.
 */
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { contentHashOf, openClaimCache, stampOf, type CacheStats, type FileStamp } from "../cache/claim-cache.js";
import { configDateOf } from "../ingest/read-documents.js";
import { type FileScan, type ScanOptions, assemble, compare, fileContext, planScan, redateFromStories } from "../pipeline.js";
import type { Report } from "../types.js";
import { VERSION } from "../version.js";
import { type PoolTask, runTasks } from "./concurrency-pool.js";
import type { CliIo } from "./io.js";
import { createProgress } from "./progress.js";

export interface ScanRunOptions extends ScanOptions {
  /** Worker threads; "auto" = one per core, or this thread alone for small inputs. */
  concurrency: number | "auto";
  /** The claim cache's folder (relative to cwd), or null for no cache. */
  cacheDir: string | null;
  quiet: boolean;
  io: Pick<CliIo, "stderr" | "stderrIsTTY" | "raw">;
  /** For tests and the benchmark: how the cache fared. */
  onCacheStats?: (stats: CacheStats) => void;
}

/**
 * Text per thread for "auto": a thread costs about a third of a second to start and warm up, so
 * below 2 MB the scan stays in this thread, and above it each thread gets at least this much.
 */
const AUTO_BYTES_PER_THREAD = 2_000_000;

export function threadsFor(concurrency: number | "auto", tasks: readonly PoolTask[]): number {
  if (concurrency !== "auto") return Math.max(1, Math.floor(concurrency));
  const bytes = tasks.reduce((sum, t) => sum + t.bytes, 0);
  return Math.max(1, Math.min(availableParallelism(), tasks.length, Math.floor(bytes / AUTO_BYTES_PER_THREAD)));
}

export async function runScan(options: ScanRunOptions): Promise<Report> {
  const { cwd, asOf, rules } = options;
  const plan = planScan(options);
  // Standard input has no stamp: it is never taken from the cache nor kept in it.
  const stamps: (FileStamp | null)[] = plan.jobs.map((job) => (job.bytes ? null : stampOf(resolve(cwd, job.path))));
  // Everything outside a file that its claims depend on.
  const datePaths = plan.config?.datePaths ?? [];
  const inputs = plan.jobs.map((job) => JSON.stringify([job.path, job.manifestDate, configDateOf(plan.config, job.path, cwd), asOf, job.walked === true, datePaths]));
  const cache = options.cacheDir === null ? null : openClaimCache(options.cacheDir, cwd, { version: VERSION, rules });
  const progress = createProgress(options.io, { totalFiles: plan.jobs.length, quiet: options.quiet });
  const results: (FileScan | null)[] = plan.jobs.map((job, i) => {
    // Found by content: the file's bytes are hashed (standard input is never cached).
    const hit = cache && !job.bytes ? cache.lookup(job, inputs[i]!, contentHashOf(resolve(cwd, job.path))) : null;
    if (hit) progress.tick(stamps[i]?.size ?? 0);
    return hit;
  });
  const tasks: PoolTask[] = [];
  results.forEach((result, index) => {
    if (!result) tasks.push({ index, job: plan.jobs[index]!, bytes: stamps[index]?.size ?? 0 });
  });
  try {
    const scanned = await runTasks(tasks, { cwd, asOf, rules, config: plan.config, offRules: options.offRules ?? [] }, {
      threads: threadsFor(options.concurrency, tasks),
      onDone: (task, result) => {
        progress.tick(task.bytes);
        if (!task.job.bytes) cache?.store(task.job, inputs[task.index]!, result);
      },
    });
    tasks.forEach((task, k) => (results[task.index] = scanned[k]!));
  } finally {
    progress.end();
  }
  if (cache) {
    await cache.flush();
    options.onCacheStats?.(cache.stats);
  }
  // (the few documents read again with their story's year are read here, in this thread)
  const redated = redateFromStories(plan, results as FileScan[], fileContext(options, plan.config));
  const { documents, claims, diagnostics, suppressed } = assemble(plan, redated);
  return compare(documents, claims, rules, asOf, diagnostics, suppressed);
}
