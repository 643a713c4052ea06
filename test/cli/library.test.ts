/**
 * relcheck as a library, the way a user gets it: `import { scan } from "relcheck"` resolved by
 * name through package.json `exports`, from a linked copy of the package (node_modules/relcheck →
 * this folder), with its types; and the packed file list holds what `exports` points at.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(".");
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { exports: Record<string, string | Record<string, string>>; types: string };

/** A project folder whose node_modules/relcheck links to this package. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "relcheck-lib-"));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(ROOT, join(dir, "node_modules", "relcheck"), "dir");
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("the package's exports", () => {
  const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === "string" ? [t] : Object.values(t)));

  it("point at files that exist, with types", () => {
    expect(targets).toContain("./dist/index.js");
    expect(targets).toContain("./dist/index.d.ts");
    for (const target of [...targets, pkg.types]) expect(existsSync(target), `${target} is missing (npm run build)`).toBe(true);
  });

  it("are in the packed package", () => {
    const pack = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { encoding: "utf8" });
    expect(pack.status, pack.stderr).toBe(0);
    const files = (JSON.parse(pack.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    for (const target of targets) expect(files).toContain(target.replace(/^\.\//, ""));
    expect(files).toContain("bin/relcheck.js");
    expect(files.some((f) => f.startsWith("rules/") && f.endsWith(".yml"))).toBe(true);
  });
});

describe("import { scan } from \"relcheck\"", () => {
  it("scans by name from a linked copy and renders the report", () => {
    const dir = project({
      "a.txt": "Pakistan recognised the Taliban government in 1997.\n",
      "b.txt": "Islamabad recognized the Taliban regime in 1996.\n",
      "use.mjs": [
        'import { scan, render, formats, VERSION, RelcheckError } from "relcheck";',
        'const report = scan({ paths: ["a.txt", "b.txt"], cwd: process.cwd() });',
        "let error = null;",
        'try { scan({ paths: ["missing.txt"], cwd: process.cwd() }); } catch (e) { error = { isRelcheck: e instanceof RelcheckError, file: e.file, message: e.message }; }',
        'console.log(JSON.stringify({ summary: report.summary, rules: report.rules.length > 0, formats, version: VERSION, markdown: render(report, "markdown").includes("\\n## relcheck findings\\n"), error }));',
      ].join("\n"),
    });
    const run = spawnSync(process.execPath, ["use.mjs"], { cwd: dir, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.summary).toMatchObject({ documents: 2, contradict: 1 });
    expect(out.rules).toBe(true);
    expect(out.formats).toEqual(["table", "json", "csv", "sarif", "github", "markdown", "html"]);
    expect(out.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(out.markdown).toBe(true);
    expect(out.error).toEqual({ isRelcheck: true, file: "missing.txt", message: "no such file or directory" });
  });

  it("is typed: a TypeScript user gets the Report type and is stopped by a wrong call", () => {
    const dir = project({
      "use.ts": [
        'import { scan, render, type Report, type Verdict } from "relcheck";',
        'const report: Report = scan({ paths: ["a.txt"], cwd: "/tmp" });',
        "const verdicts: Verdict[] = report.findings.map((f) => f.verdict);",
        'const text: string = render(report, "table", { width: 100 });',
        "// @ts-expect-error paths is a list",
        'scan({ paths: "a.txt", cwd: "/tmp" });',
        "// @ts-expect-error there is no such format",
        'render(report, "pdf");',
        "export { verdicts, text };",
      ].join("\n"),
      "tsconfig.json": JSON.stringify({
        compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", strict: true, noEmit: true, types: [], skipLibCheck: false },
        files: ["use.ts"],
      }),
      "package.json": JSON.stringify({ type: "module" }),
    });
    const tsc = spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], { cwd: dir, encoding: "utf8" });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  });
});
