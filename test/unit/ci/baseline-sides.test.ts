/**
 * A baseline records each finding's sides. A claim that joins a known side keeps the finding
 * known; a claim that opens a side, or a contradiction where there was a divergence, makes it new,
 * and the finding then names that claim first. Written from the recognition example: two sources
 * say 1997, one says 1996.
 */
import { describe, expect, it } from "vitest";
import { applyBaseline } from "../../../src/baseline/apply-baseline.js";
import { createBaseline } from "../../../src/baseline/baseline-file.js";
import type { Finding } from "../../../src/types.js";
import { makeClaim, makeFinding, makeReport, year } from "./make.js";

const y1997 = makeClaim({ id: "c-1", document: "001.txt", value: year(1997), text: "1997", sentence: "It was in 1997 that Pakistan recognised the regime." });
const y1996 = makeClaim({ id: "c-2", document: "002.txt", value: year(1996), text: "1996", sentence: "In 1996, Islamabad recognized the group." });
const again1997 = makeClaim({ id: "c-3", document: "005.txt", value: year(1997), text: "1997", line: 3, sentence: "Pakistan recognised the Taliban regime in 1997." });
const y1995 = makeClaim({ id: "c-4", document: "005.txt", value: year(1995), text: "1995", line: 3, sentence: "Pakistan recognised the Taliban regime in 1995." });

const finding = (over: Partial<Finding> & Pick<Finding, "claims" | "sides">): Finding =>
  makeFinding({ id: "f-00000000000000aa", basis: { kind: "disjoint-intervals", a: "c-1", b: "c-2" }, ...over });

const baseline = createBaseline(makeReport([y1997, y1996], [finding({ claims: ["c-1", "c-2"], sides: [["c-1"], ["c-2"]] })]));

describe("a baseline records sides", () => {
  it("each claim with the side it stood on", () => {
    expect(baseline.findings[0]!.claims.map((c) => [c.document, c.side])).toEqual([
      ["001.txt", 0],
      ["002.txt", 1],
    ]);
  });
});

describe("applyBaseline with sides", () => {
  it("an article that agrees with a known side keeps the finding known", () => {
    const now = makeReport([y1997, y1996, again1997], [finding({ claims: ["c-1", "c-2", "c-3"], sides: [["c-1", "c-3"], ["c-2"]] })]);
    const out = applyBaseline(now, baseline, { file: "b.json", prune: false });
    expect(out.baseline).toMatchObject({ known: ["f-00000000000000aa"], new: [], stale: [] });
    expect(out.findings).toEqual([]);
  });

  it("an article that opens a side makes it new, and the finding names that claim first", () => {
    const now = makeReport([y1997, y1996, y1995], [finding({ claims: ["c-1", "c-2", "c-4"], sides: [["c-1"], ["c-2"], ["c-4"]] })]);
    const out = applyBaseline(now, baseline, { file: "b.json", prune: false });
    expect(out.baseline).toMatchObject({ known: [], new: ["f-00000000000000aa"], stale: [] });
    const [f] = out.findings;
    expect(f?.cause).toBe("c-4");
    expect(f?.claims[0]).toBe("c-4");
    expect(f?.basis).toEqual({ kind: "disjoint-intervals", a: "c-4", b: "c-1" });
    expect(f?.reason).toMatch(/^“1995” \(005\.txt:3\) and “1997” \(001\.txt:1\)/);
  });

  it("a contradiction where the baseline held a divergence is new", () => {
    const diverged = createBaseline(makeReport([y1997, y1996], [finding({ verdict: "diverge", claims: ["c-1", "c-2"], sides: [["c-1"], ["c-2"]] })]));
    const now = makeReport([y1997, y1996], [finding({ claims: ["c-1", "c-2"], sides: [["c-1"], ["c-2"]] })]);
    expect(applyBaseline(now, diverged, { file: "b.json", prune: false }).baseline?.new).toEqual(["f-00000000000000aa"]);
  });

  it("finds the entry by the claims it recorded when the finding's identity has moved", () => {
    const now = makeReport([y1997, y1996, again1997], [finding({ id: "f-00000000000000bb", claims: ["c-1", "c-2", "c-3"], sides: [["c-1", "c-3"], ["c-2"]] })]);
    expect(applyBaseline(now, baseline, { file: "b.json", prune: false }).baseline).toMatchObject({ known: ["f-00000000000000bb"], new: [], stale: [] });
  });
});
