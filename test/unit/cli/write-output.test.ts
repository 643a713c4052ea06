import { createHash } from "node:crypto";
import { chmodSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { inputsOf, writeOutput } from "../../../src/cli/write-output.js";
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

function refused(fn: () => void): UserError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error("expected a UserError");
}

describe("writeOutput", () => {
  it("writes the content and leaves no temporary file behind", () => {
    writeOutput("report.json", '{"ok":true}\n', { cwd: dir, inputs: ["a.txt"] });
    expect(readFileSync(join(dir, "report.json"), "utf8")).toBe('{"ok":true}\n');
    expect(readdirSync(dir).sort()).toEqual(["a.txt", "report.json"]);
  });

  it("replaces an existing report and keeps its permissions", () => {
    writeFileSync(join(dir, "report.json"), "old");
    chmodSync(join(dir, "report.json"), 0o640);
    writeOutput("report.json", "new", { cwd: dir, inputs: ["a.txt"] });
    expect(readFileSync(join(dir, "report.json"), "utf8")).toBe("new");
    expect(statSync(join(dir, "report.json")).mode & 0o777).toBe(0o640);
  });

  it.each([
    ["the same relative path", "a.txt", ["a.txt"]],
    ["a path spelled differently", "./sub/../a.txt", ["a.txt"]],
    ["an absolute path to a relative input", "ABS", ["a.txt"]],
  ])("refuses to overwrite an input named by %s", (_label, target, inputs) => {
    mkdirSync(join(dir, "sub"));
    const before = sha(join(dir, "a.txt"));
    const path = target === "ABS" ? join(dir, "a.txt") : target;
    const error = refused(() => writeOutput(path, "x", { cwd: dir, inputs }));
    expect(error.message).toMatch(/input file/);
    expect(error.file).toBe(path);
    expect(sha(join(dir, "a.txt"))).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(["a.txt", "sub"]);
  });

  it("refuses a symlink or hard link that points at an input", () => {
    symlinkSync(join(dir, "a.txt"), join(dir, "link.json"));
    linkSync(join(dir, "a.txt"), join(dir, "hard.json"));
    const before = sha(join(dir, "a.txt"));
    refused(() => writeOutput("link.json", "x", { cwd: dir, inputs: ["a.txt"] }));
    refused(() => writeOutput("hard.json", "x", { cwd: dir, inputs: ["a.txt"] }));
    expect(sha(join(dir, "a.txt"))).toBe(before);
  });

  it("refuses a byte-identical copy of an input (counted once, still an input)", () => {
    writeFileSync(join(dir, "copy.txt"), readFileSync(join(dir, "a.txt")));
    const error = refused(() => writeOutput("copy.txt", "x", { cwd: dir, inputs: ["a.txt"] }));
    expect(error.message).toMatch(/same content as input a\.txt/);
    expect(readFileSync(join(dir, "copy.txt"))).toEqual(readFileSync(join(dir, "a.txt")));
    // a file of another content is an ordinary output
    writeFileSync(join(dir, "old-report.txt"), "y".repeat(readFileSync(join(dir, "a.txt")).length));
    writeOutput("old-report.txt", "new", { cwd: dir, inputs: ["a.txt"] });
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

  it("refuses an input reached through a symlinked directory", () => {
    mkdirSync(join(dir, "real"));
    writeFileSync(join(dir, "real", "b.txt"), "text");
    symlinkSync(join(dir, "real"), join(dir, "alias"));
    refused(() => writeOutput("alias/b.txt", "x", { cwd: dir, inputs: ["real/b.txt"] }));
    expect(readFileSync(join(dir, "real", "b.txt"), "utf8")).toBe("text");
  });

  it("names the file when the directory does not exist, and creates nothing", () => {
    const error = refused(() => writeOutput("missing/report.json", "x", { cwd: dir, inputs: ["a.txt"] }));
    expect(error.file).toBe("missing/report.json");
    expect(error.message).toMatch(/does not exist/);
    expect(existsSync(join(dir, "missing"))).toBe(false);
  });

  it("reports a parent that is a file, and leaves the input alone", () => {
    const before = sha(join(dir, "a.txt"));
    const error = refused(() => writeOutput("a.txt/report.json", "x", { cwd: dir, inputs: ["b.txt"] }));
    expect(error.message).toMatch(/not a directory/);
    expect(sha(join(dir, "a.txt"))).toBe(before);
    expect(readdirSync(dir)).toEqual(["a.txt"]);
  });

  it("refuses a directory as the target", () => {
    mkdirSync(join(dir, "out"));
    const error = refused(() => writeOutput("out", "x", { cwd: dir, inputs: ["a.txt"] }));
    expect(error.message).toMatch(/directory/);
  });

  it.skipIf(process.getuid?.() === 0)("leaves the old report intact when the directory is not writable", () => {
    mkdirSync(join(dir, "ro"));
    writeFileSync(join(dir, "ro", "report.json"), "old");
    chmodSync(join(dir, "ro"), 0o555);
    const error = refused(() => writeOutput("ro/report.json", "new", { cwd: dir, inputs: ["a.txt"] }));
    expect(error.message).toMatch(/permission denied/);
    expect(readFileSync(join(dir, "ro", "report.json"), "utf8")).toBe("old");
    expect(readdirSync(join(dir, "ro"))).toEqual(["report.json"]);
    chmodSync(join(dir, "ro"), 0o755);
  });
});
