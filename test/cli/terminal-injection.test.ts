/**
 * Control characters from file names, document text and a bad baseline never reach a terminal
 * or a CI log as such: the table, explain, markdown, workflow commands and every message on
 * stderr show them escaped ("\x1b"); a report printed to a terminal too. JSON stays exact data
 * (C0 escaped by JSON itself, DEL and C1 as \u escapes).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { escapeControls, escapeJsonControls } from "../../src/report/control-chars.js";
import { runCli } from "../helpers/run-cli.js";

const CLEAR = "\x1b[2J";
const TITLE = "\x1b]0;owned\x07";
const CSI8 = "\u009b31m";
const NAME = `${CLEAR}x.txt`;
const A = `Pakistan recognised the Taliban government in May 1997.${TITLE}\n`;
const B = `Islamabad recognized the Taliban government in 1996.${CSI8}\n`;

/** Control characters other than newline, and other than chalk's colour sequences when `colour`. */
function controls(text: string, colour = false): string[] {
  const stripped = colour ? text.replace(/\x1b\[[0-9;]*m/g, "") : text;
  return [...stripped.matchAll(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g)].map((m) => m[0]);
}

let dir = "";
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function workspace(): string {
  dir = mkdtempSync(join(tmpdir(), "relcheck-escape-"));
  writeFileSync(join(dir, NAME), A);
  writeFileSync(join(dir, "b.txt"), B);
  writeFileSync(join(dir, `${TITLE}.txt`), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
  return dir;
}

describe("escapeControls", () => {
  it.each([
    ["ESC and a CSI sequence", `a${CLEAR}b`, "a\\x1b[2Jb"],
    ["an OSC sequence ended by BEL", `t${TITLE}`, "t\\x1b]0;owned\\x07"],
    ["a C1 CSI", `c${CSI8}`, "c\\x9b31m"],
    ["NUL, DEL, CR and tab", "a\u0000b\u007fc\rd\te", "a\\x00b\\x7fc\\x0dd\\x09e"],
    ["plain text", "Kabul, 1997 — “quoted”", "Kabul, 1997 — “quoted”"],
  ])("escapes %s", (_label, text, expected) => {
    expect(escapeControls(text)).toBe(expected);
  });

  it("keeps what the layout needs", () => {
    expect(escapeControls("one\ntwo\tthree\x1b", "\n\t")).toBe("one\ntwo\tthree\\x1b");
  });

  it("writes DEL and C1 in JSON as \\u escapes, the same data", () => {
    const json = JSON.stringify({ text: `a\u009b1\u007f${CLEAR}` });
    const escaped = escapeJsonControls(json);
    expect(controls(escaped)).toEqual([]);
    expect(JSON.parse(escaped)).toEqual(JSON.parse(json));
  });
});

describe("through the CLI", () => {
  it("the coloured table on a terminal, and the warnings on stderr", async () => {
    workspace();
    // --quiet: the progress line (its own \r and erase-line codes, drawn when a run takes over a second) is not under test.
    const run = await runCli(["scan", ".", "--quiet"], { cwd: dir, tty: true, env: { FORCE_COLOR: "1" } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("\\x1b[2Jx.txt");
    expect(run.stdout).toMatch(/\x1b\[[0-9;]*m/); // colour stays
    expect(controls(run.stdout, true)).toEqual([]);
    expect(run.stderr).toContain("\\x1b]0;owned\\x07.txt");
    expect(controls(run.stderr)).toEqual([]);
  });

  it.each([["markdown"], ["github"], ["csv"], ["html"], ["sarif"], ["json"]])("-f %s printed to a terminal", async (format) => {
    workspace();
    const run = await runCli(["scan", ".", "-f", format], { cwd: dir, tty: true });
    expect(run.code).toBe(1);
    expect(controls(run.stdout)).toEqual([]);
  });

  it("-f github in a CI log (not a terminal), and -f json piped keeps exact data", async () => {
    workspace();
    const github = await runCli(["scan", ".", "-f", "github"], { cwd: dir });
    expect(controls(github.stdout)).toEqual([]);
    expect(github.stdout).toContain("\\x1b[2Jx.txt");
    const json = await runCli(["scan", ".", "-f", "json"], { cwd: dir });
    expect(controls(json.stdout)).toEqual([]);
    const report = JSON.parse(json.stdout) as { documents: { path: string }[]; claims: { sentence: string }[] };
    expect(report.documents.map((d) => d.path)).toContain(NAME);
    expect(report.claims.map((c) => c.sentence).join("")).toContain(CSI8);
  });

  it("explain", async () => {
    workspace();
    const json = JSON.parse((await runCli(["scan", ".", "-f", "json"], { cwd: dir })).stdout) as { findings: { id: string }[] };
    const run = await runCli(["scan", ".", "--explain", json.findings[0]!.id], { cwd: dir });
    expect(run.stdout).toContain("\\x1b[2Jx.txt");
    expect(controls(run.stdout)).toEqual([]);
  });

  it("a bad baseline's opening bytes", async () => {
    workspace();
    writeFileSync(join(dir, "baseline.json"), `${CLEAR}${TITLE}not json`);
    const run = await runCli(["scan", NAME, "b.txt", "--baseline", "baseline.json"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(controls(run.stderr)).toEqual([]);
    expect(run.stderr).toContain("\\x1b");
  });
});
