/**
 * Families of temporal expressions read against the text's own time: the period the story has
 * reached, the present state of a named thing, seasons named alone, two-digit years of a history,
 * decades counted in years. Sentences written for these tests; reference date 2019-03-15 (a Friday)
 * unless a row says otherwise.
 */
import { describe, expect, it } from "vitest";
import { findTemporal } from "../../../src/values/temporal/index.js";
import { timex2Value } from "../../../src/values/temporal/evaluation/timex2.js";

const AS_OF = "2019-03-15";

/** The TIMEX value of the mention whose text is `expr`, or undefined when none is found. */
function valueOf(sentence: string, expr: string, asOf: string = AS_OF): string | undefined {
  const m = findTemporal(sentence, { asOf }).find((x) => x.text === expr);
  return m?.timex?.value;
}

describe("the period a story is about", () => {
  it.each([
    // a superlative unit: the unit the story has reached
    ["Shares had their best week since October.", "week", "2019-W11"],
    ["The index suffered its worst day on record after the vote on Tuesday.", "day", "2019-03-15"],
    ["Tuesday was bad: the market saw its worst day in a decade.", "day", "2019-03-12"],
    ["Exports fell in their sharpest month in over two years.", "month", "2019-03"],
    // an ordinal in a row, in headlines without an article
    ["Stocks rise for fourth week in a row", "fourth week in a row", "2019-W11"],
    ["Oil falls for third straight day", "third straight day", "2019-03-15"],
    // the whole unit of the last period named
    ["The firm lost $2 million in the fourth quarter of 2017 and $9 million for the entire year.", "the entire year", "2017"],
    ["Sales rose in May 2018, and over the whole month prices held.", "the whole month", "2018-05"],
    // "that time": the period the text has reached
    ["The deal must close by June 10, 2019. If no price is agreed by that time, the offer lapses.", "that time", "2019-06-10"],
    // "the day": the last day the text named, even with a month named since
    ["Stocks rose on Wednesday after jobs data for February, ending the day at 8,100.", "the day", "2019-03-13"],
  ])("%s → %s = %s", (sentence, expr, value) => {
    expect(valueOf(sentence, expr)).toBe(value);
  });

  it.each([
    ["It was the worst day of my life.", "day"], // no since / on record / in N years
    ["It was the best week.", "week"],
    ["That time of year, the roads close.", "that time"], // no preposition before: "that time of year" is a season of habit
  ])("reads no period in %j", (sentence, expr) => {
    expect(valueOf(sentence, expr)).toBeUndefined();
  });
});

describe("the present, the recent past", () => {
  it.each([
    ["It is an exciting time at today's Ford.", "today", "PRESENT_REF"],
    ["Today's Pakistan is not the country of 1990.", "Today", "PRESENT_REF"],
    ["Today's vote was delayed.", "Today", "2019-03-15"], // the day of an event
    ["It was the largest bankruptcy filing in recent U.S. history.", "recent U.S. history", "PAST_REF"],
    ["Nothing like it happened in recent history.", "recent history", "PAST_REF"],
  ])("%s → %s = %s", (sentence, expr, value) => {
    expect(valueOf(sentence, expr)).toBe(value);
  });
});

describe("seasons", () => {
  it.each([
    ["Dealers say spring shows signs of recovery.", "spring", "2019-SP"],
    ["The ministers held their Autumn meetings in Lima.", "Autumn", "2018-FA"],
    ["Winter came early in the valley.", "Winter", "2018-WI"],
  ])("%s → %s = %s", (sentence, expr, value) => {
    expect(valueOf(sentence, expr)).toBe(value);
  });

  it.each([
    ["They bathed in hot springs near the border.", "springs"],
    ["Prices spring back after every fall.", "spring"],
    ["The Arab Spring began in Tunisia.", "Spring"],
    ["He bought spring water.", "spring"],
    ["Troops in Operation Winter Shield moved north.", "Winter"],
  ])("reads no season in %j", (sentence, expr) => {
    expect(valueOf(sentence, expr)).toBeUndefined();
  });
});

describe("a history's own time", () => {
  it("reads a two-digit year in the century the story has reached", () => {
    const text = "The assembly met in May 1789, in 1790 and in 1791. The crowds of '89 were remembered.";
    expect(valueOf(text, "'89", "2009-12-19")).toBe("1789");
    // in news, a two-digit year is this century's or the last
    expect(valueOf("Prices have not been this low since '89.", "'89")).toBe("1989");
  });

  it("never counts 'the following decade' from the creation time in a history", () => {
    const text = "The first revolt broke out in 493 BC. It failed in 492 BC and again in 490 BC. The following decade saw a second war.";
    expect(valueOf(text, "The following decade", "2009-12-19")).toBe("XXX");
  });
});

describe("durations of decades and centuries, in years", () => {
  it.each([
    ["The decades-long feud ended.", "decades-long", "PXY"],
    ["Over a decade of sanctions followed.", "Over a decade", "P10Y"],
    ["The town has stood for centuries.", "centuries", "PXY"],
    ["It lasted several centuries.", "several centuries", "PXY"],
  ])("%s → %s = %s", (sentence, expr, value) => {
    expect(valueOf(sentence, expr)).toBe(value);
  });
});

describe("TIMEX2 gold read in TIMEX3 terms", () => {
  it.each([
    ["XXXX-XX-XX", true, "P1D"], // "daily"
    ["XXXX-WXX", true, "P1W"], // "weekly"
    ["XXXX-XX", true, "P1M"], // "per month"
    ["XXXX", true, "P1Y"], // "annually"
    ["XXXX-XX-XX", false, "XXXX-XX-XX"], // a day, not a set
    ["P1DE", false, "P10Y"],
    ["P2CE", false, "P200Y"],
    ["PXDE", false, "PXY"],
  ] as const)("%s (set %s) → %s", (val, isSet, value) => {
    expect(timex2Value(val, isSet)).toBe(value);
  });
});

