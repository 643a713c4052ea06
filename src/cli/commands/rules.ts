/**
 * `relcheck rules validate [DIR…]` and `relcheck rules test [DIR…]`: rule authoring. Both load
 * rules through the loader (src/ruleset/load-rules.ts) exactly as `scan --rules DIR` does, so a
 * rule that passes here loads there; `test` runs each rule's examples through the extractor
 * (src/rule-examples.ts). Which rules: the folders given; else the `rules:` folders of
 * relcheck.yml; else the built-in rules. The built-in rules are always loaded alongside (unless
 * --no-builtin-rules), so an id that clashes with one is reported.
 *
 *   $ relcheck rules validate my-rules
 *   relcheck: my-rules/visits.yml:4:1: unknown key 'trigers' (did you mean 'triggers'?)   → exit 2
 *   $ relcheck rules test my-rules
 *   ok    visits (3 examples)
 *   FAIL  strikes  my-rules/strikes.yml:21:5: example 2 “…”: must match, but no claim was found
 *   4 examples in 2 rules: 3 passed, 1 failed                                            → exit 1
 */
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import type { Command } from "commander";
import { isMap, isSeq, LineCounter, parseDocument } from "yaml";
import { UserError } from "../../errors.js";
import { readProjectConfig } from "../../ingest/project-config.js";
import { runExample } from "../../rule-examples.js";
import { BUILTIN_RULES_DIR, listRuleFiles, loadRules } from "../../ruleset/load-rules.js";
import type { CompiledRule, Diagnostic } from "../../types.js";
import type { CliIo } from "../io.js";
import type { CommandContext, CommandModule } from "./command.js";

interface RulesFlags {
  builtinRules: boolean;
  config?: string;
}

interface Selection {
  /** Absolute folders whose rules are validated and tested; empty = the built-in rules. */
  dirs: string[];
  /** How the folders are named in messages. */
  label: string;
}

/** Folders given, else the project file's `rules:` (found upward), else none (the built-ins). */
function selectDirs(given: readonly string[], io: CliIo, configFile?: string): Selection {
  if (given.length > 0) return { dirs: given.map((d) => resolve(io.cwd, d)), label: given.join(", ") };
  const { config, diagnostics } = readProjectConfig(io.cwd, configFile);
  const first = diagnostics[0];
  if (first) throw new UserError(first.message, first.file, first.line, first.column);
  if (config && config.rules.length > 0) {
    const dirs = config.rules.map((d) => resolve(config.dir, d));
    return { dirs, label: dirs.map((d) => relative(io.cwd, d) || ".").join(", ") };
  }
  return { dirs: [], label: "the built-in rules" };
}

function located(d: Diagnostic): string {
  const where = d.file ? `${d.file}${d.line ? `:${d.line}${d.column ? `:${d.column}` : ""}` : ""}: ` : "";
  return `relcheck: ${where}${d.message}\n`;
}

/** Load for the selection; on problems print every one (file:line:col) and return null. */
function load(selection: Selection, flags: RulesFlags, io: CliIo): CompiledRule[] | null {
  for (const dir of selection.dirs) {
    if (!existsSync(dir)) throw new UserError("no such rules folder", relative(io.cwd, dir) || dir);
    if (listRuleFiles(dir).length === 0) {
      throw new UserError("no rule files (*.yml, *.yaml) in this folder", relative(io.cwd, dir) || dir);
    }
  }
  // NOTE: `relcheck rules test rules/` names the built-in folder itself: load it once.
  const builtinReal = realpathSync(BUILTIN_RULES_DIR);
  const extra = selection.dirs.filter((d) => realpathSync(d) !== builtinReal);
  const builtin = flags.builtinRules !== false || extra.length < selection.dirs.length || selection.dirs.length === 0;
  const result = loadRules({ dirs: extra, builtin, cwd: io.cwd });
  if (!result.ok) {
    for (const d of result.diagnostics) io.stderr(located(d));
    const n = result.diagnostics.length;
    io.stdout(`${n} problem${n === 1 ? "" : "s"} in ${selection.label}\n`);
    return null;
  }
  const roots = selection.dirs.length > 0 ? selection.dirs.map((d) => realpathSync(d)) : [builtinReal];
  const inside = (file: string) => {
    const abs = realpathSync(resolve(io.cwd, file));
    return roots.some((root) => abs === root || abs.startsWith(root.endsWith(sep) ? root : root + sep));
  };
  return result.rules.filter((r) => inside(r.file));
}

