/**
 * Arrays that grow with the input are never spread into a call (`push(...claims)`,
 * `Math.min(...spans)`): a call takes at most some hundred thousand arguments, and one large file
 * holds more claims than that. Each stage that gathers or measures such an array gets one here,
 * with 200,000 elements built in memory (cheap objects; the end-to-end run on a large file is in
 * `npm run fuzz:large`).
 */
import { describe, expect, it } from "vitest";
import { assemble, type FileScan } from "../../src/pipeline.js";
import { buildReport } from "../../src/report/build-report.js";
import { githubReporter } from "../../src/report/github.js";
import { timeScale } from "../../src/report/html/time-scale.js";
import type { Claim, Diagnostic } from "../../src/types.js";
import { makeClaim, makeFinding, makeReport } from "./ci/make.js";

const N = 200_000;

function manyClaims(document: string): Claim[] {
  const claims: Claim[] = new Array(N);
  for (let i = 0; i < N; i++) claims[i] = makeClaim({ id: `c-${i.toString(16)}`, document, offset: i * 40 });
  return claims;
}

describe("more elements than a call has arguments", () => {
  it("assemble gathers one file's 200,000 claims and warnings", () => {
    const claims = manyClaims("big.txt");
    const diagnostics: Diagnostic[] = Array.from({ length: N }, (_, i) => ({ code: "RC102", severity: "warning", message: `byte ${i}`, file: "big.txt" }));
    const result: FileScan = { kind: "document", document: { path: "big.txt", sha256: "ab", date: null, dateSource: null }, claims, diagnostics };
    const assembled = assemble({ jobs: [{ path: "big.txt", manifestDate: null }], diagnostics: [], config: null }, [result]);
    expect(assembled.claims).toHaveLength(N);
    expect(assembled.diagnostics).toHaveLength(N);
  });

  it("buildReport orders a finding of 200,000 claims", () => {
    const claims = manyClaims("big.txt");
    const finding = makeFinding({ id: "f-01", claims: claims.map((c) => c.id), verdict: "agree" });
    const other = makeFinding({ id: "f-02", claims: [claims[5]!.id, claims[9]!.id], verdict: "agree" });
    const report = buildReport({ asOf: null, documents: [{ path: "big.txt", sha256: "ab", date: null, dateSource: null }], claims, findings: [other, finding], diagnostics: [] });
    expect(report.findings.map((f) => f.id)).toEqual(["f-01", "f-02"]);
  });

  it("the HTML timeline's scale spans 200,000 dated claims", () => {
    const spans = Array.from({ length: N }, (_, i) => ({ start: `${1900 + (i % 100)}-01-01`, end: `${1900 + (i % 100)}-12-31` }));
    const scale = timeScale(spans, 12);
    expect(scale.ticks[0]!.label <= "1900").toBe(true);
    expect(scale.ticks.at(-1)!.label >= "2000").toBe(true);
  });

  it("the github reporter annotates 200,000 warnings", () => {
    const diagnostics: Diagnostic[] = Array.from({ length: N }, (_, i) => ({ code: "RC102", severity: "warning", message: `byte ${i}`, file: "big.txt" }));
    const out = githubReporter(makeReport([], [], { diagnostics }));
    expect(out.split("\n").filter((l) => l.startsWith("::warning "))).toHaveLength(N);
  });
});
