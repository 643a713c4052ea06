/**
 * ruleset: rules/*.yml → CompiledRule[]. Owns reading, YAML parsing, validation against
 * schema/rule.schema.json and the mapping of every problem to file:line:col. Unknown keys are
 * errors (with a "did you mean"), duplicate ids are errors, and all problems are collected before
 * the loader gives up (Vale's validateDefinition; textlint's { ok, errors } result).
 * Does not own matching: compile-rule.ts turns a checked definition into matchers.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { LineCounter, isMap, isScalar, isSeq, parseDocument, visit, type Node as YamlNode } from "yaml";
import { UserError } from "../errors.js";
import type { CompiledRule, Diagnostic } from "../types.js";
import { compileRule, type RuleDefinition } from "./compile-rule.js";
import { didYouMean } from "./did-you-mean.js";

const here = fileURLToPath(new URL(".", import.meta.url));
/** The project root (works from src/ under vitest and from dist/ when installed). */
export const PROJECT_ROOT = join(here, "..", "..");
export const BUILTIN_RULES_DIR = join(PROJECT_ROOT, "rules");
const RULE_SCHEMA = JSON.parse(readFileSync(join(PROJECT_ROOT, "schema", "rule.schema.json"), "utf8")) as {
  properties: Record<string, unknown>;
};

export type LoadResult = { ok: true; rules: CompiledRule[] } | { ok: false; diagnostics: Diagnostic[] };

/** The schema validator, compiled on first use (~25 ms): a scan whose rules come from the cache never needs it. */
let compiled: ValidateFunction | null = null;
function validator(): ValidateFunction {
  return (compiled ??= new Ajv({ allErrors: true, strict: false }).compile(RULE_SCHEMA));
}

function positionOf(node: YamlNode | null | undefined, counter: LineCounter): { line: number; column: number } {
  const start = node?.range?.[0] ?? 0;
  const pos = counter.linePos(start);
  return { line: pos.line, column: pos.col };
}

/** The YAML node at a JSON pointer, and for a key the key node itself. */
function nodeAt(root: YamlNode | null, pointer: string, key?: string): YamlNode | null {
  let node: unknown = root;
  const parts = pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  for (const part of parts) {
    if (isMap(node)) node = node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === part)?.value ?? null;
    else if (isSeq(node)) node = node.items[Number(part)] ?? null;
    else return null;
  }
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    return (pair?.key as YamlNode | undefined) ?? (node as YamlNode);
  }
  return (node as YamlNode | null) ?? null;
}

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $ref?: string;
}

/** The keys the schema knows at a JSON pointer (the top level, a block, a list's items, a block within them), for "did you mean". */
function schemaKeysAt(pointer: string): string[] {
  const root = RULE_SCHEMA as unknown as SchemaNode & { definitions?: Record<string, SchemaNode> };
  const resolve = (node: SchemaNode | undefined): SchemaNode | undefined =>
    node?.$ref?.startsWith("#/definitions/") ? root.definitions?.[node.$ref.slice("#/definitions/".length)] : node;
  let node: SchemaNode | undefined = root;
  for (const part of pointer.split("/").slice(1)) {
    node = resolve(node);
    node = /^\d+$/.test(part) && node?.items ? node.items : node?.properties?.[part];
  }
  return Object.keys(resolve(node)?.properties ?? {});
}

function describeAjvError(error: ErrorObject): { message: string; key?: string } {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const suggestion = didYouMean(key, schemaKeysAt(error.instancePath));
      return { message: `unknown key '${key}'${suggestion ? ` (did you mean '${suggestion}'?)` : ""}`, key };
    }
    case "required":
      return { message: `missing required key '${String(params.missingProperty)}'` };
    case "enum":
      return {
        message: `${error.instancePath.slice(1) || "value"} must be one of: ${(params.allowedValues as unknown[]).join(", ")}`,
      };
    default:
      return { message: `${error.instancePath.slice(1) || "rule"} ${error.message ?? "is invalid"}` };
  }
}

