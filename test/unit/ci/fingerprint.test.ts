import { describe, expect, it } from "vitest";
import { canonicalPath, fingerprintFinding, refingerprint } from "../../../src/judge/fingerprint.js";
import type { Claim } from "../../../src/types.js";
import { makeClaim, people, year } from "./make.js";

const rule = "recognition";
const topic = "Recognition of the government";
const a = makeClaim({ id: "c-a", document: "seeds/001.txt", value: year(1997), line: 6, column: 10, offset: 1870 });
const b = makeClaim({ id: "c-b", document: "seeds/002.txt", value: year(1996), line: 12, column: 4, offset: 3001 });
const fp = (claims: readonly Claim[], verdict: "agree" | "diverge" | "contradict" = "contradict") =>
  fingerprintFinding(rule, topic, verdict, claims);

describe("fingerprintFinding", () => {
  it("is 'f-' followed by 16 hex digits and deterministic", () => {
    expect(fp([a, b])).toMatch(/^f-[0-9a-f]{16}$/);
    expect(fp([a, b])).toBe(fp([a, b]));
  });

  it("does not change when text moves: lines, columns, offsets, quotes, claim ids, sentences", () => {
    const moved = [
      { ...a, id: "c-other", line: 40, column: 1, offset: 9000, text: "In 1997", sentence: "Reworded: in 1997 it happened." },
      { ...b, id: "c-x", line: 2, offset: 12, actors: ["Pakistan"], trigger: "recognized" },
    ];
    expect(fp(moved)).toBe(fp([a, b]));
  });

  it("does not change when the claims (files) come in another order", () => {
    expect(fp([b, a])).toBe(fp([a, b]));
  });

  it("treats the same path spelled with ./ or backslashes as the same document", () => {
    expect(canonicalPath(".\\seeds\\001.txt")).toBe("seeds/001.txt");
    expect(fp([{ ...a, document: "./seeds/001.txt" }, { ...b, document: "seeds\\002.txt" }])).toBe(fp([a, b]));
  });

  it("reads a path with doubled slashes, '.' and '..' segments as the plain one", () => {
    expect(canonicalPath("seeds//x/../001.txt")).toBe("seeds/001.txt");
    expect(canonicalPath("./seeds/./001.txt")).toBe("seeds/001.txt");
    expect(canonicalPath("/abs/seeds/001.txt")).toBe("/abs/seeds/001.txt");
    expect(canonicalPath("../seeds/001.txt")).toBe("../seeds/001.txt");
    expect(fp([{ ...a, document: "seeds//001.txt" }, b])).toBe(fp([a, b]));
  });

  it("refingerprint gives the finding's id under other document names: its own id when the names are the same", () => {
    const claims = new Map([a, b].map((c) => [c.id, c]));
    const finding = { id: fp([a, b]), rule, topic, verdict: "contradict" as const, claims: [a.id, b.id] };
    expect(refingerprint(finding, claims, (d) => d)).toBe(finding.id);
    // The same as a scan that had named the documents that way.
    const renamed = refingerprint(finding, claims, (d) => `../${d}`);
    expect(renamed).toBe(fp([{ ...a, document: "../seeds/001.txt" }, { ...b, document: "../seeds/002.txt" }]));
    expect(renamed).not.toBe(finding.id);
  });

  it("counts a value repeated in the same document once", () => {
    const again = { ...a, id: "c-a2", line: 30, offset: 5000 };
    expect(fp([a, again, b])).toBe(fp([a, b]));
  });

  it("changes when a new conflicting value appears, even in a document that already has the finding", () => {
    const c = makeClaim({ id: "c-c", document: "seeds/001.txt", value: year(1998) });
    expect(fp([a, b, c])).not.toBe(fp([a, b]));
    const d = makeClaim({ id: "c-d", document: "seeds/005.txt", value: year(1996) });
    expect(fp([a, b, d])).not.toBe(fp([a, b]));
  });

  it("changes when a value, a measure, a frame, a document or the verdict changes", () => {
    const base = fp([a, b]);
    expect(fp([{ ...a, value: year(1995) }, b])).not.toBe(base);
    expect(fp([{ ...a, measure: "formal" }, b])).not.toBe(base);
    expect(fp([{ ...a, frame: year(2020) }, b])).not.toBe(base);
    expect(fp([{ ...a, document: "seeds/009.txt" }, b])).not.toBe(base);
    expect(fp([a, b], "agree")).not.toBe(base);
    expect(fp([a, b], "diverge")).not.toBe(base);
    expect(fingerprintFinding("other-rule", topic, "contradict", [a, b])).not.toBe(base);
    expect(fingerprintFinding(rule, "Another topic", "contradict", [a, b])).not.toBe(base);
  });

  it("keeps which document said which value: swapping values between documents is a new finding", () => {
    const swapped = [{ ...a, value: year(1996) }, { ...b, value: year(1997) }];
    expect(fp(swapped)).not.toBe(fp([a, b]));
  });

  it("reads quantities by their interval, unit and qualifier, not by the nominal as written", () => {
    const q1 = makeClaim({ id: "q1", document: "d1.txt", value: people(2800, null, "over") });
    const q2 = makeClaim({ id: "q2", document: "d2.txt", value: people(2000, 2000) });
    const base = fp([q1, q2]);
    expect(fp([{ ...q1, value: { ...people(2800, null, "over"), nominal: null } }, q2])).toBe(base);
    expect(fp([{ ...q1, value: people(2800, null, "at least") }, q2])).not.toBe(base);
    expect(fp([{ ...q1, value: { ...people(2800, null, "over"), unit: "USD" } }, q2])).not.toBe(base);
    expect(fp([q1, { ...q2, value: people(2000, 2100) }])).not.toBe(base);
  });

  it("does not depend on the property order of values", () => {
    const v = year(1997);
    const reordered = { approximate: v.approximate, granularity: v.granularity, end: v.end, start: v.start, type: v.type } as const;
    expect(fp([{ ...a, value: reordered }, b])).toBe(fp([a, b]));
  });
});
