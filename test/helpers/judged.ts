/** Claims grouped and judged as a scan does, and how two of them came out, for unit tests. */
import { groupClaims } from "../../src/group/group.js";
import { judgeGroup } from "../../src/judge/judge.js";
import type { Claim, Finding } from "../../src/types.js";

export const judgeAll = (claims: Claim[]): Finding[] => groupClaims(claims, []).flatMap(judgeGroup);

/** The verdicts of the findings that hold both claims, as the two claims relate (one side: agree). */
export function relation(findings: Finding[], a: Claim, b: Claim): string[] {
  return findings.filter((f) => f.claims.includes(a.id) && f.claims.includes(b.id)).map((f) => (f.sides?.some((s) => s.includes(a.id) && s.includes(b.id)) ? "agree" : f.verdict));
}
