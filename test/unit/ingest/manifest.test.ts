/**
 * The sources manifest (`scan --manifest FILE`): YAML or JSON mapping each document path
 * (relative to the manifest's folder) to its date; errors located at file:line:col; its date wins
 * over relcheck.yml, --as-of and inference, and front matter in the document wins over it.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseManifest, readManifest } from "../../../src/ingest/manifest.js";
import { runCli } from "../../helpers/run-cli.js";

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "relcheck-manifest-"));
  mkdirSync(join(dir, "speeches"));
  writeFileSync(join(dir, "speeches", "a.txt"), "Pakistan recognised the regime four years ago.\n");
  writeFileSync(join(dir, "speeches", "b.md"), "---\ndate: 2020-05-01\n---\nPakistan recognised the regime in 1997.\n");
  writeFileSync(join(dir, "speeches", "c.txt"), "Pakistan recognised the regime in 1997.\n");
  writeFileSync(join(dir, "sources.yml"), "speeches/a.txt: 2001-03-04\nspeeches/b.md: 2011-01-01\n");
  writeFileSync(join(dir, "relcheck.yml"), "documents:\n  speeches/a.txt: 1999-01-01\n  speeches/c.txt: 1998-02-02\n");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("sources manifest", () => {
  it("reads YAML and JSON, with paths relative to the manifest", () => {
    const yaml = parseManifest("m.yml", "a.txt: 2025-01-02\nsub/b.txt: '2025-03-04'\n", "/data");
    expect([...yaml]).toEqual([["/data/a.txt", "2025-01-02"], ["/data/sub/b.txt", "2025-03-04"]]);
    const json = parseManifest("m.json", '{"a.txt": "2025-01-02"}', "/data");
    expect([...json]).toEqual([["/data/a.txt", "2025-01-02"]]);
    expect(parseManifest("m.yml", "", "/data").size).toBe(0);
  });

  it("names the file, line and column of a bad entry", () => {
    expect(() => parseManifest("m.yml", "a.txt: 2025-01-02\nb.txt: soon\n", "/data")).toThrow(/needs a date written YYYY-MM-DD/);
    let caught: unknown = null;
    try {
      parseManifest("m.yml", "a.txt: 2025-01-02\nb.txt: 2025-02-30\n", "/data");
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ file: "m.yml", line: 2, column: 8 });
    expect(() => parseManifest("m.json", '{"a.txt": "2025-13-01"}', "/data")).toThrow(/needs a date/);
    expect(() => parseManifest("m.yml", "- a.txt\n", "/data")).toThrow(/maps each document path/);
    expect(() => readManifest("missing.yml", dir)).toThrow(/no such manifest file/);
  });

  it("dates documents: front matter, then the manifest, then relcheck.yml, then --as-of", async () => {
    const out = join(dir, "out.json");
    const run = await runCli(["scan", "speeches", "--manifest", "sources.yml", "--as-of", "2030-01-01", "-f", `json=${out}`], { cwd: dir });
    expect(run.code).toBeLessThan(2);
    const report = JSON.parse((await import("node:fs")).readFileSync(out, "utf8")) as { documents: { path: string; date: string; dateSource: string }[] };
    const byPath = Object.fromEntries(report.documents.map((d) => [d.path, [d.date, d.dateSource]]));
    expect(byPath["speeches/a.txt"]).toEqual(["2001-03-04", "manifest"]);
    expect(byPath["speeches/b.md"]).toEqual(["2020-05-01", "frontmatter"]);
    expect(byPath["speeches/c.txt"]).toEqual(["1998-02-02", "manifest"]);
  });

  it("fails on a manifest that cannot be read, in one line", async () => {
    const run = await runCli(["scan", "speeches", "--manifest", "nope.yml"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("relcheck: nope.yml: no such manifest file\n");
  });
});