/** file:line:col of examples[index] in a rule file, from its YAML. */
function exampleLocations(file: string, cwd: string): { line: number; column: number }[] {
  try {
    const counter = new LineCounter();
    const doc = parseDocument(readFileSync(resolve(cwd, file), "utf8"), { lineCounter: counter });
    const examples = isMap(doc.contents) ? doc.contents.get("examples", true) : null;
    if (!isSeq(examples)) return [];
    return examples.items.map((item) => {
      const p = counter.linePos((item as { range?: [number, number, number] }).range?.[0] ?? 0);
      return { line: p.line, column: p.col };
    });
  } catch {
    return [];
  }
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return `“${flat.length > 60 ? `${flat.slice(0, 57)}…` : flat}”`;
}

function validate(dirs: string[], flags: RulesFlags, ctx: CommandContext): void {
  const { io } = ctx;
  const selection = selectDirs(dirs, io, flags.config);
  const rules = load(selection, flags, io);
  if (!rules) {
    ctx.exitCode = 2;
    return;
  }
  io.stdout(`${rules.length} rule${rules.length === 1 ? "" : "s"} valid in ${selection.label}\n`);
  ctx.exitCode = 0;
}

function test(dirs: string[], flags: RulesFlags, ctx: CommandContext): void {
  const { io } = ctx;
  const selection = selectDirs(dirs, io, flags.config);
  const rules = load(selection, flags, io);
  if (!rules) {
    ctx.exitCode = 2;
    return;
  }
  let passed = 0;
  let failed = 0;
  for (const rule of rules) {
    const outcomes = rule.examples.map((example) => runExample(rule, example));
    const failures = outcomes.flatMap((o, i) => (o.problem === null ? [] : [{ i, problem: o.problem, text: o.example.text }]));
    passed += outcomes.length - failures.length;
    failed += failures.length;
    if (failures.length === 0) {
      io.stdout(`ok    ${rule.id} (${outcomes.length} example${outcomes.length === 1 ? "" : "s"})\n`);
      continue;
    }
    const where = exampleLocations(rule.file, io.cwd);
    for (const f of failures) {
      const at = where[f.i];
      const loc = at ? `${rule.file}:${at.line}:${at.column}` : rule.file;
      io.stdout(`FAIL  ${rule.id}  ${loc}: example ${f.i + 1} ${quote(f.text)}: ${f.problem}\n`);
    }
  }
  const total = passed + failed;
  io.stdout(`${total} example${total === 1 ? "" : "s"} in ${rules.length} rule${rules.length === 1 ? "" : "s"}: ${passed} passed, ${failed} failed\n`);
  ctx.exitCode = failed > 0 ? 1 : 0;
}

export const rulesCommand: CommandModule = {
  name: "rules",
  register(program: Command, ctx) {
    const rules = program.command("rules").description("check and test rule files (see `relcheck init` for a starter rule)");
    rules
      .command("validate")
      .description("check rule files: every problem as file:line:col, exit 2 if there is any")
      .argument("[dirs...]", "rule folders (default: the project file's rules, else the built-in rules)")
      .option("--no-builtin-rules", "check the folders alone, without the built-in rules")
      .option("--config <file>", "the project file whose rules: to check, instead of the one found from here up to the repository root")
      .action((dirs: string[], flags: RulesFlags) => validate(dirs, flags, ctx));
    rules
      .command("test")
      .description("run each rule's examples (must match with the expected value / must not match); exit 1 on a failure")
      .argument("[dirs...]", "rule folders (default: the project file's rules, else the built-in rules)")
      .option("--no-builtin-rules", "load the folders alone, without the built-in rules")
      .option("--config <file>", "the project file whose rules: to test, instead of the one found from here up to the repository root")
      .action((dirs: string[], flags: RulesFlags) => test(dirs, flags, ctx));
  },
};
