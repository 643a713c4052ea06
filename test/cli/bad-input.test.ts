/**
 * Bad input through the whole CLI, in-process: for each case the exit code, stderr (exactly one
 * line, or nothing; never a stack trace), and that no input changed (every file's bytes hashed
 * before and after, no stray files left behind, only the expected outputs created).
 */
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/ingest/decode-bytes.js";
import { lineStarts, position } from "../../src/ingest/line-index.js";
import type { Report } from "../../src/types.js";
import { runCli, type CliRun } from "../helpers/run-cli.js";

type Files = Record<string, string | Uint8Array>;

interface Case {
  name: string;
  files?: Files;
  /** Links, pipes and other things `files` cannot express. */
  setup?: (dir: string) => void;
  argv: string[];
  code: number;
  /** The single stderr line (without "\n"), or "" when stderr must stay empty. */
  stderr: RegExp | "";
  /** Files the run is expected to create. */
  creates?: string[];
  check?: (run: CliRun, dir: string) => void;
}

const RECOGNISED_1997 = "It was in 1997 that Pakistan recognised the first Taliban regime.";
const RECOGNISED_1996 = "In 1996, following the Taliban's capture of Kabul, Islamabad formalized diplomatic relations and recognized the group.";
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]);
const utf16 = (text: string, bom: "le" | "be"): Uint8Array => {
  const le = Buffer.from(text, "utf16le");
  return bom === "le" ? Buffer.concat([Buffer.from([0xff, 0xfe]), le]) : Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]);
};
const userRule = (id: string, extra: string) =>
  `id: ${id}\ntopic: ${id} topic\ncardinality: single\nvalues: [date]\ntriggers: [founded]\n${extra}`;

function json(run: CliRun): Report {
  return JSON.parse(run.stdout) as Report;
}

/** Every claim's text and line/column agree with the bytes of its file, however they are encoded. */
function claimsPointIntoFiles(run: CliRun, dir: string, atLeast: number): void {
  const report = json(run);
  expect(report.claims.length).toBeGreaterThanOrEqual(atLeast);
  for (const claim of report.claims) {
    const text = decodeBytes(readFileSync(join(dir, claim.document))).text;
    expect(text.slice(claim.offset, claim.offset + claim.length)).toBe(claim.text);
    expect(position(lineStarts(text), claim.offset)).toEqual({ line: claim.line, column: claim.column });
  }
}

const onLinux = process.platform === "linux";
const UNREADABLE: Case = {
  name: "a file that fails to read (I/O error, even for root)",
  files: { "a.txt": RECOGNISED_1997 },
  argv: ["scan", "a.txt", "/proc/self/mem"],
  code: 0,
  stderr: /^relcheck: warning: \/proc\/self\/mem: cannot read: input\/output error; skipped$/,
};

