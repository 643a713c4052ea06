/**
 * An agreement every claim of which another agreement holds too says nothing the other does not:
 * the larger one is the report's finding ("four dead" in three reports, inside the agreement of
 * "four dead", "four killed" and "four lives lost" in seven). Divergences and contradictions are
 * all kept, whatever they share: each gives its own reason.
 */
import type { Finding } from "../types.js";

/** Findings without the agreements that another agreement holds whole (of two with the same claims, the first is kept). */
export function withoutRepeatedAgreements(findings: readonly Finding[]): Finding[] {
  const holders = new Map<string, number[]>();
  findings.forEach((f, i) => {
    if (f.verdict !== "agree") return;
    for (const id of f.claims) {
      const list = holders.get(id);
      if (list) list.push(i);
      else holders.set(id, [i]);
    }
  });
  const held = (f: Finding, i: number): boolean => {
    if (f.verdict !== "agree") return false;
    return holders.get(f.claims[0]!)!.some((j) => {
      if (j === i) return false;
      const other = findings[j]!;
      if (other.claims.length < f.claims.length || (other.claims.length === f.claims.length && j > i)) return false;
      const ids = new Set(other.claims);
      return f.claims.every((id) => ids.has(id));
    });
  };
  return findings.filter((f, i) => !held(f, i));
}
