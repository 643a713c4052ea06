/**
 * Every built-in rule's examples: sentences that must yield a claim (with the stated text,
 * measure and value fields) and sentences that must yield none. The same runner backs
 * `relcheck rules test`.
 */
import { describe, expect, it } from "vitest";
import { loadRules } from "../../src/ruleset/load-rules.js";
import { runExample } from "../../src/rule-examples.js";

const result = loadRules({ cwd: process.cwd() });
if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));

describe.each(result.rules.map((r) => [r.id, r] as const))("rule %s", (_id, rule) => {
  it("has at least one must-match and one must-not-match example", () => {
    expect(rule.examples.some((e) => e.expect !== null)).toBe(true);
    expect(rule.examples.some((e) => e.expect === null)).toBe(true);
  });
  it.each(rule.examples.map((e) => [e.text, e] as const))("%s", (_text, example) => {
    const outcome = runExample(rule, example);
    expect(outcome.problem, outcome.problem ?? "").toBeNull();
  });
});
