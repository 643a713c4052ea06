/**
 * The command users run: bin/relcheck.js on the bundle that `npm run build` makes
 * (scripts/bundle.mjs), in a child process. It must report exactly what the sources report, take
 * the built-in rules compiled into it only while rules/ holds the files they were compiled from,
 * and read the rule files again (with their file:line:col errors) as soon as one changes.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const ROOT = resolve(import.meta.dirname, "..", "..");
const BUNDLE = join(ROOT, "dist", "bundle", "relcheck.js");

function runBuilt(bin: string, args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const child = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe("the built CLI (bin/relcheck.js)", () => {
  it("is built", () => {
    expect(existsSync(BUNDLE), "dist/bundle/relcheck.js is missing: run npm run build").toBe(true);
  });

  it("reports on the seeds exactly what the sources report, with the same exit code", async () => {
    const built = runBuilt(join(ROOT, "bin", "relcheck.js"), ["scan", "seeds", "-f", "json"], ROOT);
    const source = await runCli(["scan", "seeds", "-f", "json"], { cwd: ROOT });
    expect(built.stderr).toBe(source.stderr);
    expect(built.stderr).toBe("relcheck: 1 contradiction fails the run (--fail-on contradict)\n");
    expect(built.code).toBe(source.code);
    expect(built.stdout).toBe(source.stdout);
  });

  it("reports with --concurrency 2 (worker threads run dist/bundle/concurrency-worker.js) what it reports alone", () => {
    const one = runBuilt(join(ROOT, "bin", "relcheck.js"), ["scan", "seeds", "-f", "json", "--concurrency", "1"], ROOT);
    const two = runBuilt(join(ROOT, "bin", "relcheck.js"), ["scan", "seeds", "-f", "json", "--concurrency", "2"], ROOT);
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
  });

  // The bundle evaluates string-width (the table's measure of width) on its first call, not at
  // load (scripts/bundle.mjs, lazyStringWidth): tables drawn by the built CLI must be the sources'
  // tables, with cells that hold wide (CJK), accented and typographic characters, at widths that
  // lay them out as a table and as blocks.
  it("draws tables with wide and accented characters exactly as the sources draw them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "relcheck-widths-"));
    try {
      const file = join(dir, "港口-報告.txt");
      writeFileSync(file, "Le port de Brême a dit le 2 mars 2022 que 14 grues étaient à l’arrêt. Its crews said 9 ships were held on 3 March 2022.\n");
      for (const columns of ["140", "72", "38"]) {
        const env = { NO_COLOR: "1", COLUMNS: columns };
        const built = spawnSync(process.execPath, [join(ROOT, "bin", "relcheck.js"), "mentions", file], { cwd: dir, encoding: "utf8", env: { ...process.env, ...env } });
        const source = await runCli(["mentions", file], { cwd: dir, env });
        expect(built.stdout).toContain("港口-報告.txt");
        expect(built.stdout).toBe(source.stdout);
        expect(built.status).toBe(source.code);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe("with a copy of the package whose rule files change", () => {
    let pkg: string;
    beforeAll(() => {
      pkg = mkdtempSync(join(tmpdir(), "relcheck-built-"));
      for (const part of ["bin", "dist/bundle", "rules", "schema", "seeds", "package.json"]) cpSync(join(ROOT, part), join(pkg, part), { recursive: true });
      symlinkSync(join(ROOT, "node_modules"), join(pkg, "node_modules"), "dir");
    });
    afterAll(() => rmSync(pkg, { recursive: true, force: true }));

    it("takes an edited rule file as it now reads, errors included", () => {
      const bin = join(pkg, "bin", "relcheck.js");
      const before = runBuilt(bin, ["scan", "seeds", "-f", "json"], pkg);
      expect(before.code).toBe(1);
      const file = join(pkg, "rules", "troop-withdrawal.yml");
      const text = readFileSync(file, "utf8");
      const lines = text.split("\n");
      const at = lines.findIndex((l) => l.startsWith("window:"));
      lines.splice(at, 0, "windw: 4");
      writeFileSync(file, lines.join("\n"));
      const after = runBuilt(bin, ["scan", "seeds", "-f", "json"], pkg);
      expect(after.code).toBe(2);
      expect(after.stderr).toMatch(new RegExp(`^relcheck: rules/troop-withdrawal\\.yml:${at + 1}:1: .*windw.*did you mean 'window'`));
      expect(after.stderr.trim().split("\n")).toHaveLength(1);
    });

    it("takes a removed rule file as gone", () => {
      const bin = join(pkg, "bin", "relcheck.js");
      writeFileSync(join(pkg, "rules", "troop-withdrawal.yml"), readFileSync(join(ROOT, "rules", "troop-withdrawal.yml")));
      const all = JSON.parse(runBuilt(bin, ["scan", "seeds", "-f", "json"], pkg).stdout) as { claims: { rule: string }[] };
      expect(all.claims.some((c) => c.rule === "capital-takeover")).toBe(true);
      rmSync(join(pkg, "rules", "capital-takeover.yml"));
      const fewer = JSON.parse(runBuilt(bin, ["scan", "seeds", "-f", "json"], pkg).stdout) as { claims: { rule: string }[] };
      expect(fewer.claims.some((c) => c.rule === "capital-takeover")).toBe(false);
      expect(fewer.claims.length).toBeGreaterThan(0);
    });
  });
});
