/**
 * A worker thread of `scan --concurrency N` (the pool is concurrency-pool.ts). It builds the
 * extractor once from the rules it is started with, then scans the files it is sent, one at a
 * time, and posts each FileScan back with the job's index:
 *
 *   in:  { index: 7, job: { path: "speeches/1866.txt", manifestDate: null } }
 *   out: { index: 7, result: { kind: "document", document, claims, diagnostics } }
 *        { index: 7, error: "message" }                       (an internal error)
 */
import { parentPort, workerData } from "node:worker_threads";
import { type FileJob, fileContext, scanFile } from "../pipeline.js";
import type { WorkerSetup } from "./concurrency-pool.js";

const setup = workerData as WorkerSetup;
const ctx = fileContext(setup, setup.config);

parentPort?.on("message", (message: { index: number; job: FileJob }) => {
  try {
    parentPort?.postMessage({ index: message.index, result: scanFile(message.job, ctx) });
  } catch (error) {
    parentPort?.postMessage({ index: message.index, error: error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error) });
  }
});
