import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
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

  it("does not follow symbolic links found by walking unless asked to (a named link is followed)", () => {
    put("d/a.txt");
    put("outside/x.txt");
    put("outside/y.txt");
    symlinkSync("../outside", join(dir, "d/out"));
    symlinkSync("../outside/y.txt", join(dir, "d/y.txt"));
    symlinkSync("..", join(dir, "d/up"));
    symlinkSync("missing.txt", join(dir, "d/broken.txt"));
    expect(expandInputs(["d"], dir)).toEqual({ files: ["d/a.txt"], named: new Set(), diagnostics: [] });
    expect(expandInputs(["d/**/*.txt"], dir).files).toEqual(["d/a.txt"]);
    expect(expandInputs(["d/out", "d/y.txt"], dir).files).toEqual(["d/out/x.txt", "d/out/y.txt", "d/y.txt"]);
    expect(expandInputs(["d"], dir, { follow: true }).files).toEqual(["d/a.txt", "d/out/x.txt", "d/out/y.txt", "d/y.txt"]);
  });

  it("ends symbolic-link loops quickly with --follow, with a warning naming the link", () => {
    put("d/a.txt");
    put("d/sub/b.txt");
    symlinkSync("..", join(dir, "d/sub/up"));
    symlinkSync("../d", join(dir, "d/self"));
    symlinkSync(".", join(dir, "d/sub/here"));
    const started = performance.now();
    const result = expandInputs(["d"], dir, { follow: true });
    const globbed = expandInputs(["d/**/*.txt"], dir, { follow: true });
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
    const result = expandInputs(["d"], dir, { follow: true });
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
    const result = expandInputs(["d"], dir, { follow: true });
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
  });

  it("skips a named pipe found in a folder with a warning, never opening it", () => {
    put("d/a.txt");
    execFileSync("mkfifo", [join(dir, "d/pipe.txt")]);
    execFileSync("mkfifo", [join(dir, "d/pipe.bin")]);
    const result = expandInputs(["d"], dir);
    expect(result.files).toEqual(["d/a.txt"]);
    // only what would have been read (a .txt name) is worth a word
    expect(result.diagnostics).toEqual([{ code: "RC103", severity: "warning", message: "a named pipe, not a text file; skipped", file: "d/pipe.txt" }]);
  });

  it("warns about a folder it cannot read and goes on (a named one too: no 'no text files')", () => {
    put("d/a.txt");
    put("d/locked/b.txt");
    put("e/c.txt");
    const denied = Object.assign(new Error("EACCES: permission denied, scandir"), { code: "EACCES" });
    const readdir = (path: string) => {
      if (path.endsWith("locked") || path.endsWith("e")) throw denied;
      return readdirSync(path, { withFileTypes: true });
    };
    const result = expandInputs(["d", "e"], dir, { readdir });
    expect(result.files).toEqual(["d/a.txt"]);
    expect(result.diagnostics.map((d) => [d.code, d.file, d.message])).toEqual([
      ["RC103", "d/locked", "cannot read folder: permission denied"],
      ["RC103", "e", "cannot read folder: permission denied"],
    ]);
  });

  it("warns RC103 about folders nested beyond the system's path length and reads the rest", () => {
    put("deep/a.txt");
    // Made with relative steps, as no single path to the bottom is accepted by the system.
    const script = 'process.chdir(process.argv[1]); for (let i = 0; i < 420; i++) { require("fs").mkdirSync("n123456789"); process.chdir("n123456789"); } require("fs").writeFileSync("b.txt", "x");';
    try {
      execFileSync(process.execPath, ["-e", script, join(dir, "deep")]);
      const result = expandInputs(["deep"], dir);
      expect(result.files[0]).toBe("deep/a.txt");
      expect(result.diagnostics).toHaveLength(1);
      expect(result.diagnostics[0]).toMatchObject({ code: "RC103", severity: "warning", message: "path too long for the system; folder not read" });
      expect(result.diagnostics[0]!.file).toMatch(/^deep\/n123456789\/n123456789\//);
    } finally {
      execFileSync("rm", ["-rf", join(dir, "deep")]);
    }
  });
});

