import { describe, expect, it } from "vitest";
import { comparePair, judgeGroup } from "../../../src/judge/judge.js";
import type { Claim, Verdict } from "../../../src/types.js";
import { claim, date, qty } from "../../helpers/claims.js";

const approx = (n: number, tol: number, qualifier: "around" | "estimated" = "around") =>
  qty(n - tol, n + tol, { approximate: true, qualifier, nominal: n });

describe("comparePair: the decision table", () => {
  const cases: [string, Claim, Claim, boolean, Verdict, string][] = [
    ["1997 vs 1996, one event", claim(date("1997-01-01", "1997-12-31", "year")), claim(date("1996-01-01", "1996-12-31", "year")), true, "contradict", "disjoint-intervals"],
    ["same month", claim(date("2021-08-01", "2021-08-31", "month")), claim(date("2021-08-01", "2021-08-31", "month")), true, "agree", "equal"],
    ["Feb 2020 inside 2020", claim(date("2020-01-01", "2020-12-31", "year")), claim(date("2020-02-01", "2020-02-29", "month")), true, "agree", "refinement"],
    ["19 April inside late April", claim(date("2025-04-19")), claim(date("2025-04-16", "2025-04-30", "part")), true, "agree", "refinement"],
    ["partial overlap of periods", claim(date("2021-06-01", "2021-09-30")), claim(date("2021-08-01", "2021-12-31")), true, "diverge", "within-tolerance"],
    ["over 2,800 vs 2,000", claim(qty(2800, null, { qualifier: "over" })), claim(qty(2000, 2000)), true, "contradict", "disjoint-intervals"],
    ["120 vs 140 aboard", claim(qty(120, 120)), claim(qty(140, 140)), true, "contradict", "disjoint-intervals"],
    ["over 500 and more than 700: bounds both hold", claim(qty(500, null, { qualifier: "over" })), claim(qty(700, null, { qualifier: "over", nominal: 700 })), true, "diverge", "bounds-both-hold"],
    ["about 40,000 vs about 42,000", claim(approx(40000, 5000)), claim(approx(42000, 500)), true, "diverge", "within-tolerance"],
    ["around 1.2 million vs 1.2 million", claim(approx(1_200_000, 50_000)), claim(qty(1_200_000, 1_200_000)), true, "agree", "refinement"],
    ["over 2,800 vs 2,900", claim(qty(2800, null, { qualifier: "over" })), claim(qty(2900, 2900)), true, "agree", "refinement"],
    ["different measures", claim(qty(1_700_000, 1_700_000), { measure: "ordered-to-leave" }), claim(approx(1_200_000, 50_000), { measure: "repatriated" }), true, "diverge", "different-measures"],
    [
      "different frames",
      claim(qty(100, 100), { frame: { type: "date", start: "2023-01-01", end: "2023-12-31", granularity: "year", approximate: false } }),
      claim(qty(300, 300), { frame: { type: "date", start: "2024-01-01", end: "2024-12-31", granularity: "year", approximate: false } }),
      true,
      "diverge",
      "different-frames",
    ],
    ["recurring topic never contradicts", claim(date("2024-04-01", "2024-04-30")), claim(date("2024-12-01", "2024-12-31")), false, "diverge", "recurring"],
  ];
  it.each(cases)("%s", (_name, a, b, single, verdict, basis) => {
    const result = comparePair(a, b, single);
    expect(result.verdict).toBe(verdict);
    expect(result.basis.kind).toBe(basis);
  });
});

