/**
 * Compiled rules kept beside the claim cache (`scan --cache`): while no rule file changes, a run
 * reads the rule files only to hash them, and does not parse or validate them again. Owns the key:
 * relcheck's version, the working directory (rules name their files relative to it), the rule
 * folders in order, and every rule file's path and bytes. Loading and its errors stay with the
 * ruleset: a rule set that fails to load is never stored.
 *
 *   <dir>/rules-<sha256 of the key>.json   — the CompiledRule[] as loadRules returned them
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { rename, unlink, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { BUILTIN_RULES_DIR, listRuleFiles } from "../ruleset/load-rules.js";
import type { CompiledRule } from "../types.js";
import { isCachedRuleSet } from "./entry-schema.js";
import { makeFolders, sweepStaleTemps, tempPathFor, trackTemp, untrackTemp } from "./temp-files.js";

export interface RuleSource {
  /** Folders as loadRules receives them (absolute). */
  dirs: readonly string[];
  builtin: boolean;
}

/** The key of a rule set, or null when a folder cannot be listed (then the loader reports it). */
export function ruleSetKey(source: RuleSource, cwd: string, version: string): string | null {
  const hash = createHash("sha256").update(`${version}\u0000${cwd}`);
  for (const dir of [...(source.builtin ? [BUILTIN_RULES_DIR] : []), ...source.dirs]) {
    hash.update(`\u0000dir\u0000${dir}`);
    try {
      for (const file of listRuleFiles(dir)) hash.update(`\u0000${file}\u0000`).update(readFileSync(file));
    } catch {
      return null;
    }
  }
  return hash.digest("hex");
}

/** The rules of `source`, from the cache when their files are unchanged, else from `load` (then stored). */
export async function cachedRules(cacheDir: string, cwd: string, version: string, source: RuleSource, load: () => CompiledRule[]): Promise<CompiledRule[]> {
  const key = ruleSetKey(source, cwd, version);
  if (key === null) return load();
  const folder = resolve(cwd, cacheDir);
  const file = join(folder, `rules-${key.slice(0, 40)}.json`);
  try {
    const cached: unknown = JSON.parse(readFileSync(file, "utf8"));
    // `[]`, a rule without its fields, anything edited into another shape: a miss, loaded again
    if (isCachedRuleSet(cached)) return cached as CompiledRule[];
  } catch {
    // Not cached yet (or cut short): load, then keep.
  }
  const rules = load();
  try {
    makeFolders(folder);
    sweepStaleTemps(folder, (target) => /^rules-[0-9a-f]{40}\.json$/.test(target));
    const temp = tempPathFor(file);
    trackTemp(temp);
    try {
      await writeFile(temp, JSON.stringify(rules), { flag: "wx" });
      await rename(temp, file);
    } finally {
      untrackTemp(temp);
      await unlink(temp).catch(() => undefined);
    }
  } catch {
    // A cache that cannot be written only costs time.
  }
  return rules;
}
