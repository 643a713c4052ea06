/**
 * One value stated in frames that nest (a day inside its month, a month inside its year): one part,
 * so the reports agree. Frames side by side, and different values in nested frames, stay apart and
 * never contradict (judge.ts nestedFramesOfOneValue).
 */
import { describe, expect, it } from "vitest";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim, DateValue } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

const day = (d: string): DateValue => ({ type: "date", start: d, end: d, granularity: "day", approximate: false });
const month = (m: string, last: string): DateValue => ({ type: "date", start: `${m}-01`, end: `${m}-${last}`, granularity: "month", approximate: false });
const year = (y: number): DateValue => ({ type: "date", start: `${y}-01-01`, end: `${y}-12-31`, granularity: "year", approximate: false });
const group = (claims: Claim[]) => ({ key: "k", rule: "r", topic: "length of a hearing", cardinality: "single" as const, claims });
const days = (n: number, frame: DateValue, document: string): Claim => claim(qty(n, n, { unit: "day", nominal: n }), { frame, document });

describe("one value in nested frames", () => {
  // must: the same figure for a day and for the month (or year) that holds it
  it.each<[string, Claim[]]>([
    ["an inquest set for 14 March, lasting four days / a four-day inquest listed for March", [days(4, day("2031-03-14"), "a.txt"), days(4, month("2031-03", "31"), "b.txt")]],
    ["a two-day visit in May / a two-day visit in 2031", [days(2, month("2031-05", "31"), "a.txt"), days(2, year(2031), "b.txt")]],
    ["a day, its month and its year, one value in three reports", [days(5, day("2031-09-02"), "a.txt"), days(5, month("2031-09", "30"), "b.txt"), days(5, year(2031), "c.txt")]],
  ])("agree: %s", (_name, claims) => {
    expect(judgeGroup(group(claims)).map((f) => f.verdict)).toEqual(["agree"]);
  });

  // must not: frames side by side, or two values across nested frames
  it("the same figure for two years side by side is no agreement", () => {
    const findings = judgeGroup(group([days(3, year(2030), "a.txt"), days(3, year(2031), "b.txt")]));
    expect(findings.map((f) => f.verdict)).not.toContain("agree");
  });

  it("the same figure for a day and for another month is no agreement", () => {
    const findings = judgeGroup(group([days(3, day("2031-04-30"), "a.txt"), days(3, month("2031-05", "31"), "b.txt")]));
    expect(findings.map((f) => f.verdict)).not.toContain("agree");
  });

  it("two values for a day and its month never contradict", () => {
    const findings = judgeGroup(group([days(3, day("2031-03-14"), "a.txt"), days(6, month("2031-03", "31"), "b.txt")]));
    expect(findings.map((f) => f.verdict)).toEqual(["diverge"]);
  });

  it("a frame implied by a report's year is left to the rules of implied frames", () => {
    const implied = claim(qty(3, 3, { unit: "day", nominal: 3 }), { frame: year(2030), frameImplied: true, document: "b.txt" });
    const findings = judgeGroup(group([days(3, year(2031), "a.txt"), implied]));
    expect(findings.map((f) => f.verdict)).not.toContain("agree");
  });
});
