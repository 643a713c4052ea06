/**
 * An agreement held whole by another agreement is left out; divergences and contradictions are
 * kept whatever they share. Expected results written from the cases, not recorded.
 */
import { describe, expect, it } from "vitest";
import type { Finding, Verdict } from "../../../src/types.js";
import { withoutRepeatedAgreements } from "../../../src/judge/repeated.js";

function finding(id: string, verdict: Verdict, claims: string[]): Finding {
  return { id, rule: "r", topic: "t", verdict, claims, measures: [null], basis: { kind: "equal", claims }, reason: "", selfContradiction: false } as Finding;
}

const ids = (fs: readonly Finding[]): string[] => fs.map((f) => f.id);

describe("withoutRepeatedAgreements", () => {
  it("drops an agreement whose claims another agreement holds", () => {
    expect(ids(withoutRepeatedAgreements([finding("small", "agree", ["c1", "c2"]), finding("large", "agree", ["c1", "c2", "c3"])]))).toEqual(["large"]);
  });
  it("keeps the first of two agreements over the same claims", () => {
    expect(ids(withoutRepeatedAgreements([finding("one", "agree", ["c1", "c2"]), finding("two", "agree", ["c2", "c1"])]))).toEqual(["one"]);
  });
  it("keeps agreements that only overlap", () => {
    expect(ids(withoutRepeatedAgreements([finding("x", "agree", ["c1", "c2"]), finding("y", "agree", ["c2", "c3"])]))).toEqual(["x", "y"]);
  });
  it("keeps an agreement held by a divergence, and a divergence held by an agreement", () => {
    const fs = [finding("agree", "agree", ["c1", "c2"]), finding("diverge", "diverge", ["c1", "c2", "c3"]), finding("inner", "diverge", ["c4", "c5"]), finding("outer", "agree", ["c4", "c5", "c6"])];
    expect(ids(withoutRepeatedAgreements(fs))).toEqual(["agree", "diverge", "inner", "outer"]);
  });
  it("keeps a contradiction held by an agreement", () => {
    expect(ids(withoutRepeatedAgreements([finding("c", "contradict", ["c1", "c2"]), finding("a", "agree", ["c1", "c2", "c3"])]))).toEqual(["c", "a"]);
  });
});
