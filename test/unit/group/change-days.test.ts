/**
 * The day a change or a level was told of, from the weekday its sentence names read against its
 * own report's date: two such days that differ are two occurrences (change-days.ts). Sentences
 * written for this test. Friday 7 March 2031 and Tuesday 11 March 2031 are the reports' days.
 */
import { describe, expect, it } from "vitest";
import { changeDay, changeDaysApart } from "../../../src/group/change-days.js";
import { mayMeet } from "../../../src/group/occurrence-topics.js";
import { dayNumber } from "../../../src/values/intervals.js";
import type { Claim } from "../../../src/types.js";
import { claim, framedAt, qty } from "../../helpers/claims.js";

let docs = 0;

function pct(n: number, sentence: string, text: string, reportedAt: string, lemma = "fall", attribution: string | null = null): Claim {
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
      modality: [],
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
