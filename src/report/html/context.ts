/**
 * What every section of the HTML page looks up: each document's anchor, colour and short name,
 * and which findings each claim takes part in (for links both ways between findings, the
 * timeline and the documents).
 */
import type { Claim, Finding, Report } from "../../types.js";
import { type FindingView, orderedFindings } from "../findings-view.js";
import { anchor, baseName } from "./escape.js";
import { documentColour } from "./palette.js";

export interface DocumentInfo {
  path: string;
  index: number;
  anchor: string;
  colour: string;
  /** The file name, unless two documents share it: then the whole path. */
  label: string;
}

export interface PageContext {
  report: Report;
  views: FindingView[];
  documents: Map<string, DocumentInfo>;
  findingsOfClaim: Map<string, Finding[]>;
  claimsById: Map<string, Claim>;
}

export function buildContext(report: Report): PageContext {
  // Documents of the report first, in its order; then any path only claims name.
  const paths = [...new Set([...report.documents.map((d) => d.path), ...report.claims.map((c) => c.document)])];
  const nameCount = new Map<string, number>();
  for (const p of paths) nameCount.set(baseName(p), (nameCount.get(baseName(p)) ?? 0) + 1);
  const documents = new Map<string, DocumentInfo>();
  paths.forEach((path, index) => {
    const name = baseName(path);
    documents.set(path, {
      path,
      index,
      anchor: `doc-${index + 1}`,
      colour: documentColour(index),
      label: (nameCount.get(name) ?? 0) > 1 ? path : name,
    });
  });
  const views = orderedFindings(report);
  const findingsOfClaim = new Map<string, Finding[]>();
  for (const { finding } of views) {
    for (const id of finding.claims) findingsOfClaim.set(id, [...(findingsOfClaim.get(id) ?? []), finding]);
  }
  return { report, views, documents, findingsOfClaim, claimsById: new Map(report.claims.map((c) => [c.id, c])) };
}

export function findingAnchor(finding: Pick<Finding, "id">): string {
  return anchor("", finding.id);
}

export function claimAnchor(claim: Pick<Claim, "id">): string {
  return anchor("claim-", claim.id);
}

export function docInfo(ctx: PageContext, path: string): DocumentInfo {
  return ctx.documents.get(path) ?? { path, index: 0, anchor: "documents", colour: documentColour(0), label: baseName(path) };
}
