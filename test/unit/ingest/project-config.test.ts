import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UserError } from "../../../src/errors.js";
import { parseProjectConfig } from "../../../src/ingest/project-config.js";
import { readDocuments } from "../../../src/ingest/read-documents.js";

describe("parseProjectConfig", () => {
  it("reads rule folders and document dates, normalizing paths", () => {
    const { config, diagnostics } = parseProjectConfig(
      "relcheck.yml",
      "rules:\n  - ./my-rules/\ndocuments:\n  ./seeds//000.txt: 2025-08-31\n  seeds/001.txt: '2025-01-10'\n",
    );
    expect(diagnostics).toEqual([]);
    expect(config).toEqual({
      file: "relcheck.yml",
      rules: ["my-rules/"],
      documents: { "seeds/000.txt": "2025-08-31", "seeds/001.txt": "2025-01-10" },
      datePaths: [],
    });
  });

  it("reads path-date patterns under dates: paths:", () => {
    const { config, diagnostics } = parseProjectConfig("relcheck.yml", 'dates:\n  paths:\n    - "archive/{year}/{month}/{day}/*"\n    - "*_{day}.{month}.{year}.txt"\n');
    expect(diagnostics).toEqual([]);
    expect(config?.datePaths).toEqual(["archive/{year}/{month}/{day}/*", "*_{day}.{month}.{year}.txt"]);
  });

  it("accepts an empty file", () => {
    expect(parseProjectConfig("relcheck.yml", "# nothing yet\n")).toEqual({
      config: { file: "relcheck.yml", rules: [], documents: {}, datePaths: [] },
      diagnostics: [],
    });
  });

  it.each([
    ["documets:\n  a.txt: 2025-01-01\n", "unknown key 'documets' (did you mean 'documents'?)", 1, 1],
    ["rules: 3\n", "rules must be a list of folder names", 1, 8],
    ["documents:\n  a.txt: 19 April 2025\n", `documents: 'a.txt' needs a date written YYYY-MM-DD (got "19 April 2025")`, 2, 10],
    ["documents:\n  a.txt: 2025-02-30\n", `documents: 'a.txt' needs a date written YYYY-MM-DD (got "2025-02-30")`, 2, 10],
    ["documents: [a.txt]\n", "documents must map each document path to its date (path: YYYY-MM-DD)", 1, 12],
    ["- a\n- b\n", "relcheck.yml must be a mapping with the keys rules, documents and dates", 1, 1],
    ["dates:\n  path: [x]\n", "unknown key 'dates.path' (did you mean 'paths'?)", 2, 3],
    ["dates: [x]\n", 'dates must be a mapping, e.g. dates: { paths: ["archive/{year}/{month}/{day}/*"] }', 1, 8],
    ["dates:\n  paths:\n    - 'news/{month}/{day}'\n", "dates.paths: 'news/{month}/{day}': a date pattern needs {year}", 3, 7],
    ["dates:\n  paths:\n    - 'news/{year}/{week}'\n", "dates.paths: 'news/{year}/{week}': unknown placeholder {week} (use {year}, {month}, {day} or *)", 3, 7],
    ["rules: [a\n", undefined, 2, undefined],
  ])("locates the problem in %j", (text, message, line, column) => {
    const { config, diagnostics } = parseProjectConfig("relcheck.yml", text);
    expect(config).toBeNull();
    const first = diagnostics[0]!;
    if (message) expect(first.message).toBe(message);
    else expect(first.message).toMatch(/^invalid YAML/);
    expect(first.line).toBe(line);
    if (column !== undefined) expect(first.column).toBe(column);
    expect(first).toMatchObject({ code: "RC108", severity: "error", file: "relcheck.yml" });
  });
});

describe("dates from relcheck.yml", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "relcheck-config-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("dates documents that state no date; front matter still wins", () => {
    writeFileSync(join(dir, "relcheck.yml"), "documents:\n  a.txt: 2025-08-31\n  b.md: 2020-01-01\n");
    writeFileSync(join(dir, "a.txt"), "Four years ago the Taliban returned.");
    writeFileSync(join(dir, "b.md"), "---\ndate: 2025-04-21\n---\nText.");
    writeFileSync(join(dir, "c.txt"), "Undated.");
    const { documents } = readDocuments(["./a.txt", join(dir, "b.md"), "c.txt"], dir);
    expect(documents.map((d) => [d.path, d.date, d.dateSource])).toEqual([
      ["./a.txt", "2025-08-31", "manifest"],
      [join(dir, "b.md"), "2025-04-21", "frontmatter"],
      ["c.txt", null, null],
    ]);
  });

  it("stops with one located error when relcheck.yml is wrong", () => {
    writeFileSync(join(dir, "relcheck.yml"), "rules: []\ndocumnets: {}\n");
    writeFileSync(join(dir, "a.txt"), "Text.");
    expect(() => readDocuments(["a.txt"], dir)).toThrow(UserError);
    try {
      readDocuments(["a.txt"], dir);
    } catch (error) {
      const e = error as UserError;
      expect([e.file, e.line, e.column, e.message]).toEqual(["relcheck.yml", 2, 1, "unknown key 'documnets' (did you mean 'documents'?)"]);
    }
  });
});
