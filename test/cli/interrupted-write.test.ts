/**
 * A write interrupted by SIGINT or SIGTERM leaves the old report as it was and no temporary file:
 * a child process runs the built writer (dist/cli) with the exit handlers bin/relcheck.js installs,
 * and signals itself in the middle of writing a report given in pieces.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const DIST = resolve(import.meta.dirname, "..", "..", "dist", "cli");

const CHILD = `
const [dist, dir, signal] = process.argv.slice(1);
const { writeOutput } = await import(dist + "/write-output.js");
const { installTempCleanup } = await import(dist + "/temp-cleanup.js");
installTempCleanup();
function* pieces() {
  for (let i = 0; i < 64; i++) {
    if (i === 3) process.kill(process.pid, signal);
    yield "x".repeat(1 << 20);
  }
}
await writeOutput("report.json", pieces(), { cwd: dir, inputs: [] });
process.stdout.write("finished without being stopped\\n");
`;

let dir = "";
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe("an interrupted write", () => {
  it.each(["SIGINT", "SIGTERM"])("on %s removes its temporary file, keeps the old report and ends by the signal", (signal) => {
    dir = mkdtempSync(join(tmpdir(), "relcheck-interrupt-"));
    writeFileSync(join(dir, "report.json"), "old report");
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", CHILD, pathToFileURL(DIST).href, dir, signal], { encoding: "utf8" });
    expect(child.stdout).toBe("");
    expect(child.signal).toBe(signal);
    expect(readdirSync(dir)).toEqual(["report.json"]);
    expect(readFileSync(join(dir, "report.json"), "utf8")).toBe("old report");
  });
});
