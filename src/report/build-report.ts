/**
 * Documents + claims + findings → the Report object (the JSON contract of
 * spec/report-format.md). Owns ordering, so every format shows the same thing in the same order
 * whatever order the files were read in: documents by path, claims by document then offset then
 * rule, findings contradictions first, then divergences, then agreements, each by topic and by the
 * place of their first claim.
 */
import type { Claim, Diagnostic, Finding, IsoDay, Report, ReportDocument, SourceDocument, Story, Verdict } from "../types.js";
import { VERSION } from "../version.js";

const ORDER: Record<Verdict, number> = { contradict: 0, diverge: 1, agree: 2 };

const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

export function compareClaims(a: Claim, b: Claim): number {
  return cmp(a.document, b.document) || a.offset - b.offset || cmp(a.rule, b.rule) || cmp(a.id, b.id);
}

export function buildReport(input: {
  asOf: IsoDay | null;
  documents: readonly Pick<SourceDocument, "path" | "sha256" | "date" | "dateSource" | "dateConfidence" | "duplicates">[];
  claims: readonly Claim[];
  findings: readonly Finding[];
  diagnostics: readonly Diagnostic[];
  stories?: readonly Story[];
}): Report {
  const documents: ReportDocument[] = [...input.documents]
    .sort((a, b) => cmp(a.path, b.path))
    .map((d) => ({
      path: d.path,
      sha256: d.sha256,
      date: d.date,
      dateSource: d.dateSource,
      ...(d.dateConfidence ? { dateConfidence: d.dateConfidence } : {}),
      ...(d.duplicates && d.duplicates.length > 0 ? { duplicates: [...d.duplicates].sort() } : {}),
    }));
  const claims = [...input.claims].sort(compareClaims);
  const position = new Map(claims.map((c, i) => [c.id, i]));
  const firstPlace = (f: Finding): number => f.claims.reduce((min, id) => Math.min(min, position.get(id) ?? Infinity), Infinity);
  const findings = [...input.findings]
    .map((f) => {
      const byPlace = (ids: readonly string[]): string[] => [...ids].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
      return { ...f, claims: byPlace(f.claims), ...(f.sides ? { sides: f.sides.map(byPlace) } : {}) };
    })
    .sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict] || cmp(a.topic, b.topic) || firstPlace(a) - firstPlace(b) || cmp(a.id, b.id));
  const count = (v: Verdict): number => findings.filter((f) => f.verdict === v).length;
  return {
    schema: "relcheck/report@1",
    tool: { name: "relcheck", version: VERSION },
    asOf: input.asOf,
    documents,
    claims,
    findings,
    ...(input.stories ? { stories: input.stories.map((s) => ({ id: s.id, documents: [...s.documents], keys: [...s.keys] })) } : {}),
    summary: {
      documents: documents.length,
      claims: claims.length,
      agree: count("agree"),
      diverge: count("diverge"),
      contradict: count("contradict"),
    },
    diagnostics: [...input.diagnostics],
  };
}
