/**
 * The day a report's lead gives its main happening, for the figures of a change or a level told
 * after it that name no day of their own (lead-days.ts, read by change-days.ts). Reports written
 * for this test: Friday 9 May 2031 and Tuesday 13 May 2031 are their days.
 */
import { afterEach, describe, expect, it } from "vitest";
import { type LeadDay, dayFromLead, learnLeadDays, leadDayOf } from "../../../src/group/lead-days.js";
import { changeDay, changeDaysApart } from "../../../src/group/change-days.js";
import { dayNumber } from "../../../src/values/intervals.js";
import type { Claim } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

const FRIDAY = "2031-05-09";
const TUESDAY = "2031-05-13";

const report = (lead: string, rest = "The Orvik 30 lost 1.7%, closing at 912.4."): string => `Orvik stocks slide\n\nMay 2031\n${lead}\n${rest}\n`;

describe("leadDayOf: the one day a report's lead gives its change or level", () => {
  it.each([
    ["a weekday of the report's week", report("Shares in Tessaly closed lower on Thursday, as traders fretted over the central bank."), FRIDAY, "2031-05-08"],
    ["'yesterday'", report("Stocks in Keld fell sharply yesterday after a bank failed in the capital."), FRIDAY, "2031-05-08"],
    ["the report's own weekday", report("Markets across Varnland rose on Friday, lifted by strong export figures."), FRIDAY, "2031-05-09"],
    ["a Monday in a report of Tuesday", report("Three main Varnish indexes closed at their lowest levels in a decade on Monday, amid fears for the banks."), TUESDAY, "2031-05-12"],
    ["the day in the lead's second sentence", report("It was a grim session for traders in Keld. The Keld 50 tumbled 3% on Monday, its worst day in a month."), TUESDAY, "2031-05-12"],
    ["the same day told again later", report("The Orvik 30 ended down on Thursday as miners slid.", "The Brask Composite also closed lower on Thursday, by 1.1%."), FRIDAY, "2031-05-08"],
  ])("must: %s", (_name, text, date, day) => {
    const lead = leadDayOf(text, date);
    expect(lead?.day).toBe(day);
    expect(text.slice(lead!.from).startsWith(text.split("\n")[3]!.split(". ")[0]!)).toBe(true);
  });

  it.each([
    ["a lead of two days", report("The Orvik 30 fell on Monday and rose again on Tuesday as traders weighed the vote.")],
    ["a later sentence that names another day for a change", report("Shares in Tessaly closed lower on Thursday, as traders fretted over the central bank.", "The Orvik 30 lost 1.7%. On Monday the index had risen 2%.")],
    ["a day of another happening", report("The Orvik 30 rose 1.2% after a sharp fall on Monday left traders wary.")],
    ["the day of a saying", report("Pellam Motors said on Tuesday that its sales in Tessaly rose 12% in April.")],
    ["another day's doings", report("Monday's slide went on as the Orvik 30 fell to its lowest level since the spring.")],
    ["a day of another verb, far from the change", report("Jurors in Keld yesterday watched a long video of the moment the old footbridge over the river finally gave way and fell.")],
    ["a lead with no change or level", report("The finance minister of Tessaly resigned on Thursday after losing a vote of confidence.")],
    ["a day told in the headline only", "Orvik 30 falls on Thursday\n\nThe index lost 1.7% as miners slid.\n"],
    ["a lead that names no day", report("Shares in Tessaly closed lower as traders fretted over the central bank.")],
  ])("must not: %s", (_name, text) => {
    expect(leadDayOf(text, FRIDAY)).toBeNull();
  });

  it("must: a report whose lines end with CR LF; must not: one whose later line names another day", () => {
    const lines = ["Orvik stocks slide", "", "Shares in Tessaly closed lower on Thursday, as traders fretted over the central bank.", "The Orvik 30 lost 1.7%."];
    expect(leadDayOf(lines.join("\r\n"), FRIDAY)?.day).toBe("2031-05-08");
    expect(leadDayOf([...lines, "A long quiet spell for traders came to an end.", "On Monday the index had risen 2%."].join("\r\n"), FRIDAY)).toBeNull();
  });

  it("must not: a report with no date", () => {
    expect(leadDayOf(report("Shares in Tessaly closed lower on Thursday, as traders fretted."), null)).toBeNull();
  });
});

