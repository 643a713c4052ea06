/**
 * A claim's id: "c-" and the first 12 hex digits of the sha256 of its rule, document, offset,
 * length and text, joined by NUL characters — whichever of Node's hashing calls computes it.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { claimId } from "../../../src/normalize/normalize.js";

const byHashObject = (rule: string, document: string, offset: number, length: number, text: string): string =>
  `c-${createHash("sha256").update(`${rule}\u0000${document}\u0000${offset}\u0000${length}\u0000${text}`).digest("hex").slice(0, 12)}`;

describe("claimId", () => {
  it("is the sha256 of the claim's rule, document, offset, length and text", () => {
    const cases: [string, string, number, number, string][] = [
      ["casualties", "news/a.txt", 120, 9, "12 people"],
      ["frame:kill/person", "café/übersicht.md", 0, 4, "zwölf"],
      ["event-dates", "b.txt", 98765, 13, "5 March 2024 — 🙂"],
    ];
    for (const [rule, document, offset, length, text] of cases) {
      const id = claimId({ rule, document, offset, length, text });
      expect(id).toBe(byHashObject(rule, document, offset, length, text));
      expect(id).toMatch(/^c-[0-9a-f]{12}$/);
    }
  });

  it("differs when any part differs", () => {
    const base = { rule: "r", document: "d.txt", offset: 1, length: 2, text: "ab" };
    const ids = new Set([claimId(base), claimId({ ...base, rule: "s" }), claimId({ ...base, document: "e.txt" }), claimId({ ...base, offset: 2 }), claimId({ ...base, length: 3 }), claimId({ ...base, text: "ac" })]);
    expect(ids.size).toBe(6);
  });
});
