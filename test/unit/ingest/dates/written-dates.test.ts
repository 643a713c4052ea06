/** The calendar dates a dateline or publication line can print, read from one line. */
import { describe, expect, it } from "vitest";
import { expandYear, writtenDates } from "../../../../src/ingest/dates/written-dates.js";

const first = (line: string) => {
  const d = writtenDates(line)[0];
  return d ? { text: line.slice(d.start, d.end), year: d.year, month: d.month, day: d.day, swapped: d.swapped ?? null } : null;
};

describe("writtenDates", () => {
  it.each([
    // month first, in the cases news prints it
    ["Posted on March 4, 2019 at 9:10 AM", "March 4, 2019", 2019, 3, 4],
    ["FRIDAY, OCTOBER 3, 2011, 6:15 PM", "OCTOBER 3, 2011", 2011, 10, 3],
    ["Thu Sep 12 2019 07:40", "Sep 12 2019", 2019, 9, 12],
    ["Published Jan. 9 2020", "Jan. 9 2020", 2020, 1, 9],
    ["Updated: Nov. 21st, 2018", "Nov. 21st, 2018", 2018, 11, 21],
    // day first
    ["Saturday 3 March 2012", "3 March 2012", 2012, 3, 3],
    ["3 March 2012-09:40am", "3 March 2012", 2012, 3, 3],
    ["Posted on 21st of June 2016", "21st of June 2016", 2016, 6, 21],
    ["14:05 GMT, 18 FEB 2015", "18 FEB 2015", 2015, 2, 18],
    // year first
    ["published: 2016-11-30 08:00", "2016-11-30", 2016, 11, 30],
    ["Date 2016.11.30", "2016.11.30", 2016, 11, 30],
    // numeric, with and without the spaces a tokenizer leaves around slashes
    ["Posted 5/14/2010", "5/14/2010", 2010, 5, 14],
    ["Posted 5 / 14 / 2010", "5 / 14 / 2010", 2010, 5, 14],
    ["filed 30.06.2017", "30.06.2017", 2017, 6, 30],
    ["18 / 03 / 2015 10:44", "18 / 03 / 2015", 2015, 3, 18],
    ["2 / 11 / 19 at noon", "2 / 11 / 19", 2019, 2, 11],
    // a two-digit year after a month name
    ["Edited on Tue Jan-08-19 11:02 AM", "Jan-08-19", 2019, 1, 8],
    // no year: the caller finds one
    ["OSLO, FEB 6 -", "FEB 6", null, 2, 6],
    // glued to an all-capitals headline
    ["MAYOR RESIGNS AFTER VOTE, COUNCIL SAYSJUNE 2, 2016", "JUNE 2, 2016", 2016, 6, 2],
  ] as const)("%j → %s", (line, text, year, month, day) => {
    expect(first(line)).toMatchObject({ text, year, month, day });
  });

  it("keeps the other reading of a numeric date whose first numbers could both be a month", () => {
    expect(first("Posted 04 / 07 / 2016")).toMatchObject({ month: 4, day: 7, swapped: { month: 7, day: 4 } });
    expect(first("posted 04.07.2016")).toMatchObject({ month: 7, day: 4, swapped: { month: 4, day: 7 } });
    expect(first("Posted 19 / 07 / 2016")).toMatchObject({ month: 7, day: 19, swapped: null });
    expect(first("Posted 07 / 07 / 2016")).toMatchObject({ month: 7, day: 7, swapped: null });
  });

  it.each([
    "you may 5 times try again in 2016", // "may" the verb
    "Maybe 12, 2016 will come", // no month inside a word
    "The score was 20-13 in 2012", // a score
    "Version 2.16.3 ships today",
    "In May 2025 the talks resumed", // a month and year: no day
    "February 30, 2016", // no such day
    "13/13/2016",
    "at 10:30 on 4 / 5", // no year
    "page 12 of 2016",
  ])("finds no day in %j", (line) => {
    expect(writtenDates(line)).toEqual([]);
  });

  it("reads two-digit years in the century a web page means", () => {
    expect([expandYear(8), expandYear(13), expandYear(49), expandYear(97)]).toEqual([2008, 2013, 2049, 1997]);
  });
});