let docs = 0;

/** A figure of a change in percent, told in `sentence` of a report whose text is `text`, with its report's day. */
function change(n: number, text: string, sentence: string, reportedAt: string, over: Partial<Claim> = {}): Claim {
  docs += 1;
  const value = `${n}%`;
  return claim(qty(n, n, { nominal: n, unit: "percent" }), {
    rule: "frame:percent/lose",
    document: `lead-${docs}.txt`,
    sentence,
    text: value,
    length: value.length,
    offset: text.indexOf(sentence) + sentence.indexOf(value),
    story: "s-1",
    provenance: ["via:frame"],
    actors: ["name:orvik"],
    claimFrame: {
      counted: "percent",
      predicate: { lemma: "lose", voice: "active" },
      participants: [],
      time: { tally: false, reportedAt },
      attribution: null,
      modality: [],
    } as unknown as Claim["claimFrame"],
    ...over,
  });
}

/** A report of `date` whose lead is `lead`, learnt, and a figure told in `sentence` after it. */
function figureAfter(lead: string, sentence: string, n: number, date: string, over: Partial<Claim> = {}): Claim {
  const text = report(lead, sentence);
  const c = change(n, text, sentence, date, over);
  learned.push({ path: c.document, leadDay: leadDayOf(text, date) ?? undefined });
  learnLeadDays(learned);
  return c;
}

let learned: { path: string; leadDay?: LeadDay }[] = [];
afterEach(() => {
  learned = [];
  learnLeadDays([]);
});

const THURSDAY_LEAD = "Shares in Tessaly closed lower on Thursday, as traders fretted over the central bank.";

describe("dayFromLead: the figures after the lead take its day", () => {
  it.each([
    ["a change with no day of its own", "The Orvik 30 lost 1.7%, closing at 912.4."],
    ["a change of a price", "Pellam shares slid 4.5% on the news."],
  ])("must: %s", (_name, sentence) => {
    const n = Number(/(\d+(?:\.\d+)?)%/.exec(sentence)![1]);
    const c = figureAfter(THURSDAY_LEAD, sentence, n, FRIDAY);
    expect(dayFromLead(c)).toBe(dayNumber("2031-05-08"));
    expect(changeDay(c)?.day).toBe(dayNumber("2031-05-08"));
  });

  it.each([
    ["a change since a month", "The Orvik 30 has lost 11% since January."],
    ["last week's change", "The Orvik 30 lost 6% last week."],
    ["a change of the year", "The Orvik 30 has lost 14% this year."],
    ["a run of days", "The Orvik 30 has lost 9% over five straight sessions."],
    ["a change of the day of writing", "Bank shares lost 3% today."],
  ])("must not: %s", (_name, sentence) => {
    const n = Number(/(\d+(?:\.\d+)?)%/.exec(sentence)![1]);
    expect(dayFromLead(figureAfter(THURSDAY_LEAD, sentence, n, FRIDAY))).toBeNull();
  });

  it.each([
    ["'may' the modal", "The Orvik 30 lost 1.7%, and it may lose more."],
    ["'march' the verb", "The Orvik 30 lost 1.7% as farmers march on the capital."],
    ["'august' the adjective", "Pellam shares slid 4.5% in an august old house of trade."],
  ])("must (a calendar name only as written): %s", (_name, sentence) => {
    const n = Number(/(\d+(?:\.\d+)?)%/.exec(sentence)![1]);
    expect(dayFromLead(figureAfter(THURSDAY_LEAD, sentence, n, FRIDAY))).toBe(dayNumber("2031-05-08"));
  });

  it.each([
    ["a change since a month, capitalized", "The Orvik 30 has lost 11% since March."],
    ["a month with no other word of time", "The Orvik 30 lost 1.7% in August."],
    ["a month in May", "The Orvik 30 lost 1.7% in May."],
    ["a weekday", "The Orvik 30 lost 1.7% on Monday."],
    ["a month in a headline's capitals", "ORVIK 30 LOST 1.7% IN AUGUST"],
  ])("must not (a calendar name as written): %s", (_name, sentence) => {
    const n = Number(/(\d+(?:\.\d+)?)%/.exec(sentence)![1]);
    expect(dayFromLead(figureAfter(THURSDAY_LEAD, sentence, n, FRIDAY))).toBeNull();
  });

  it("must not: a figure attributed to a source, or one of a report whose lead gives no day", () => {
    const said = figureAfter(THURSDAY_LEAD, "The Orvik 30 lost 1.7%, traders said.", 1.7, FRIDAY);
    expect(dayFromLead({ ...said, claimFrame: { ...said.claimFrame!, attribution: "traders" } })).toBeNull();
    expect(dayFromLead(figureAfter("Shares in Tessaly closed lower as traders fretted.", "The Orvik 30 lost 1.7%.", 1.7, FRIDAY))).toBeNull();
  });

  it("must not: a figure in the headline, before the lead", () => {
    const text = report(THURSDAY_LEAD);
    const c = change(1.7, text, "Orvik stocks slide", FRIDAY, { offset: 0 });
    learnLeadDays([{ path: c.document, leadDay: leadDayOf(text, FRIDAY)! }]);
    expect(dayFromLead(c)).toBeNull();
  });
});

