/**
 * writeOutput: what is at the target decides how it is written. Every FIFO, link and device node
 * here is made in a temporary folder; no test writes to a device of the machine. Device nodes
 * need mknod (root in most CI containers); where it is not permitted those cases say so and skip.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { inputsOf, writeOutput, type WriteOutputOptions } from "../../../src/cli/write-output.js";
import { UserError } from "../../../src/errors.js";

let dir: string;
const sha = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "relcheck-out-"));
  writeFileSync(join(dir, "a.txt"), "In 1997 Pakistan recognised the regime.\n");
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

const opts = (extra: Partial<WriteOutputOptions> = {}): WriteOutputOptions => ({ cwd: dir, inputs: ["a.txt"], ...extra });

async function refused(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error("expected a UserError");
}

/** mknod in the temporary folder; false when the system does not permit it. */
function mknod(name: string, type: "c" | "b", major: number, minor: number): boolean {
  const made = spawnSync("mknod", [join(dir, name), type, String(major), String(minor)], { encoding: "utf8" });
  if (made.status !== 0) {
    console.warn(`mknod not permitted here (${(made.stderr || made.error?.message || "").trim()}): device-node case skipped`);
    return false;
  }
  return true;
}

describe("writeOutput to a new path or a regular file", () => {
  it("writes the content and leaves no temporary file behind", async () => {
    await writeOutput("report.json", '{"ok":true}\n', opts());
    expect(readFileSync(join(dir, "report.json"), "utf8")).toBe('{"ok":true}\n');
    expect(readdirSync(dir).sort()).toEqual(["a.txt", "report.json"]);
  });

  it("writes content given in pieces, a character outside the BMP across a piece boundary intact", async () => {
    const big = `${"x".repeat((1 << 20) - 1)}😀${"y".repeat(10)}`;
    await writeOutput("report.json", ["[", big, "]\n"], opts());
    expect(readFileSync(join(dir, "report.json"), "utf8")).toBe(`[${big}]\n`);
  });

  it("replaces an existing report and keeps its permissions", async () => {
    writeFileSync(join(dir, "report.json"), "old");
    chmodSync(join(dir, "report.json"), 0o640);
    await writeOutput("report.json", "new", opts());
    expect(readFileSync(join(dir, "report.json"), "utf8")).toBe("new");
    expect(statSync(join(dir, "report.json")).mode & 0o777).toBe(0o640);
  });

  it("creates the folders of the path", async () => {
    await writeOutput("out/reports/2025/report.json", "new", opts());
    expect(readFileSync(join(dir, "out/reports/2025/report.json"), "utf8")).toBe("new");
  });

  it("reports a parent that is a file, and leaves the input alone", async () => {
    const before = sha(join(dir, "a.txt"));
    const error = await refused(writeOutput("a.txt/report.json", "x", opts({ inputs: ["b.txt"] })));
    expect(error.message).toMatch(/not a directory/);
    expect(sha(join(dir, "a.txt"))).toBe(before);
    expect(readdirSync(dir)).toEqual(["a.txt"]);
  });

  it("refuses a directory as the target", async () => {
    mkdirSync(join(dir, "out"));
    const error = await refused(writeOutput("out", "x", opts()));
    expect(error.message).toMatch(/directory/);
  });

  it.skipIf(process.getuid?.() === 0)("leaves the old report intact when the directory is not writable", async () => {
    mkdirSync(join(dir, "ro"));
    writeFileSync(join(dir, "ro", "report.json"), "old");
    chmodSync(join(dir, "ro"), 0o555);
    const error = await refused(writeOutput("ro/report.json", "new", opts()));
    expect(error.message).toMatch(/permission denied/);
    expect(readFileSync(join(dir, "ro", "report.json"), "utf8")).toBe("old");
    expect(readdirSync(join(dir, "ro"))).toEqual(["report.json"]);
    chmodSync(join(dir, "ro"), 0o755);
  });

  it.skipIf(!existsSync("/proc/version"))("says what failed for a file in /proc, where no file can be created", async () => {
    const before = readFileSync("/proc/version", "utf8");
    const error = await refused(writeOutput("/proc/version", "x", opts()));
    expect(error.file).toBe("/proc/version");
    expect(error.message).not.toMatch(/does not exist/);
    expect(error.message).toMatch(/cannot write the report: cannot create a file in \/proc/);
    expect(error.message).not.toContain("\n");
    expect(readFileSync("/proc/version", "utf8")).toBe(before);
  });
});

