/**
 * A worker thread of `scan --concurrency N` (the pool is concurrency-pool.ts). It builds the
 * extractor once from the rules it is started with, then scans the files it is sent, one at a
 * time, and posts each FileScan back with the job's index:
 *
 *   in:  { index: 7, job: { path: "speeches/1866.txt", manifestDate: null } }
 *   out: { index: 7, result: { kind: "document", document, claims, diagnostics } }
 *        { index: 7, error: "one line", stack }               (an internal error)
 */
import { parentPort, workerData } from "node:worker_threads";
import { describeCause } from "../errors.js";
import { type FileJob, fileContext, scanFile } from "../pipeline.js";
import type { WorkerSetup } from "./concurrency-pool.js";

const setup = workerData as WorkerSetup;
const ctx = fileContext(setup, setup.config);

parentPort?.on("message", (message: { index: number; job: FileJob }) => {
  try {
    parentPort?.postMessage({ index: message.index, result: scanFile(message.job, ctx) });
  } catch (error) {
    // one line saying what failed and where (scanFile names the file); the stack for RELCHECK_DEBUG
    parentPort?.postMessage({ index: message.index, error: describeCause(error), stack: error instanceof Error ? (error.cause instanceof Error ? error.cause.stack : error.stack) : undefined });
  }
});
