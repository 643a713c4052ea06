/**
 * Helpers for tests of two claims of one story, each from a one-sentence document: the claim a
 * sentence gives for a value, and the verdicts of the findings the built-in rules give that hold both.
 */
import { groupClaims } from "../../../src/group/group.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import { loadRules } from "../../../src/ruleset/load-rules.js";
import type { Claim, CompiledRule } from "../../../src/types.js";
import { claimsOfText } from "../extract/frames/helpers.js";

/** The claim written `value` in a one-sentence document reported on `day`, of one story. */
export function claim(sentence: string, value: string, doc: string, day = "2031-05-02"): Claim {
  const c = claimsOfText(sentence, day).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”`);
  return { ...c, document: doc, story: "s-1" };
}

let rules: readonly CompiledRule[] | null = null;
export function builtin(): readonly CompiledRule[] {
  if (!rules) {
    const loaded = loadRules({ cwd: process.cwd() });
    if (!loaded.ok) throw new Error("built-in rules do not load");
    rules = loaded.rules;
  }
  return rules;
}

/** The verdicts of the findings that hold both claims. */
export function verdicts(a: Claim, b: Claim): string[] {
  return groupClaims([a, b], builtin())
    .flatMap(judgeGroup)
    .filter((f) => f.claims.includes(a.id) && f.claims.includes(b.id))
    .map((f) => f.verdict);
}
