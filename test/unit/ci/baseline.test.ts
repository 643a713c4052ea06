import { describe, expect, it } from "vitest";
import { applyBaseline, describeComparison, pruneBaseline } from "../../../src/baseline/apply-baseline.js";
import { createBaseline, parseBaseline, serializeBaseline } from "../../../src/baseline/baseline-file.js";
import { UserError } from "../../../src/errors.js";
import { FINGERPRINT_VERSION } from "../../../src/judge/fingerprint.js";
import type { Report } from "../../../src/types.js";
import { makeClaim, makeFinding, makeReport, year } from "./make.js";

const c1 = makeClaim({ id: "c-1", document: "b.txt", value: year(1997), text: "in 1997", sentence: "It was in 1997." });
const c2 = makeClaim({ id: "c-2", document: "a.txt", value: year(1996), text: "In 1996", sentence: "In 1996, it happened." });
const c3 = makeClaim({ id: "c-3", document: "c.txt", value: year(1998), text: "1998", sentence: "By 1998 …" });
const contradiction = makeFinding({ id: "f-0000000000000001", claims: ["c-1", "c-2"] });
const divergence = makeFinding({ id: "f-0000000000000002", claims: ["c-1", "c-3"], verdict: "diverge", rule: "aaa-first" });
const agreement = makeFinding({ id: "f-0000000000000003", claims: ["c-2", "c-3"], verdict: "agree" });
const report = makeReport([c1, c2, c3], [contradiction, divergence, agreement]);

describe("createBaseline / serializeBaseline", () => {
  const baseline = createBaseline(report);

  it("holds every finding except agreements, sorted by rule, topic and id, claims by document", () => {
    expect(baseline.findings.map((e) => e.id)).toEqual(["f-0000000000000002", "f-0000000000000001"]);
    expect(baseline.findings[1]).toEqual({
      id: "f-0000000000000001",
      rule: "recognition",
      topic: "Recognition of the government",
      verdict: "contradict",
      reason: contradiction.reason,
      claims: [
        { document: "a.txt", measure: null, text: "In 1996", quote: "In 1996, it happened." },
        { document: "b.txt", measure: null, text: "in 1997", quote: "It was in 1997." },
      ],
    });
  });

  it("writes indented JSON ending in a newline, identical whatever the order of findings", () => {
    const text = serializeBaseline(baseline);
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).toContain('\n  "findings": [\n    {\n      "id": "f-0000000000000002",');
    const shuffled = makeReport([c3, c2, c1], [agreement, divergence, contradiction]);
    expect(serializeBaseline(createBaseline(shuffled))).toBe(text);
  });

  it("reads back what it writes", () => {
    expect(parseBaseline(serializeBaseline(baseline), "b.json")).toEqual(baseline);
  });
});

describe("parseBaseline", () => {
  const bad = (text: string) => {
    try {
      parseBaseline(text, "base.json");
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      return error as UserError;
    }
    throw new Error("expected a UserError");
  };

  it("locates JSON syntax errors", () => {
    const error = bad('{\n  "schema": "relcheck/baseline@1",\n  oops\n}');
    expect(error.file).toBe("base.json");
    expect(error.message).toMatch(/invalid JSON/);
    expect([error.line, error.column]).toEqual([3, 3]);
  });

  it("rejects other files, other fingerprint versions and malformed entries", () => {
    expect(bad('{"schema": "relcheck/report@1"}').message).toMatch(/not a relcheck baseline/);
    expect(bad('{"schema": "relcheck/baseline@1", "fingerprintVersion": 0, "findings": []}').message).toMatch(/fingerprint version 0/);
    const entry = { id: "f-01", rule: "r", topic: "t", verdict: "contradict", reason: "x", claims: [] };
    const wrap = (e: unknown) => JSON.stringify({ schema: "relcheck/baseline@1", fingerprintVersion: FINGERPRINT_VERSION, findings: [e] });
    expect(parseBaseline(wrap(entry), "b").findings).toHaveLength(1);
    expect(bad(wrap({ ...entry, id: "42" })).message).toMatch(/findings\[0\] needs an "id"/);
    expect(bad(wrap({ ...entry, verdict: "maybe" })).message).toMatch(/verdict "maybe"/);
    expect(bad(wrap({ ...entry, claims: [{ document: "a" }] })).message).toMatch(/claim without/);
  });
});

describe("applyBaseline", () => {
  const base = createBaseline(makeReport([c1, c2, c3], [contradiction]));
  const stale = { ...base.findings[0]!, id: "f-00000000000000ff", topic: "Gone" };
  const baseline = { ...base, findings: [...base.findings, stale] };
  const applied: Report = applyBaseline(report, baseline, { file: "base.json", prune: false });

  it("lists only findings not in the baseline, and counts the summary over them", () => {
    expect(applied.findings.map((f) => f.id)).toEqual(["f-0000000000000002", "f-0000000000000003"]);
    expect(applied.summary).toMatchObject({ contradict: 0, diverge: 1, agree: 1, claims: 3 });
    expect(applied.claims).toHaveLength(3);
  });

  it("says which findings were known, which are new and which entries are stale", () => {
    expect(applied.baseline).toEqual({
      file: "base.json",
      known: ["f-0000000000000001"],
      new: ["f-0000000000000002"],
      stale: [stale],
      pruned: false,
    });
  });

  it("prunes stale entries and keeps the rest", () => {
    expect(pruneBaseline(baseline, applied.baseline!).findings.map((e) => e.id)).toEqual(["f-0000000000000001"]);
  });

  it("describes the comparison in one or two lines", () => {
    const text = describeComparison(applied.baseline!);
    expect(text).toBe(
      "relcheck: baseline base.json: 1 known finding not shown, 1 new\n" +
        "relcheck: baseline base.json: 1 stale entry no longer occurs (f-00000000000000ff: Gone); --prune drops it\n",
    );
    expect(describeComparison({ ...applied.baseline!, stale: [], known: [] })).toBe(
      "relcheck: baseline base.json: 0 known findings not shown, 1 new\n",
    );
  });
});
