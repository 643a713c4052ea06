/**
 * Which files a scan reads, through the whole CLI: ignore files and flags, relcheck's own
 * reports next to the texts, links, special files.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Report } from "../../src/types.js";
import { runCli } from "../helpers/run-cli.js";

const RECOGNISED_1997 = "It was in 1997 that Pakistan recognised the first Taliban regime.\n";
const RECOGNISED_1996 = "In 1996, following the Taliban's capture of Kabul, Islamabad formalized diplomatic relations and recognized the group.\n";

let dir: string;
const put = (rel: string, text: string) => {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), text);
};
const documents = (stdout: string) => (JSON.parse(stdout) as Report).documents.map((d) => d.path);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "relcheck-inputs-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("scan: ignore rules", () => {
  it("leaves node_modules, dot-folders and ignored files out of a walk", async () => {
    put("a.txt", RECOGNISED_1997);
    put("b.txt", RECOGNISED_1996);
    put("node_modules/pkg/c.txt", RECOGNISED_1996);
    put(".backup/d.txt", RECOGNISED_1996);
    put("drafts/e.txt", `Draft. ${RECOGNISED_1996}`);
    put(".relcheckignore", "drafts/\n");
    const run = await runCli(["scan", ".", "-f", "json"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(documents(run.stdout)).toEqual(["a.txt", "b.txt"]);
    const all = await runCli(["scan", ".", "-f", "json", "--no-ignore"], { cwd: dir });
    expect(documents(all.stdout)).toEqual(["a.txt", "b.txt", "drafts/e.txt"]);
    const less = await runCli(["scan", ".", "-f", "json", "--ignore-pattern", "b.txt"], { cwd: dir });
    expect(documents(less.stdout)).toEqual(["a.txt"]);
    expect(less.code).toBe(0);
    const named = await runCli(["scan", ".", "drafts/e.txt", "-f", "json"], { cwd: dir });
    expect(documents(named.stdout)).toEqual(["a.txt", "b.txt", "drafts/e.txt"]);
  });

  it("passes over the reports it wrote next to the texts, with a note under --verbose", async () => {
    put("news/a.txt", RECOGNISED_1997);
    put("news/b.txt", RECOGNISED_1996);
    const first = await runCli(["scan", "news", "-f", "json", "-f", "markdown=news/findings.md", "-f", "html=news/report.html"], { cwd: dir });
    expect(first.code).toBe(1);
    expect(documents(first.stdout)).toEqual(["news/a.txt", "news/b.txt"]);
    const again = await runCli(["scan", "news", "-f", "json"], { cwd: dir });
    const before = JSON.parse(first.stdout) as Report;
    const after = JSON.parse(again.stdout) as Report;
    expect(after.documents).toEqual(before.documents);
    expect(after.findings).toEqual(before.findings);
    expect(after.diagnostics.map((d) => [d.code, d.severity, d.file])).toEqual([
      ["RC109", "note", "news/findings.md"],
      ["RC109", "note", "news/report.html"],
    ]);
    expect(again.stderr).toBe("relcheck: 1 contradiction fails the run (--fail-on contradict)\n");
    const verbose = await runCli(["scan", "news", "-f", "json", "--verbose"], { cwd: dir });
    expect(verbose.stderr).toBe(
      "relcheck: note: news/findings.md: a markdown report written by relcheck; skipped (name it to read it)\n" +
        "relcheck: note: news/report.html: a html report written by relcheck; skipped (name it to read it)\n" +
        "relcheck: 1 contradiction fails the run (--fail-on contradict)\n",
    );
    // named, a report is read like any other text
    const named = await runCli(["scan", "news", "news/findings.md", "-f", "json"], { cwd: dir });
    expect(documents(named.stdout)).toContain("news/findings.md");
  });
});

describe("scan: links and special files", () => {
  it("does not follow links found in a folder unless --follow; then warns RC105 on a loop", async () => {
    put("d/a.txt", RECOGNISED_1997);
    put("elsewhere/b.txt", RECOGNISED_1996);
    symlinkSync("../elsewhere", join(dir, "d/more"));
    symlinkSync("..", join(dir, "d/up"));
    const plain = await runCli(["scan", "d", "-f", "json"], { cwd: dir });
    expect(plain.code).toBe(0);
    expect(documents(plain.stdout)).toEqual(["d/a.txt"]);
    expect(plain.stderr).toBe("");
    const followed = await runCli(["scan", "d", "-f", "json", "--follow"], { cwd: dir });
    expect(followed.code).toBe(1);
    expect(documents(followed.stdout)).toEqual(["d/a.txt", "d/more/b.txt"]);
    expect(followed.stderr).toBe("relcheck: warning: d/up: symbolic link loop (leads back to .); not followed\nrelcheck: 1 contradiction fails the run (--fail-on contradict)\n");
  });

  it("warns about a FIFO in a scanned folder and goes on without opening it", async () => {
    put("d/a.txt", RECOGNISED_1997);
    execFileSync("mkfifo", [join(dir, "d/feed.txt")]);
    const run = await runCli(["scan", "d", "-f", "json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(documents(run.stdout)).toEqual(["d/a.txt"]);
    expect(run.stderr).toBe("relcheck: warning: d/feed.txt: a named pipe, not a text file; skipped\n");
  });

  it("warns about a folder nested beyond the system's path length and goes on", async () => {
    put("d/a.txt", RECOGNISED_1997);
    const script = 'process.chdir(process.argv[1]); for (let i = 0; i < 420; i++) { require("fs").mkdirSync("n123456789"); process.chdir("n123456789"); } require("fs").writeFileSync("b.txt", "x");';
    try {
      execFileSync(process.execPath, ["-e", script, join(dir, "d")]);
      const run = await runCli(["scan", "d", "-f", "json"], { cwd: dir });
      expect(run.code).toBe(0);
      expect(documents(run.stdout)).toEqual(["d/a.txt"]);
      expect(run.stderr).toMatch(/^relcheck: warning: d\/n123456789\/[n123456789/]+: path too long for the system; folder not read\n$/);
    } finally {
      execFileSync("rm", ["-rf", join(dir, "d")]);
    }
  });

  it("warns about a folder it may not read instead of saying it holds no text files", async () => {
    put("open/a.txt", RECOGNISED_1997);
    put("locked/b.txt", RECOGNISED_1996);
    chmodSync(join(dir, "locked"), 0o000);
    chmodSync(dir, 0o755);
    // Permissions do not bind root: as root, the built CLI runs as the unprivileged user "nobody".
    const asRoot = process.getuid?.() === 0;
    const bin = fileURLToPath(new URL("../../bin/relcheck.js", import.meta.url));
    const run = async (argv: string[]) => {
      if (!asRoot) return runCli(argv, { cwd: dir });
      const child = spawnSync(process.execPath, [bin, ...argv], { cwd: dir, uid: 65534, gid: 65534, encoding: "utf8" });
      return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
    };
    try {
      const both = await run(["scan", "locked", "open", "-f", "json"]);
      expect(both.stderr).toBe("relcheck: warning: locked: cannot read folder: permission denied\n");
      expect(both.code).toBe(0);
      expect(documents(both.stdout)).toEqual(["open/a.txt"]);
      const alone = await run(["scan", "locked"]);
      expect(alone).toEqual({ code: 2, stdout: "", stderr: "relcheck: locked: cannot read folder: permission denied — no readable text input left\n" });
    } finally {
      chmodSync(join(dir, "locked"), 0o755);
    }
  });
});

describe("scan -: standard input", () => {
  const bin = fileURLToPath(new URL("../../bin/relcheck.js", import.meta.url));

  it("reads standard input as a document named <stdin>, beside the files named", async () => {
    put("b.txt", RECOGNISED_1996);
    const run = await runCli(["scan", "-", "b.txt", "-f", "json"], { cwd: dir, stdin: RECOGNISED_1997 });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.documents.map((d) => d.path)).toEqual(["<stdin>", "b.txt"]);
    expect(report.claims.find((c) => c.document === "<stdin>")).toMatchObject({ text: "1997", line: 1 });
    expect(report.summary.contradict).toBe(1);
  });

  it("names it with --stdin-filename, whose extension decides how it is read", async () => {
    // In Markdown a code span is not prose: the 1996 in it makes no claim.
    const markdown = `# Notes\n\n${RECOGNISED_1997}\nThe sample file says \`recognized in 1996\`.\n`;
    put("b.txt", RECOGNISED_1996.replace("1996", "1997"));
    const run = await runCli(["scan", "-", "b.txt", "--stdin-filename", "notes/kabul.md", "-f", "json"], { cwd: dir, stdin: markdown });
    const report = JSON.parse(run.stdout) as Report;
    expect(report.documents.map((d) => d.path)).toEqual(["b.txt", "notes/kabul.md"]);
    expect(report.claims.filter((c) => c.document === "notes/kabul.md").map((c) => c.text)).toEqual(["1997"]);
    expect(run.code).toBe(0);
  });

  it("reads a real pipe through the built CLI", () => {
    const child = spawnSync(process.execPath, [bin, "scan", "-", "-f", "json"], { cwd: dir, input: `${RECOGNISED_1997}${RECOGNISED_1996}`, encoding: "utf8" });
    expect(child.stderr).toBe("relcheck: 1 contradiction fails the run (--fail-on contradict)\n");
    expect(child.status).toBe(1);
    expect((JSON.parse(child.stdout) as Report).documents.map((d) => d.path)).toEqual(["<stdin>"]);
  });

  it.each([
    [["scan", "a.txt", "--stdin-filename", "x.md"], "relcheck: --stdin-filename names standard input: give '-' among the paths to read it\n"],
    [["scan", "-", "-"], "relcheck: '-' (standard input) can be read once only\n"],
    [["scan", "-", "a.txt", "--stdin-filename", "a.txt"], "relcheck: --stdin-filename a.txt: a file of that name is scanned too; give standard input another name\n"],
    [["baseline", "-"], "relcheck: standard input ('-') is read by relcheck scan only\n"],
  ])("refuses %j in one line", async (argv, stderr) => {
    put("a.txt", RECOGNISED_1997);
    const run = await runCli(argv, { cwd: dir, stdin: RECOGNISED_1996 });
    expect(run).toEqual({ code: 2, stdout: "", stderr });
  });
});
