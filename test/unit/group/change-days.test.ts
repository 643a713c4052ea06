/**
 * The day a change or a level was told of, from the weekday its sentence names read against its
 * own report's date: two such days that differ are two occurrences (change-days.ts). Sentences
 * written for this test. Friday 7 March 2031 and Tuesday 11 March 2031 are the reports' days.
 */
import { describe, expect, it } from "vitest";
import { changeDay, changeDaysApart, toldBy } from "../../../src/group/change-days.js";
import { mayMeet } from "../../../src/group/occurrence-topics.js";
import { dayNumber } from "../../../src/values/intervals.js";
import type { Claim } from "../../../src/types.js";
import { claim, framedAt, qty } from "../../helpers/claims.js";

let docs = 0;

function pct(n: number, sentence: string, text: string, reportedAt: string, lemma = "fall", attribution: string | null = null, modality: string[] = []): Claim {
  docs += 1;
  return claim(qty(n, n, { nominal: n, unit: "percent" }), {
    rule: `frame:percent/${lemma}`,
    document: `report-${docs}.txt`,
    ...framedAt(sentence, text),
    actors: ["name:orvik"],
    claimFrame: {
      counted: "percent",
      predicate: { lemma, voice: "active" },
      participants: [],
      time: { tally: false, reportedAt },
      attribution,
      modality,
    } as unknown as Claim["claimFrame"],
  });
}

const FRIDAY = "2031-03-07";
const TUESDAY = "2031-03-11";

describe("changeDay: a weekday read against its report's date", () => {
  it.each([
    ["Thursday in a report of Friday: the day before", "The Orvik 30 closed down 2.1% on Thursday.", FRIDAY, "2031-03-06"],
    ["Friday in a report of Friday: that day", "The Orvik 30 fell 2.1% on Friday.", FRIDAY, "2031-03-07"],
    ["Monday in a report of Tuesday", "On Monday the Orvik 30 closed down 3.4%.", TUESDAY, "2031-03-10"],
    ["Wednesday in a report of Tuesday: the week before", "The Orvik 30 lost 3.4% on Wednesday.", TUESDAY, "2031-03-05"],
    ["'today' is its report's day", "The Orvik 30 fell 2.1% today.", FRIDAY, "2031-03-07"],
  ])("must: %s", (_name, sentence, reportedAt, day) => {
    const text = /\d+(?:\.\d+)?%/.exec(sentence)![0];
    expect(changeDay(pct(Number(text.slice(0, -1)), sentence, text, reportedAt))?.day).toBe(dayNumber(day));
  });

  it.each([
    ["no day named", "The Orvik 30 fell 2.1%."],
    ["two weekdays", "The Orvik 30, flat on Monday, fell 2.1% on Tuesday."],
    ["another day's doings", "Monday's selling left the Orvik 30 down 2.1%."],
    ["the day of another happening", "The Orvik 30 rose 2.1% after falling on Monday."],
    ["a day to come", "The Orvik 30 fell 2.1% ahead of a vote next Monday."],
    ["a weekday beside 'today'", "The Orvik 30, which rose on Monday, fell 2.1% today."],
  ])("must not: %s", (_name, sentence) => {
    expect(changeDay(pct(2.1, sentence, "2.1%", FRIDAY))).toBeNull();
  });

  it("must not: a figure attributed to a source, or no change or level", () => {
    expect(changeDay(pct(2.1, "Traders said on Thursday the Orvik 30 fell 2.1%.", "2.1%", FRIDAY, "fall", "Traders"))).toBeNull();
    expect(changeDay(pct(30, "About 30% of voters turned out on Thursday.", "30%", FRIDAY, "turn"))).toBeNull();
  });
});

describe("changeDaysApart: two days' moves are two occurrences", () => {
  it("must: Thursday of a report of Friday and Monday of a report of the next Tuesday", () => {
    const a = pct(2.1, "The Orvik 30 closed down 2.1% on Thursday.", "2.1%", FRIDAY);
    const b = pct(3.4, "The Orvik 30 closed down 3.4% on Monday.", "3.4%", TUESDAY);
    expect(changeDaysApart(a, b)).toBe(true);
    expect(mayMeet(a, b)).toBe(false);
  });
  it("must: one weekday's move and another's in reports of one day, whatever the figures", () => {
    const a = pct(2.1, "The Orvik 30 fell 2.1% on Wednesday.", "2.1%", FRIDAY);
    const b = pct(2.1, "The Orvik 30 fell 2.1% on Thursday.", "2.1%", FRIDAY);
    expect(changeDaysApart(a, b)).toBe(true);
  });
  it("must: 'today' and a weekday three days before, in reports of one day", () => {
    const a = pct(2.1, "The Orvik 30 fell 2.1% today.", "2.1%", TUESDAY);
    const b = pct(3.4, "The Orvik 30 fell 3.4% on Saturday.", "3.4%", TUESDAY);
    expect(changeDaysApart(a, b)).toBe(true);
  });
  it.each([
    ["one Thursday told in reports of Friday and of Saturday", pct(2.2, "The Orvik 30 lost 2.2% on Thursday.", "2.2%", "2031-03-08")],
    ["'today' in a report of Friday, whose dateline may run a day ahead of Thursday", pct(2.2, "The Orvik 30 lost 2.2% today.", "2.2%", FRIDAY)],
    ["a figure whose day is not read", pct(2.2, "The Orvik 30 lost 2.2%.", "2.2%", TUESDAY)],
  ])("must not: 'closed down 2.1% on Thursday' (report of Friday) and %s", (_name, b) => {
    const a = pct(2.1, "The Orvik 30 closed down 2.1% on Thursday.", "2.1%", FRIDAY);
    expect(changeDaysApart(a, b)).toBe(false);
  });
});