describe("writeOutput never writes over an input", () => {
  it.each([
    ["the same relative path", "a.txt", ["a.txt"]],
    ["a path spelled differently", "./sub/../a.txt", ["a.txt"]],
    ["an absolute path to a relative input", "ABS", ["a.txt"]],
  ])("refuses to overwrite an input named by %s", async (_label, target, inputs) => {
    mkdirSync(join(dir, "sub"));
    const before = sha(join(dir, "a.txt"));
    const path = target === "ABS" ? join(dir, "a.txt") : target;
    const error = await refused(writeOutput(path, "x", opts({ inputs })));
    expect(error.message).toMatch(/input file/);
    expect(error.file).toBe(path);
    expect(sha(join(dir, "a.txt"))).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(["a.txt", "sub"]);
  });

  it("refuses a symlink or hard link that points at an input", async () => {
    symlinkSync(join(dir, "a.txt"), join(dir, "link.json"));
    linkSync(join(dir, "a.txt"), join(dir, "hard.json"));
    const before = sha(join(dir, "a.txt"));
    await refused(writeOutput("link.json", "x", opts()));
    await refused(writeOutput("hard.json", "x", opts()));
    expect(sha(join(dir, "a.txt"))).toBe(before);
    expect(lstatSync(join(dir, "link.json")).isSymbolicLink()).toBe(true);
  });

  it("refuses a byte-identical copy of an input (counted once, still an input)", async () => {
    writeFileSync(join(dir, "copy.txt"), readFileSync(join(dir, "a.txt")));
    const error = await refused(writeOutput("copy.txt", "x", opts()));
    expect(error.message).toMatch(/same content as input a\.txt/);
    expect(readFileSync(join(dir, "copy.txt"))).toEqual(readFileSync(join(dir, "a.txt")));
    writeFileSync(join(dir, "old-report.txt"), "y".repeat(readFileSync(join(dir, "a.txt")).length));
    await writeOutput("old-report.txt", "new", opts());
    expect(readFileSync(join(dir, "old-report.txt"), "utf8")).toBe("new");
  });

  it("lists every input of a report: documents, their copies and skipped files", () => {
    expect(
      inputsOf({
        documents: [{ path: "b.txt", duplicates: ["copy/b.txt"] }, { path: "a.txt" }],
        diagnostics: [{ file: "photo.png" }, {}, { file: "a.txt" }],
      }),
    ).toEqual(["a.txt", "b.txt", "copy/b.txt", "photo.png"]);
  });

  it("refuses an input reached through a symlinked directory", async () => {
    mkdirSync(join(dir, "real"));
    writeFileSync(join(dir, "real", "b.txt"), "text");
    symlinkSync(join(dir, "real"), join(dir, "alias"));
    await refused(writeOutput("alias/b.txt", "x", opts({ inputs: ["real/b.txt"] })));
    expect(readFileSync(join(dir, "real", "b.txt"), "utf8")).toBe("text");
  });
});

describe("writeOutput follows symbolic links", () => {
  it("writes the link's target and keeps the link", async () => {
    mkdirSync(join(dir, "reports"));
    writeFileSync(join(dir, "reports", "latest.json"), "old");
    symlinkSync("reports/latest.json", join(dir, "link.json"));
    await writeOutput("link.json", "new", opts());
    expect(lstatSync(join(dir, "link.json")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, "link.json"))).toBe("reports/latest.json");
    expect(readFileSync(join(dir, "reports", "latest.json"), "utf8")).toBe("new");
    expect(readdirSync(join(dir, "reports"))).toEqual(["latest.json"]);
  });

  it("creates the file a link points at when it does not exist yet, through a chain of links", async () => {
    symlinkSync("second.json", join(dir, "first.json"));
    symlinkSync("target.json", join(dir, "second.json"));
    await writeOutput("first.json", "new", opts());
    expect(lstatSync(join(dir, "first.json")).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, "second.json")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "target.json"), "utf8")).toBe("new");
  });

  it("refuses a link that loops, naming the problem", async () => {
    symlinkSync("loop-b.json", join(dir, "loop-a.json"));
    symlinkSync("loop-a.json", join(dir, "loop-b.json"));
    const error = await refused(writeOutput("loop-a.json", "x", opts()));
    expect(error.message).toMatch(/symbolic link that loops/);
  });
});

