/**
 * Runs a rule's examples: each sentence is scanned with that rule alone (reference date: the
 * example's as-of, else 2025-09-05) and the result compared with what the example expects.
 * Used by `relcheck rules test` and by the test suite.
 */
import { lineStarts } from "./ingest/line-index.js";
import { claimsOf } from "./pipeline.js";
import type { Claim, CompiledRule, RuleExample, SourceDocument } from "./types.js";

export const EXAMPLE_AS_OF = "2025-09-05";

export interface ExampleOutcome {
  example: RuleExample;
  claims: Claim[];
  /** null when the example passes; otherwise what went wrong, in one line. */
  problem: string | null;
}

function subsetProblem(actual: Record<string, unknown>, expected: Record<string, unknown>): string | null {
  for (const [key, want] of Object.entries(expected)) {
    const got = actual[key];
    const same = want instanceof Date ? got === want.toISOString().slice(0, 10) : JSON.stringify(got) === JSON.stringify(want);
    if (!same) return `${key} is ${JSON.stringify(got)}, expected ${JSON.stringify(want instanceof Date ? want.toISOString().slice(0, 10) : want)}`;
  }
  return null;
}

export function runExample(rule: CompiledRule, example: RuleExample): ExampleOutcome {
  const doc: SourceDocument = {
    path: `${rule.id}.example`,
    text: example.text,
    sha256: "",
    date: example.asOf ?? EXAMPLE_AS_OF,
    dateSource: "flag",
    lineStarts: lineStarts(example.text),
  };
  // Values of the sentence that other topics or bare frames take are not the rule's claims.
  const claims = claimsOf(doc, [rule]).filter((c) => c.rule === rule.id);
  const expect = example.expect;
  if (expect === null) {
    return { example, claims, problem: claims.length === 0 ? null : `must not match, but found “${claims[0]?.text}”` };
  }
  if (claims.length === 0) return { example, claims, problem: "must match, but no claim was found" };
  let closest: string | null = null;
  for (const c of claims) {
    const problems = [
      expect.text !== undefined && c.text !== expect.text ? `text is “${c.text}”, expected “${expect.text}”` : null,
      expect.measure !== undefined && c.measure !== expect.measure ? `measure is ${c.measure}, expected ${expect.measure}` : null,
      expect.value ? subsetProblem(c.value as unknown as Record<string, unknown>, expect.value) : null,
    ].filter((p): p is string => p !== null);
    if (problems.length === 0) return { example, claims, problem: null };
    closest ??= problems.join("; ");
  }
  return { example, claims, problem: closest };
}
