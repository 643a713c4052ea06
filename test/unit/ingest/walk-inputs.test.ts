import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UserError } from "../../../src/errors.js";
import { expandInputs } from "../../../src/ingest/walk-inputs.js";

let dir: string;
const put = (rel: string, text = "text\n") => {
  mkdirSync(join(dir, rel, ".."), { recursive: true });
  writeFileSync(join(dir, rel), text);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "relcheck-walk-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function userError(paths: string[]): UserError {
  try {
    expandInputs(paths, dir);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error("expected a UserError");
}

describe("expandInputs", () => {
  it("walks a directory for text extensions, sorted, skipping dot-files", () => {
    put("d/b.md");
    put("d/a.txt");
    put("d/sub/c.HTML");
    put("d/image.png");
    put("d/.hidden.txt");
    put("d/.git/x.txt");
    expect(expandInputs(["d"], dir).files).toEqual(["d/a.txt", "d/b.md", "d/sub/c.HTML"]);
    expect(expandInputs(["./d/"], dir).files).toEqual(["d/a.txt", "d/b.md", "d/sub/c.HTML"]);
  });

  it("walks the working directory itself as '.' with paths relative to it", () => {
    put("a.txt");
    put("s/b.txt");
    expect(expandInputs(["."], dir).files).toEqual(["a.txt", "s/b.txt"]);
  });

  it("expands globs with any extension and de-duplicates overlapping inputs", () => {
    put("d/a.txt");
    put("d/b.dat");
    put("d/sub/c.txt");
    expect(expandInputs(["d/*"], dir).files).toEqual(["d/a.txt", "d/b.dat"]);
    expect(expandInputs(["d/**/*.txt", "d/a.txt", "./d/*.txt"], dir).files).toEqual(["d/a.txt", "d/sub/c.txt"]);
  });

  it("ends symbolic-link loops quickly, with a warning naming the link", () => {
    put("d/a.txt");
    put("d/sub/b.txt");
    symlinkSync("..", join(dir, "d/sub/up"));
    symlinkSync("../d", join(dir, "d/self"));
    symlinkSync(".", join(dir, "d/sub/here"));
    const started = performance.now();
    const result = expandInputs(["d"], dir);
    const globbed = expandInputs(["d/**/*.txt"], dir);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result.files).toEqual(["d/a.txt", "d/sub/b.txt"]);
    expect(globbed.files).toEqual(["d/a.txt", "d/sub/b.txt"]);
    expect(result.diagnostics.map((d) => [d.code, d.file])).toEqual([
      ["RC105", "d/self"],
      ["RC105", "d/sub/here"],
      ["RC105", "d/sub/up"],
    ]);
    expect(result.diagnostics[0]!.message).toMatch(/loop/);
  });

  it("does not follow a link to a directory that contains the walk (the root of the file system)", () => {
    put("d/a.txt");
    symlinkSync("/", join(dir, "d/root"));
    symlinkSync(dir, join(dir, "d/home"));
    const result = expandInputs(["d"], dir);
    expect(result.files).toEqual(["d/a.txt"]);
    expect(result.diagnostics.map((d) => [d.file, d.message])).toEqual([
      ["d/home", "symbolic link loop (leads back to .); not followed"],
      ["d/root", expect.stringMatching(/^symbolic link loop \(leads back to .*\); not followed$/)],
    ]);
  });

  it("follows a link to a directory outside once, and warns about broken links", () => {
    put("outside/x.txt");
    put("d/a.txt");
    symlinkSync("../outside", join(dir, "d/out"));
    symlinkSync("../outside", join(dir, "d/out2"));
    symlinkSync("missing.txt", join(dir, "d/broken.txt"));
    const result = expandInputs(["d"], dir);
    expect(result.files).toEqual(["d/a.txt", "d/out/x.txt"]);
    expect(result.diagnostics.map((d) => [d.code, d.file, d.message])).toEqual([["RC105", "d/broken.txt", "broken symbolic link; not followed"]]);
  });

  it.each([
    [["missing.txt"], "missing.txt", /no such file or directory/],
    [["nothing/*.txt"], "nothing/*.txt", /matches no file/],
    [["empty"], "empty", /no text files/],
    [["a.txt/b.txt"], "a.txt/b.txt", /a parent is a file/],
    [["loop.txt"], "loop.txt", /symbolic link loop/],
    [["dangling.txt"], "dangling.txt", /broken symbolic link/],
    [[""], undefined, /empty path/],
  ])("refuses %j naming it", (paths, file, message) => {
    mkdirSync(join(dir, "empty"));
    put("a.txt");
    symlinkSync("loop2.txt", join(dir, "loop.txt"));
    symlinkSync("loop.txt", join(dir, "loop2.txt"));
    symlinkSync("gone.txt", join(dir, "dangling.txt"));
    const error = userError(paths);
    expect(error.file).toBe(file);
    expect(error.message).toMatch(message);
  });

  it("skips a named pipe with a warning instead of blocking on it", () => {
    put("a.txt");
    execFileSync("mkfifo", [join(dir, "pipe.txt")]);
    const result = expandInputs(["a.txt", "pipe.txt"], dir);
    expect(result.files).toEqual(["a.txt"]);
    expect(result.diagnostics).toEqual([
      { code: "RC103", severity: "warning", message: "not a regular file (a pipe, socket or device); skipped", file: "pipe.txt" },
    ]);
    // inside a directory a pipe is simply not a document
    expect(expandInputs(["."], dir).files).toEqual(["a.txt"]);
  });
});