describe("changeDaysApart: figures of two reports' lead days are two occurrences", () => {
  it("must: Thursday's lead (report of Friday) and Monday's lead (report of Tuesday)", () => {
    const a = figureAfter(THURSDAY_LEAD, "The Brask Composite lost 1.7%, closing at 1,442.8.", 1.7, FRIDAY);
    const b = figureAfter("Three main indexes closed at their lowest levels in a decade on Monday, amid fears for the banks.", "The Brask Composite index lost 3.7%, closing at 1,387.7.", 3.7, TUESDAY);
    expect(changeDaysApart(a, b)).toBe(true);
  });

  it.each([
    ["a report of the next day that leads with the same Thursday", "Stocks in Tessaly fell on Thursday, traders fretting over the central bank.", "2031-05-10"],
    ["a report whose lead gives no day", "Stocks in Tessaly fell again as traders fretted over the central bank.", TUESDAY],
    ["a report whose lead gives two days", "Stocks in Tessaly fell on Monday and rose on Tuesday as traders fretted.", TUESDAY],
  ])("must not: Thursday's lead (report of Friday) and %s", (_name, lead, date) => {
    const a = figureAfter(THURSDAY_LEAD, "The Brask Composite lost 1.7%.", 1.7, FRIDAY);
    const b = figureAfter(lead, "The Brask Composite lost 3.7%.", 3.7, date);
    expect(changeDaysApart(a, b)).toBe(false);
  });
});

describe("leadDayOf: a report written as one line", () => {
  it("must: the lead is the line's first sentences, the day told in its second", () => {
    const text = "It was a grim session for traders in Keld. The Keld 50 tumbled 3% on Monday, its worst day in a month. Brokers in Orvik expect a calmer week. Mr. Dale Orr said so.";
    expect(leadDayOf(text, TUESDAY)?.day).toBe("2031-05-12");
  });
  it("must not: a day the lead does not give", () => {
    const text = "It was a grim session for traders in Keld. Brokers expect a calmer week. The Keld 50 tumbled 3% on Monday, its worst day in a month.";
    expect(leadDayOf(text, TUESDAY)).toBeNull();
  });
});
