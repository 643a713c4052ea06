/**
 * A day within a month or a year another report gives, weeks apart, is no evidence of one happening
 * (group/nested-dates-apart.ts); within a frame's topic such claims meet only on other evidence
 * (occurrence-topics.ts mayMeet). Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { nestedAcrossReports, withinSinceSpan } from "../../../src/group/nested-dates-apart.js";
import { mayMeet } from "../../../src/group/occurrence-topics.js";
import type { Claim, Value } from "../../../src/types.js";
import { date, toldIn } from "../../helpers/claims.js";

const lost = (value: Value, sentence: string, text: string, reportedAt: string, participants: [string, string][] = []): Claim => {
  const c = toldIn(value, sentence, text, { lemma: "lose", voice: "active", reportedAt, participants: participants as [never, string][] });
  return { ...c, rule: "frame:lose/date", document: `report-${reportedAt}-${c.id}.txt` };
};

const today = (reportedAt: string, participants: [string, string][] = []): Claim =>
  lost(date(reportedAt), "Savers at Orlan Mutual lost much of their deposits today.", "today", reportedAt, participants);
const lastMay = (reportedAt: string, participants: [string, string][] = []): Claim =>
  lost(date("2031-05-01", "2031-05-31", "month"), "The Brask index lost ground for the sixth day, its longest losing streak since last May.", "last May", reportedAt, participants);
const thisYear = (reportedAt: string): Claim => lost(date("2031-01-01", "2031-12-31", "year"), "Tessaly bonds lost value this year.", "this year", reportedAt);
const onTheTenth = (reportedAt: string): Claim => lost(date("2031-05-10"), "Savers lost their deposits on 10 May.", "10 May", reportedAt);
const sinceStart = (reportedAt: string, participants: [string, string][] = []): Claim => ({
  ...lost(date("2031-01-01", "2031-04-30", "part"), "The Brask index has lost 14% since the start of 2031.", "start of 2031", reportedAt, participants),
  provenance: ["via:frame", "pattern:date/year+part+since"],
});
const since2031 = (reportedAt: string): Claim => ({ ...lost(date("2031-01-01", "2031-12-31", "year"), "Orlan has lost money since 2031.", "2031", reportedAt), provenance: ["via:frame", "pattern:date/year+since"] });
const in2031 = (reportedAt: string): Claim => lost(date("2031-01-01", "2031-12-31", "year"), "Orlan lost money in 2031.", "2031", reportedAt);
const lastWeek = (reportedAt: string): Claim => lost(date("2031-05-05", "2031-05-11", "part"), "Savers lost their deposits last week.", "last week", reportedAt);

describe("nestedAcrossReports", () => {
  it.each<[string, () => [Claim, Claim]]>([
    ["a day and the month it lies in, reports four months apart", () => [today("2031-05-10"), lastMay("2031-09-20")]],
    ["a day and the year it lies in, reports four weeks apart", () => [today("2031-03-03"), thisYear("2031-04-01")]],
  ])("must: %s", (_, make) => {
    const [a, b] = make();
    expect(nestedAcrossReports(a, b)).toBe(true);
    expect(nestedAcrossReports(b, a)).toBe(true);
    expect(mayMeet(a, b)).toBe(false);
  });

  it.each<[string, () => [Claim, Claim]]>([
    ["the same two in reports three days apart", () => [today("2031-05-10"), lastMay("2031-05-13")]],
    ["one day told twice, weeks apart", () => [onTheTenth("2031-05-12"), onTheTenth("2031-06-30")]],
    ["a week and a day in it, weeks apart", () => [lastWeek("2031-05-14"), onTheTenth("2031-06-30")]],
    ["frames that both name the Harlow mill", () => [today("2031-05-10", [["place", "the Harlow mill"]]), lastMay("2031-09-20", [["place", "the Harlow mill"]])]],
    ["a report whose day is unknown", () => [today("2031-05-10"), { ...lastMay("2031-09-20"), claimFrame: { ...lastMay("2031-09-20").claimFrame!, time: { tally: false, reportedAt: null } } } as Claim]],
  ])("must not: %s", (_, make) => {
    const [a, b] = make();
    expect(nestedAcrossReports(a, b)).toBe(false);
  });

  it("a day within the month three days apart still meets in its topic", () => {
    expect(mayMeet(today("2031-05-10"), lastMay("2031-05-13"))).toBe(true);
  });

  it("must: a day and the start of a span after 'since' that holds it, reports four days apart", () => {
    const [a, b] = [today("2031-03-05"), sinceStart("2031-03-01")];
    expect(withinSinceSpan(a, b)).toBe(true);
    expect(withinSinceSpan(b, a)).toBe(true);
    expect(mayMeet(a, b)).toBe(false);
  });

  it.each<[string, () => [Claim, Claim]]>([
    ["a 'since' date whose frames both name the Harlow mill", () => [today("2031-03-05", [["place", "the Harlow mill"]]), sinceStart("2031-03-01", [["place", "the Harlow mill"]])]],
    ["a 'since' year and the same year", () => [since2031("2032-03-05"), in2031("2032-03-01")]],
    ["a day within a month told without 'since'", () => [today("2031-05-10"), lastMay("2031-05-13")]],
  ])("must not (since): %s", (_, make) => {
    const [a, b] = make();
    expect(withinSinceSpan(a, b)).toBe(false);
  });
});
