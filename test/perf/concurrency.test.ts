/**
 * `scan --concurrency N` gives byte-identical JSON to a one-thread run, whatever order the
 * threads finish in: on the seeds, and on a folder with copies of one file, a binary, a file in
 * another encoding and files of very different sizes. The workers run the built code (dist/),
 * which `npm test` builds first.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workerScript } from "../../src/cli/concurrency-pool.js";
import { threadsFor } from "../../src/cli/concurrency-scan.js";
import { runCli } from "../helpers/run-cli.js";

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "relcheck-threads-"));
  for (const f of readdirSync("seeds")) copyFileSync(join("seeds", f), join(dir, f));
  const [first] = readdirSync("seeds");
  copyFileSync(join("seeds", first!), join(dir, "zz-copy-of-first.txt"));
  writeFileSync(join(dir, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
  writeFileSync(join(dir, "latin1.txt"), Buffer.from("Pakistan recognised the regime in 1997, caf\xe9 owners said.\n", "latin1"));
  writeFileSync(join(dir, "tiny.txt"), "Islamabad recognized the government in 1996.\n");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function json(args: string[]): Promise<{ code: number; out: string; stderr: string }> {
  const out = join(dir, `out-${args.join("-").replace(/[^a-z0-9-]/gi, "")}.json`);
  const run = await runCli(["scan", ...args, "-f", `json=${out}`, "--as-of", "2025-09-05"], { cwd: process.cwd() });
  return { code: run.code, out: readFileSync(out, "utf8"), stderr: run.stderr };
}

describe("scan --concurrency", () => {
  it("runs worker threads from the build", () => {
    expect(workerScript(), "dist/cli/concurrency-worker.js is missing: run npm run build").not.toBeNull();
  });

  it("gives the same report with 1, 2 and 3 threads on the seeds", async () => {
    const one = await json(["seeds", "--concurrency", "1"]);
    for (const n of ["2", "3"]) {
      const many = await json(["seeds", "--concurrency", n]);
      expect(many.out).toBe(one.out);
      expect(many.code).toBe(one.code);
      expect(many.stderr).toBe(one.stderr);
    }
  });

  it("gives the same report, warnings and duplicates with threads on mixed inputs", async () => {
    const one = await json([dir, "--concurrency", "1"]);
    const two = await json([dir, "--concurrency", "2"]);
    expect(two.out).toBe(one.out);
    expect(two.stderr).toBe(one.stderr);
    const report = JSON.parse(one.out) as { documents: { path: string; duplicates?: string[] }[]; diagnostics: { code: string }[] };
    expect(report.documents.some((d) => d.duplicates?.some((p) => p.endsWith("zz-copy-of-first.txt")))).toBe(true);
    expect(report.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(["RC101", "RC104"]));
  });

  it("rejects a thread count that is not a whole number from 1 up", async () => {
    for (const bad of ["0", "two", "1.5", "-2"]) {
      const run = await runCli(["scan", "seeds", "--concurrency", bad]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^relcheck: --concurrency '.*' is not a number of threads/);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
    }
  });

  it("by default runs small inputs in this thread and large ones on every core", () => {
    const task = (bytes: number) => ({ index: 0, job: { path: "a", manifestDate: null }, bytes });
    expect(threadsFor("auto", [task(50_000), task(60_000)])).toBe(1);
    expect(threadsFor("auto", Array.from({ length: 40 }, () => task(100_000)))).toBe(Math.min(availableParallelism(), 2));
    expect(threadsFor("auto", Array.from({ length: 400 }, () => task(100_000)))).toBe(Math.min(availableParallelism(), 20));
    expect(threadsFor(3, [task(10)])).toBe(3);
  });
});
