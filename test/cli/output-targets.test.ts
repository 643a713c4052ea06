/**
 * Where `scan`, `baseline` and `init` write, through the whole CLI: folders of an output path are
 * created, links are followed, FIFOs written into, files that cannot be written named in one line
 * (exit 2), and a job summary that cannot be written is only a warning. Links and FIFOs are made
 * in a temporary folder; no test writes to a device of the machine.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const ROOT = resolve(import.meta.dirname, "..", "..");
const A = "Pakistan recognised the Taliban government in May 1997.\n";
const B = "Islamabad recognized the Taliban government in 1996.\n";

let dir = "";
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function workspace(): string {
  dir = mkdtempSync(join(tmpdir(), "relcheck-targets-"));
  writeFileSync(join(dir, "a.txt"), A);
  writeFileSync(join(dir, "b.txt"), B);
  return dir;
}

const oneLine = (stderr: string): string => {
  expect(stderr.endsWith("\n")).toBe(true);
  expect(stderr.slice(0, -1)).not.toContain("\n");
  return stderr.slice(0, -1);
};

describe("scan --output and --format NAME=FILE", () => {
  it("create the folders of their paths", async () => {
    workspace();
    const run = await runCli(["scan", "a.txt", "b.txt", "-f", "json", "-o", "out/json/report.json", "-f", "csv=out/csv/report.csv"], { cwd: dir });
    expect(run.code, run.stderr).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, "out/json/report.json"), "utf8")).summary.documents).toBe(2);
    expect(readFileSync(join(dir, "out/csv/report.csv"), "utf8")).toMatch(/^finding_id,/);
  });

  it("follow a symbolic link and write its target", async () => {
    workspace();
    mkdirSync(join(dir, "reports"));
    symlinkSync("reports/latest.json", join(dir, "latest.json"));
    const run = await runCli(["scan", "a.txt", "b.txt", "-f", "json", "-o", "latest.json"], { cwd: dir });
    expect(run.code, run.stderr).toBe(1);
    expect(lstatSync(join(dir, "latest.json")).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, "reports/latest.json"), "utf8")).summary.documents).toBe(2);
  });

  it.skipIf(!existsSync("/proc/version"))("say in one line why a file in /proc cannot be written (exit 2)", async () => {
    workspace();
    const run = await runCli(["scan", "a.txt", "b.txt", "-f", "json=/proc/version"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toBe("relcheck: /proc/version: cannot write the report: cannot create a file in /proc: the file system there accepts no new files");
  });
});

/** The line a run that exits 1 ends its stderr with. */
const EXIT_1 = "relcheck: 1 contradiction fails the run (--fail-on contradict)\n";

describe("the built CLI writing to /dev/stdout and a FIFO", () => {
  const bin = join(ROOT, "bin", "relcheck.js");

  it("-o /dev/stdout prints the report on stdout", () => {
    workspace();
    const plain = spawnSync(process.execPath, [bin, "scan", "a.txt", "b.txt", "-f", "json"], { cwd: dir, encoding: "utf8" });
    const run = spawnSync(process.execPath, [bin, "scan", "a.txt", "b.txt", "-f", "json", "-o", "/dev/stdout"], { cwd: dir, encoding: "utf8" });
    expect(run.stderr).toBe(EXIT_1);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(plain.stdout);
    expect(readdirSync(dir).sort()).toEqual(["a.txt", "b.txt"]);
  });

  it("-o FIFO writes into the pipe and leaves it a pipe", async () => {
    workspace();
    expect(spawnSync("mkfifo", [join(dir, "pipe")]).status).toBe(0);
    const reader = spawn("sh", ["-c", 'cat pipe > received.json'], { cwd: dir });
    const readerDone = new Promise((done) => reader.on("exit", done));
    try {
      const run = spawnSync(process.execPath, [bin, "scan", "a.txt", "b.txt", "-f", "json", "-o", "pipe"], { cwd: dir, encoding: "utf8", timeout: 20_000 });
      expect(run.stderr).toBe(EXIT_1);
      expect(run.status).toBe(1);
      await Promise.race([readerDone, new Promise((done) => setTimeout(done, 5000))]);
    } finally {
      if (reader.exitCode === null) reader.kill();
    }
    expect(lstatSync(join(dir, "pipe")).isFIFO()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, "received.json"), "utf8")).summary.documents).toBe(2);
  });
});

