/**
 * A look-back report (an obituary, a profile, a retrospective) tells its news by a day relative to
 * the writing and recalls the past with explicit dates: the latest of them is history, and the
 * report stays undated. Texts written for these tests.
 */
import { describe, expect, it } from "vitest";
import { inferDate } from "../../../../src/ingest/dates/inferred-date.js";
import { leadOf } from "../../../../src/ingest/dates/look-back.js";

const infer = (text: string) => inferDate(text)?.date ?? null;

describe("look-back reports", () => {
  it.each([
    [
      "an obituary recalling a concert",
      "Rosa Kiel, who founded the Harbor Choir in March 1988, died on Sunday at 91.\nShe had been ill for a year, her son said.\nKiel was born in Dunmere.\nIn a 1994 interview she said the choir saved her.\nOn Oct. 2, 1996, she sang at the opening of the new hall.",
    ],
    [
      "an obituary whose lead says 'yesterday'",
      "Orrin Vale Dead at 88\nOrrin Vale, the architect of the Tessel Bridge, died yesterday at his home in Marlow.\nHe was 88.\nHis wife survives him.\nVale drew the bridge in 1961 and saw it opened in May 1968.",
    ],
    [
      "a retrospective recalling a day by its weekday and year",
      "The last tram left the Corbin depot yesterday.\nCrowds lined the route.\nThe mayor rode in the cab.\nOn Friday, June 3, 1955, the first tram left the same depot with forty riders.",
    ],
    [
      "a profile recalling a player's career",
      "Teo Marsh scored twice on Saturday as Hollins beat Dale 3-1.\nThe striker now has 200 league goals.\nHe is 34.\nMarsh joined the club in August 2003 and won the cup with it on 13 May 2007.",
    ],
    [
      "a sentencing recalling the crime",
      "A man was sentenced on Friday to life in prison for the depot shooting.\nThe judge called the crime cruel.\nHis lawyer said he would appeal.\nPrisca Lund and two guards were killed at the Norrow depot on 8 April 2004, the court heard.",
    ],
    [
      // 2 June 2005 was a Thursday, the lead's weekday, but its sentence tells of something else
      "a recalled day that falls on the lead's weekday by chance",
      "Ivo Ames, the novelist, died Thursday at his home in Pell.\nHe was 84.\nHis publisher confirmed the death.\nIn an essay printed on June 2, 2005, a critic praised his early books.",
    ],
    [
      "a recalled day told with its weekday and year in the lead, after the news",
      "Ivo Ames, the editor, died yesterday.\nHe was 84.\nOn Tuesday, Oct. 14, 1975, his paper broke the story of the dam:\nIt ran on page one.",
    ],
    [
      "a recalled day told with its weekday and year, whatever its verb",
      "The siren at Corla mill sounded for the last time yesterday.\nThe mill closes at the end of the week.\nIts 40 workers were given notice.\nOn Friday, May 2, 1980, the whole town awoke to that siren.",
    ],
  ])("dates nothing: %s", (_name, text) => {
    expect(infer(text)).toBeNull();
  });

  it.each([
    // the latest date falls on the weekday the lead names: the day of the news (14 Dec 2010 was a Tuesday)
    [
      "the day of the news, on the lead's weekday",
      "Police raided a warehouse in Leeton on Tuesday and arrested four men.\nNo one was hurt.\nThe men will appear in court.\nPolice said the Dec. 14, 2010 raid recovered 40 kilos of resin.",
      "2010-12-14",
    ],
    [
      "a lead that states its date",
      "The council voted on 14 May 2019 to close the Ardell plant.\nWorkers protested on Friday.\nThe plant opened in June 1971.\nIts owners sold it on 2 March 2015.",
      "2019-05-14",
    ],
    [
      "a lead that states a day without a year",
      "Mara Voss, who died on Dec. 11, was buried on Tuesday.\nShe sang with the Loom Quartet.\nShe was 88.\nShe signed her first contract in January 1962.",
      "1962-01-31",
    ],
    [
      "a lead with no relative day",
      "The Ardell plant will close, its owners said.\nThe plant employs 300 people.\nIt has lost money for years.\nThe board met on 3 June 2019 to decide.",
      "2019-06-03",
    ],
    [
      "a latest date told in the present, not recalled",
      "The mayor resigned on Monday.\nShe gave no reason.\nHer deputy takes over.\nAs of 1 March 2019, the city employs 4,000 people.",
      "2019-03-01",
    ],
    [
      "a lead that states its news by a date after a relative day",
      "Police said on Tuesday that the Dec. 14, 2010 raid recovered 40 kilos of resin.\nNo one was hurt.\nThe men will appear in court.\nThe warehouse was leased in March 2009.",
      "2010-12-14",
    ],
    [
      "a lead that states its news by a day with its weekday before a relative day",
      "On Tuesday, Dec. 14, 2010, police raided a warehouse in Leeton.\nTwo men were charged yesterday.\nNo one was hurt.\nThe warehouse was leased in March 2009.",
      "2010-12-14",
    ],
  ])("keeps the latest date: %s", (_name, text, date) => {
    expect(infer(text)).toBe(date);
  });

  it("keeps a publication stamp whatever the lead tells", () => {
    expect(inferDate("Posted on May 3, 2019\nThe mayor resigned yesterday.\nShe was 61.\nShe was first elected in June 2011.")).toEqual({ date: "2019-05-03", confidence: "medium" });
  });

  it("reads the lead as a title and the first three sentences, not stopping at an initial or an abbreviation", () => {
    const text = "A title with no stop\nJ. Rand Hollis died on Oct. 3 at 5 p.m. at home. He was 90. His son said so. In 1970 he sailed.";
    expect(text.slice(0, leadOf(text).end)).toBe("A title with no stop\nJ. Rand Hollis died on Oct. 3 at 5 p.m. at home. He was 90. His son said so.");
    // the lead's news: the end of its first sentence that tells a relative day
    const obituary = "Ames is 90. He died on Thursday. He sailed. He painted.";
    expect(obituary.slice(0, leadOf(obituary).news ?? 0)).toBe("Ames is 90. He died on Thursday.");
    expect(leadOf("Ames is 90. He sails. He paints. He died yesterday.").news).toBeNull();
  });
});
