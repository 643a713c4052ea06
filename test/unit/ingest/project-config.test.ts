import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UserError } from "../../../src/errors.js";
import { findProjectConfig, parseProjectConfig, readProjectConfig } from "../../../src/ingest/project-config.js";
import { readDocuments } from "../../../src/ingest/read-documents.js";

describe("parseProjectConfig", () => {
  it("reads rule severities, with where each is written; a bare off (YAML 1.1 false) is off", () => {
    const { config, diagnostics } = parseProjectConfig("relcheck.yml", "severity:\n  fatalities: warning\n  air-strikes: off\n  fees: 'off'\n");
    expect(diagnostics).toEqual([]);
    expect(config?.severity).toEqual({
      fatalities: { level: "warning", line: 2, column: 3 },
      "air-strikes": { level: "off", line: 3, column: 3 },
      fees: { level: "off", line: 4, column: 3 },
    });
  });

  it("reads rule folders and document dates, normalizing paths", () => {
    const { config, diagnostics } = parseProjectConfig(
      "relcheck.yml",
      "rules:\n  - ./my-rules/\ndocuments:\n  ./seeds//000.txt: 2025-08-31\n  seeds/001.txt: '2025-01-10'\n",
    );
    expect(diagnostics).toEqual([]);
    expect(config).toEqual({
      file: "relcheck.yml",
      dir: ".",
      rules: ["my-rules/"],
      severity: {},
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
      config: { file: "relcheck.yml", dir: ".", rules: [], severity: {}, documents: {}, datePaths: [] },
      diagnostics: [],
    });
  });

  it.each([
    ["documets:\n  a.txt: 2025-01-01\n", "unknown key 'documets' (did you mean 'documents'?)", 1, 1],
    ["rules: 3\n", "rules must be a list of folder names", 1, 8],
    ["documents:\n  a.txt: 19 April 2025\n", `documents: 'a.txt' needs a date written YYYY-MM-DD (got "19 April 2025")`, 2, 10],
    ["documents:\n  a.txt: 2025-02-30\n", `documents: 'a.txt' needs a date written YYYY-MM-DD (got "2025-02-30")`, 2, 10],
    ["documents: [a.txt]\n", "documents must map each document path to its date (path: YYYY-MM-DD)", 1, 12],
    ["- a\n- b\n", "a project file must be a mapping with the keys rules, severity, documents, dates", 1, 1],
    ["severity:\n  fatalities: warnig\n", `severity: 'fatalities' must be one of off, note, warning, error (got "warnig"); did you mean 'warning'?`, 2, 15],
    ["severity: [a]\n", "severity must map each rule id to one of: off, note, warning, error", 1, 11],
    ["rules:\n  fatalities: off\n", "rules must be a list of folder names; rule severities go under 'severity:'", 2, 3],
    ["severty:\n  a: off\n", "unknown key 'severty' (did you mean 'severity'?)", 1, 1],
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

describe("finding the project file", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "relcheck-find-config-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const put = (rel: string, text: string) => {
    mkdirSync(join(dir, rel, ".."), { recursive: true });
    writeFileSync(join(dir, rel), text);
  };

  it("looks in the working folder, then the folders above it, up to the repository root", () => {
    put("repo/.git/HEAD", "ref: refs/heads/main\n");
    put("repo/relcheck.yml", "documents:\n  news/a.txt: 2025-08-31\n");
    put("repo/news/a.txt", "Four years ago the Taliban returned.");
    expect(findProjectConfig(join(dir, "repo/news/deeper")).path).toBe(join(dir, "repo/relcheck.yml"));
    const { config } = readProjectConfig(join(dir, "repo/news"));
    expect(config).toMatchObject({ file: "../relcheck.yml", dir: join(dir, "repo") });
    // paths in it are relative to the file, wherever relcheck runs
    const { documents } = readDocuments(["a.txt"], join(dir, "repo/news"));
    expect(documents.map((d) => [d.path, d.date, d.dateSource])).toEqual([["a.txt", "2025-08-31", "manifest"]]);
  });

  it("takes .relcheck.yml too, the nearest file wins, and it stops at the repository root", () => {
    put("relcheck.yml", "rules: [outside]\n");
    put("repo/.git", "gitdir: elsewhere\n"); // a worktree's .git is a file
    put("repo/sub/.relcheck.yml", "rules: [inner]\n");
    expect(findProjectConfig(join(dir, "repo/sub/x")).path).toBe(join(dir, "repo/sub/.relcheck.yml"));
    expect(findProjectConfig(join(dir, "repo")).path).toBeNull();
  });

  it("refuses two project files in one folder, and a --config that is not there", () => {
    put("relcheck.yml", "rules: []\n");
    put(".relcheck.yml", "rules: []\n");
    expect(readProjectConfig(dir).diagnostics[0]).toMatchObject({ file: ".relcheck.yml", message: "two project files in one folder (relcheck.yml and .relcheck.yml); keep one" });
    expect(readProjectConfig(dir, "ci/none.yml").diagnostics[0]).toMatchObject({ file: "ci/none.yml", message: "no such config file" });
    put("ci/other.yml", "rules: [r]\n");
    expect(readProjectConfig(dir, "ci/other.yml").config).toMatchObject({ file: "ci/other.yml", dir: join(dir, "ci"), rules: ["r"] });
  });
});
