/** "5 documents, 31 claims: 1 contradiction, 2 divergences, 6 agreements" — shared by human-facing formats. */
import type { Summary } from "../types.js";

/** plural(2, "claim", "claims") → "2 claims" */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function summaryLine(s: Summary): string {
  return (
    `${plural(s.documents, "document", "documents")}, ${plural(s.claims, "claim", "claims")}: ` +
    `${plural(s.contradict, "contradiction", "contradictions")}, ${plural(s.diverge, "divergence", "divergences")}, ` +
    `${plural(s.agree, "agreement", "agreements")}` +
    (s.suppressed ? `; ${plural(s.suppressed, "claim", "claims")} suppressed by relcheck-disable-next-line` : "")
  );
}
