/**
 * A schema-checked rule definition → CompiledRule (plain data), plus the checks the schema cannot
 * express: well-formed terms, patterns that compile in linear time, measures named once.
 * Matchers themselves are built by extract/terms.ts from the compiled rule.
 */
import { UserError } from "../errors.js";
import type { CompiledRule, RuleExample, RuleVocabulary } from "../types.js";
import { compilePattern } from "./safe-pattern.js";
import { type LimitsDefinition, type ValueKeysDefinition, compileValueKeys, measureLimits, unitOf } from "./value-keys.js";
import { wordTable } from "../values/word-table.js";

/** The rule file as the schema accepts it (the keys of how values are read and compared: value-keys.ts). */
export interface RuleDefinition extends ValueKeysDefinition {
  id: string;
  topic: string;
  description?: string;
  cardinality: "single" | "recurring";
  "distinct-after"?: string;
  values: ("date" | "quantity" | "range")[];
  triggers?: string[];
  patterns?: string[];
  context?: string[];
  exclude?: string[];
  window?: number;
  subject?: "actors" | "name";
  anchored?: boolean;
  tallies?: boolean;
  estimates?: boolean;
  counted?: string[];
  units?: string[];
  measures?: { name: string; triggers: string[]; limits?: LimitsDefinition }[];
  vocabulary?: VocabularyDefinition;
  examples?: { text: string; "as-of"?: string; expect: "none" | { text?: string; measure?: string | null; value?: Record<string, unknown> } }[];
}

export const DEFAULT_WINDOW = 12;

// --- vocabulary over frames (the `vocabulary:` block) -----------------------------------------

export interface VocabularyDefinition {
  predicates?: string[];
  counted?: string[];
  estimates?: boolean;
}

/** Checks a rule's `vocabulary:` block and compiles it; a rule needs triggers, a vocabulary, or both. */
export function compileVocabulary(def: RuleDefinition, report: (pointer: string, message: string) => void): RuleVocabulary | undefined {
  const v = def.vocabulary;
  if (!v) {
    if (!def.triggers || def.triggers.length === 0) report("", "missing required key 'triggers' (or 'vocabulary')");
    return undefined;
  }
  v.predicates?.forEach((term, i) => {
    const problem = termProblem(term);
    if (problem) report(`/vocabulary/predicates/${i}`, problem);
    else if (term.includes("*")) report(`/vocabulary/predicates/${i}`, `predicate '${term}': write base forms (kill, death), not '*' endings`);
  });
  if ((v.predicates ?? []).length === 0 && (v.counted ?? []).length === 0) report("/vocabulary", "a vocabulary needs 'predicates' or 'counted'");
  return { predicates: v.predicates ?? [], counted: v.counted ?? [], estimates: v.estimates ?? false };
}

const DAYS_PER_UNIT = wordTable<number>({ day: 1, month: 31, year: 366 });

/** "5 years" → 1830 days (generous: a unit counts at its longest). */
export function parseDistinctAfter(text: string): number {
  const [count, unit] = text.split(" ");
  return Number(count) * (DAYS_PER_UNIT[(unit ?? "").replace(/s$/, "")] ?? 1);
}

/** Why a term is malformed, or null. Terms are words, '*' word endings and '...' gaps. */
export function termProblem(term: string): string | null {
  for (const word of term.split(/\s+/)) {
    if (word === "...") continue;
    if (word.includes("*") && (word.indexOf("*") !== word.length - 1 || word.length === 1)) {
      return `term '${term}': '*' may only end a word (recogni*)`;
    }
    if (/[()[\]{}|\\^$+?]/.test(word)) return `term '${term}': use 'patterns:' for regular expressions`;
  }
  if (term.trim().startsWith("...") || term.trim().endsWith("...")) return `term '${term}': '...' must stand between words`;
  return null;
}

export function compileRule(def: RuleDefinition, file: string, report: (pointer: string, message: string) => void): CompiledRule {
  const termLists: [string, string[] | undefined][] = [
    ["triggers", def.triggers],
    ["context", def.context],
    ["exclude", def.exclude],
    ["counted", def.counted],
  ];
  for (const [key, terms] of termLists) {
    terms?.forEach((term, i) => {
      const problem = termProblem(term);
      if (problem) report(`/${key}/${i}`, problem);
    });
  }
  const names = new Set<string>();
  def.measures?.forEach((m, i) => {
    if (names.has(m.name)) report(`/measures/${i}/name`, `measure '${m.name}' is defined twice`);
    names.add(m.name);
    m.triggers.forEach((term, j) => {
      const problem = termProblem(term);
      if (problem) report(`/measures/${i}/triggers/${j}`, problem);
    });
  });
  def.patterns?.forEach((source, i) => {
    try {
      compilePattern(source, "i", { file, line: 0, column: 0 });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      report(`/patterns/${i}`, error.message);
    }
  });
  if (def["distinct-after"] && def.cardinality === "recurring") {
    report("/distinct-after", "distinct-after applies to single topics only (recurring topics never contradict)");
  }
  def.examples?.forEach((ex, i) => {
    if (ex.expect !== "none" && ex.expect.measure && !names.has(ex.expect.measure)) {
      report(`/examples/${i}/expect/measure`, `unknown measure '${ex.expect.measure}'`);
    }
  });

  const valueKeys = compileValueKeys(def, report);
  const limitsByMeasure = measureLimits(def.measures, report);
  const vocabulary = compileVocabulary(def, report);
  const examples: RuleExample[] = (def.examples ?? []).map((ex) => ({
    text: ex.text,
    expect: ex.expect === "none" ? null : ex.expect,
    ...(ex["as-of"] ? { asOf: ex["as-of"] } : {}),
  }));
  return {
    id: def.id,
    file,
    topic: def.topic,
    description: def.description ?? def.topic,
    cardinality: def.cardinality,
    values: def.values,
    units: (def.units ?? []).map(unitOf),
    triggers: def.triggers ?? [],
    context: def.context ?? [],
    exclude: def.exclude ?? [],
    window: def.window ?? DEFAULT_WINDOW,
    patterns: def.patterns ?? [],
    distinctAfterDays: def["distinct-after"] ? parseDistinctAfter(def["distinct-after"]) : null,
    subject: def.subject ?? "actors",
    anchored: def.anchored ?? false,
    ...(def.tallies ? { tallies: true } : {}),
    ...(def.estimates ? { estimates: true } : {}),
    ...valueKeys,
    measures: (def.measures ?? []).map((m) => ({ name: m.name, triggers: m.triggers, ...(limitsByMeasure.has(m.name) ? { limits: limitsByMeasure.get(m.name)! } : {}) })),
    counted: def.counted ?? [],
    examples,
    ...(vocabulary ? { vocabulary } : {}),
  };
}
