/**
 * Fuzz: random and mutated texts through extraction with every built-in rule. No exception;
 * every claim's offset, text, line and column agree with its document and never start inside
 * markup; the same input gives the same claims, and the report does not depend on input order.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildExtractor } from "../../src/extract/extract.js";
import { position } from "../../src/ingest/line-index.js";
import { isMasked } from "../../src/ingest/mask-ranges.js";
import { claimsOf, compare } from "../../src/pipeline.js";
import { loadRules } from "../../src/ruleset/load-rules.js";
import type { SourceDocument } from "../../src/types.js";
import { anyText, documentOf, fileKind, mutatedText, params } from "./arbitraries.js";

const loaded = loadRules({ cwd: process.cwd() });
if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
const rules = loaded.rules;
const extractor = buildExtractor(rules);

function dated(doc: SourceDocument, path = doc.path): SourceDocument {
  return { ...doc, path, date: doc.date ?? "2025-09-05", dateSource: doc.dateSource ?? "flag" };
}

describe("fuzz: claims point into their documents", () => {
  it("every claim's offset, text, line and column agree with the text; extraction is deterministic", () => {
    let seen = 0;
    fc.assert(
      fc.property(anyText, fileKind, (text, kind) => {
        const doc = dated(documentOf(text, kind));
        const claims = claimsOf(doc, rules, extractor);
        seen += claims.length;
        for (const c of claims) {
          expect(c.document).toBe(doc.path);
          expect(c.length).toBeGreaterThan(0);
          expect(c.offset + c.length).toBeLessThanOrEqual(doc.text.length);
          expect(doc.text.slice(c.offset, c.offset + c.length)).toBe(c.text);
          expect(position(doc.lineStarts, c.offset)).toEqual({ line: c.line, column: c.column });
          expect(isMasked(doc.masked ?? [], c.offset), `claim “${c.text}” starts in markup`).toBe(false);
        }
        expect(claimsOf(doc, rules, extractor)).toEqual(claims);
      }),
      params,
    );
    // the texts are real prose: a run that found no claim at all checked nothing
    expect(seen).toBeGreaterThan(0);
  });

  it("the report is the same whatever order documents and claims come in", () => {
    fc.assert(
      fc.property(fc.array(mutatedText, { minLength: 2, maxLength: 3 }), fc.nat(), (texts, turn) => {
        const docs = texts.map((t, i) => dated(documentOf(t, { extension: "txt", encoding: "utf-8" }), `d${i}.txt`));
        const claims = docs.flatMap((d) => claimsOf(d, rules, extractor));
        const report = JSON.stringify(compare(docs, claims, rules, null, []));
        const k = turn % docs.length;
        const rotatedDocs = [...docs.slice(k), ...docs.slice(0, k)];
        const reversedClaims = [...claims].reverse();
        expect(JSON.stringify(compare(rotatedDocs, reversedClaims, rules, null, []))).toBe(report);
      }),
      params,
    );
  });
});
