/**
 * The inflection table (src/extract/inflection-table.ts) holds what compromise gives for every
 * word of the built-in rules, so that a scan never has to load compromise. This test recomputes
 * it; after editing a rule, `UPDATE_SNAPSHOTS=1 npx vitest run test/perf/inflection-table.test.ts`
 * rewrites the table.
 */
import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inflect } from "../../src/extract/inflect.js";
import { INFLECTION_TABLE } from "../../src/extract/inflection-table.js";
import { loadRules } from "../../src/ruleset/load-rules.js";

function ruleWords(): string[] {
  const result = loadRules({ dirs: [], builtin: true, cwd: process.cwd() });
  if (!result.ok) throw new Error("the built-in rules do not load");
  const words = new Set<string>();
  for (const r of result.rules) {
    for (const term of [...r.triggers, ...r.context, ...r.exclude, ...r.counted, ...r.measures.flatMap((m) => m.triggers)]) {
      for (const w of term.trim().split(/\s+/)) if (!w.endsWith("*") && w !== "...") words.add(w.toLowerCase());
    }
  }
  return [...words].sort();
}

function source(table: ReadonlyMap<string, readonly string[]>): string {
  const rows = [...table].map(([w, forms]) => `  [${JSON.stringify(w)}, ${JSON.stringify(forms)}],`).join("\n");
  return `/**
 * The inflections of every word of the built-in rules, as compromise gives them (inflect.ts), made
 * beforehand so that scanning with the built-in rules never loads compromise. Generated: run
 * \`UPDATE_SNAPSHOTS=1 npx vitest run test/perf/inflection-table.test.ts\` after editing a rule.
 */
export const INFLECTION_TABLE: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
${rows}
]);
`;
}

describe("inflection table", () => {
  it("holds compromise's forms of every word of the built-in rules", () => {
    const expected = new Map(ruleWords().map((w) => [w, inflect(w)] as const));
    if (process.env.UPDATE_SNAPSHOTS === "1") {
      writeFileSync("src/extract/inflection-table.ts", source(expected));
      return;
    }
    const missing = [...expected.keys()].filter((w) => !INFLECTION_TABLE.has(w));
    expect(missing, "words missing from src/extract/inflection-table.ts (UPDATE_SNAPSHOTS=1 rewrites it)").toEqual([]);
    for (const [word, forms] of expected) expect(INFLECTION_TABLE.get(word), word).toEqual(forms);
  });
});
