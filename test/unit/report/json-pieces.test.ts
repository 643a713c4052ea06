/**
 * The JSON report in pieces: joined, exactly the one-string report; no piece grows with the
 * report (a report of more characters than V8 holds in one string is still written whole).
 */
import { describe, expect, it } from "vitest";
import { scan } from "../../../src/pipeline.js";
import { jsonPieces, jsonReporter } from "../../../src/report/json.js";
import { loadRules } from "../../../src/ruleset/load-rules.js";
import type { Report } from "../../../src/types.js";
import { makeClaim, makeFinding, makeReport } from "../ci/make.js";

const plain = (report: Report): string => `${JSON.stringify(report, null, 2)}\n`;

describe("jsonPieces", () => {
  it("joins to the report of the seeds as one string", () => {
    const loaded = loadRules({ builtin: true, cwd: process.cwd() });
    if (!loaded.ok) throw new Error("rules");
    const report = scan({ paths: ["seeds"], cwd: process.cwd(), asOf: null, rules: loaded.rules });
    expect([...jsonPieces(report)].join("")).toBe(plain(report));
    expect(jsonReporter(report, { color: false })).toBe(plain(report));
  });

  it("joins to the same text for empty arrays, nested objects, and fields left undefined", () => {
    const a = makeClaim({ id: "c-a", document: "a.txt", sentence: 'A "quoted"\nline' });
    const report = makeReport([a], [makeFinding({ id: "f-01", claims: ["c-a"] })], {
      diagnostics: [],
      baseline: { file: "b.json", known: [], new: ["f-01"], stale: [], pruned: false },
    });
    const withUndefined = { ...report, asOf: undefined } as unknown as Report;
    for (const r of [report, withUndefined, makeReport([], [])]) expect([...jsonPieces(r)].join("")).toBe(plain(r));
  });

  it("writes array elements of every kind as JSON.stringify does: undefined and functions as null, nested arrays and empty values", () => {
    const odd = [undefined, () => 1, 7, "text", [], {}, [1, [2, { a: [] }]], { b: { c: [3, 4] }, d: null }];
    const report = { ...makeReport([], []), claims: odd } as unknown as Report;
    expect([...jsonPieces(report)].join("")).toBe(plain(report));
  });

  it("hands out pieces of about a megabyte, however many claims", () => {
    const claims = Array.from({ length: 20_000 }, (_, i) => makeClaim({ id: `c-${i}`, document: "big.txt", offset: i }));
    const report = makeReport(claims, []);
    const pieces = [...jsonPieces(report)];
    expect(pieces.length).toBeGreaterThan(5);
    for (const piece of pieces) expect(piece.length).toBeLessThan((1 << 20) + 4096);
    expect(pieces.join("")).toBe(plain(report));
  });

  it("cuts pieces between elements of any size, also where an element is larger than a piece", () => {
    // sentences from empty to 1.5 MB, so that a megabyte falls inside runs, at their ends and inside one element
    const sizes = [0, 300, 5_000, 1_500_000, 12, 700_000, 40, 90_000];
    const claims = Array.from({ length: 3_000 }, (_, i) =>
      makeClaim({ id: `c-${i}`, document: "big.txt", offset: i, sentence: "x".repeat(i % 400 === 7 ? sizes[(i / 400) | 0]! : (i * 37) % 2_000) }),
    );
    const report = makeReport(claims, []);
    const pieces = [...jsonPieces(report)];
    expect(pieces.join("")).toBe(plain(report));
    // each piece is at most a megabyte and the one element that crosses it
    for (const piece of pieces) expect(piece.length).toBeLessThan((1 << 20) + 1_500_000 + 4096);
    // every piece but the last ends with the comma after an element
    for (const piece of pieces.slice(0, -1)) expect(piece.endsWith(",")).toBe(true);
  });
});
