/**
 * The per-file half of a scan (pipeline.ts scanFile) on N threads: this one and N − 1 workers.
 * Each builds the extractor once and takes files from one queue, largest first (so no thread is
 * left with a big file at the end); results arrive in any order and are put back in file order,
 * so the report is byte-identical to a one-thread run. Owns the pool, its size and the fallback
 * to this thread alone.
 *
 * Workers run the compiled code (dist/cli/concurrency-worker.js). Run from the TypeScript sources
 * (the tests), the pool takes dist/ when it has been built and runs in this thread when not.
 */
import { InternalError } from "../errors.js";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { type FileContext, type FileJob, type FileScan, fileContext, scanFile } from "../pipeline.js";
import type { ProjectConfig } from "../ingest/project-config.js";
import type { CompiledRule, IsoDay } from "../types.js";

/** What a worker is started with (plain data: it is copied to the thread). */
export interface WorkerSetup {
  cwd: string;
  asOf: IsoDay | null;
  rules: readonly CompiledRule[];
  config: ProjectConfig | null;
  /** Ids of rules turned off (suppression comments may name them). */
  offRules: readonly string[];
}

export interface PoolTask {
  index: number;
  job: FileJob;
  /** Its size in bytes (for the order of work and for progress). */
  bytes: number;
}

export interface RunOptions {
  /** Worker threads to use; 1 runs in this thread. */
  threads: number;
  /** Called as each file is done (in completion order). */
  onDone?: (task: PoolTask, result: FileScan) => void;
}

/** The compiled worker script, or null when there is none to run (sources without a build). */
export function workerScript(): URL | null {
  const here = new URL("./concurrency-worker.js", import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  // Running from src/ under a TypeScript loader: use the build if there is one.
  const built = new URL("../../dist/cli/concurrency-worker.js", import.meta.url);
  return import.meta.url.endsWith(".ts") && existsSync(fileURLToPath(built)) ? built : null;
}

/** Scan the tasks in this thread, in order (a copy of an earlier file is recognised before decoding). */
export function runHere(tasks: readonly PoolTask[], ctx: FileContext, onDone?: RunOptions["onDone"]): FileScan[] {
  const shas = new Set<string>();
  return tasks.map((task) => {
    const result = scanFile(task.job, ctx, (sha) => shas.has(sha));
    if (result.kind === "document") shas.add(result.document.sha256);
    onDone?.(task, result);
    return result;
  });
}

/** Let the event loop deliver the workers' messages between two files scanned here. */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Files a worker holds at once: the next one is there when it finishes, even while this thread is busy. */
const PREFETCH = 2;

/**
 * Results indexed like `tasks`. With N threads, N − 1 workers are started and this thread is the
 * N-th: it has loaded the code already, and one isolate fewer means less memory.
 */
export async function runTasks(tasks: readonly PoolTask[], setup: WorkerSetup, options: RunOptions): Promise<FileScan[]> {
  if (tasks.length === 0) return []; // everything came from the cache: not even the extractor is built
  const script = options.threads > 1 && tasks.length > 1 ? workerScript() : null;
  if (!script) return runHere(tasks, fileContext(setup, setup.config), options.onDone);
  const results: (FileScan | undefined)[] = new Array(tasks.length);
  const queue = tasks.map((task, position) => ({ task, position })).sort((a, b) => b.task.bytes - a.task.bytes || a.position - b.position);
  let next = 0;
  let done = 0;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  const finish = (position: number, result: FileScan): void => {
    results[position] = result;
    options.onDone?.(tasks[position]!, result);
    done++;
  };
  const workers: Worker[] = [];
  const feed = (worker: Worker): void => {
    const item = queue[next++];
    if (item) worker.postMessage({ index: item.position, job: item.task.job });
  };
  for (let i = 0; i < Math.min(options.threads - 1, tasks.length - 1); i++) {
    const worker = new Worker(script, { workerData: setup satisfies WorkerSetup });
    workers.push(worker);
    worker.on("message", (message: { index: number; result?: FileScan; error?: string; stack?: string }) => {
      if (message.error !== undefined || !message.result) {
        const what = `in worker thread ${i + 1}`;
        const where = tasks[message.index]?.job.path;
        failure ??= message.error !== undefined ? Object.assign(new InternalError(what, undefined, message.error), { stack: message.stack }) : new InternalError(what, where, "it sent no result");
      }
      else {
        finish(message.index, message.result);
        feed(worker);
      }
      notify();
    });
    worker.on("error", (error) => {
      failure ??= new InternalError(`worker thread ${i + 1} stopped`, undefined, error);
      notify();
    });
    worker.on("exit", (code) => {
      if (code !== 0 && done < tasks.length) failure ??= new InternalError(`worker thread ${i + 1} stopped`, undefined, `exit code ${code}`);
      notify();
    });
    for (let k = 0; k < PREFETCH; k++) feed(worker);
  }
  try {
    const ctx = fileContext(setup, setup.config);
    while (done < tasks.length) {
      if (failure) throw failure;
      const item = queue[next++];
      if (item) {
        finish(item.position, scanFile(item.task.job, ctx));
        await yieldToEvents();
      } else {
        // The queue is empty: wait for the workers' last files.
        await new Promise<void>((resolve) => (wake = resolve));
      }
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results as FileScan[];
}
