/**
 * Reports that date one happening by a date before its noun, by its verb, or by a
 * day inside the other's month or year agree; one person's service told as "with the department
 * for two decades" and as "a 20-year veteran" agrees. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { claim, verdicts } from "./pair-verdicts.js";

describe("one happening dated through its noun", () => {
  it("the 2019 break-in / the June 2019 break-in agree", () => {
    const a = claim("Nobody was charged over the 2019 break-in at the council offices in Keld.", "2019", "a.txt");
    const b = claim("Ann Reid linked the mayor to the June 2019 break-in at the council offices in Keld.", "June 2019", "b.txt");
    expect(verdicts(a, b)).toEqual(["agree"]);
  });
  it("the resignation of President Ann Reid in 2004 / Reid left office on May 3, 2004 agree", () => {
    const a = claim("The audit led to the resignation of President Ann Reid in 2004.", "2004", "a.txt");
    const b = claim("Reid left office on May 3, 2004.", "May 3, 2004", "b.txt");
    expect(verdicts(a, b)).toEqual(["agree"]);
  });
  it("must not contradict: break-ins of two years are two break-ins", () => {
    const a = claim("Nobody was charged over the 2019 break-in at the council offices in Keld.", "2019", "a.txt");
    const b = claim("Police reopened the 2018 break-in at the council offices in Keld.", "2018", "b.txt");
    expect(verdicts(a, b)).toEqual([]);
  });
});

describe("one person's length of service", () => {
  it("with the department for two decades / a 20-year veteran of the department agree", () => {
    const a = claim("Chief Ed Moss, who has been with the department for two decades, was hurt.", "two decades", "a.txt");
    const b = claim("Moss, a 20-year veteran of the department, is in hospital.", "20-year", "b.txt");
    expect(verdicts(a, b)).toEqual(["agree"]);
  });
  it("must not contradict: two officers' lengths of service", () => {
    const a = claim("Officer Tom Hale had been with the force for 11 years.", "11 years", "a.txt");
    const b = claim("Captain Ann Reid was a 28-year veteran of the force.", "28-year", "b.txt");
    expect(verdicts(a, b)).not.toContain("contradict");
  });
});
