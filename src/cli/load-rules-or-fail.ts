/** Load built-in and user rules for a command, or fail with the first problem (file:line:col). */
import { UserError } from "../errors.js";
import { loadRules } from "../ruleset/load-rules.js";
import type { CompiledRule } from "../types.js";

export function loadRulesOrFail(options: { rules?: string[]; builtinRules?: boolean }, cwd: string): CompiledRule[] {
  const result = loadRules({ dirs: (options.rules ?? []).map((d) => (d.startsWith("/") ? d : `${cwd}/${d}`)), builtin: options.builtinRules !== false, cwd });
  if (result.ok) return result.rules;
  const [first, ...rest] = result.diagnostics;
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length === 1 ? "" : "s"}; run 'relcheck rules validate')` : "";
  throw new UserError(`${first?.message ?? "invalid rules"}${more}`, first?.file, first?.line, first?.column);
}
