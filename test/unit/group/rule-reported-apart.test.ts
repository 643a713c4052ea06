/**
 * A built-in rule names a kind of happening, not one occurrence of it: its figures reported far
 * apart (two yearly addresses, a report and a follow-up a month later) meet only when they state
 * the same value or something ties them to one occurrence. Sentences written for the test; the
 * expected groupings decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { groupClaims } from "../../../src/group/group.js";
import { daysBetweenReports, ruleMayMeet } from "../../../src/group/occurrence-topics.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim, DateValue, Participant, Value } from "../../../src/types.js";
import { claim, date, qty, rule, toldIn } from "../../helpers/claims.js";

function said(value: Value, sentence: string, text: string, reportedAt: string, participants: [Participant["role"], string][] = []): Claim {
  return toldIn(value, sentence, text, { lemma: "kill", voice: "passive", reportedAt, participants });
}

const n = (x: number): Value => qty(x, x, { nominal: x });
const ids = (claims: Claim[], r = rule({ values: ["quantity"] })) => groupClaims(claims, [r]).map((g) => g.claims.map((c) => c.id).sort());

describe("a built-in rule's claims reported far apart", () => {
  it("meet when reported within two weeks of each other, whatever their values", () => {
    const a = said(n(12), "Twelve people were killed in the blast, police said.", "Twelve", "2024-05-02");
    const b = said(n(18), "The blast killed 18 people, the hospital said.", "18", "2024-05-04");
    expect(ruleMayMeet(a, b)).toBe(true);
    expect(ids([a, b])).toEqual([[a.id, b.id].sort()]);
  });

  it("do not meet with different values a year apart and nothing that ties them", () => {
    const a = said(n(1000), "Every day a thousand people will die of it.", "a thousand", "1998-01-27");
    const b = said(n(45), "Of the top officials we have killed 45.", "45", "2004-01-20");
    expect(ruleMayMeet(a, b)).toBe(false);
    expect(ids([a, b])).toEqual([]);
  });

  it("meet with the same value a year apart", () => {
    const a = said(qty(1500, 1500, { nominal: 1500, unit: "USD" }), "A credit of $1,500 a year for tuition.", "$1,500", "1997-02-04");
    const b = said(qty(1500, 1500, { nominal: 1500, unit: "USD" }), "Families now get a $1,500 credit for tuition.", "$1,500", "1998-01-27");
    expect(ruleMayMeet(a, b)).toBe(true);
  });

  it("do not meet on a vague figure far apart: 'thousands' in two addresses five years apart is a manner of speaking", () => {
    const thousands = (reportedAt: string, sentence: string): Claim => said(qty(1000, 999999, { nominal: null, approximate: true }), sentence, "thousands", reportedAt);
    expect(ruleMayMeet(thousands("2003-01-28", "Thousands of his own citizens were left dead."), thousands("2008-01-28", "We have killed thousands of fighters."))).toBe(false);
  });

  it("meet with different values far apart when both sentences name one country", () => {
    const a = said(n(1700000), "The government ordered 1.7 million Afghan refugees to leave.", "1.7 million", "2025-08-31");
    const b = said(n(3000000), "The country hosts some 3 million Afghan refugees.", "3 million", "2023-12-31");
    const withActors = (c: Claim): Claim => ({ ...c, actors: ["Afghanistan"] });
    expect(ruleMayMeet(withActors(a), withActors(b))).toBe(true);
  });

  it("meet with different values far apart when both frames name one place or party", () => {
    const a = said(n(12), "Twelve people were killed in Lagos.", "Twelve", "2024-05-02", [["place", "Lagos"]]);
    const b = said(n(14), "The Lagos blast killed 14, the inquiry found.", "14", "2024-07-30", [["place", "Lagos"]]);
    expect(ruleMayMeet(a, b)).toBe(true);
  });

  it("dates written with their year meet whenever they were written; dates reckoned from the report do not", () => {
    const y1 = said(date("1997-01-01", "1997-12-31", "year"), "The country was recognised in 1997.", "1997", "2001-03-01");
    const y2 = said(date("1996-01-01", "1996-12-31", "year"), "It was recognised in 1996.", "1996", "2009-03-01");
    expect(ruleMayMeet(y1, y2)).toBe(true);
    const spring = said(date("1934-03-01", "1934-05-31", "part"), "You recognized last spring that the burden was heavy.", "last spring", "1934-01-03");
    const today = said(date("1935-01-04"), "We recognize today that more is needed.", "today", "1935-01-04");
    expect(ruleMayMeet(spring, today)).toBe(false);
  });

  it("a reporting day unknown on either side parts nothing", () => {
    const a = said(n(12), "Twelve people were killed.", "Twelve", "2024-05-02");
    const b = claim(n(18), { rule: "r", story: "s-1", sentence: "Eighteen people were killed.", text: "Eighteen" });
    expect(ruleMayMeet(a, b)).toBe(true);
  });

  it("one figure stated for two periods differs in nothing; two figures for two periods diverge", () => {
    const credit = (x: number, year: string, reportedAt: string): Claim => {
      const c = said(qty(x, x, { nominal: x, unit: "USD" }), `A tax credit of $${x} for tuition.`, `$${x}`, reportedAt);
      return { ...c, frame: { type: "date", start: `${year}-01-01`, end: `${year}-12-31`, granularity: "year", approximate: false }, frameImplied: true };
    };
    const r = rule({ values: ["quantity"] });
    const verdicts = (claims: Claim[]) => groupClaims(claims, [r]).flatMap(judgeGroup).map((f) => f.verdict);
    expect(verdicts([credit(1500, "1997", "1997-02-04"), credit(1500, "1998", "1998-01-27")])).toEqual([]);
    expect(verdicts([credit(1500, "1997", "1997-02-04"), credit(1800, "1998", "1997-02-10")])).toEqual(["diverge"]);
  });
});

describe("a report dated only by its month spans the month", () => {
  const within = (reportedAt: string, reportedUntil?: string) => ({ reportedAt, ...(reportedUntil ? { reportedUntil } : {}) });
  it.each([
    // days apart, worked out by hand: a span and a day inside it meet; otherwise the nearest ends
    ["a day inside the month", within("2011-02-01", "2011-02-28"), within("2011-02-20"), 0],
    ["two days", within("2011-02-01"), within("2011-02-20"), 19],
    ["a day after the month", within("2011-02-01", "2011-02-28"), within("2011-03-10"), 10],
    ["a day before the month", within("2011-03-01", "2011-03-31"), within("2011-02-10"), 19],
    ["two months", within("2011-02-01", "2011-02-28"), within("2011-04-01", "2011-04-30"), 32],
  ] as const)("%s", (_name, a, b, days) => {
    expect(daysBetweenReports(a, b)).toBe(days);
    expect(daysBetweenReports(b, a)).toBe(days);
  });

  it("is unknown when either day is", () => {
    expect(daysBetweenReports({ reportedAt: null }, within("2011-02-01", "2011-02-28"))).toBeNull();
  });

  it("lets two figures of one rule meet when the month holds the other's day (must group)", () => {
    const a = said(n(12), "Twelve people were killed in the blast, police said.", "Twelve", "2024-05-01");
    a.claimFrame!.time.reportedUntil = "2024-05-31";
    const b = said(n(18), "The blast killed 18 people, the hospital said.", "18", "2024-05-20");
    expect(ruleMayMeet(a, b)).toBe(true);
  });

  it("keeps them apart when the other report is weeks after the month ends (must not group)", () => {
    const a = said(n(12), "Twelve people were killed in the blast, police said.", "Twelve", "2024-05-01");
    a.claimFrame!.time.reportedUntil = "2024-05-31";
    const b = said(n(18), "The blast killed 18 people, the hospital said.", "18", "2024-07-02");
    expect(ruleMayMeet(a, b)).toBe(false);
  });
});

describe("a figure stated for a year long before its report", () => {
  // Two reports of one week: one gives the news's own toll, the other recalls an older disaster.
  const atLeast = (x: number): Value => qty(x, null, { nominal: x, qualifier: "at least" });
  const year = (y: number): DateValue => date(`${y}-01-01`, `${y}-12-31`, "year") as DateValue;
  it("is not the report's own occurrence: 'in 2012, 40 died' stays apart from 'at least 9 dead' of a 2024 report", () => {
    const news = said(atLeast(9), "At least 9 people were killed when the tower fell.", "At least 9", "2024-06-03");
    const old = { ...said(n(40), "In 2012, 40 people were killed when a crane fell.", "40", "2024-06-04"), frame: year(2012) };
    expect(ids([news, old])).toEqual([]);
  });
  it("still meets the same old figure told by another report", () => {
    const one = { ...said(n(40), "In 2012, 40 people were killed when a crane fell.", "40", "2024-06-04"), frame: year(2012) };
    const two = { ...said(n(40), "A crane fell in 2012 and 40 were killed.", "40", "2024-06-03"), frame: year(2012) };
    expect(ids([one, two])).toEqual([[one.id, two.id].sort()]);
  });
  it("a length of time stated for its start is not history: a 9-year term begun in 2012 is still served in 2024", () => {
    const term = (x: Claim): Claim => ({ ...x, claimFrame: { ...x.claimFrame!, counted: "duration" } });
    const now = term(said(n(9), "He is serving a nine-year term.", "nine", "2024-06-03"));
    const then = term({ ...said(n(9), "He began a nine-year term in 2012.", "nine", "2024-06-04"), frame: year(2012) });
    expect(ids([now, then])).toEqual([[now.id, then.id].sort()]);
  });
  it("a period that ends within a year of the report is not history: 'last year' meets this year's news", () => {
    const news = said(n(9), "Nine people were killed when the tower fell.", "Nine", "2024-06-03");
    const recent = { ...said(n(9), "Nine were killed in the fall last year.", "Nine", "2024-06-04"), frame: year(2023) };
    expect(ids([news, recent])).toEqual([[news.id, recent.id].sort()]);
  });
});
