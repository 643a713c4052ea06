/**
 * Front matter that is hostile or too large: an alias bomb is a warning (RC107) and the run goes
 * on with the other documents; front matter over 64 KB is a warning too, and its lines are not
 * read as the document's text. The same bomb in a rule file is an error at file:line:col.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readFrontMatter } from "../../../src/ingest/front-matter.js";
import { loadRuleFile } from "../../../src/ruleset/load-rules.js";
import type { Report } from "../../../src/types.js";
import { runCli } from "../../helpers/run-cli.js";

/** "Billion laughs": nine levels of nine aliases each, some 387 million strings when expanded. */
const BOMB = [
  'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  ...["b", "c", "d", "e", "f", "g", "h", "i"].map((name, k) => {
    const prev = "abcdefgh"[k]!;
    return `${name}: &${name} [${Array.from({ length: 9 }, () => `*${prev}`).join(", ")}]`;
  }),
].join("\n");

const RECOGNISED_1997 = "Pakistan recognised the Taliban government in May 1997.";
const RECOGNISED_1996 = "Islamabad recognized the Taliban government in 1996.";

let dir = "";
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe("front matter", () => {
  it("with an alias bomb gives a warning where the aliases start, and no date", () => {
    const text = `---\n${BOMB}\ndate: 2025-04-19\n---\n${RECOGNISED_1997}\n`;
    const front = readFrontMatter(text);
    expect(front?.date).toBeNull();
    expect(front?.end).toBe(text.indexOf(RECOGNISED_1997));
    expect(front?.problems).toHaveLength(1);
    expect(front!.problems[0]!.message).toMatch(/^front matter: its aliases expand too far/);
    expect(front!.problems[0]!.offset).toBe(text.indexOf("*a"));
  });

  it("over 64 KB gives a warning and is not read as text", () => {
    const filler = Array.from({ length: 3000 }, (_, i) => `key${i}: "${"x".repeat(20)} in 1996"`).join("\n");
    const text = `---\ntitle: Talks\n${filler}\ndate: 2025-04-19\n---\n${RECOGNISED_1997}\n`;
    expect(text.indexOf("\n---\n")).toBeGreaterThan(64 * 1024);
    const front = readFrontMatter(text);
    expect(front?.end).toBe(text.indexOf(RECOGNISED_1997));
    expect(front?.date).toBeNull();
    expect(front?.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^front matter of \d+ KB is larger than 64 KB; its keys are not read$/)]);
  });

  it("a document that only opens with a thematic break is not front matter, however far the next one is", () => {
    const text = `---\n\n${"A paragraph of prose about the talks.\n\n".repeat(3000)}---\n\nMore.\n`;
    expect(readFrontMatter(text)).toBeNull();
  });

  it("through the CLI: the bomb and the large block are warnings RC107 and the folder is scanned", async () => {
    dir = mkdtempSync(join(tmpdir(), "relcheck-front-"));
    writeFileSync(join(dir, "bomb.md"), `---\n${BOMB}\n---\n${RECOGNISED_1997}\n`);
    writeFileSync(join(dir, "b.txt"), `${RECOGNISED_1996}\n`);
    const big = Array.from({ length: 3000 }, (_, i) => `key${i}: "Pakistan recognised the government in 1995"`).join("\n");
    writeFileSync(join(dir, "big.md"), `---\n${big}\n---\nNothing dated here.\n`);
    const run = await runCli(["scan", ".", "-f", "json"], { cwd: dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.documents.map((d) => d.path)).toEqual(["b.txt", "big.md", "bomb.md"]);
    expect(report.claims.map((c) => c.text).sort()).toEqual(["1996", "May 1997"]);
    const warnings = (report.diagnostics ?? []).map((d) => [d.code, d.file, d.line]);
    expect(warnings).toEqual([
      ["RC107", "big.md", 1],
      ["RC107", "bomb.md", 3],
    ]);
    expect(run.stderr).not.toMatch(/internal error/);
  });
});

describe("a rule file with an alias bomb", () => {
  it("is an error at file:line:col", () => {
    const text = `${BOMB}\nid: bomb\ntopic: t\ndescription: d\ncardinality: single\nvalues: [date]\ntriggers: [visit]\n`;
    const { rule, diagnostics } = loadRuleFile("my/bomb.yml", text);
    expect(rule).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: "my/bomb.yml", line: 2, column: expect.any(Number), message: expect.stringMatching(/aliases expand too far/) }),
    ]);
  });

  it("through the CLI: one line naming the file, exit 2", async () => {
    dir = mkdtempSync(join(tmpdir(), "relcheck-front-"));
    mkdirSync(join(dir, "my"));
    writeFileSync(join(dir, "my", "bomb.yml"), `${BOMB}\nid: bomb\n`);
    writeFileSync(join(dir, "a.txt"), `${RECOGNISED_1997}\n`);
    const run = await runCli(["scan", "a.txt", "--rules", "my"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^relcheck: my\/bomb\.yml:2:\d+: .*aliases expand too far/);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  });
});