describe("a wish looks ahead, even when reported in the past", () => {
  it.each([
    // reference 2019-03-15: the next Christmas is 2019's, the last one 2018's
    ["Last week she told reporters that she'd like to settle by Christmas.", "Christmas", "2019-12-25"],
    ["The club said it would like a decision by Easter.", "Easter", "2019-04-21"],
    ["He said he would prefer to move in June.", "June", "2019-06"],
    // a plain past keeps the last one
    ["The club signed him at Christmas.", "Christmas", "2018-12-25"],
  ])("%s → %s = %s", (sentence, expr, value) => {
    expect(valueOf(sentence, expr)).toBe(value);
  });
});

describe("a clock time with a day word counts the day from the creation time", () => {
  // reference date 2019-03-15 is a Friday; the court date named first is a Wednesday in April
  it.each([
    // a later date in the text does not move the Friday of the report's own week
    ["He is due back in court on April 3. Officers were on patrol at about 9 p.m. on Thursday when they heard the crash.", "9 p.m. on Thursday", "2019-03-14T21:00"],
    ["The hearing was set for April 3. She left home at 6 a.m. yesterday.", "6 a.m. yesterday", "2019-03-14T06:00"],
    // a bare clock time still falls on the day the text has reached
    ["The trial opened on March 4, and the first witness spoke at 10 a.m.", "10 a.m.", "2019-03-04T10:00"],
  ])("%s → %s = %s", (sentence, expr, value) => {
    expect(valueOf(sentence, expr)).toBe(value);
  });
});

describe("a span told as over: 'until' a date looks back", () => {
  // reference date 2019-03-15; each year-less date could be the coming one or the last one
  it.each([
    // "until X, when" and a past verb: the span ended on that day
    ["The runaway was at large until Nov. 4, when he was found in a barn.", "Nov. 4", "2018-11-04"],
    ["The clinic stayed shut until June 2, when inspectors lifted the order.", "June 2", "2018-06-02"],
    // a verb of staying, in the past, before "until"
    ["The band stayed in Leeds until May 3.", "May 3", "2018-05-03"],
    ["She remained in office until April 9.", "April 9", "2018-04-09"],
  ])("%s → %s = %s", (sentence, expr, value) => {
    expect(valueOf(sentence, expr)).toBe(value);
  });

  it.each([
    // a state that reaches ahead keeps "until" looking ahead
    ["The road is closed until April 9.", "April 9", "2019-04-09"],
    ["Talks were suspended until May 3.", "May 3", "2019-05-03"],
    ["The offer stands until June 2, when bids close.", "June 2", "2019-06-02"],
  ])("%s → %s = %s (ahead)", (sentence, expr, value) => {
    expect(valueOf(sentence, expr)).toBe(value);
  });
});

describe("a court date set by an infinitive looks ahead from a past verb", () => {
  // reference date 2019-03-15: the hearing a report announces is the coming one
  it.each([
    ["A driver of 40 was remanded in custody to appear before the county court on 19 April.", "19 April", "2019-04-19"],
    ["The landlord was ordered to appear in court on 8 May.", "8 May", "2019-05-08"],
    ["Both men were bailed to stand trial on June 2.", "June 2", "2019-06-02"],
    ["He was summoned to face magistrates on April 3.", "April 3", "2019-04-03"],
  ])("%s → %s = %s", (sentence, expr, value) => {
    expect(valueOf(sentence, expr)).toBe(value);
  });

  it.each([
    // a finite past verb of the hearing itself looks back
    ["The landlord appeared in court on 8 May.", "8 May", "2018-05-08"],
    ["Both men were tried on June 2.", "June 2", "2018-06-02"],
    ["She went to the court on 19 February to watch.", "19 February", "2019-02-19"],
  ])("%s → %s = %s (back)", (sentence, expr, value) => {
    expect(valueOf(sentence, expr)).toBe(value);
  });
});

describe("a date a verb of fixing sets 'for' looks ahead, whatever the tense of the fixing", () => {
  // reference date 2019-03-15; each year-less date could be the coming one or the last one
  it.each([
    ["A date for the retrial was set for November 12, with two weeks allowed.", "November 12", "2019-11-12"],
    ["The inquest has been adjourned until 4 June.", "4 June", "2019-06-04"],
    ["A five-day hearing was pencilled in for September.", "September", "2019-09"],
    ["The sentencing was scheduled for Aug. 20 by the judge.", "Aug. 20", "2019-08-20"],
    ["Her appeal was put back to 9 May.", "9 May", "2019-05-09"],
  ])("%s → %s = %s (ahead)", (sentence, expr, value) => {
    expect(valueOf(sentence, expr)).toBe(value);
  });

  it.each([
    // a date once fixed and gone by, or no verb of fixing before the date, keeps the past
    ["The vote, which had been set for November 12, was called off.", "November 12", "2018-11-12"],
    ["The match originally scheduled for Aug. 20 was moved indoors.", "Aug. 20", "2018-08-20"],
    ["The firm was set up in November and sold its first van on May 9.", "May 9", "2018-05-09"],
    ["Police were called to the flat on 4 June.", "4 June", "2018-06-04"],
  ])("%s → %s = %s (back)", (sentence, expr, value) => {
    expect(valueOf(sentence, expr)).toBe(value);
  });
});
