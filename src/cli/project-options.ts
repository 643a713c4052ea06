/**
 * The project's settings as a command sees them: the project file (found upward from the working
 * folder, or --config FILE), the rule folders (--rules and the file's `rules:`), and each rule's
 * severity (the file's `severity:`, then --rule ID=LEVEL, which wins):
 *
 *   --config ci/relcheck.yml    --rules my-rules    --rule fatalities=off --rule air-strikes=warning
 *
 * A rule turned off is not run; the other levels go to the report's rules (report/levels.ts).
 * Unknown rule ids and levels are usage errors with a "did you mean", located in the file.
 */
import type { Command } from "commander";
import { UserError } from "../errors.js";
import { configPath, RULE_SEVERITIES, type ProjectConfig, type RuleSeverity } from "../ingest/project-config.js";
import { projectConfig } from "../ingest/read-documents.js";
import type { Level } from "../report/levels.js";
import { didYouMean } from "../ruleset/did-you-mean.js";
import { loadRulesOrFail } from "./load-rules-or-fail.js";
import type { CompiledRule } from "../types.js";

export interface ProjectFlags {
  config?: string;
  rules?: string[];
  rule?: string[];
}

/** --config and --rule for a command that runs rules. */
export function addProjectOptions(command: Command): Command {
  return command
    .option("--config <file>", "the project file to use instead of the relcheck.yml or .relcheck.yml found from here up to the repository root")
    .option("--rule <id=level>", `set a rule's severity: ${RULE_SEVERITIES.join(", ")} (repeatable; wins over relcheck.yml)`, (v: string, acc: string[] = []) => [...acc, v]);
}

export interface Project {
  config: ProjectConfig | null;
  /** --rules folders then the project file's, absolute. */
  ruleDirs: string[];
}

export function projectOf(flags: ProjectFlags, cwd: string): Project {
  const config = projectConfig(cwd, flags.config);
  const given = (flags.rules ?? []).map((d) => (d.startsWith("/") ? d : `${cwd}/${d}`));
  const fromConfig = (config?.rules ?? []).map((d) => configPath(config!, d));
  return { config, ruleDirs: [...new Set([...given, ...fromConfig])] };
}

export interface RuleSelection {
  /** The rules to run. */
  rules: CompiledRule[];
  /** Rule id → the level its findings take, for the rules whose severity was set. */
  severities: Map<string, Level>;
  /** Ids of the rules turned off. */
  off: string[];
}

/** "fatalities=off" → ["fatalities", "off"]; anything else a usage error. */
function parseRuleFlag(value: string): [string, RuleSeverity] {
  const eq = value.indexOf("=");
  const level = eq === -1 ? "" : value.slice(eq + 1).trim();
  if (eq <= 0 || !(RULE_SEVERITIES as readonly string[]).includes(level)) {
    const hint = eq > 0 ? didYouMean(level, RULE_SEVERITIES) : null;
    throw new UserError(`--rule '${value}' must be ID=LEVEL with LEVEL one of ${RULE_SEVERITIES.join(", ")}${hint ? ` (did you mean '${value.slice(0, eq)}=${hint}'?)` : ""}`);
  }
  return [value.slice(0, eq).trim(), level as RuleSeverity];
}

/** The loaded rules less those turned off, and the severities set for the rest. */
export function selectRules(rules: readonly CompiledRule[], config: ProjectConfig | null, ruleFlags: readonly string[]): RuleSelection {
  const ids = rules.map((r) => r.id);
  const unknown = (id: string) => {
    const hint = didYouMean(id, ids);
    return `no loaded rule has the id '${id}'${hint ? ` (did you mean '${hint}'?)` : ""}`;
  };
  const levels = new Map<string, RuleSeverity>();
  for (const [id, set] of Object.entries(config?.severity ?? {})) {
    if (!ids.includes(id)) throw new UserError(`severity: ${unknown(id)}`, config!.file, set.line, set.column);
    levels.set(id, set.level);
  }
  for (const value of ruleFlags) {
    const [id, level] = parseRuleFlag(value);
    if (!ids.includes(id)) throw new UserError(`--rule ${value}: ${unknown(id)}`);
    levels.set(id, level);
  }
  const off = [...levels].filter(([, level]) => level === "off").map(([id]) => id);
  const severities = new Map<string, Level>();
  for (const [id, level] of levels) if (level !== "off") severities.set(id, level);
  const kept = rules.filter((r) => !off.includes(r.id));
  if (kept.length === 0) throw new UserError("every rule is turned off (severity: off / --rule ID=off): nothing to look for");
  return { rules: kept, severities, off: off.sort() };
}

/** Project file, rule folders, loaded rules and severities, for commands without a rules cache. */
export function loadProjectRules(flags: ProjectFlags & { builtinRules?: boolean }, cwd: string): Project & RuleSelection {
  const project = projectOf(flags, cwd);
  const loaded = loadRulesOrFail({ rules: project.ruleDirs, ...(flags.builtinRules === false ? { builtinRules: false } : {}) }, cwd);
  return { ...project, ...selectRules(loaded, project.config, flags.rule ?? []) };
}