const cases: Case[] = [
  // --- paths
  { name: "a missing file", argv: ["scan", "missing.txt"], code: 2, stderr: /^relcheck: missing\.txt: no such file or directory$/ },
  { name: "a glob that matches nothing", files: { "docs/a.md": "x" }, argv: ["scan", "docs/*.txt"], code: 2, stderr: /^relcheck: docs\/\*\.txt: the pattern matches no file$/ },
  { name: "an empty directory", setup: (d) => mkdirSync(join(d, "empty")), argv: ["scan", "empty"], code: 2, stderr: /^relcheck: empty: no text files \(txt, .*\) in this directory$/ },
  { name: "a directory of images only", files: { "img/a.png": PNG, "img/b.jpg": JPEG }, argv: ["scan", "img/"], code: 2, stderr: /^relcheck: img\/: no text files/ },
  { name: "a path under a file", files: { "a.txt": "x" }, argv: ["scan", "a.txt/b.txt"], code: 2, stderr: /^relcheck: a\.txt\/b\.txt: no such file or directory \(a parent is a file\)$/ },
  { name: "a symbolic link loop named directly", setup: (d) => (symlinkSync("l2.txt", join(d, "l1.txt")), symlinkSync("l1.txt", join(d, "l2.txt"))), argv: ["scan", "l1.txt"], code: 2, stderr: /^relcheck: l1\.txt: symbolic link loop$/ },
  { name: "a broken symbolic link named directly", setup: (d) => symlinkSync("gone.txt", join(d, "link.txt")), argv: ["scan", "link.txt"], code: 2, stderr: /^relcheck: link\.txt: broken symbolic link/ },
  // --- binary and unreadable inputs
  { name: "only a PNG image", files: { "photo.png": PNG }, argv: ["scan", "photo.png"], code: 2, stderr: /^relcheck: photo\.png: binary file \(PNG image\); skipped — no readable text input left$/ },
  { name: "a PDF beside a text", files: { "a.txt": RECOGNISED_1997, "paper.pdf": "%PDF-1.7\n%\xe2\xe3\n1 0 obj\n" }, argv: ["scan", "a.txt", "paper.pdf"], code: 0, stderr: /^relcheck: warning: paper\.pdf: binary file \(PDF document\); skipped$/ },
  { name: "NUL bytes in a .txt inside a directory", files: { "d/a.txt": RECOGNISED_1997, "d/b.txt": Buffer.from("text\0with NUL") }, argv: ["scan", "d"], code: 0, stderr: /^relcheck: warning: d\/b\.txt: binary file \(contains NUL bytes\); skipped$/ },
  { name: "a JPEG saved as .txt", files: { "d/a.txt": RECOGNISED_1997, "d/photo.txt": JPEG }, argv: ["scan", "d"], code: 0, stderr: /^relcheck: warning: d\/photo\.txt: binary file \(JPEG image\); skipped$/ },
  // Reading /proc/self/mem at offset 0 fails with EIO for every user, root included.
  ...(onLinux ? [UNREADABLE] : []),
  {
    name: "a named pipe (does not block)",
    files: { "a.txt": RECOGNISED_1997 },
    setup: (d) => execFileSync("mkfifo", [join(d, "pipe.txt")]),
    argv: ["scan", "a.txt", "pipe.txt"],
    code: 0,
    stderr: /^relcheck: warning: pipe\.txt: not a regular file \(a pipe, socket or device\); skipped$/,
  },
  {
    name: "a symbolic link loop inside a directory, with --follow",
    files: { "d/a.txt": RECOGNISED_1997 },
    setup: (d) => symlinkSync("..", join(d, "d", "up")),
    argv: ["scan", "d", "--follow"],
    code: 0,
    stderr: /^relcheck: warning: d\/up: symbolic link loop \(leads back to \.\); not followed$/,
  },
  // --- encodings and line ends
  {
    name: "Windows-1252 text",
    files: { "cp.txt": Buffer.concat([Buffer.from(`\x93Quoted\x94 `, "latin1"), Buffer.from(RECOGNISED_1997)]) },
    argv: ["scan", "cp.txt", "--format", "json"],
    code: 0,
    stderr: /^relcheck: warning: cp\.txt: not valid UTF-8; read as Windows-1252$/,
    check: (run, dir) => claimsPointIntoFiles(run, dir, 1),
  },
  { name: "UTF-8 with a BOM", files: { "bom.txt": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`Café.\n${RECOGNISED_1997}`)]) }, argv: ["scan", "bom.txt", "-f", "json"], code: 0, stderr: "", check: (run, dir) => claimsPointIntoFiles(run, dir, 1) },
  { name: "UTF-16 LE with a BOM", files: { "le.txt": utf16(`Kabul 😀\n${RECOGNISED_1997}`, "le") }, argv: ["scan", "le.txt", "-f", "json"], code: 0, stderr: "", check: (run, dir) => claimsPointIntoFiles(run, dir, 1) },
  { name: "UTF-16 BE with a BOM", files: { "be.txt": utf16(`Kabul 😀\n${RECOGNISED_1997}`, "be") }, argv: ["scan", "be.txt", "-f", "json"], code: 0, stderr: "", check: (run, dir) => claimsPointIntoFiles(run, dir, 1) },
  {
    name: "CRLF line ends",
    files: { "crlf.txt": `Title\r\n\r\n${RECOGNISED_1997}\r\n` },
    argv: ["scan", "crlf.txt", "-f", "json"],
    code: 0,
    stderr: "",
    check: (run, dir) => {
      claimsPointIntoFiles(run, dir, 1);
      expect(json(run).claims[0]!.line).toBe(3);
    },
  },
  {
    name: "lone CR line ends",
    files: { "cr.txt": `Title\r\r${RECOGNISED_1997}\r` },
    argv: ["scan", "cr.txt", "-f", "json"],
    code: 0,
    stderr: "",
    check: (run, dir) => {
      claimsPointIntoFiles(run, dir, 1);
      expect(json(run).claims[0]!.line).toBe(3);
    },
  },
  {
    name: "an empty file",
    files: { "empty.txt": "" },
    argv: ["scan", "empty.txt", "-f", "json"],
    code: 0,
    stderr: "",
    check: (run) => expect([json(run).summary.documents, json(run).claims]).toEqual([1, []]),
  },
  // --- the same content twice
  {
    name: "the same text under two paths (counted once, never agreeing with itself)",
    files: { "a.txt": RECOGNISED_1997, "mirror/a.txt": RECOGNISED_1997 },
    argv: ["scan", "a.txt", "mirror/a.txt", "-f", "json"],
    code: 0,
    stderr: /^relcheck: warning: mirror\/a\.txt: same content as a\.txt; counted once$/,
    check: (run) => {
      const report = json(run);
      expect(report.documents).toEqual([expect.objectContaining({ path: "a.txt", duplicates: ["mirror/a.txt"] })]);
      expect(report.findings).toEqual([]);
    },
  },
  // --- markup
  {
    name: "HTML: a script's text is not a source",
    files: { "a.html": `<p>${RECOGNISED_1997}</p><script>// ${RECOGNISED_1996}</script>`, "b.txt": RECOGNISED_1997 },
    argv: ["scan", "a.html", "b.txt", "-f", "json"],
    code: 0,
    stderr: "",
    check: (run, dir) => {
      claimsPointIntoFiles(run, dir, 2);
      expect(json(run).findings.map((f) => f.verdict)).toEqual(["agree"]);
    },
  },
  {
    name: "Markdown: a code fence is not a source",
    files: { "a.md": `---\ndate: 2025-04-21\n---\n${RECOGNISED_1997}\n\n\`\`\`\n${RECOGNISED_1996}\n\`\`\`\n` },
    argv: ["scan", "a.md", "-f", "json"],
    code: 0,
    stderr: "",
    check: (run, dir) => {
      claimsPointIntoFiles(run, dir, 1);
      const report = json(run);
      expect(report.claims.map((c) => c.text).join(" ")).toMatch(/1997/);
      expect(report.claims.map((c) => c.text).join(" ")).not.toMatch(/1996/);
      expect(report.documents[0]).toMatchObject({ date: "2025-04-21", dateSource: "frontmatter" });
    },
  },
  { name: "front matter with an unreadable date", files: { "a.md": `---\ndate: next Tuesday\n---\n${RECOGNISED_1997}\n` }, argv: ["scan", "a.md"], code: 0, stderr: /^relcheck: warning: a\.md:2: front matter date: "next Tuesday" is not a YYYY-MM-DD date; ignored$/ },
  { name: "a misspelled key in relcheck.yml", files: { "relcheck.yml": "documnets:\n  a.txt: 2025-01-01\n", "a.txt": "x" }, argv: ["scan", "a.txt"], code: 2, stderr: /^relcheck: relcheck\.yml:1:1: unknown key 'documnets' \(did you mean 'documents'\?\)$/ },
  // --- output safety
  { name: "--output naming an input", files: { "a.txt": RECOGNISED_1997 }, argv: ["scan", "a.txt", "--output", "a.txt"], code: 2, stderr: /^relcheck: a\.txt: refusing to write the report over an input file \(a\.txt\)$/ },
  { name: "--output through a link to an input", files: { "a.txt": RECOGNISED_1997 }, setup: (d) => symlinkSync("a.txt", join(d, "report.json")), argv: ["scan", "a.txt", "-f", "json", "-o", "report.json"], code: 2, stderr: /^relcheck: report\.json: refusing to write the report over an input file/ },
  { name: "--output naming an input spelled another way", files: { "d/a.txt": RECOGNISED_1997 }, argv: ["scan", "d", "-o", "./d/../d/a.txt"], code: 2, stderr: /^relcheck: \.\/d\/\.\.\/d\/a\.txt: refusing to write the report over an input file/ },
  { name: "--output naming a copy of an input (counted once)", files: { "a.txt": RECOGNISED_1997, "b.txt": RECOGNISED_1997 }, argv: ["scan", "a.txt", "b.txt", "-o", "b.txt"], code: 2, stderr: /^relcheck: b\.txt: refusing to write the report over a file with the same content as input a\.txt$/ },
  { name: "--output in a missing folder (created)", files: { "a.txt": RECOGNISED_1997 }, argv: ["scan", "a.txt", "-o", "out/report.txt"], code: 0, stderr: "", creates: ["out/report.txt"] },
  { name: "--output naming a folder", files: { "a.txt": RECOGNISED_1997, "out/keep.txt": "keep" }, argv: ["scan", "a.txt", "-o", "out"], code: 2, stderr: /^relcheck: out: cannot write the report: it is a directory$/ },
  {
    name: "--output to a new file (written whole, nothing else)",
    files: { "a.txt": RECOGNISED_1997 },
    argv: ["scan", "a.txt", "-f", "json", "-o", "report.json"],
    code: 0,
    stderr: "",
    creates: ["report.json"],
    check: (run, dir) => {
      expect(run.stdout).toBe("");
      expect(JSON.parse(readFileSync(join(dir, "report.json"), "utf8")).summary.documents).toBe(1);
    },
  },
  // --- options and rules
  { name: "an impossible --as-of", files: { "a.txt": "x" }, argv: ["scan", "a.txt", "--as-of", "2025-02-30"], code: 2, stderr: /^relcheck: --as-of '2025-02-30' is not a date/ },
  { name: "an unknown --format", files: { "a.txt": "x" }, argv: ["scan", "a.txt", "--format", "pdf"], code: 2, stderr: /^relcheck: --format 'pdf' is not one of/ },
  { name: "--rules naming a missing folder", files: { "a.txt": "x" }, argv: ["scan", "a.txt", "--rules", "nope"], code: 2, stderr: /^relcheck: .*nope: no such rules directory$/ },
  {
    name: "a misspelled key in a user rule",
    files: { "a.txt": "x", "my/visits.yml": "id: visits\ntopic: visits\ncardinality: recurring\nvalues: [date]\ntriggers: [visit*]\nexlude: [visa]\n" },
    argv: ["scan", "a.txt", "--rules", "my"],
    code: 2,
    stderr: /^relcheck: my\/visits\.yml:6:1: unknown key 'exlude' \(did you mean 'exclude'\?\)$/,
  },
  { name: "a user rule reusing a built-in id", files: { "a.txt": "x", "my/casualties.yml": userRule("casualties", "") }, argv: ["scan", "a.txt", "--rules", "my"], code: 2, stderr: /^relcheck: my\/casualties\.yml:1:1: duplicate rule id 'casualties'/ },
  { name: "a user rule with a lookahead pattern", files: { "a.txt": "x", "my/founding.yml": userRule("founding", "patterns: ['found(?=ed)']\n") }, argv: ["scan", "a.txt", "--rules", "my"], code: 2, stderr: /^relcheck: my\/founding\.yml:6:\d+: .*lookahead/ },
  {
    name: "a user rule with (a+)+$ does not hang on a long line",
    files: { "long.txt": `${"a".repeat(100_000)}!\nThe club was founded in 1921.\n`, "my/founding.yml": userRule("founding", "patterns: ['(a+)+$']\n") },
    argv: ["scan", "long.txt", "--rules", "my", "--no-builtin-rules", "-f", "json"],
    code: 0,
    stderr: "",
    check: (run) => expect(json(run).summary.documents).toBe(1),
  },
  { name: "rules validate with a misspelled key", files: { "my/visits.yml": "id: visits\ntopic: visits\ncardinality: recurring\nvalues: [date]\ntriggers: [visit*]\nwindwo: 5\n" }, argv: ["rules", "validate", "my"], code: 2, stderr: /^relcheck: my\/visits\.yml:6:1: unknown key 'windwo' \(did you mean 'window'\?\)$/ },
  { name: "rules test on a folder with no rules", files: { "my/readme.txt": "x" }, argv: ["rules", "test", "my"], code: 2, stderr: /^relcheck: my: no rule files/ },
  { name: "init over an existing project file", files: { "relcheck.yml": "rules: []\n" }, argv: ["init"], code: 2, stderr: /^relcheck: relcheck\.yml: already exists; use --force to overwrite it$/ },
  { name: "init into a missing folder", argv: ["init", "nowhere"], code: 2, stderr: /^relcheck: nowhere: no such directory$/ },
];

