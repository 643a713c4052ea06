/**
 * Builders for hand-made claims, findings and reports used by the CI-mode unit tests.
 */
import type { Claim, DateValue, Finding, QuantityValue, Report, Verdict } from "../../../src/types.js";

export function year(y: number): DateValue {
  return { type: "date", start: `${y}-01-01`, end: `${y}-12-31`, granularity: "year", approximate: false };
}

export function people(min: number | null, max: number | null, qualifier: QuantityValue["qualifier"] = null): QuantityValue {
  return { type: "quantity", min, max, unit: "person", approximate: qualifier !== null, qualifier, nominal: min ?? max };
}

export function makeClaim(over: Partial<Claim> & Pick<Claim, "id" | "document">): Claim {
  return {
    rule: "recognition",
    topic: "Recognition of the government",
    measure: null,
    line: 1,
    column: 1,
    offset: 0,
    length: 4,
    text: "1997",
    value: year(1997),
    sentence: "It was in 1997 that the government was recognised.",
    frame: null,
    actors: [],
    trigger: "recognised",
    provenance: ["rule:recognition"],
    ...over,
  };
}

export function makeFinding(over: Partial<Finding> & Pick<Finding, "id" | "claims">): Finding {
  const verdict: Verdict = over.verdict ?? "contradict";
  return {
    rule: "recognition",
    topic: "Recognition of the government",
    verdict,
    measures: [null],
    basis: { kind: "disjoint-intervals", a: over.claims[0] ?? "", b: over.claims[1] ?? "" },
    reason: "1997 and 1996 cannot both be the year of the recognition.",
    selfContradiction: false,
    ...over,
  };
}

export function makeReport(claims: Claim[], findings: Finding[], over: Partial<Report> = {}): Report {
  const docs = [...new Set(claims.map((c) => c.document))].sort();
  const count = (v: Verdict) => findings.filter((f) => f.verdict === v).length;
  return {
    schema: "relcheck/report@1",
    tool: { name: "relcheck", version: "0.1.0" },
    asOf: null,
    documents: docs.map((path) => ({ path, sha256: "0".repeat(64), date: null, dateSource: null })),
    claims,
    findings,
    summary: {
      documents: docs.length,
      claims: claims.length,
      agree: count("agree"),
      diverge: count("diverge"),
      contradict: count("contradict"),
    },
    diagnostics: [],
    ...over,
  };
}
