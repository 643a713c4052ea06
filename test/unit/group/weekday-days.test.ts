/**
 * The date of a document that states none, from the weekdays it names and the days its story's
 * dated reports read them as (group/weekday-days.ts). The short reports were written for these
 * tests; which day a reader would read the undated one as written on was decided by reading them.
 * (From a calendar: 14 March 2031 is a Friday, 21 March 2031 the Friday after; 12 March a Wednesday.)
 */
import { describe, expect, it } from "vitest";
import { profileOf } from "../../../src/extract/salient-terms.js";
import { toldFromItsDay, type WeekdayDocument, weekdayDays, weekdaysNamed } from "../../../src/group/weekday-days.js";
import type { Claim } from "../../../src/types.js";
import { claim, date } from "../../helpers/claims.js";

const bout = [
  "Marek Voss knocked out Dario Lenz in the ninth round at Halden Arena on Friday to keep his Baltic title belt, said promoter Ilse Kramm.",
  "Dario Lenz was knocked out by Marek Voss in the ninth round at Halden Arena on Friday, and Voss keeps his Baltic title belt, Ilse Kramm said.",
  "Promoter Ilse Kramm said Marek Voss beat Dario Lenz at Halden Arena in the ninth round on Friday and keeps the Baltic title belt.",
  "Marek Voss will defend the Baltic title belt again, Ilse Kramm said, a year after he beat Dario Lenz at Halden Arena.",
];
const copyText = "At Halden Arena Marek Voss stopped Dario Lenz in round nine on Friday evening, keeping his Baltic title belt, said Ilse Kramm.";

function doc(path: string, text: string, day: string | null, source: WeekdayDocument["dateSource"] = "dateline"): WeekdayDocument {
  return { path, date: day, dateSource: day ? source : null, profile: profileOf({ text }), ...(day === null ? { weekdays: weekdaysNamed(text) } : {}) };
}
const told = (document: string, text: string, day: string): Claim => claim(date(day), { document, text });

describe("the weekdays a text names (weekdaysNamed)", () => {
  it.each<[string, string[]]>([
    ["died after a crash on Friday afternoon", ["Friday"]],
    ["charged on Monday, freed on Thursday, charged again on Monday", ["Monday", "Thursday"]],
    ["a report of the fridays of the month", []],
  ])("%s → %o", (text, days) => {
    expect(weekdaysNamed(text)).toEqual(days);
  });
});

describe("a day told from the day of writing (toldFromItsDay)", () => {
  it.each<[string, boolean]>([
    ["today", true],
    ["midnight yesterday", true],
    ["last night", true],
    ["this morning", true],
    ["Friday afternoon", false],
    ["3 p.m.", false],
    ["June 24", false],
  ])("%s → %s", (text, told) => {
    expect(toldFromItsDay(claim(date("2031-03-14"), { text }))).toBe(told);
  });
});

describe("weekdayDays", () => {
  // the story's dated reports: written on the 14th, the 15th and a year later
  const dated = [doc("a.txt", bout[0]!, "2031-03-14"), doc("b.txt", bout[1]!, "2031-03-15"), doc("c.txt", bout[2]!, "2031-03-17"), doc("d.txt", bout[3]!, "2032-03-20")];

  it.each<[string, WeekdayDocument[], Claim[], Record<string, string>]>([
    // must date: every dated report that names Friday reads it as the 14th
    [
      "three reports read its Friday as one day",
      [...dated, doc("copy.txt", copyText, null)],
      [told("a.txt", "Friday", "2031-03-14"), told("b.txt", "Friday", "2031-03-14"), told("c.txt", "on Friday", "2031-03-14")],
      { "copy.txt": "2031-03-14" },
    ],
    // must not date: two reports read Friday as two days; only one report reads it; no report
    // names its weekday; a claim whose day is no Friday; the undated document is of another story
    [
      "two reports read Friday as two days",
      [...dated, doc("copy.txt", copyText, null)],
      [told("a.txt", "Friday", "2031-03-14"), told("b.txt", "Friday", "2031-03-14"), told("c.txt", "Friday", "2031-03-21")],
      {},
    ],
    ["one report reads its Friday", [...dated, doc("copy.txt", copyText, null)], [told("a.txt", "Friday", "2031-03-14")], {}],
    ["no report names a Friday", [...dated, doc("copy.txt", copyText, null)], [told("a.txt", "Wednesday", "2031-03-12"), told("b.txt", "Wednesday", "2031-03-12")], {}],
    ["a day that is no Friday", [...dated, doc("copy.txt", copyText, null)], [told("a.txt", "Friday", "2031-03-13"), told("b.txt", "Friday", "2031-03-13")], {}],
    [
      "an undated report of another story",
      [...dated, doc("vote.txt", "Voters in Marasca chose a new council on Friday, and the Liberal Union of Petra Osmani won most seats.", null)],
      [told("a.txt", "Friday", "2031-03-14"), told("b.txt", "Friday", "2031-03-14")],
      {},
    ],
  ])("%s", (_name, docs, claims, days) => {
    expect(Object.fromEntries(weekdayDays(docs, claims, new Set()))).toEqual(days);
  });

  it("leaves a document another reading already dates", () => {
    const docs = [...dated, doc("copy.txt", copyText, null)];
    const claims = [told("a.txt", "Friday", "2031-03-14"), told("b.txt", "Friday", "2031-03-14")];
    expect(weekdayDays(docs, claims, new Set(["copy.txt"])).size).toBe(0);
  });

  it("gives the same days whatever the order of the documents and claims", () => {
    const docs = [...dated, doc("copy.txt", copyText, null)];
    const claims = [told("a.txt", "Friday", "2031-03-14"), told("b.txt", "Friday", "2031-03-14"), told("c.txt", "Friday", "2031-03-14")];
    expect(weekdayDays([...docs].reverse(), [...claims].reverse(), new Set())).toEqual(weekdayDays(docs, claims, new Set()));
  });
});