describe("judgeGroup", () => {
  const group = (claims: Claim[], cardinality: "single" | "recurring" = "single") => ({
    key: "k",
    rule: "r",
    topic: "recognition of a government",
    cardinality,
    claims,
  });

  it("takes the most serious pair verdict and words a reason naming both quotes", () => {
    const a = claim(date("1997-01-01", "1997-12-31", "year"), { text: "in 1997", document: "a/001.txt", line: 6 });
    const b = claim(date("1996-01-01", "1996-12-31", "year"), { text: "In 1996", document: "a/002.txt", line: 22 });
    const c = claim(date("1997-05-25"), { text: "on 25 May 1997", document: "a/003.txt", line: 2 });
    const [f] = judgeGroup(group([a, b, c]));
    expect(f?.verdict).toBe("contradict");
    expect(f?.claims).toEqual([a.id, b.id, c.id]);
    expect(f?.reason).toContain("“in 1997” (001.txt:6)");
    expect(f?.reason).toContain("“In 1996” (002.txt:22)");
    expect(f?.id).toMatch(/^f-[0-9a-f]{16}$/);
  });

  it("reports a document that contradicts itself", () => {
    const a = claim(date("1997-01-01", "1997-12-31", "year"), { document: "same.txt", sentence: "It was recognised in 1997." });
    const b = claim(date("1996-01-01", "1996-12-31", "year"), { document: "same.txt", sentence: "Later it says 1996." });
    const [f] = judgeGroup(group([a, b]));
    expect(f?.verdict).toBe("contradict");
    expect(f?.selfContradiction).toBe(true);
  });

  it("does not report agreement within one document", () => {
    const a = claim(date("2021-08-01", "2021-08-31"), { document: "same.txt" });
    const b = claim(date("2021-01-01", "2021-12-31"), { document: "same.txt" });
    expect(judgeGroup(group([a, b]))).toEqual([]);
  });

  it("says two days of a recurring topic may be two occurrences, not that they overlap", () => {
    const a = claim(date("2025-03-10"), { text: "on Monday", document: "a/first.txt", line: 4 });
    const b = claim(date("2025-03-11"), { text: "on Tuesday", document: "a/second.txt", line: 9 });
    const [f] = judgeGroup(group([a, b], "recurring"));
    expect(f?.verdict).toBe("diverge");
    expect(f?.basis.kind).toBe("recurring");
    expect(f?.reason).toBe("“on Monday” (first.txt:4) and “on Tuesday” (second.txt:9) differ, but what they tell can happen more than once, so they may be about two occurrences.");
  });

  it("never lets a day of a document read as of its story's day contradict: it diverges and says why", () => {
    const a = claim(date("2031-03-14"), { text: "on Friday", document: "a/copy.txt", line: 2, provenance: ["rule:r", "date:story"] });
    const b = claim(date("2031-03-13"), { text: "on Thursday", document: "a/wire.txt", line: 5 });
    const [f] = judgeGroup(group([a, b]));
    expect(f?.verdict).toBe("diverge");
    expect(f?.basis).toEqual({ kind: "story-date", a: a.id, b: b.id });
    expect(f?.reason).toBe("“on Friday” (copy.txt:2) and “on Thursday” (wire.txt:5) differ, but copy.txt states no date: it was read as written on the day most reports of its story were, which may not be its own.");
    // the same two days, both in documents that state their dates, contradict
    const c = claim(date("2031-03-14"), { text: "on Friday", document: "a/dated.txt", line: 2 });
    expect(judgeGroup(group([c, b]))[0]?.verdict).toBe("contradict");
  });

  it("gives the same id whatever the order of the claims", () => {
    const a = claim(date("1997-01-01", "1997-12-31", "year"), { document: "x.txt" });
    const b = claim(date("1996-01-01", "1996-12-31", "year"), { document: "y.txt" });
    expect(judgeGroup(group([a, b]))[0]?.id).toBe(judgeGroup(group([b, a]))[0]?.id);
  });
});

describe("judgeGroup: measures and frames", () => {
  it("judges each measure on its own and adds one divergence across measures", () => {
    const ordered = claim(qty(1_700_000, 1_700_000), { measure: "ordered-to-leave", document: "a.txt" });
    const repatriated = claim(qty(1_150_000, 1_250_000, { approximate: true, qualifier: "around", nominal: 1_200_000 }), { measure: "repatriated", document: "b.txt" });
    const repatriated2 = claim(qty(900_000, 900_000), { measure: "repatriated", document: "c.txt" });
    const findings = judgeGroup({ key: "k", rule: "r", topic: "refugees", cardinality: "single", claims: [ordered, repatriated, repatriated2] });
    expect(findings.map((f) => [f.verdict, f.basis.kind])).toEqual([
      ["contradict", "disjoint-intervals"],
      ["diverge", "different-measures"],
    ]);
    expect(findings[0]?.claims).toEqual([repatriated.id, repatriated2.id]);
    expect(findings[1]?.reason).toContain("ordered to leave / repatriated");
  });
});

