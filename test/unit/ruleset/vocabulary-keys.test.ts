/** The rule schema's vocabulary block: checked like every key, with file:line:col and a "did you mean". */
import { describe, expect, it } from "vitest";
import { loadRuleFile } from "../../../src/ruleset/load-rules.js";

const VOCAB = `id: sample
topic: a sample topic
cardinality: single
values: [quantity]
vocabulary:
  predicates: [evacuate, flee]
  counted: [person]
`;

describe("vocabulary: rules as vocabulary over frames", () => {
  it("accepts a rule with a vocabulary and no triggers", () => {
    const { rule, diagnostics } = loadRuleFile("rules/sample.yml", VOCAB);
    expect(diagnostics).toEqual([]);
    expect(rule?.triggers).toEqual([]);
    expect(rule?.vocabulary).toEqual({ predicates: ["evacuate", "flee"], counted: ["person"], estimates: false });
  });
  it("reads estimates", () => {
    expect(loadRuleFile("rules/sample.yml", `${VOCAB}  estimates: true\n`).rule?.vocabulary?.estimates).toBe(true);
  });

  const cases: [string, string, RegExp, number, number][] = [
    ["an unknown key inside the block, with a suggestion", VOCAB.replace("  counted:", "  counts:"), /unknown key 'counts' \(did you mean 'counted'\?\)/, 7, 3],
    ["a '*' ending in a predicate", VOCAB.replace("[evacuate, flee]", "[evacuat*, flee]"), /write base forms/, 6, 16],
    ["an empty vocabulary", VOCAB.replace("  predicates: [evacuate, flee]\n  counted: [person]\n", "  estimates: true\n"), /needs 'predicates' or 'counted'/, 6, 3],
    ["neither triggers nor vocabulary", VOCAB.replace(/vocabulary:[\s\S]*$/, "units: [person]\n"), /missing required key 'triggers' \(or 'vocabulary'\)/, 1, 1],
    ["a counted thing that is not a base form", VOCAB.replace("[person]", "[People]"), /counted\/0 must match pattern/, 7, 13],
  ];
  it.each(cases)("%s", (_name, text, message, line, column) => {
    const { rule, diagnostics } = loadRuleFile("rules/sample.yml", text);
    expect(rule).toBeUndefined();
    const d = diagnostics[0];
    expect(d?.message).toMatch(message);
    expect(d?.file).toBe("rules/sample.yml");
    expect([d?.line, d?.column]).toEqual([line, column]);
  });
  it("reports every problem of a file in one run", () => {
    const text = VOCAB.replace("  counted:", "  counts:").replace("[evacuate, flee]", "[evacuat*, flee]") + "trigers: [x]\n";
    const { diagnostics } = loadRuleFile("rules/sample.yml", text);
    expect(diagnostics.length).toBeGreaterThanOrEqual(2);
  });
});
