/**
 * A date guessed from the dates a text mentions: never from a sentence that looks ahead or back,
 * publication stamps before update stamps before the latest date. Texts written for these tests.
 */
import { describe, expect, it } from "vitest";
import { inferDate } from "../../../../src/ingest/dates/inferred-date.js";

const infer = (text: string) => inferDate(text);

describe("inferDate", () => {
  it("takes the latest explicit date the text states, a month at its end and a year at its start", () => {
    expect(infer("The council met on 2 May 2019. A vote followed on 14 May 2019.")).toEqual({ date: "2019-05-14", confidence: "low" });
    expect(infer("Turnout fell in April 2019.")?.date).toBe("2019-04-30");
    expect(infer("In 2019, turnout is the lowest on record.")?.date).toBe("2019-01-01");
  });

  it.each([
    ["a forecast", "The council met on 2 May 2019. Sales are expected to double through 2026.", "2019-05-02"],
    ["a deal expected to close", "The firm agreed the purchase on 3 June 2019. The deal is expected to close in the fourth quarter of 2020.", "2019-06-03"],
    ["a plan", "The plant shut on 3 June 2019 and the owners plan to reopen it in March 2021.", "2019-06-03"],
    ["a launch later in a month", "Reviewers saw the phone on 14 May 2019. It goes on sale later in June.", "2019-05-14"],
    ["a future tense", "The council met on 2 May 2019. Elections will be held in 2022.", "2019-05-02"],
  ])("never takes a date from %s", (_name, text, date) => {
    expect(infer(text)?.date).toBe(date);
  });

  it.each([
    ["archive footage", "Police said on Tuesday the man was arrested. The archive footage was filmed in 2009."],
    ["a date things began", "The shop has been closed since 2015, police said on Tuesday."],
    ["an anniversary", "Residents marked the anniversary of the 1998 flood on Tuesday."],
    ["a year naming an earlier event", "His conviction stemmed from a 2004 assault on a guard, officials said."],
    ["a year naming an earlier event, with a possessive", "The judge recalled her 2011 ruling when the case returned."],
  ])("never takes a historical date: %s", (_name, text) => {
    expect(infer(text)).toBeNull();
  });

  it("takes a year the text speaks of in the present, not one it tells in the past tense or that ends a name", () => {
    expect(infer("In 2025, the council's dependence on donors shows its weakness.")?.date).toBe("2025-01-01");
    expect(infer("In 2009, officers said they had found most of the paintings.")).toBeNull();
    expect(infer("The browser runs in a restricted mode on Windows Server 2012.")).toBeNull();
    expect(infer("Fans are flocking to Euro 2016 in France.")).toBeNull();
  });

  it.each([
    // must date nothing: the latest date is history told before a later year in the past tense
    ["a robbery recalled, then its recovery a year on", "The shop was hit on Monday. In March 2016, two men robbed a bank nearby. In 2017, police said they had found the money.", null],
    ["a month recalled, then a later year", "In June 2003 the river flooded the mill. In 2004, the owners reopened it.", null],
    ["a span of seasons a player finished", "The guard, who played for the club from 1996-2001, held the record until Friday.", null],
    ["a span of years a mayor served", "She served as mayor from 2004 to 2010 and was praised by her rivals.", null],
    // must keep: the latest date is after every year told in the past tense
    ["a day after a finished span", "He coached the side from 2008-12. The club named a new coach on 5 March 2015.", "2015-03-05"],
    ["a month in the last year of a finished span", "Between 2010 and 2014 the mine was run by the state. It was sold in June 2014.", "2014-06-30"],
    ["a later day after an older year", "In 2009, the club was sold. The new owners met on 14 May 2019.", "2019-05-14"],
    ["a day in the same year as the past-tense year", "In 2019, prices rose. The board met on 3 June 2019.", "2019-06-03"],
    // "as of" a year states the writer's present, whatever tense its sentence has
    ["a state as of a later year", "Aid began in early 2022. As of 2023, the camps hosted an estimated 40,000 people.", "2022-04-30"],
  ])("a year told in the past tense bounds the time of writing from below: %s", (_name, text, date) => {
    expect(infer(text)?.date ?? null).toBe(date);
  });

  it("never takes the day a copy was downloaded", () => {
    expect(infer("Posted 1 year, 160 days ago [downloaded on 2 October 2013]\nThe director is in talks.")).toBeNull();
  });

  it("moves to the end of a later month that a past-tense sentence names without a year", () => {
    expect(infer("Talks began on 19 April 2025. In July, the minister visited Kabul.")?.date).toBe("2025-07-31");
    expect(infer("Talks began on 19 April 2025. In July, the minister will visit Kabul.")?.date).toBe("2025-04-19");
  });

  it("prefers a publication stamp to an update stamp, and either to the latest date", () => {
    const text = "Council closes plant\nThe vote came on 2 May 2019, and the plant shuts on 30 June 2019.\nUpdated June 12, 2019\nPosted on May 3, 2019\n";
    expect(infer(text)).toEqual({ date: "2019-05-03", confidence: "medium" });
    expect(infer("The vote came on 2 May 2019.\nLast updated: 12 June 2019\n")).toEqual({ date: "2019-06-12", confidence: "medium" });
  });

  it("never takes a part of a decade or a century, an era as they are", () => {
    expect(infer("Her records sold well in the late 1950s.")).toBeNull();
    expect(infer("Her records sold well in the late 1950s; the band toured Ohio in March 1951.")?.date).toBe("1951-03-31");
    expect(infer("The mills closed in the early 1900s and the last one burned in May 1921.")?.date).toBe("1921-05-31");
  });

  it("drops a guess under which a day the text names with its weekday falls on another weekday", () => {
    // 6 March was a Monday in 1961 and a Tuesday in 1962: neither year makes it a Friday.
    expect(infer("Mara Voss died on Friday, March 6, at 88. She signed her first contract in January 1962.")).toBeNull();
    // 14 May 2019 was a Tuesday: the day after the latest dated one fits the guess.
    expect(infer("The council met on Tuesday, May 14. The previous vote was held on 2 May 2019.")?.date).toBe("2019-05-02");
    // 8 November 2019 was a Friday.
    expect(infer("A vote was held on 4 November 2019. The fair closed on Friday, Nov. 8, a day early.")?.date).toBe("2019-11-04");
    // a day named without its weekday says nothing either way
    expect(infer("Mara Voss died on March 6, at 88. She signed her first contract in January 1962.")?.date).toBe("1962-01-31");
  });

  it("states nothing for a text with no usable date", () => {
    expect(infer("Police said on Tuesday that the man was arrested.")).toBeNull();
    expect(infer("The year 1066 is famous.")).toBeNull();
  });

  it("skips masked spans", () => {
    const text = "http://example.com/2019/05/03/x\nPolice said on Tuesday the man was arrested.";
    expect(inferDate(text, [[0, 31]])).toBeNull();
  });
});
