/**
 * The claim cache: a second run over unchanged files reads no text (every file a hit on its time
 * stamp) and reports byte-identical JSON; a file whose bytes change, another rule set, another
 * relcheck version, another document date or another --as-of are misses; a file modified in the
 * same instant its entry was written is checked by its hash; the comparison across files is
 * recomputed every time.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type CacheStats, openClaimCache } from "../../src/cache/claim-cache.js";
import { cachedRules } from "../../src/cache/rule-cache.js";
import { runScan } from "../../src/cli/concurrency-scan.js";
import { reporters } from "../../src/report/index.js";
import { loadRules } from "../../src/ruleset/load-rules.js";
import type { CompiledRule, IsoDay } from "../../src/types.js";

const loaded = loadRules({ dirs: [], builtin: true, cwd: process.cwd() });
if (!loaded.ok) throw new Error("the built-in rules do not load");
const RULES = loaded.rules;
const SILENT = { stderr: () => {}, stderrIsTTY: false };

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "relcheck-cache-"));
  for (const f of readdirSync("seeds")) copyFileSync(join("seeds", f), join(dir, f));
  // Time stamps well in the past, as for an archive: entries written now trust them.
  const past = new Date(Date.now() - 3600_000);
  for (const f of readdirSync(dir)) utimesSync(join(dir, f), past, past);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function scanWith(options: { rules?: readonly CompiledRule[]; asOf?: IsoDay | null; manifest?: Map<string, IsoDay>; concurrency?: number } = {}): Promise<{ json: string; stats: CacheStats }> {
  let stats: CacheStats = { hits: 0, misses: 0, invalid: 0 };
  const report = await runScan({
    paths: ["."],
    cwd: dir,
    asOf: options.asOf ?? null,
    rules: options.rules ?? RULES,
    ...(options.manifest ? { manifest: options.manifest } : {}),
    concurrency: options.concurrency ?? 1,
    cacheDir: ".cache",
    quiet: true,
    io: SILENT,
    onCacheStats: (s) => (stats = { ...s }),
  });
  return { json: reporters.json(report, { color: false }), stats };
}

const files = (): number => readdirSync(dir).filter((f) => f.endsWith(".txt")).length;

describe("claim cache", () => {
  it("serves an unchanged archive from the cache, with the same report", async () => {
    const first = await scanWith();
    expect(first.stats).toEqual({ hits: 0, misses: files(), invalid: 0 });
    const second = await scanWith();
    expect(second.stats).toEqual({ hits: files(), misses: 0, invalid: 0 });
    expect(second.json).toBe(first.json);
    const threads = await scanWith({ concurrency: 2 });
    expect(threads.json).toBe(first.json);
  });

  it("scans again a file whose bytes changed, and recompares across all files", async () => {
    const before = await scanWith();
    const [name] = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
    writeFileSync(join(dir, name!), "Pakistan recognised the Taliban government in 1995.\n");
    const after = await scanWith();
    expect(after.stats.misses).toBe(1);
    expect(after.stats.hits).toBe(files() - 1);
    expect(after.json).not.toBe(before.json);
    // The same as a run without the cache.
    const fresh = await runScan({ paths: ["."], cwd: dir, asOf: null, rules: RULES, concurrency: 1, cacheDir: null, quiet: true, io: SILENT });
    expect(after.json).toBe(reporters.json(fresh, { color: false }));
  });

  it("finds entries by content: an edit of the same size with the old modification time restored is a miss", async () => {
    const before = await scanWith();
    const name = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()[1]!;
    const path = join(dir, name);
    const { mtime, size } = statSync(path);
    const text = readFileSync(path, "utf8");
    expect(text).toContain("1997");
    writeFileSync(path, text.replace(/1997/g, "1995"));
    expect(statSync(path).size).toBe(size);
    utimesSync(path, mtime, mtime);
    const after = await scanWith();
    expect(after.stats).toEqual({ hits: files() - 1, misses: 1, invalid: 0 });
    expect(after.json).not.toBe(before.json);
    const fresh = await runScan({ paths: ["."], cwd: dir, asOf: null, rules: RULES, concurrency: 1, cacheDir: null, quiet: true, io: SILENT });
    expect(after.json).toBe(reporters.json(fresh, { color: false }));
  });

  it("misses on another rule set, another relcheck version, another date or --as-of", async () => {
    await scanWith();
    const fewer = RULES.filter((r) => r.id !== "meetings");
    expect((await scanWith({ rules: fewer })).stats.hits).toBe(0);
    expect((await scanWith({ asOf: "2025-09-05" })).stats.hits).toBe(0);
    await scanWith(); // entries without --as-of again
    const [name] = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
    const dated = await scanWith({ manifest: new Map([[join(dir, name!), "2025-06-30"]]) });
    expect(dated.stats.misses).toBe(1);
    const other = openClaimCache(".cache", dir, { version: "9.9.9", rules: RULES });
    const job = { path: name!, manifestDate: null };
    expect(other.lookup(job, JSON.stringify([name, null, null, null]), "0".repeat(64))).toBeNull();
  });

  it("keeps compiled rules until a rule file changes", async () => {
    const rulesDir = mkdtempSync(join(tmpdir(), "relcheck-rules-"));
    try {
      const file = join(rulesDir, "visits.yml");
      writeFileSync(file, "id: visits\ntopic: visits\ndescription: visits\ncardinality: recurring\nvalues: [date]\ntriggers: [visit]\n");
      let loads = 0;
      const load = (): CompiledRule[] => {
        loads++;
        const r = loadRules({ dirs: [rulesDir], builtin: false, cwd: dir });
        if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
        return r.rules;
      };
      const source = { dirs: [rulesDir], builtin: false };
      const a = await cachedRules(".cache", dir, "0.1.0", source, load);
      const b = await cachedRules(".cache", dir, "0.1.0", source, load);
      expect(loads).toBe(1);
      expect(b).toEqual(a);
      writeFileSync(file, "id: visits\ntopic: official visits\ndescription: visits\ncardinality: recurring\nvalues: [date]\ntriggers: [visit]\n");
      const c = await cachedRules(".cache", dir, "0.1.0", source, load);
      expect(loads).toBe(2);
      expect(c[0]?.topic).toBe("official visits");
    } finally {
      rmSync(rulesDir, { recursive: true, force: true });
    }
  });

  describe("a cache that was tampered with or cut short is a miss, never an error", () => {
    /** Every shard file of the claim cache, parsed. */
    const shards = (): { file: string; entries: Record<string, { path: string; check: string; result: Record<string, unknown> }> }[] => {
      const root = join(dir, ".cache");
      return readdirSync(root)
        .filter((f) => !f.startsWith("rules-"))
        .flatMap((sub) => readdirSync(join(root, sub)).map((f) => join(root, sub, f)))
        .filter((f) => /claims-\d\d\.json$/.test(f))
        .map((file) => ({ file, entries: JSON.parse(readFileSync(file, "utf8")) }));
    };
    const edits: [string, (entry: { result: Record<string, unknown> }) => unknown][] = [
      ["without its claims", (e) => delete e.result.claims],
      ["without its document", (e) => delete e.result.document],
      ["without its warnings", (e) => delete e.result.diagnostics],
      ["with a claim of another shape", (e) => ((e.result.claims as unknown[])[0] = { id: "c-1" })],
      ["with a value edited (still of the right shape)", (e) => ((e.result.claims as { line: number }[])[0]!.line += 1)],
      ["replaced by a number", (e) => ((e as { result: unknown }).result = 7)],
    ];
    it.each(edits)("an entry %s", async (_label, edit) => {
      const clean = await scanWith();
      let edited = 0;
      for (const { file, entries } of shards()) {
        for (const entry of Object.values(entries)) {
          if (((entry.result.claims as unknown[] | undefined)?.length ?? 0) === 0) continue;
          edit(entry);
          edited++;
        }
        writeFileSync(file, JSON.stringify(entries));
      }
      expect(edited).toBeGreaterThan(0);
      const again = await scanWith();
      expect(again.stats.invalid).toBe(edited);
      expect(again.json).toBe(clean.json);
      expect((await scanWith()).stats.hits).toBe(files()); // rewritten whole
    });

    it.each([["[]"], ["{"], ["null"], ['{"x": 1}']])("a shard that reads %s", async (text) => {
      const clean = await scanWith();
      for (const { file } of shards()) writeFileSync(file, text);
      const again = await scanWith();
      expect(again.stats.hits).toBe(0);
      expect(again.json).toBe(clean.json);
    });

    it.each([["[]"], ['[{"id": "visits"}]'], ["{}"], ['"rules"']])("a rules cache that reads %s is loaded again", async (text) => {
      const rulesDir = mkdtempSync(join(tmpdir(), "relcheck-rules-"));
      try {
        writeFileSync(join(rulesDir, "visits.yml"), "id: visits\ntopic: visits\ndescription: visits\ncardinality: recurring\nvalues: [date]\ntriggers: [visit]\n");
        let loads = 0;
        const load = (): CompiledRule[] => {
          loads++;
          const r = loadRules({ dirs: [rulesDir], builtin: false, cwd: dir });
          if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
          return r.rules;
        };
        const source = { dirs: [rulesDir], builtin: false };
        const first = await cachedRules(".cache", dir, "0.1.0", source, load);
        const [cacheFile] = readdirSync(join(dir, ".cache")).filter((f) => f.startsWith("rules-"));
        writeFileSync(join(dir, ".cache", cacheFile!), text);
        const second = await cachedRules(".cache", dir, "0.1.0", source, load);
        expect(loads).toBe(2);
        expect(second).toEqual(first);
      } finally {
        rmSync(rulesDir, { recursive: true, force: true });
      }
    });

    it("removes the temporary shard files a killed run left", async () => {
      await scanWith();
      const [first] = shards();
      const folder = join(first!.file, "..");
      const old = new Date(Date.now() - 3_600_000);
      const left = [join(folder, "claims-07.json.m3x5abc-1-a1b2c3.tmp"), join(folder, ".claims-07.json.relcheck-0a1b2c3d-2.tmp")];
      for (const f of left) {
        writeFileSync(f, "{ partial");
        utimesSync(f, old, old);
      }
      const name = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()[0]!;
      writeFileSync(join(dir, name), "Pakistan recognised the Taliban government in 1995.\n");
      await scanWith();
      expect(readdirSync(folder).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    });
  });
});