describe("judgeGroup: frames implied by the document's year", () => {
  const year = (y: number) => ({ type: "date" as const, start: `${y}-01-01`, end: `${y}-12-31`, granularity: "year" as const, approximate: false });
  const h1 = { type: "date" as const, start: "2025-01-01", end: "2025-06-30", granularity: "part" as const, approximate: false };
  const group = (claims: Claim[]) => ({ key: "k", rule: "r", topic: "trade volume", cardinality: "single" as const, claims });

  it("an implied year fits a stated frame inside it", () => {
    const stated = claim(qty(900_000_000, 1_000_000_000, { approximate: true, qualifier: "nearly", nominal: 1e9, unit: "USD" }), { frame: h1, document: "a.txt" });
    const implied = claim(qty(945_000_000, 955_000_000, { approximate: true, qualifier: "around", nominal: 950_000_000, unit: "USD" }), { frame: year(2025), frameImplied: true, document: "b.txt" });
    expect(judgeGroup(group([stated, implied])).map((f) => f.verdict)).toEqual(["agree"]);
  });

  it("figures of different years diverge, they do not contradict", () => {
    const a = claim(qty(658_637_457, 658_637_457, { unit: "USD" }), { frame: year(1866), frameImplied: true, document: "1866.txt" });
    const b = claim(qty(2e9, 2e9, { unit: "USD" }), { frame: year(1916), frameImplied: true, document: "1916.txt" });
    expect(judgeGroup(group([a, b])).map((f) => [f.verdict, f.basis.kind])).toEqual([["diverge", "different-frames"]]);
  });

  it("a figure for a stated period and one whose period is only implied diverge when they miss each other", () => {
    // An address of 1847 on the fiscal year ending 30 June 1849; one of 1849 giving a figure with no period.
    const stated = claim(qty(20_500_000, 20_500_000, { unit: "USD" }), { frame: { type: "date", start: "1849-06-30", end: "1849-06-30", granularity: "day", approximate: false }, document: "1847.txt" });
    const implied = claim(qty(10_833_000, 10_833_000, { unit: "USD" }), { frame: year(1849), frameImplied: true, document: "1849.txt" });
    const findings = judgeGroup(group([stated, implied]));
    expect(findings.map((f) => [f.verdict, f.basis.kind])).toEqual([["diverge", "unstated-frame"]]);
    expect(findings[0]!.reason).toMatch(/but “text” \(1849\.txt:\d+\) does not state its period/);
  });

  it("figures for the same stated period still contradict beside an implied one", () => {
    const a = claim(qty(10, 10, { unit: "percent" }), { frame: h1, document: "a.txt" });
    const b = claim(qty(15, 15, { unit: "percent" }), { frame: h1, document: "b.txt" });
    const c = claim(qty(12, 12, { unit: "percent" }), { frame: year(2025), frameImplied: true, document: "c.txt" });
    expect(judgeGroup(group([c, a, b])).map((f) => [f.verdict, f.basis])).toEqual([["contradict", { kind: "disjoint-intervals", a: a.id, b: b.id }]]);
  });

  // A story followed across a new year: the only frame of each figure is its report's year.
  const reported = (day: string) => ({ counted: "age", predicate: null, participants: [], time: { tally: false, reportedAt: day }, attribution: null, modality: [] });
  const asOf = (n: number, day: string, document: string) => claim(qty(n, n, { unit: "year" }), { frame: year(Number(day.slice(0, 4))), frameImplied: true, document, claimFrame: reported(day) });

  it("one figure in reports weeks apart across a new year agrees, in one finding", () => {
    const findings = judgeGroup(group([asOf(61, "2009-12-20", "a.txt"), asOf(61, "2010-01-15", "b.txt")]));
    expect(findings.map((f) => f.verdict)).toEqual(["agree"]);
  });

  it("two figures in reports weeks apart across a new year are judged as of one time", () => {
    expect(judgeGroup(group([asOf(61, "2009-12-20", "a.txt"), asOf(64, "2010-01-15", "b.txt")])).map((f) => f.verdict)).toEqual(["contradict"]);
  });

  it("reports more than a season apart keep their years apart", () => {
    const findings = judgeGroup(group([asOf(61, "2009-06-20", "a.txt"), asOf(64, "2010-01-15", "b.txt")]));
    expect(findings.map((f) => [f.verdict, f.basis.kind])).toEqual([["diverge", "different-frames"]]);
  });

  it("figures implied for the same year still contradict", () => {
    const a = claim(qty(10, 10, { unit: "percent" }), { frame: year(2025), frameImplied: true, document: "a.txt" });
    const b = claim(qty(15, 15, { unit: "percent" }), { frame: year(2025), frameImplied: true, document: "b.txt" });
    expect(judgeGroup(group([a, b])).map((f) => f.verdict)).toEqual(["contradict"]);
  });
});

