/**
 * Large and hostile inputs stay linear in ingest: 20 MB single lines of HTML and Markdown built to
 * defeat naive scanners (unclosed tags and quotes, runs of backticks of every length, link
 * brackets without ends). The full CLI on 100 MB is checked by scripts/fuzz-large-inputs.mjs.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readDocuments } from "../../../src/ingest/read-documents.js";

const MB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), "relcheck-large-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fill(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

describe("large inputs in ingest", () => {
  it.each([
    ["html.html", fill('In 1997 <p class="x">Pakistan &amp; <b>recognised</b> <a href="y>z">it</a> <unclosed attr="', 20 * MB)],
    ["markdown.md", fill("Over 2,800 `a ``b ```c [x](y [z] ](( ", 20 * MB)],
    ["plain.txt", fill("It was in 1997 that Pakistan recognised the first Taliban regime. ", 20 * MB)],
  ])("reads a 20 MB single line of %s quickly", (name, text) => {
    writeFileSync(join(dir, name), text);
    const started = performance.now();
    const { documents } = readDocuments([name], dir);
    const elapsed = performance.now() - started;
    const doc = documents[0]!;
    expect(doc.text.length).toBe(text.length);
    expect(doc.lineStarts).toEqual([0]);
    let last = -1;
    let ordered = true;
    for (const [s, e] of doc.masked ?? []) {
      ordered &&= s > last && e > s && e <= text.length;
      last = e;
    }
    expect(ordered).toBe(true);
    expect(elapsed).toBeLessThan(10_000);
  });
});
