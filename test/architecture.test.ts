/**
 * The import graph flows one way: types ← values ← ingest ← extract ← normalize ← group ← judge ←
 * report ← pipeline ← cli. types.ts imports nothing; reporters import only types and each other;
 * only cli/ touches `process`.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

const ORDER = ["types", "errors", "version", "values", "ruleset", "ingest", "extract", "normalize", "group", "judge", "report", "baseline", "pipeline", "cache", "rule-examples", "index", "cli"];
const stageOf = (path: string): string => relative("src", path).split("/")[0]!.replace(/\.[jt]s$/, "");

describe("architecture", () => {
  const sources = files("src");
  it.each(sources.map((f) => [f]))("%s imports only earlier stages", (file) => {
    const text = readFileSync(file, "utf8");
    const own = ORDER.indexOf(stageOf(file));
    expect(own, `unknown stage for ${file}`).toBeGreaterThanOrEqual(0);
    for (const m of text.matchAll(/from "(\.[^"]+)"/g)) {
      const target = stageOf(join(file, "..", m[1]!));
      const rank = ORDER.indexOf(target);
      if (stageOf(file) === "report") expect(["types", "report", "version", "values"].includes(target), `${file} imports ${m[1]}`).toBe(true);
      expect(rank, `${file} imports ${m[1]} (stage ${target})`).toBeLessThanOrEqual(own);
    }
    if (file === join("src", "types.ts")) expect(text).not.toMatch(/^import /m);
    if (stageOf(file) !== "cli") expect(text, `${file} touches process`).not.toMatch(/\bprocess\.(?!hrtime)/);
  });
});
