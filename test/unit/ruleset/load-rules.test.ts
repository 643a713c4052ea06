import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRuleFile, loadRules } from "../../../src/ruleset/load-rules.js";

const GOOD = `id: sample
topic: a sample topic
cardinality: single
values: [date]
triggers: [sampl*]
`;

describe("loadRuleFile: strictly checked rule files", () => {
  const cases: [string, string, RegExp, number, number][] = [
    ["unknown key with a suggestion", `${GOOD}trigers: [x]\n`, /unknown key 'trigers' \(did you mean 'triggers'\?\)/, 6, 1],
    ["misspelled required key: one problem, with the suggestion", GOOD.replace("triggers:", "trigers:"), /^unknown key 'trigers' \(did you mean 'triggers'\?\)$/, 5, 1],
    ["unknown key without a close match", `${GOOD}colour: red\n`, /^unknown key 'colour'$/, 6, 1],
    ["missing required key", "id: sample\ntopic: a sample topic\nvalues: [date]\ntriggers: [x]\n", /missing required key 'cardinality'/, 1, 1],
    ["bad enum value", GOOD.replace("cardinality: single", "cardinality: often"), /cardinality must be one of: single, recurring/, 3, 14],
    ["wrong type", GOOD.replace("values: [date]", "values: date"), /values must be array/, 4, 9],
    ["malformed term", GOOD.replace("[sampl*]", "['sa*mple']"), /'\*' may only end a word/, 5, 12],
    ["regex in a term", GOOD.replace("[sampl*]", "['sample(s)?']"), /use 'patterns:'/, 5, 12],
    ["YAML syntax error", "id: sample\ntopic: [unclosed\n", /invalid YAML/, 3, 1],
    ["id differs from file name", GOOD.replace("id: sample", "id: other"), /rule id 'other' must equal the file name 'sample'/, 1, 5],
    ["distinct-after on a recurring topic", GOOD.replace("single", "recurring") + "distinct-after: 5 years\n", /distinct-after applies to single topics only/, 6, 17],
    ["example with an unknown measure", `${GOOD}examples:\n  - text: a sample in 2020\n    expect: {measure: hosted}\n`, /unknown measure 'hosted'/, 8, 23],
  ];
  it.each(cases)("%s", (_name, text, message, line, column) => {
    const { rule, diagnostics } = loadRuleFile("rules/sample.yml", text);
    expect(rule).toBeUndefined();
    const d = diagnostics[0];
    expect(d?.message).toMatch(message);
    expect(d?.file).toBe("rules/sample.yml");
    expect([d?.line, d?.column]).toEqual([line, column]);
  });

  it("accepts a minimal rule and fills defaults", () => {
    const { rule, diagnostics } = loadRuleFile("rules/sample.yml", GOOD);
    expect(diagnostics).toEqual([]);
    expect(rule).toMatchObject({ id: "sample", window: 12, subject: "actors", distinctAfterDays: null, measures: [] });
  });
});

describe("loadRules", () => {
  it("loads the built-in rules without problems", () => {
    const result = loadRules({ cwd: process.cwd() });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.rules.length).toBeGreaterThanOrEqual(12);
  });

  it("refuses a user rule whose id duplicates another", () => {
    const dir = mkdtempSync(join(tmpdir(), "relcheck-rules-"));
    writeFileSync(join(dir, "air-strikes.yml"), GOOD.replace("id: sample", "id: air-strikes"));
    const result = loadRules({ dirs: [dir], cwd: dir });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics[0]?.message).toMatch(/duplicate rule id 'air-strikes' \(also defined in .*rules\/air-strikes.yml\)/);
  });
});