describe("writeOutput to special files", () => {
  it("writes into a FIFO without replacing it", async () => {
    const fifo = join(dir, "pipe");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const reader = spawn("sh", ["-c", `cat "${fifo}" > "${join(dir, "received.txt")}"`]);
    const exited = new Promise((resolve) => reader.on("exit", resolve));
    try {
      await writeOutput("pipe", "through the pipe\n", opts());
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    } finally {
      if (reader.exitCode === null) reader.kill();
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readFileSync(join(dir, "received.txt"), "utf8")).toBe("through the pipe\n");
    expect(readdirSync(dir).sort()).toEqual(["a.txt", "pipe", "received.txt"]);
  });

  it("writes /dev/stdout and /dev/stderr to the CLI's own streams", async () => {
    let out = "";
    let err = "";
    const io = { stdout: (s: string) => void (out += s), stderr: (s: string) => void (err += s) };
    await writeOutput("/dev/stdout", "to stdout", opts({ io }));
    await writeOutput("/dev/stderr", ["to ", "stderr"], opts({ io }));
    expect([out, err]).toEqual(["to stdout", "to stderr"]);
  });

  it("writes into a character device without replacing it (a copy of the null device's node)", async (ctx) => {
    if (!mknod("null", "c", 1, 3)) return ctx.skip();
    await writeOutput("null", "discarded", opts());
    expect(lstatSync(join(dir, "null")).isCharacterDevice()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["a.txt", "null"]);
  });

  it("reports a write error of a character device (a copy of the full device's node), one line", async (ctx) => {
    if (!mknod("full", "c", 1, 7)) return ctx.skip();
    const error = await refused(writeOutput("full", "x".repeat(10_000), opts()));
    expect(error.message).toBe("cannot write the report: no space left on device");
    expect(error.file).toBe("full");
    expect(lstatSync(join(dir, "full")).isCharacterDevice()).toBe(true);
  });

  it("refuses a block device and leaves it as it is", async (ctx) => {
    // major 240 is reserved for local use: no driver behind it on an ordinary machine
    if (!mknod("disk", "b", 240, 0)) return ctx.skip();
    const error = await refused(writeOutput("disk", "x", opts()));
    expect(error.message).toMatch(/is a block device/);
    expect(lstatSync(join(dir, "disk")).isBlockDevice()).toBe(true);
  });

  it("refuses a socket and leaves it as it is", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, "sock"), resolve));
    try {
      const error = await refused(writeOutput("sock", "x", opts()));
      expect(error.message).toMatch(/is a socket/);
      expect(lstatSync(join(dir, "sock")).isSocket()).toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe("temporary files", () => {
  it("removes the temporary files an earlier run left for the same target, and nothing else", async () => {
    const old = new Date(Date.now() - 3_600_000);
    const stale = [".report.json.relcheck-0a1b2c3d-1.tmp", ".report.json.0123456789abcdef.tmp"];
    const kept = [".report.json.notes.tmp", ".other.json.relcheck-0a1b2c3d-1.tmp", "report.json.bak"];
    for (const name of [...stale, ...kept]) {
      writeFileSync(join(dir, name), "partial");
      utimesSync(join(dir, name), old, old);
    }
    // one being written right now by another run: newer than this run's start
    writeFileSync(join(dir, ".report.json.relcheck-9e8d7c6b-4.tmp"), "in progress");
    const future = new Date(Date.now() + 60_000);
    utimesSync(join(dir, ".report.json.relcheck-9e8d7c6b-4.tmp"), future, future);
    await writeOutput("report.json", "new", opts());
    expect(readdirSync(dir).sort()).toEqual([...kept, ".report.json.relcheck-9e8d7c6b-4.tmp", "a.txt", "report.json"].sort());
  });

  it("removes its temporary file when the write fails", async () => {
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "out", "report.json"), "old");
    // the rename fails: the target's name is taken by a non-empty directory created after planning
    const content = (function* () {
      yield "first piece";
      rmSync(join(dir, "out", "report.json"));
      mkdirSync(join(dir, "out", "report.json", "inside"), { recursive: true });
      yield "second piece";
    })();
    await refused(writeOutput("out/report.json", content, opts()));
    expect(readdirSync(join(dir, "out"))).toEqual(["report.json"]);
    expect(statSync(join(dir, "out", "report.json")).isDirectory()).toBe(true);
  });
});