describe("toldBy: the last day a report can tell a change of", () => {
  it("must: a change told with no period and no day is of its report's day or before", () => {
    expect(toldBy(pct(2.1, "The Orvik 30 fell 2.1%.", "2.1%", FRIDAY))).toBe(dayNumber(FRIDAY));
  });
  it.each([
    ["a day of its own", pct(2.1, "The Orvik 30 fell 2.1% on Thursday.", "2.1%", FRIDAY)],
    ["'today'", pct(2.1, "The Orvik 30 fell 2.1% today.", "2.1%", FRIDAY)],
    ["a change to come", pct(2.1, "The Orvik 30 is expected to fall 2.1%.", "2.1%", FRIDAY, "fall", null, ["forecast"])],
    ["a change that might be", pct(2.1, "The Orvik 30 could lose 2.1%.", "2.1%", FRIDAY, "lose", null, ["hypothetical"])],
    ["no change of a level", pct(30, "About 30% of voters turned out.", "30%", FRIDAY, "turn")],
  ])("must not: %s", (_name, c) => {
    expect(toldBy(c)).toBeNull();
  });
});

describe("changeDaysApart: a report tells no change of a day after its own", () => {
  const friday = pct(2.1, "The Orvik 30 fell 2.1%.", "2.1%", FRIDAY);
  it("must: 'closed down 3.4% on Monday' (report of Tuesday 11 March) and 'fell 2.1%' in a report of Friday 7 March", () => {
    const monday = pct(3.4, "The Orvik 30 closed down 3.4% on Monday.", "3.4%", TUESDAY);
    expect(changeDaysApart(monday, friday)).toBe(true);
    expect(changeDaysApart(friday, monday)).toBe(true);
    expect(mayMeet(friday, monday)).toBe(false);
  });
  it("must: 'fell 3.4% today' in a report of Tuesday and 'fell 2.1%' in a report of the Friday before", () => {
    expect(changeDaysApart(pct(3.4, "The Orvik 30 fell 3.4% today.", "3.4%", TUESDAY), friday)).toBe(true);
  });
  it.each([
    ["'lost 2.2% on Thursday' in a report of Friday: the day before the other's report", pct(2.2, "The Orvik 30 lost 2.2% on Thursday.", "2.2%", FRIDAY)],
    ["'lost 2.2% on Friday' in a report of Saturday: the other report's own day", pct(2.2, "The Orvik 30 lost 2.2% on Friday.", "2.2%", "2031-03-08")],
    ["'lost 2.2% today' in a report of Saturday, whose dateline may run a day ahead", pct(2.2, "The Orvik 30 lost 2.2% today.", "2.2%", "2031-03-08")],
  ])("must not: 'fell 2.1%' (report of Friday) and %s", (_name, b) => {
    expect(changeDaysApart(friday, b)).toBe(false);
  });
  it("must not: a later report that names no day, which may retell the earlier day's change", () => {
    const today = pct(2.1, "The Orvik 30 fell 2.1% today.", "2.1%", FRIDAY);
    const later = pct(2.2, "The Orvik 30 fell 2.2% in one day.", "2.2%", TUESDAY);
    expect(changeDaysApart(today, later)).toBe(false);
  });
  it("must not: a change to come told in the earlier report", () => {
    const expected = pct(3, "The Orvik 30 is expected to fall 3%.", "3%", FRIDAY, "fall", null, ["forecast"]);
    expect(changeDaysApart(pct(3.4, "The Orvik 30 fell 3.4% on Monday.", "3.4%", TUESDAY), expected)).toBe(false);
  });
});

describe("changeDaysApart: levels a thing closed at, told of two weekdays", () => {
  const closing = (n: number, sentence: string, text: string, reportedAt: string): Claim => {
    docs += 1;
    return claim(qty(n, n, { nominal: n, unit: "" }), {
      rule: "frame:lose/closing",
      document: `report-${docs}.txt`,
      ...framedAt(sentence, text),
      actors: ["name:orvik"],
      claimFrame: { counted: "closing", predicate: { lemma: "lose", voice: "active" }, participants: [], time: { tally: false, reportedAt }, attribution: null, modality: [] } as unknown as Claim["claimFrame"],
    });
  };
  it("must: 'closing at 1,442.8' on Thursday (report of Friday) and 'closing at 1,387.7' on Monday (report of Tuesday)", () => {
    const a = closing(1442.8, "On Thursday the Orvik Composite lost 25 points, closing at 1,442.8.", "1,442.8", FRIDAY);
    const b = closing(1387.7, "On Monday the Orvik Composite lost 53 points, closing at 1,387.7.", "1,387.7", TUESDAY);
    expect(changeDaysApart(a, b)).toBe(true);
    expect(mayMeet(a, b)).toBe(false);
  });
});
