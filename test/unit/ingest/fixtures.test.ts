/**
 * fixtures/ingest/<case>/input.* → expected.json: what ingest keeps readable (the text outside
 * masked ranges, whitespace collapsed), the document date and the warnings. UPDATE_SNAPSHOTS=1
 * (or a missing expected.json) writes the file instead of comparing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDocuments } from "../../../src/ingest/read-documents.js";
import type { SourceDocument } from "../../../src/types.js";

const root = join(import.meta.dirname, "..", "..", "..", "fixtures", "ingest");

function visible(doc: SourceDocument): string[] {
  const chunks: string[] = [];
  let at = 0;
  for (const [s, e] of [...(doc.masked ?? []), [doc.text.length, doc.text.length] as const]) {
    const chunk = doc.text.slice(at, s).replace(/\s+/g, " ").trim();
    if (chunk) chunks.push(chunk);
    at = e;
  }
  return chunks;
}

describe("ingest fixtures", () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const dir = join(root, name);
      const input = readdirSync(dir).find((f) => f.startsWith("input."))!;
      const { documents, diagnostics } = readDocuments([input], dir);
      const doc = documents[0]!;
      const actual = {
        encoding: doc.encoding,
        date: doc.date,
        dateSource: doc.dateSource,
        lines: doc.lineStarts.length,
        visible: visible(doc),
        diagnostics,
      };
      const expectedFile = join(dir, "expected.json");
      if (process.env.UPDATE_SNAPSHOTS === "1" || !existsSync(expectedFile)) {
        writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      }
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, "utf8")));
    });
  }
});
