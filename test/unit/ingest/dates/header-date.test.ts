/**
 * The top of a document: address lines, publication and update lines, datelines — the date they
 * state and the spans masked as metadata. Articles are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { readHeader } from "../../../../src/ingest/dates/header-date.js";

const stated = (text: string, inferred: string | null = null) => readHeader(text, [], 0, { inferred: () => inferred }).stated;
const maskedTexts = (text: string) => readHeader(text, [], 0).masks.map(([s, e]) => text.slice(s, e));

describe("readHeader: the date the top of a document states", () => {
  it.each([
    ["place and date before a dash", "OSLO, 14 March 2019 — The council voted on Tuesday to close the plant.", "2019-03-14"],
    ["place with a state and an agency", "DENVER, Colo. (AP) Aug. 3, 2016 - Fires spread overnight.", "2016-08-03"],
    ["a publication line under the headline", "Council closes plant\nPublished: March 14, 2019 9:02 AM EDT\nThe council voted to close the plant.", "2019-03-14"],
    ["a line holding only the date", "Council closes plant\nThursday, March 14, 2019\nThe council voted.", "2019-03-14"],
    ["a date line with trailing white space", "Council closes plant\nMarch 14, 2019 \t\nThe council voted.", "2019-03-14"],
    ["an all-capitals line", "COUNCIL CLOSES PLANT\nOCTOBER 3, 2011\nThe council voted.", "2011-10-03"],
    ["all capitals with a lead word", "Council closes plant\nPOSTED: TUESDAY, OCTOBER 3, 2011, 4:12 PM\nThe council voted.", "2011-10-03"],
    ["a time before the date", "Council closes plant\n6:40 p. m. EDT May 2, 2013\nThe council voted.", "2013-05-02"],
    ["a date glued to its time", "Council closes plant\n3 March 2012-09:40am\nThe council voted.", "2012-03-03"],
    ["a date glued to the headline by a dash", "14 / 03 / 2019-Council closes the old plant after a long vote\nThe council voted.", "2019-03-14"],
    ["a date glued to an all-capitals headline", "COUNCIL CLOSES PLANT, MAYOR SAYSMARCH 14, 2019\nThe council voted.", "2019-03-14"],
    ["a date in a parenthesis", "(March 14, 2019) - -\nThe council voted.", "2019-03-14"],
    ["an agency and time around the date", "Council closes plant\nAFP Mar 14, 2019, 09.15AM IST OSLO:\nThe council voted.", "2019-03-14"],
    ["a stamp that ends a longer line", "Council closes plant\nFrom the desk of Jane Roe, posted in Local News on Thursday, March 14, 2019.\nThe council voted.", "2019-03-14"],
  ])("%s", (_name, text, date) => {
    expect(stated(text)?.date).toBe(date);
    expect(stated(text)?.source).toBe("dateline");
  });

  it("prefers the publication date to an update stamp, whatever their order", () => {
    const text = "Council closes plant\nUpdated June 12, 2019 10:00 AM\nFirst published June 10, 2019 8:00 AM\nThe council voted.";
    expect(stated(text)).toEqual({ date: "2019-06-10", source: "dateline", confidence: "high" });
    const inline = "Council closes plant\non June 10, 2019 at 8:00 AM, updated June 12, 2019 at 10:00 AM\nThe council voted.";
    expect(stated(inline)?.date).toBe("2019-06-10");
  });

  it("takes an update stamp when the page gives nothing else, and says it is less sure", () => {
    expect(stated("Council closes plant\nLast updated 13:26 14 / 06 / 2019\nThe council voted.")).toEqual({ date: "2019-06-14", source: "dateline", confidence: "medium" });
  });

  it("reads the date of a spaced-out address line when the top gives no other", () => {
    const text = "http: / / www. example. com / 2013 / may / 03 / council-closes-plant /\nCouncil closes plant\nThe council voted on Thursday.";
    expect(stated(text)).toEqual({ date: "2013-05-03", source: "url", confidence: "high" });
  });

  it("reads six digits of an address (a two-digit year) as a likely date, not a sure one", () => {
    const text = "http: / / www. example. com / sport / news? slug=jd-councilvote031519\nCouncil closes plant\nThe council voted on Friday.";
    expect(stated(text)).toEqual({ date: "2019-03-15", source: "url", confidence: "medium" });
  });

  it("takes an address that names a month with the day the text points to in it, else the month's first day, up to the month's last", () => {
    const text = "http: / / www. example. com / 2008 / 12 / council-vote /\nCouncil closes plant\nThe council voted on Tuesday.";
    expect(stated(text, "2008-12-16")).toEqual({ date: "2008-12-16", source: "url", confidence: "medium", until: "2008-12-31" });
    expect(stated(text, "2008-11-30")).toEqual({ date: "2008-12-01", source: "url", confidence: "medium", until: "2008-12-31" });
    expect(stated(text, "2008-12-31")).toEqual({ date: "2008-12-31", source: "url", confidence: "medium" });
  });

  it("prefers a dateline to the address, which may be the date of a later copy", () => {
    const text = "http: / / www. example. com / 2013 / 05 / 04 / council /\nCouncil closes plant\nPublished May 3, 2013\nThe council voted.";
    expect(stated(text)?.date).toBe("2013-05-03");
  });

  describe("a page posted the evening before the edition its address names", () => {
    const page = (address: string, stamp: string) => `http: / / www. example. com / news / ${address} / council-vote\nCouncil closes plant\n${stamp}\nThe council voted on Sunday.`;
    it.each([
      ["posted at 8:30 PM, address the next day", page("20110410", "POSTED: 04 / 09 / 11, 8:30 PM EDT |"), "2011-04-10", "url"],
      ["posted at 11 p. m. with a month name", page("2011 / 04 / 10", "Posted April 9, 2011 11 p. m."), "2011-04-10", "url"],
      ["posted at 19:45 on a 24-hour clock", page("2011 / 04 / 10", "Published 9 April 2011 19:45"), "2011-04-10", "url"],
      // must not: a morning or afternoon stamp, no time, or an address more than a day later or earlier
      ["posted in the morning", page("20110410", "POSTED: 04 / 09 / 11, 8:30 AM EDT |"), "2011-04-09", "dateline"],
      ["posted in the afternoon", page("20110410", "POSTED: 04 / 09 / 11, 4:15 PM EDT |"), "2011-04-09", "dateline"],
      ["posted with no time", page("2011 / 04 / 10", "Published April 9, 2011"), "2011-04-09", "dateline"],
      ["an address two days later", page("20110411", "POSTED: 04 / 09 / 11, 8:30 PM EDT |"), "2011-04-09", "dateline"],
      ["an address the day before", page("20110408", "POSTED: 04 / 09 / 11, 8:30 PM EDT |"), "2011-04-09", "dateline"],
      ["an evening update stamp", page("2011 / 04 / 10", "Updated April 9, 2011 9:10 PM"), "2011-04-09", "dateline"],
    ])("%s", (_name, text, date, source) => {
      expect(stated(text)?.date).toBe(date);
      expect(stated(text)?.source).toBe(source);
    });
  });

  it("takes a year-less dateline's year from the address, else from the text", () => {
    expect(stated("http: / / www. example. com / 2016 / council /\nOSLO, FEB 6 -\nThe council voted.")?.date).toBe("2016-02-06");
    expect(stated("OSLO, FEB 6 -\nThe council voted.", "2017-02-05")).toEqual({ date: "2017-02-06", source: "dateline", confidence: "medium" });
    expect(stated("OSLO, FEB 6 -\nThe council voted.", null)).toBeNull();
  });

  describe("numeric dates, read in the locale the page implies", () => {
    it.each([
      ["month first by default with slashes", "Council closes plant\nPosted 04 / 07 / 2016\nThe council voted.", "2016-04-07", "medium"],
      ["day first by default with dots", "Council closes plant\nposted 04.07.2016\nThe council voted.", "2016-07-04", "medium"],
      ["a day over twelve settles it", "Council closes plant\nPosted 19 / 07 / 2016\nThe council voted.", "2016-07-19", "high"],
      ["a weekday on the line settles it", "Council closes plant\nMon 04 / 07 / 2016\nThe council voted.", "2016-07-04", "high"],
      ["the address settles it", "http: / / blog. example. com / 2016 / 07 / council. html\n04 / 07 / 2016\nThe council voted.", "2016-07-04", "high"],
      ["another date of the page that reads one way settles it", "Council closes plant\nPosted 04 / 07 / 2016\nUpdated 19 / 07 / 2016\nThe council voted.", "2016-07-04", "high"],
      ["month names written day first lean day first", "Council closes plant\n04 / 07 / 2016\nThe council met on 1 July and again on 3 July.", "2016-07-04", "medium"],
      ["a British address leans day first", "http: / / www. example. co. uk / news / council\n04 / 07 / 2016\nThe council voted.", "2016-07-04", "medium"],
    ])("%s", (_name, text, date, confidence) => {
      expect(stated(text)).toEqual({ date, source: "dateline", confidence });
    });
  });

  it.each([
    ["a sentence that mentions a date", "Ministers met in Oslo on 14 March 2019 to discuss the plant.\nThe council voted."],
    ["a short sentence with a verb", "Dar visited Kabul on 19th April 2025.\nTalks went on."],
    ["a heading that gives a month and year only", "Report for March 2019\nThe council voted."],
    ["the signature of a quoted post", "The plant will close.\n— Jane Roe (@janeroe) March 14, 2019\nThe council voted."],
    ["a row of a table", "| 2019-03-14 | 12.5 | 13.0 |\n| 2019-03-15 | 12.7 | 13.1 |"],
    ["a tab-separated row", "2019-03-14\tOslo\n2019-03-15\tBergen"],
    ["a timeline entry without a place or a glued dash", "March 14, 2019 – The council votes to close the plant.\nMarch 20, 2019 – The plant closes."],
    ["a date beyond the top lines", `${"Another line of the story.\n".repeat(9)}Published March 14, 2019\n`],
  ])("states no date for %s", (_name, text) => {
    expect(stated(text)).toBeNull();
  });
});

describe("readHeader: metadata spans masked", () => {
  it("masks a dateline's place, date and dash, and leaves the story", () => {
    const text = "KABUL, 2 September 2025 — Pakistan recognized the Taliban government in 1997.";
    expect(maskedTexts(text)).toEqual(["KABUL, 2 September 2025 — "]);
  });

  it("masks address, publication and update lines whole, and a date glued to a headline", () => {
    const text = "http: / / www. example. com / a / 1234567\n27 / 09 / 2013-Council to hold first vote\nPublished: 27 September 2013\nUPDATED 28 / 09 / 2013 at 11:00 AM\nThe council meets in 2014.";
    expect(maskedTexts(text)).toEqual(["http: / / www. example. com / a / 1234567", "27 / 09 / 2013-", "Published: 27 September 2013", "UPDATED 28 / 09 / 2013 at 11:00 AM"]);
  });

  it("masks a stamp that ends a longer line with its weekday", () => {
    const text = "Council closes plant\nFrom the desk of Jane Roe, posted in Local News on Thursday, March 14, 2019.\nThe council voted on Monday.";
    expect(maskedTexts(text)).toEqual(["Thursday, March 14, 2019"]);
  });

  it("masks no span of days that opens the story as if it were a dateline's date and dash", () => {
    // a day, a dash and a number: "1-2" is the span; a dateline's dash stands before words
    expect(maskedTexts("Town fair opens\n2 October 2025\nOn October 1-2 the town hosts a fair on farming.")).toEqual(["2 October 2025"]);
    expect(maskedTexts("Town fair opens\n2 October 2025\nOn October 1–3 the stalls stay open late.")).toEqual(["2 October 2025"]);
    // still a dateline: a place, the date, a dash and the story
    expect(maskedTexts("LEEDS, Oct 1 - The town hosts a fair.")).toEqual(["LEEDS, Oct 1 - "]);
  });

  it.each([
    // must mask: a stamp of a clock time alone, under the dated line
    ["an update time with its zone", "Mill reopens\nMarch 9, 2016, 2:10 PM\nUpdated 6:25 p. m. ET\nThe mill reopened.", ["March 9, 2016, 2:10 PM", "Updated 6:25 p. m. ET"]],
    ["a posting time with a colon and 'at'", "Mill reopens\nMarch 9, 2016\nPosted: at 10:40 AM CST\nThe mill reopened.", ["March 9, 2016", "Posted: at 10:40 AM CST"]],
    ["a last-update time in 24 hours", "Mill reopens\nLast updated 17:05 GMT\nThe mill reopened.", ["Last updated 17:05 GMT"]],
    // must not mask: a sentence, two times, a time with no stamp's word nor zone
    ["a sentence with a time and a zone", "Mill reopens\nDoors open at 7:30 p.m. ET for the tour.\nThe mill reopened.", []],
    ["an opening time and a closing time", "Mill reopens\nUpdated 9:00 AM to 5:00 PM\nThe mill reopened.", []],
    ["a clock time alone", "Mill reopens\n6:25 p. m.\nThe mill reopened.", []],
  ])("clock stamps: %s", (_name, text, masked) => {
    expect(maskedTexts(text)).toEqual(masked);
  });

  it("masks nothing in plain prose", () => {
    expect(maskedTexts("The council voted in 2019 to close the plant by 2021.\nIt closed in March 2021.")).toEqual([]);
  });

  it("skips spans already masked (front matter, markup) when it reads the top", () => {
    const text = "<p class=\"date\">Published: March 14, 2019</p>\n<p>The council voted.</p>";
    const markup: [number, number][] = [[0, 16], [41, 45], [46, 49], [69, 73]];
    expect(readHeader(text, markup, 0).stated?.date).toBe("2019-03-14");
  });
});

describe("readHeader: the year of a dateline that gives none, when the text gives only a year it was written in or after", () => {
  // 9 August falls on a Saturday in 2031, a Monday in 2032, a Tuesday in 2033 (from a calendar).
  const top = (weekday: string) => `Ferry runs aground off the cape\nAug. 9 6:10 PM EDT\nThe ferry ran aground ${weekday} morning, the coast guard said.\nIn 2031 a ferry of the same line sank there.`;
  const read = (text: string, bound: boolean) => readHeader(text, [], 0, { inferred: () => "2031-01-01", inferredIsBound: () => bound }).stated?.date;

  it.each([
    ["on the weekday the report tells (the first such year from the bound on)", "on Tuesday", "2033-08-09"],
    ["or the day after it (a report of the night before)", "on Sunday night, and by", "2032-08-09"],
    ["the bound itself when its day fits", "on Saturday", "2031-08-09"],
  ])("%s", (_name, weekday, date) => {
    expect(read(top(weekday), true)).toBe(date);
  });

  it("must not move the year: a year the text's dates give outright, a report naming no weekday", () => {
    expect(read(top("on Sunday"), false)).toBe("2031-08-09");
    expect(read(top("early"), true)).toBe("2031-08-09");
  });
});

describe("readHeader: a dateline's month and day when no year for them is found, and the year a story gives", () => {
  const reading = (text: string, year?: number) => readHeader(text, [], 0, { inferred: () => null, ...(year !== undefined ? { year } : {}) });

  it.each<[string, string, { month: number; day: number } | undefined]>([
    // must keep the month and day: a named month with a day, and no year in the address nor the text
    ["a wire dateline", "Ferry runs aground off the cape\nAug. 9 6:10 PM EDT\nThe ferry ran aground on Sunday.", { month: 8, day: 9 }],
    ["an all-capitals line of its own", "http: / / www. example. org / ferry-aground /\nSEP 30\nFerry runs aground\nThe ferry ran aground today.", { month: 9, day: 30 }],
    // must not: the line gives its year, or the address does; a numeric date read two ways; no dateline
    ["a dateline with its year", "Ferry runs aground\nAug. 9, 2031 6:10 PM EDT\nThe ferry ran aground.", undefined],
    ["an address with its year", "http: / / www. example. org / 2031 / ferry /\nAug. 9 6:10 PM EDT\nThe ferry ran aground.", undefined],
    ["numbers only", "Ferry runs aground\nPosted 08 / 09 6:10 PM\nThe ferry ran aground.", undefined],
    ["no date at the top", "Ferry runs aground\nThe ferry ran aground on Sunday.", undefined],
  ])("%s", (_name, text, yearless) => {
    expect(reading(text).yearless).toEqual(yearless);
  });

  it("dates the document by the year its story gives, as sure as a year found in the text", () => {
    const text = "Ferry runs aground off the cape\nAug. 9 6:10 PM EDT\nThe ferry ran aground on Sunday.";
    expect(reading(text, 2034).stated).toEqual({ date: "2034-08-09", source: "dateline", confidence: "medium" });
    expect(reading(text, 2034).yearless).toBeUndefined();
    // the address's year comes first
    expect(reading(`http: / / www. example. org / 2031 / ferry /\n${text}`, 2034).stated?.date).toBe("2031-08-09");
  });
});
