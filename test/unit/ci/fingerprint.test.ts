/**
 * Fingerprints are the identity of a finding's occurrence: rule, topic, which part of it the
 * finding judges, and the names most of its claims give — not the list of its claims.
 */
import { describe, expect, it } from "vitest";
import { canonicalPath, comparisonKey, fingerprintOccurrence, identityNames, uniqueIds } from "../../../src/judge/fingerprint.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim, ClaimGroup } from "../../../src/types.js";
import { makeClaim, makeFinding, people, year } from "./make.js";

const identity = { rule: "recognition", topic: "Recognition of the government", kind: "part" as const, measure: null, frame: null, names: ["Pakistan", "name:taliban"] };

describe("fingerprintOccurrence", () => {
  it("is 'f-' followed by 16 hex digits and deterministic", () => {
    expect(fingerprintOccurrence(identity)).toMatch(/^f-[0-9a-f]{16}$/);
    expect(fingerprintOccurrence(identity)).toBe(fingerprintOccurrence({ ...identity }));
  });

  it("changes with the rule, the topic, the part judged and the names", () => {
    const base = fingerprintOccurrence(identity);
    expect(fingerprintOccurrence({ ...identity, rule: "other" })).not.toBe(base);
    expect(fingerprintOccurrence({ ...identity, topic: "Another topic" })).not.toBe(base);
    expect(fingerprintOccurrence({ ...identity, kind: "measures" })).not.toBe(base);
    expect(fingerprintOccurrence({ ...identity, measure: "formal" })).not.toBe(base);
    expect(fingerprintOccurrence({ ...identity, frame: "2020-01-01/2020-12-31" })).not.toBe(base);
    expect(fingerprintOccurrence({ ...identity, names: ["Bangladesh", "Pakistan"] })).not.toBe(base);
  });
});

describe("identityNames: what most claims of the occurrence name", () => {
  const c = (actors: string[]): Claim => makeClaim({ id: `c-${actors.join("")}`, document: "d.txt", actors });
  it("keeps names more than half of the claims give, word by word", () => {
    expect(identityNames([c(["Pakistan", "name:taliban"]), c(["Afghanistan", "Pakistan", "name:taliban"])])).toEqual(["Pakistan", "name:taliban"]);
  });
  it("is unchanged by a claim that joins naming them", () => {
    const before = [c(["Pakistan", "name:taliban"]), c(["Afghanistan", "Pakistan", "name:taliban"])];
    expect(identityNames([...before, c(["Pakistan", "name:taliban", "Saudi Arabia"])])).toEqual(identityNames(before));
  });
});

describe("a finding's id is its occurrence's", () => {
  const a = makeClaim({ id: "c-a", document: "seeds/001.txt", value: year(1997), actors: ["Pakistan", "name:taliban"], sentence: "Pakistan recognised the Taliban in 1997." });
  const b = makeClaim({ id: "c-b", document: "seeds/002.txt", value: year(1996), actors: ["Pakistan", "name:taliban"], sentence: "Islamabad recognised the Taliban in 1996." });
  const group = (claims: Claim[]): ClaimGroup => ({ key: "k", rule: "recognition", topic: "Recognition of the government", cardinality: "single", claims, identity: ["Pakistan", "name:taliban"] });
  const idOf = (claims: Claim[]): string => judgeGroup(group(claims))[0]!.id;

  it("stays when an article that agrees with a side joins", () => {
    const agreeing = makeClaim({ id: "c-c", document: "seeds/005.txt", value: year(1997), actors: ["Pakistan", "name:taliban"], sentence: "Pakistan recognised the Taliban regime in 1997." });
    expect(idOf([a, b, agreeing])).toBe(idOf([a, b]));
  });

  it("stays when a new value joins (the baseline tells a new side apart by the sides it recorded)", () => {
    const other = makeClaim({ id: "c-d", document: "seeds/005.txt", value: year(1995), actors: ["Pakistan", "name:taliban"], sentence: "Pakistan recognised the Taliban in 1995." });
    expect(idOf([a, b, other])).toBe(idOf([a, b]));
  });

  it("does not depend on where the claims were said, or on their order", () => {
    expect(idOf([{ ...a, document: "../elsewhere/001.txt", line: 40, offset: 9000 }, b])).toBe(idOf([a, b]));
    expect(idOf([b, a])).toBe(idOf([a, b]));
  });
});