/** Every path under `dir` with what it is: file bytes hashed, links by target. */
function snapshot(dir: string, rel = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(join(dir, rel)).sort()) {
    const path = rel ? `${rel}/${name}` : name;
    const abs = join(dir, path);
    const stat = lstatSync(abs);
    if (stat.isSymbolicLink()) out.set(path, `link -> ${readlinkSync(abs)}`);
    else if (stat.isDirectory()) for (const [k, v] of snapshot(dir, path)) out.set(k, v);
    else if (stat.isFile()) out.set(path, createHash("sha256").update(readFileSync(abs)).digest("hex"));
    else out.set(path, "special");
  }
  return out;
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("bad input through the CLI", () => {
  it("has at least 25 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const dir = mkdtempSync(join(tmpdir(), "relcheck-bad-"));
    dirs.push(dir);
    for (const [path, content] of Object.entries(c.files ?? {})) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    c.setup?.(dir);
    const before = snapshot(dir);
    const started = performance.now();
    const run = await runCli(c.argv, { cwd: dir });
    expect(performance.now() - started, "took too long").toBeLessThan(20_000);

    expect(run.code, run.stderr).toBe(c.code);
    if (c.stderr === "") expect(run.stderr).toBe("");
    else {
      expect(run.stderr.endsWith("\n")).toBe(true);
      const lines = run.stderr.slice(0, -1).split("\n");
      expect(lines, run.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(c.stderr);
    }
    expect(run.stderr).not.toMatch(/\n\s+at |Error:/);

    const after = snapshot(dir);
    for (const [path, hash] of before) expect(after.get(path), `${path} changed`).toBe(hash);
    const created = [...after.keys()].filter((p) => !before.has(p));
    expect(created).toEqual(c.creates ?? []);
    c.check?.(run, dir);
  });
});