describe("the GitHub job summary", () => {
  it("that cannot be written is a warning, and the exit code stays that of the findings", async () => {
    workspace();
    mkdirSync(join(dir, "summary-is-a-folder"));
    const run = await runCli(["scan", "a.txt", "b.txt", "-f", "github"], { cwd: dir, env: { GITHUB_STEP_SUMMARY: "summary-is-a-folder" } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error /);
    expect(oneLine(run.stderr.replace(EXIT_1, ""))).toMatch(/^relcheck: warning: summary-is-a-folder: cannot write the GitHub job summary: /);
    expect(run.stderr.endsWith(EXIT_1)).toBe(true);
  });

  it("is never appended to a block device: a warning (a node made here; skipped where mknod is not permitted)", async (ctx) => {
    workspace();
    // major 240 is reserved for local use: no driver behind it on an ordinary machine
    const made = spawnSync("mknod", [join(dir, "disk"), "b", "240", "0"], { encoding: "utf8" });
    if (made.status !== 0) {
      console.warn(`mknod not permitted here (${(made.stderr || "").trim()}): block-device case skipped`);
      return ctx.skip();
    }
    const run = await runCli(["scan", "a.txt", "b.txt", "-f", "github"], { cwd: dir, env: { GITHUB_STEP_SUMMARY: "disk" } });
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr.replace(EXIT_1, ""))).toBe("relcheck: warning: disk: cannot write the GitHub job summary: it is a block device");
    expect(lstatSync(join(dir, "disk")).isBlockDevice()).toBe(true);
  });

  it("is never written over an input: a warning too", async () => {
    workspace();
    const run = await runCli(["scan", "a.txt", "b.txt", "-f", "github"], { cwd: dir, env: { GITHUB_STEP_SUMMARY: "a.txt" } });
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr.replace(EXIT_1, ""))).toBe("relcheck: warning: a.txt: refusing to write the GitHub job summary over an input file (a.txt)");
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe(A);
  });
});

describe("baseline -o", () => {
  it("creates its folders and follows a link", async () => {
    workspace();
    const run = await runCli(["baseline", "a.txt", "b.txt", "-o", "ci/relcheck-baseline.json"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "ci/relcheck-baseline.json"), "utf8")).findings).toHaveLength(1);
    symlinkSync("ci/relcheck-baseline.json", join(dir, "baseline-link.json"));
    writeFileSync(join(dir, "ci/relcheck-baseline.json"), "{}");
    const again = await runCli(["baseline", "a.txt", "b.txt", "-o", "baseline-link.json"], { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(lstatSync(join(dir, "baseline-link.json")).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, "ci/relcheck-baseline.json"), "utf8")).findings).toHaveLength(1);
  });
});

describe("init where nothing can be written", () => {
  it.skipIf(!existsSync("/proc/version"))("is one line and exit 2 (a folder of /proc)", async () => {
    const run = await runCli(["init", "/proc"], { cwd: tmpdir() });
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toMatch(/^relcheck: .*relcheck-rules: cannot create the folder: the file system there accepts no new files$/);
  });

  it.skipIf(process.getuid?.() === 0)("is one line and exit 2 (a read-only folder)", async () => {
    workspace();
    mkdirSync(join(dir, "ro"), { mode: 0o555 });
    const run = await runCli(["init", "ro"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toMatch(/^relcheck: ro\/relcheck-rules: cannot create the folder: permission denied$/);
  });
});