describe("comparisonKey: one comparison of the same claims", () => {
  const a = makeClaim({ id: "c-a", document: "seeds/001.txt", value: year(1997) });
  const b = makeClaim({ id: "c-b", document: "seeds/002.txt", value: year(1996) });
  it("counts a value repeated in the same document once, and keeps which document said which value", () => {
    expect(comparisonKey("contradict", [a, { ...a, id: "c-a2", offset: 99 }, b])).toBe(comparisonKey("contradict", [a, b]));
    expect(comparisonKey("contradict", [{ ...a, value: year(1996) }, { ...b, value: year(1997) }])).not.toBe(comparisonKey("contradict", [a, b]));
    expect(comparisonKey("diverge", [a, b])).not.toBe(comparisonKey("contradict", [a, b]));
  });
  it("reads quantities by their interval, unit and qualifier, not by the nominal as written", () => {
    const q1 = makeClaim({ id: "q1", document: "d1.txt", value: people(2800, null, "over") });
    const q2 = makeClaim({ id: "q2", document: "d2.txt", value: people(2000, 2000) });
    expect(comparisonKey("contradict", [{ ...q1, value: { ...people(2800, null, "over"), nominal: null } }, q2])).toBe(comparisonKey("contradict", [q1, q2]));
    expect(comparisonKey("contradict", [{ ...q1, value: people(2800, null, "at least") }, q2])).not.toBe(comparisonKey("contradict", [q1, q2]));
  });
});

describe("uniqueIds", () => {
  const a = makeClaim({ id: "c-a", document: "x/1.txt", value: year(1997) });
  const b = makeClaim({ id: "c-b", document: "x/2.txt", value: year(1996) });
  const c = makeClaim({ id: "c-c", document: "y/1.txt", value: year(2001) });
  const d = makeClaim({ id: "c-d", document: "y/2.txt", value: year(2002) });
  const claims = new Map([a, b, c, d].map((x) => [x.id, x]));
  it("tells apart findings of one identity by the values they compare, the same however the documents are named", () => {
    const found = uniqueIds([makeFinding({ id: "f-1111111111111111", claims: [a.id, b.id] }), makeFinding({ id: "f-1111111111111111", claims: [c.id, d.id] })], claims);
    expect(new Set(found.map((f) => f.id)).size).toBe(2);
    const renamed = new Map([a, b, c, d].map((x) => [x.id, { ...x, document: `elsewhere/${x.document}` }]));
    expect(uniqueIds([makeFinding({ id: "f-1111111111111111", claims: [a.id, b.id] }), makeFinding({ id: "f-1111111111111111", claims: [c.id, d.id] })], renamed).map((f) => f.id)).toEqual(found.map((f) => f.id));
  });
  it("leaves a unique id as it is", () => {
    expect(uniqueIds([makeFinding({ id: "f-2222222222222222", claims: [a.id, b.id] })], claims)[0]!.id).toBe("f-2222222222222222");
  });
});

describe("canonicalPath", () => {
  it("treats the same path spelled with ./, backslashes, doubled slashes and '..' as the same", () => {
    expect(canonicalPath(".\\seeds\\001.txt")).toBe("seeds/001.txt");
    expect(canonicalPath("seeds//x/../001.txt")).toBe("seeds/001.txt");
    expect(canonicalPath("./seeds/./001.txt")).toBe("seeds/001.txt");
    expect(canonicalPath("/abs/seeds/001.txt")).toBe("/abs/seeds/001.txt");
    expect(canonicalPath("../seeds/001.txt")).toBe("../seeds/001.txt");
  });
});
