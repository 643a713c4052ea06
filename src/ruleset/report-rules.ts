/** The loaded rules as reports describe them (SARIF tool.driver.rules), the same on every machine. */
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { CompiledRule, ReportRule } from "../types.js";
import { BUILTIN_RULES_DIR } from "./load-rules.js";

/**
 * Where a rule came from, the same on every machine: a built-in rule as "rules/NAME.yml" (inside
 * relcheck), a user rule as loaded (relative to the working directory).
 */
function ruleSource(file: string, cwd: string): string {
  const fromBuiltin = relative(BUILTIN_RULES_DIR, resolve(cwd, file));
  if (fromBuiltin !== "" && !fromBuiltin.startsWith("..") && !isAbsolute(fromBuiltin)) {
    return `rules/${fromBuiltin.split(sep).join("/")} (built in)`;
  }
  return file.split(sep).join("/");
}

/** The loaded rules as reports describe them (SARIF tool.driver.rules); descriptions trimmed, with the severities set. */
export function reportRulesOf(rules: readonly CompiledRule[], cwd: string, severities: ReadonlyMap<string, NonNullable<ReportRule["severity"]>> = new Map()): ReportRule[] {
  return rules
    .map((r) => {
      const severity = severities.get(r.id);
      return {
        id: r.id,
        topic: r.topic.trim(),
        description: r.description.trim(),
        cardinality: r.cardinality,
        file: ruleSource(r.file, cwd),
        ...(severity ? { severity } : {}),
      };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