describe("expandInputs: ignore rules", () => {
  it("skips node_modules and dot-folders when walking, but reads them when named", () => {
    put("p/a.txt");
    put("p/node_modules/pkg/readme.md");
    put("p/.cache/notes.txt");
    expect(expandInputs(["p"], dir).files).toEqual(["p/a.txt"]);
    expect(userError(["p/**/*.md"]).message).toBe("the pattern matches no file");
    expect(expandInputs(["p/node_modules/pkg"], dir).files).toEqual(["p/node_modules/pkg/readme.md"]);
    expect(expandInputs(["p/.cache"], dir).files).toEqual(["p/.cache/notes.txt"]);
    expect(expandInputs(["p/.cache/notes.txt"], dir).files).toEqual(["p/.cache/notes.txt"]);
  });

  it("applies .gitignore and .relcheckignore files of the walked folders, the deeper file winning", () => {
    put("p/.gitignore", "drafts/\n*.tmp.md\n");
    put("p/.relcheckignore", "# comments and blank lines are allowed\n\nold-*.txt\n");
    put("p/a.txt");
    put("p/old-1.txt");
    put("p/x.tmp.md");
    put("p/drafts/d.txt");
    put("p/sub/.gitignore", "!old-keep.txt\nlocal.txt\n");
    put("p/sub/old-keep.txt");
    put("p/sub/old-drop.txt");
    put("p/sub/local.txt");
    put("p/sub/b.md");
    expect(expandInputs(["p"], dir).files).toEqual(["p/a.txt", "p/sub/b.md", "p/sub/old-keep.txt"]);
    // a file the user names is read whatever the ignore files say
    expect(expandInputs(["p/drafts/d.txt", "p/old-1.txt"], dir).files).toEqual(["p/drafts/d.txt", "p/old-1.txt"]);
    // --no-ignore: every file the default rules leave
    expect(expandInputs(["p"], dir, { noIgnore: true }).files).toEqual([
      "p/a.txt", "p/drafts/d.txt", "p/old-1.txt", "p/sub/b.md", "p/sub/local.txt", "p/sub/old-drop.txt", "p/sub/old-keep.txt", "p/x.tmp.md",
    ]);
  });

  it("reads the ignore files above a walked folder up to the repository root, anchored where they stand", () => {
    put("repo/.git/HEAD", "ref: refs/heads/main\n");
    put("repo/.gitignore", "/docs/private/\nscratch.md\n");
    put("repo/docs/a.txt");
    put("repo/docs/scratch.md");
    put("repo/docs/private/p.txt");
    put(".gitignore", "*.txt\n"); // above the repository: not the repository's business
    expect(expandInputs(["repo/docs"], dir).files).toEqual(["repo/docs/a.txt"]);
    expect(expandInputs(["docs"], join(dir, "repo")).files).toEqual(["docs/a.txt"]);
    expect(expandInputs(["."], join(dir, "repo/docs")).files).toEqual(["a.txt"]);
    // a named folder that an ignore file above it excludes is read: it was named
    expect(expandInputs(["repo/docs/private"], dir).files).toEqual(["repo/docs/private/p.txt"]);
  });

  it("outside a repository, reads the ignore files from the working folder down", () => {
    put(".relcheckignore", "skip.txt\n");
    put("w/a.txt");
    put("w/skip.txt");
    expect(expandInputs(["w"], dir).files).toEqual(["w/a.txt"]);
    // a folder outside the working folder and any repository: only its own files count
    mkdirSync(join(dir, "elsewhere"));
    expect(expandInputs([join(dir, "w")], join(dir, "elsewhere")).files.map((f) => f.slice(dir.length))).toEqual(["/w/a.txt", "/w/skip.txt"]);
  });

  it("takes --ignore-pattern in gitignore syntax relative to the working folder, and --no-ignore drops it", () => {
    put("p/a.txt");
    put("p/b.txt");
    put("p/sub/c.txt");
    expect(expandInputs(["p"], dir, { patterns: ["b.txt", "/p/sub/"] }).files).toEqual(["p/a.txt"]);
    expect(expandInputs(["p/*.txt"], dir, { patterns: ["b.txt"] }).files).toEqual(["p/a.txt"]);
    expect(expandInputs(["p"], dir, { patterns: ["b.txt"], noIgnore: true }).files).toEqual(["p/a.txt", "p/b.txt", "p/sub/c.txt"]);
  });

  it("says when the ignore rules left nothing in a named folder", () => {
    put("p/.relcheckignore", "*.txt\n");
    put("p/a.txt");
    const error = userError(["p"]);
    expect(error.file).toBe("p");
    expect(error.message).toBe("no text files (txt, text, md, markdown, html, htm) in this directory that the ignore files and --ignore-pattern leave (1 entry ignored; --no-ignore reads them)");
  });
});
