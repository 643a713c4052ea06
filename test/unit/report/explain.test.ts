import { describe, expect, it } from "vitest";
import { explain, formatInterval, resolveFindingId } from "../../../src/report/explain.js";
import { dateValue, day, makeClaim, makeFinding, makeReport, quantity, year } from "../../helpers/make-report.js";

const a = makeClaim({
  id: "c-a",
  document: "seeds/001.txt",
  line: 6,
  column: 10,
  text: "in 1997",
  sentence: "It was in 1997 that Pakistan recognised the first Taliban regime.",
  trigger: "recognised",
  actors: ["Pakistan", "Taliban"],
  provenance: ["rule:taliban-recognition", "pattern:date/in-year", "trigger:recognised"],
  value: year(1997),
});
const b = makeClaim({ id: "c-b", document: "seeds/002.txt", line: 3, column: 1, text: "In 1996", value: year(1996) });
const over = makeClaim({
  id: "c-over",
  rule: "fatalities",
  document: "x.txt",
  text: "over 2,800",
  value: quantity({ min: 2800, max: null, qualifier: "over", nominal: 2800 }),
  frame: { type: "range", start: "2021-01-01", end: "2025-09-05", granularity: "day" },
});
const two = makeClaim({ id: "c-two", rule: "fatalities", document: "y.txt", text: "2,000", value: quantity({ min: 2000, max: 2000 }) });
const exact = makeClaim({ id: "c-day", rule: "dar-visit", document: "000.txt", text: "19th April 2025", value: day("2025-04-19") });
const late = makeClaim({
  id: "c-late",
  rule: "dar-visit",
  document: "003.txt",
  text: "late April 2025",
  value: dateValue("2025-04-16", "2025-04-30", "part"),
});

const report = makeReport({
  claims: [a, b, over, two, exact, late],
  findings: [
    makeFinding({ id: "f-3c1d9a", claims: ["c-a", "c-b"], basis: { kind: "disjoint-intervals", a: "c-a", b: "c-b" }, reason: "1997 and 1996 cannot both be the year." }),
    makeFinding({ id: "f-3c2000", rule: "fatalities", topic: "Fatalities", claims: ["c-over", "c-two"], basis: { kind: "disjoint-intervals", a: "c-over", b: "c-two" } }),
    makeFinding({ id: "f-visit", rule: "dar-visit", topic: "Dar's visit", verdict: "agree", claims: ["c-day", "c-late"], basis: { kind: "refinement", finer: "c-day", coarser: "c-late" }, reason: "One is a finer statement of the other." }),
  ],
});
report.rules = [{ id: "taliban-recognition", topic: "t", description: "The year Pakistan recognised the Taliban.", cardinality: "single", file: "rules/taliban-recognition.yml" }];

describe("explain", () => {
  it("shows the rule, the matched words, each value's interval and the comparison", () => {
    const text = explain(report, "f-3c1d9a");
    expect(text).toContain("Finding f-3c1d9a: contradict");
    expect(text).toContain("(rule taliban-recognition, one true value)");
    expect(text).toContain("Rule: The year Pakistan recognised the Taliban. [rules/taliban-recognition.yml]");
    expect(text).toContain('matched:  "in 1997"  trigger: "recognised"');
    expect(text).toContain('sentence: "It was in 1997 that Pakistan recognised the first Taliban regime."');
    expect(text).toContain("value:    1997  →  date [1997-01-01 … 1997-12-31] (year)");
    expect(text).toContain("actors:   Pakistan, Taliban");
    expect(text).toContain("provenance: rule:taliban-recognition, pattern:date/in-year, trigger:recognised");
    expect(text).toContain(
      "seeds/002.txt 1996 [1996-01-01 … 1996-12-31] ends before seeds/001.txt 1997 [1997-01-01 … 1997-12-31] begins (1 day apart)",
    );
    expect(text).toContain("Verdict: contradict. 1997 and 1996 cannot both be the year.");
  });

  it("compares open-ended quantities and shows time frames", () => {
    const text = explain(report, "f-3c2000");
    expect(text).toContain("value:    over 2,800 people  →  quantity [2,800, ∞) person");
    expect(text).toContain("frame:    1 January 2021 – 5 September 2025 [2021-01-01 … 2025-09-05]");
    expect(text).toContain("y.txt 2,000 people [2,000, 2,000] person ends before x.txt over 2,800 people [2,800, ∞) person begins (800 people apart)");
  });

  it("explains a refinement as containment", () => {
    const text = explain(report, "f-visit");
    expect(text).toContain("Comparison: refinement");
    expect(text).toContain("000.txt 19 April 2025 [2025-04-19 … 2025-04-19] lies within 003.txt late April 2025 [2025-04-16 … 2025-04-30]");
  });

  it("accepts a unique prefix and rejects unknown or ambiguous ids", () => {
    expect(explain(report, "f-vis")).toContain("Finding f-visit");
    const ambiguous = resolveFindingId(report, "f-3c");
    expect(ambiguous).toEqual({ ok: false, message: "finding id 'f-3c' is ambiguous: f-3c1d9a, f-3c2000" });
    expect(() => explain(report, "f-nope")).toThrow(/no finding 'f-nope' in this report \(known findings: f-3c1d9a, f-3c2000, f-visit\)/);
  });
});

describe("formatInterval", () => {
  it.each([
    [year(2020), "[2020-01-01 … 2020-12-31]"],
    [quantity({ min: null, max: 999_999_999, unit: "USD" }), "(−∞, 999,999,999] USD"],
    [quantity({ min: 10, max: 10, unit: "percent" }), "[10, 10] percent"],
    [quantity({ min: 3, max: 3, unit: "" }), "[3, 3]"],
  ])("%j → %s", (value, expected) => {
    expect(formatInterval(value)).toBe(expected);
  });
});
