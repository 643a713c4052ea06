/**
 * Fuzz: bytes in any encoding and text of any shape go through decoding, front matter, markup
 * masks and line indexing without an exception, and what comes out is consistent.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBytes, utf8Errors } from "../../src/ingest/decode-bytes.js";
import { position } from "../../src/ingest/line-index.js";
import type { SourceDocument } from "../../src/types.js";
import { anyText, documentOf, encode, fileKind, params, wellFormed } from "./arbitraries.js";

function checkLineStarts(doc: SourceDocument): void {
  const { text, lineStarts } = doc;
  expect(lineStarts[0]).toBe(0);
  for (let i = 1; i < lineStarts.length; i++) {
    const at = lineStarts[i]!;
    expect(at).toBeGreaterThan(lineStarts[i - 1]!);
    const before = text[at - 1];
    expect(before === "\n" || (before === "\r" && text[at] !== "\n")).toBe(true);
  }
  const breaks = text.match(/\r\n|\r|\n/g)?.length ?? 0;
  expect(lineStarts.length).toBe(breaks + 1);
}

function checkMasked(doc: SourceDocument): void {
  let last = 0;
  for (const [s, e] of doc.masked ?? []) {
    expect(s).toBeGreaterThanOrEqual(last);
    expect(e).toBeGreaterThan(s);
    expect(e).toBeLessThanOrEqual(doc.text.length);
    last = e + 1; // merged: never touching
  }
}

describe("fuzz: invalid UTF-8", () => {
  it("is counted once for each U+FFFD a decoder puts in", () => {
    const byte = fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x80, max: 0xff }), fc.constantFrom(0xc2, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xbf, 0xbd));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 64 }), (list) => {
        const bytes = Uint8Array.from(list);
        const replaced = [...new TextDecoder().decode(bytes).matchAll(/\ufffd/g)].length;
        const encodedReplacement = Buffer.from(bytes).toString("latin1").split("\xef\xbf\xbd").length - 1;
        expect(utf8Errors(bytes).count).toBe(replaced - encodedReplacement);
      }),
      params,
    );
  });
});

describe("fuzz: ingest", () => {
  it("decodes, masks and indexes any text in any encoding consistently", () => {
    fc.assert(
      fc.property(anyText, fileKind, fc.array(fc.nat(), { maxLength: 5 }), (text, kind, probes) => {
        const doc = documentOf(text, kind);
        checkLineStarts(doc);
        checkMasked(doc);
        for (const probe of probes) {
          const offset = doc.text.length === 0 ? 0 : probe % doc.text.length;
          const { line, column } = position(doc.lineStarts, offset);
          expect(doc.lineStarts[line - 1]! + column - 1).toBe(offset);
        }
        if (doc.date !== null) expect(doc.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      params,
    );
  });

  it("gives back exactly the text that was stored in UTF-8 or UTF-16", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom("utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom"), (text, encoding) => {
        fc.pre(!text.includes("\u0000"));
        const expected = wellFormed(encoding === "utf-8" && text.startsWith("\ufeff") ? text.slice(1) : text);
        const decoded = decodeBytes(encode(text, encoding));
        expect(decoded.text).toBe(expected);
        expect(decoded.warning).toBeUndefined();
      }),
      params,
    );
  });
});