describe("judgeGroup: figures of undated documents", () => {
  // A level stated without a period in a document that has no date: its period is unknown.
  const unknown = (n: number, document: string) => claim(qty(n, n, { unit: "USD" }), { frameImplied: true, document });
  const year = (y: number) => ({ type: "date" as const, start: `${y}-01-01`, end: `${y}-12-31`, granularity: "year" as const, approximate: false });
  const group = (claims: Claim[]) => ({ key: "k", rule: "r", topic: "aid pledged", cardinality: "single" as const, claims });

  it("two undated figures that differ diverge, they never contradict", () => {
    const findings = judgeGroup(group([unknown(300, "a.txt"), unknown(500, "b.txt")]));
    expect(findings.map((f) => [f.verdict, f.basis.kind])).toEqual([["diverge", "unstated-frame"]]);
    expect(findings[0]!.reason).toMatch(/does not state its period \(and its document states no date\)/);
  });

  it("an undated figure diverges from a dated one, whether that one's period is stated or implied", () => {
    const stated = claim(qty(300, 300, { unit: "USD" }), { frame: year(2024), document: "a.txt" });
    const implied = claim(qty(400, 400, { unit: "USD" }), { frame: year(2025), frameImplied: true, document: "b.txt" });
    for (const other of [stated, implied]) {
      expect(judgeGroup(group([other, unknown(500, "c.txt")])).map((f) => f.verdict)).toEqual(["diverge"]);
    }
  });

  it("the same figure agrees, and dated figures beside an undated one still contradict", () => {
    expect(judgeGroup(group([unknown(300, "a.txt"), unknown(300, "b.txt")])).map((f) => f.verdict)).toEqual(["agree"]);
    const a = claim(qty(10, 10, { unit: "USD" }), { frame: year(2025), document: "a.txt" });
    const b = claim(qty(15, 15, { unit: "USD" }), { frame: year(2025), document: "b.txt" });
    expect(judgeGroup(group([unknown(12, "c.txt"), a, b])).map((f) => [f.verdict, f.basis])).toEqual([["contradict", { kind: "disjoint-intervals", a: a.id, b: b.id }]]);
  });
});

describe("judgeGroup: several figures in one document", () => {
  it("does not set one document's figures against each other (exports and imports, two loans)", () => {
    const exports = claim(qty(658_637_457, 658_637_457, { unit: "USD" }), { document: "1866.txt" });
    const imports = claim(qty(492_097_540, 492_097_540, { unit: "USD" }), { document: "1866.txt" });
    expect(judgeGroup({ key: "k", rule: "r", topic: "trade volume", cardinality: "single", claims: [exports, imports] })).toEqual([]);
  });

  it("still reports a document that gives two dates for one event", () => {
    const a = claim(date("1997-01-01", "1997-12-31", "year"), { document: "same.txt", sentence: "It was recognised in 1997." });
    const b = claim(date("1995-01-01", "1995-12-31", "year"), { document: "same.txt", sentence: "Elsewhere the text says 1995." });
    expect(judgeGroup({ key: "k", rule: "r", topic: "recognition", cardinality: "single", claims: [a, b] }).map((f) => f.verdict)).toEqual(["contradict"]);
  });
});
