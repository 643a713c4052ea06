/**
 * The stage order, top to bottom: ingest → extract → normalize → group → judge → report.
 * Each stage is a pure function of what the previous one returned (plus the rules); only ingest
 * reads files.
 */
import { assignDates } from "./ingest/document-date.js";
import { readDocuments } from "./ingest/read-documents.js";
import { buildExtractor, extractCandidates } from "./extract/extract.js";
import { normalize } from "./normalize/normalize.js";
import { groupClaims } from "./group/group.js";
import { judgeGroup } from "./judge/judge.js";
import { buildReport } from "./report/build-report.js";
import type { Claim, CompiledRule, Finding, IsoDay, Report, SourceDocument } from "./types.js";

export interface ScanOptions {
  paths: readonly string[];
  cwd: string;
  /** Reference date for documents that state none (--as-of). */
  asOf: IsoDay | null;
  rules: readonly CompiledRule[];
}

/** extract + normalize for one document (already dated). */
export function claimsOf(doc: SourceDocument, rules: readonly CompiledRule[], extractor = buildExtractor(rules)): Claim[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const claims: Claim[] = [];
  for (const candidate of extractCandidates(extractor, doc)) {
    const rule = byId.get(candidate.rule);
    const claim = rule ? normalize(candidate, rule, doc) : null;
    if (claim) claims.push(claim);
  }
  return claims;
}

/** group + judge + report, given every document's claims. */
export function compare(
  documents: readonly SourceDocument[],
  claims: readonly Claim[],
  rules: readonly CompiledRule[],
  asOf: IsoDay | null,
  diagnostics: Report["diagnostics"],
): Report {
  const findings: Finding[] = groupClaims(claims, rules).flatMap(judgeGroup);
  return buildReport({ asOf, documents, claims, findings, diagnostics });
}

export function scan(options: ScanOptions): Report {
  const { documents, diagnostics } = readDocuments(options.paths, options.cwd);
  const dated = assignDates(documents, options.asOf);
  const extractor = buildExtractor(options.rules);
  const claims = dated.flatMap((doc) => claimsOf(doc, options.rules, extractor));
  return compare(dated, claims, options.rules, options.asOf, diagnostics);
}
