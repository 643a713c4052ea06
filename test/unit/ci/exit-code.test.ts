import { describe, expect, it } from "vitest";
import { failingFindings, getExitCode, type FailOn } from "../../../src/cli/exit-code.js";
import type { Diagnostic, Finding, Verdict } from "../../../src/types.js";
import { makeFinding } from "./make.js";

const finding = (id: string, verdict: Verdict): Finding => makeFinding({ id, claims: ["c-1", "c-2"], verdict });
const report = (verdicts: Verdict[], diagnostics: Diagnostic[] = []) => ({
  findings: verdicts.map((v, i) => finding(`f-${i}`, v)),
  diagnostics,
});

describe("getExitCode", () => {
  const table: [Verdict[], FailOn, number | undefined, number][] = [
    [[], "contradict", undefined, 0],
    [["agree"], "contradict", undefined, 0],
    [["agree"], "diverge", undefined, 0],
    [["diverge"], "contradict", undefined, 0],
    [["diverge"], "diverge", undefined, 1],
    [["contradict"], "contradict", undefined, 1],
    [["contradict"], "diverge", undefined, 1],
    [["contradict"], "never", undefined, 0],
    [["contradict", "diverge"], "never", 0, 0],
    [["contradict"], "contradict", 1, 0],
    [["contradict", "contradict"], "contradict", 1, 1],
    [["contradict", "diverge", "diverge"], "diverge", 2, 1],
    [["contradict", "diverge", "agree"], "diverge", 2, 0],
    [["contradict", "diverge", "diverge"], "contradict", 1, 0],
  ];
  it.each(table)("%j with --fail-on %s --max-findings %s → %i", (verdicts, failOn, maxFindings, code) => {
    expect(getExitCode(report(verdicts), maxFindings === undefined ? { failOn } : { failOn, maxFindings })).toBe(code);
  });

  it("returns 2 when the run had an error, whatever the findings and policy", () => {
    const error: Diagnostic = { code: "RC100", severity: "error", message: "cannot read", file: "a.txt" };
    expect(getExitCode(report([], [error]), { failOn: "never" })).toBe(2);
    expect(getExitCode(report(["contradict"], [error]), { failOn: "contradict" })).toBe(2);
  });

  it("ignores warnings", () => {
    const warning: Diagnostic = { code: "RC200", severity: "warning", message: "skipped a binary file" };
    expect(getExitCode(report([], [warning]), { failOn: "contradict" })).toBe(0);
  });
});

describe("failingFindings", () => {
  it("keeps findings at or above the threshold, in order", () => {
    const r = report(["agree", "contradict", "diverge", "contradict"]);
    expect(failingFindings(r.findings, "contradict").map((f) => f.id)).toEqual(["f-1", "f-3"]);
    expect(failingFindings(r.findings, "diverge").map((f) => f.id)).toEqual(["f-1", "f-2", "f-3"]);
    expect(failingFindings(r.findings, "never")).toEqual([]);
  });
});

describe("failingFindings with rule severities", () => {
  const rule = (severity: "error" | "warning" | "note") => [{ id: "r", topic: "t", description: "d", cardinality: "single" as const, file: "r.yml", severity }];
  const r = report(["contradict", "diverge", "agree"]).findings.map((f) => ({ ...f, rule: "r" }));
  it.each([
    ["error", "contradict", ["f-0", "f-1"]],
    ["warning", "contradict", []],
    ["warning", "diverge", ["f-0", "f-1"]],
    ["note", "diverge", []],
  ] as const)("a rule at %s under --fail-on %s fails %j", (severity, failOn, ids) => {
    expect(failingFindings(r, failOn, rule(severity)).map((f) => f.id)).toEqual(ids);
  });

  it("leaves the findings of other rules by their verdict", () => {
    const other = r.map((f) => ({ ...f, rule: "other" }));
    expect(failingFindings(other, "contradict", rule("note")).map((f) => f.id)).toEqual(["f-0"]);
  });
});