/** Parse and check one rule file; diagnostics carry file:line:col. */
export function loadRuleFile(file: string, text: string): { rule?: CompiledRule; diagnostics: Diagnostic[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  const diagnostics: Diagnostic[] = [];
  const err = (message: string, line?: number, column?: number): void => {
    diagnostics.push({ code: "RC201", severity: "error", message, file, ...(line ? { line } : {}), ...(column ? { column } : {}) });
  };
  for (const e of doc.errors) {
    const pos = e.linePos?.[0];
    err(`invalid YAML: ${e.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "")}`, pos?.line, pos?.col);
  }
  if (diagnostics.length > 0) return { diagnostics };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // "billion laughs": aliases of aliases that would expand to millions of values
    let at = 0;
    visit(doc, {
      Alias(_key, node) {
        at = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const pos = counter.linePos(at);
    err(`invalid YAML: its aliases expand too far (${(error instanceof Error ? error.message : String(error)).split("\n")[0]})`, pos.line, pos.col);
    return { diagnostics };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    err("a rule file must be a mapping of keys (id, topic, cardinality, values, triggers …)", 1, 1);
    return { diagnostics };
  }
  const validate = validator();
  // "instancePath/key" of every key a "did you mean" names: a missing required key it explains is no second problem
  let suggested = new Set<string>();
  if (!validate(data)) {
    // ajv reports a failed oneOf and its branches; keep the most specific errors.
    const errors = (validate.errors ?? []).filter((e) => e.keyword !== "oneOf" && e.keyword !== "if");
    // A misspelled required key ("trigers") is one problem, not two: the unknown key with its
    // "did you mean" is reported, the "missing 'triggers'" it explains is not.
    suggested = new Set(
      errors
        .filter((e) => e.keyword === "additionalProperties")
        .map((e) => `${e.instancePath}/${didYouMean(String((e.params as Record<string, unknown>).additionalProperty), schemaKeysAt(e.instancePath)) ?? ""}`),
    );
    const seen = new Set<string>();
    for (const error of errors) {
      if (error.keyword === "required" && suggested.has(`${error.instancePath}/${String((error.params as Record<string, unknown>).missingProperty)}`)) continue;
      const { message, key } = describeAjvError(error);
      const dedupe = `${error.instancePath}|${message}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      const pos = positionOf(nodeAt(doc.contents as YamlNode, error.instancePath, key), counter);
      err(message, pos.line, pos.column);
    }
  }
  // NOTE: the checks the schema cannot make run too when it failed, on what of the file has the
  // right shape, so that one run reports every problem of the file (Vale's validateDefinition)
  const schemaFailed = diagnostics.length > 0;
  const def = (schemaFailed ? lenientDefinition(data as Record<string, unknown>) : data) as RuleDefinition;
  const expectedId = basename(file).replace(/\.ya?ml$/i, "");
  if (typeof def.id === "string" && def.id !== expectedId) {
    const pos = positionOf(nodeAt(doc.contents as YamlNode, "/id"), counter);
    err(`rule id '${def.id}' must equal the file name '${expectedId}'`, pos.line, pos.column);
  }
  const compiled = compileRule(def, file, (pointer, message) => {
    const missing = /^missing required key '([^']+)'/.exec(message);
    if (missing && suggested.has(`${pointer}/${missing[1]}`)) return;
    const pos = positionOf(nodeAt(doc.contents as YamlNode, pointer), counter);
    err(message, pos.line, pos.column);
  });
  return diagnostics.length > 0 ? { diagnostics: inFileOrder(diagnostics) } : { rule: compiled, diagnostics };
}

/** Problems in the order of the file (by line, then column), each once. */
function inFileOrder(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics
    .filter((d) => {
      const key = `${d.line ?? 0}:${d.column ?? 0}:${d.message}`;
      return !seen.has(key) && Boolean(seen.add(key));
    })
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.line ?? 0) - (b.d.line ?? 0) || (a.d.column ?? 0) - (b.d.column ?? 0) || a.i - b.i)
    .map(({ d }) => d);
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
const strings = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : undefined);

/**
 * A rule file that failed the schema, reduced to what compileRule's own checks can read: lists of
 * words as lists of strings, blocks as mappings, measures and examples that have their required
 * keys; anything of another shape is left out (the schema has said what is wrong with it).
 */
function lenientDefinition(data: Record<string, unknown>): Partial<RuleDefinition> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const property = (RULE_SCHEMA.properties[key] ?? null) as { type?: string; $ref?: string } | null;
    if (!property) continue;
    const isList = property.type === "array" || property.$ref === "#/definitions/terms";
    if (key === "measures") {
      if (Array.isArray(value)) out[key] = value.filter((m) => isObject(m) && typeof m.name === "string" && Array.isArray(m.triggers)).map((m) => ({ ...m, triggers: strings(m.triggers) }));
    } else if (key === "examples") {
      if (Array.isArray(value)) out[key] = value.filter((e) => isObject(e) && typeof e.text === "string" && (e.expect === "none" || isObject(e.expect)));
    } else if (isList) {
      const list = strings(value);
      if (list) out[key] = list;
    } else if (property.type === "object" || property.$ref !== undefined) {
      if (isObject(value)) out[key] = key === "vocabulary" ? { ...value, predicates: strings(value.predicates), counted: strings(value.counted) } : value;
    } else out[key] = value;
  }
  return out as Partial<RuleDefinition>;
}

/** Rule files of a directory, sorted by name. A file given directly is taken as it is. */
export function listRuleFiles(dir: string): string[] {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (!stat) return [];
  if (stat.isFile()) return [dir];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * The built-in rules as the build compiled them (scripts/bundle.mjs defines this in the bundled CLI;
 * elsewhere, as under the tests, it is undefined and the rule files are always read). `key` is
 * builtinRulesKey() of the files they were compiled from; `file` is relative to the package root.
 */
declare const __RELCHECK_BUILTIN_RULES__: { key: string; rules: CompiledRule[] } | undefined;
const PRECOMPILED = typeof __RELCHECK_BUILTIN_RULES__ === "undefined" ? null : __RELCHECK_BUILTIN_RULES__;

/** What the built-in rules are compiled from: every rule file's name and bytes. */
export function builtinRulesKey(): string {
  const hash = createHash("sha256");
  for (const path of listRuleFiles(BUILTIN_RULES_DIR)) hash.update(`${basename(path)}\u0000`).update(readFileSync(path)).update("\u0000");
  return hash.digest("hex");
}

/**
 * The built-in rules without parsing them, when the build compiled these very files (so that a
 * scan does not spend a fifth of a second on YAML and schema checks); null when a file was added,
 * removed or edited since, or outside a build: then they are read like any other folder.
 */
function precompiledBuiltins(cwd: string): CompiledRule[] | null {
  if (!PRECOMPILED) return null;
  let key: string;
  try {
    key = builtinRulesKey();
  } catch {
    return null;
  }
  if (key !== PRECOMPILED.key) return null;
  return PRECOMPILED.rules.map((rule) => {
    const path = join(PROJECT_ROOT, rule.file);
    return { ...rule, file: relative(cwd, path) || path };
  });
}

/**
 * Load the built-in rules plus every extra directory, in that order. `cwd` makes file names in
 * messages relative, as the user would type them.
 */
export function loadRules(options: { dirs?: readonly string[]; builtin?: boolean; cwd: string }): LoadResult {
  const dirs = [...(options.builtin === false ? [] : [BUILTIN_RULES_DIR]), ...(options.dirs ?? [])];
  const rules: CompiledRule[] = [];
  const diagnostics: Diagnostic[] = [];
  const ids = new Map<string, string>();
  for (const [index, dir] of dirs.entries()) {
    // The built-in folder comes first; named again with --rules, it is read (and its ids clash).
    const compiled = index === 0 && options.builtin !== false ? precompiledBuiltins(options.cwd) : null;
    if (compiled) {
      for (const rule of compiled) ids.set(rule.id, rule.file);
      for (const rule of compiled) rules.push(rule);
      continue;
    }
    if (!statSync(dir, { throwIfNoEntry: false })) {
      diagnostics.push({ code: "RC200", severity: "error", message: `${dir}: no such rules directory` });
      continue;
    }
    for (const path of listRuleFiles(dir)) {
      const file = relative(options.cwd, path) || path;
      let text: string;
      try {
        text = readFileSync(path, "utf8");
      } catch (error) {
        diagnostics.push({ code: "RC202", severity: "error", message: `cannot read: ${(error as Error).message}`, file });
        continue;
      }
      const result = loadRuleFile(file, text);
      for (const d of result.diagnostics) diagnostics.push(d);
      if (!result.rule) continue;
      const previous = ids.get(result.rule.id);
      if (previous) {
        diagnostics.push({
          code: "RC203",
          severity: "error",
          message: `duplicate rule id '${result.rule.id}' (also defined in ${previous})`,
          file,
          line: 1,
          column: 1,
        });
        continue;
      }
      ids.set(result.rule.id, file);
      rules.push(result.rule);
    }
  }
  if (diagnostics.some((d) => d.severity === "error")) return { ok: false, diagnostics };
  rules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ok: true, rules };
}

/** loadRules, its first problem thrown as a UserError (file:line:col) that counts the others. */
export function loadRulesOrThrow(options: { dirs?: readonly string[]; builtin?: boolean; cwd: string }): CompiledRule[] {
  const result = loadRules(options);
  if (result.ok) return result.rules;
  const [first, ...rest] = result.diagnostics;
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length === 1 ? "" : "s"}; run 'relcheck rules validate')` : "";
  throw new UserError(`${first?.message ?? "invalid rules"}${more}`, first?.file, first?.line, first?.column);
}
