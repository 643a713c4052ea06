/**
 * The claim cache: a second run over unchanged files reads no text (every file a hit on its time
 * stamp) and reports byte-identical JSON; a file whose bytes change, another rule set, another
 * relcheck version, another document date or another --as-of are misses; a file modified in the
 * same instant its entry was written is checked by its hash; the comparison across files is
 * recomputed every time.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
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
  let stats: CacheStats = { hits: 0, misses: 0, verified: 0 };
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
    expect(first.stats).toEqual({ hits: 0, misses: files(), verified: 0 });
    const second = await scanWith();
    expect(second.stats).toEqual({ hits: files(), misses: 0, verified: 0 });
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

  it("checks by hash a file changed in the instant its entry was written", async () => {
    const now = new Date();
    for (const f of readdirSync(dir)) utimesSync(join(dir, f), now, now);
    await scanWith();
    const again = await scanWith();
    expect(again.stats.hits).toBe(files());
    expect(again.stats.verified).toBe(files());
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
    expect(other.lookup(job, JSON.stringify([name, null, null, null]), { size: 1, mtimeMs: 1 })).toBeNull();
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
});
