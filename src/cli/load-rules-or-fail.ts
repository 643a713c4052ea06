/** Load built-in and user rules for a command, or fail with the first problem (file:line:col). */
import { existsSync } from "node:fs";
import { relative } from "node:path";
import { UserError } from "../errors.js";
import { listRuleFiles, loadRulesOrThrow } from "../ruleset/load-rules.js";
import type { CompiledRule } from "../types.js";

export interface RuleFlags {
  rules?: string[];
  builtinRules?: boolean;
}

/** The --rules folders as absolute paths, as the loader and the rule cache take them. */
export function ruleDirsOf(options: RuleFlags, cwd: string): string[] {
  return (options.rules ?? []).map((d) => (d.startsWith("/") ? d : `${cwd}/${d}`));
}

/**
 * A selection that would scan with no rules, or read a folder that holds none, is a usage error
 * (as `relcheck rules validate` says of such a folder), never a silent run that can find nothing.
 */
export function checkRuleSelection(options: RuleFlags, cwd: string): void {
  const dirs = ruleDirsOf(options, cwd);
  if (options.builtinRules === false && dirs.length === 0) {
    throw new UserError("--no-builtin-rules leaves no rules to scan with: add --rules DIR (a folder of your rule files), or drop --no-builtin-rules");
  }
  for (const dir of dirs) {
    // A missing folder is the loader's error; an existing one must hold rule files.
    if (existsSync(dir) && listRuleFiles(dir).length === 0) {
      throw new UserError("no rule files (*.yml, *.yaml) in this rules folder; add one (see 'relcheck init') or stop naming the folder", relative(cwd, dir) || dir);
    }
  }
}

export function loadRulesOrFail(options: RuleFlags, cwd: string): CompiledRule[] {
  checkRuleSelection(options, cwd);
  return loadRulesOrThrow({ dirs: ruleDirsOf(options, cwd), builtin: options.builtinRules !== false, cwd });
}
