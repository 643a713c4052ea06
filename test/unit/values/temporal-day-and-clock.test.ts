/**
 * A day and its clock time are one date-time, whichever comes first; a bare clock time falls on the
 * day the text has reached even when a coarser period (a model year, a month) was named since; and
 * a day word after a clock time is placed by the tense around the whole expression. Sentences
 * written for these tests (made-up people and streets); reference date 2025-03-08, a Saturday.
 */
import { describe, expect, it } from "vitest";
import { findTemporal } from "../../../src/values/temporal/index.js";

const AS_OF = "2025-03-08";

function mentions(sentence: string, asOf: string = AS_OF): [string, string | undefined][] {
  return findTemporal(sentence, { asOf })
    .filter((m) => m.kind === "date" || m.kind === "time")
    .map((m) => [m.text, m.timex?.value]);
}

describe("must match: a day then its clock time, one mention", () => {
  it.each([
    ["A van struck Mina Osei on Friday at about 7 p.m. on Larch Road.", "Friday at about 7 p.m.", "2025-03-07T19:00"],
    ["Tom Varga left the bar on Friday, at 11:40 p.m., witnesses said.", "Friday, at 11:40 p.m.", "2025-03-07T23:40"],
    ["The bus overturned Thursday night around 9 p.m. near Quill Lane.", "Thursday night around 9 p.m.", "2025-03-06T21:00"],
    ["The shop on Fern Street was robbed Friday shortly before noon.", "Friday shortly before noon", "2025-03-07T12:00"],
    ["Ada Brandt was found on Wednesday just after 6:15 a.m. in the park.", "Wednesday just after 6:15 a.m.", "2025-03-05T06:15"],
    // an hour with no a.m./p.m. after a part of the day takes that part's half of the day
    ["The cyclist was hit Friday evening at 7 near Birch Lane.", "Friday evening at 7", "2025-03-07T19:00"],
    ["Classes resumed Monday morning at 8.30, the school said.", "Monday morning at 8.30", "2025-03-03T08:30"],
    // the other order was one mention already
    ["A van struck Mina Osei around 7 p.m. Friday on Larch Road.", "7 p.m. Friday", "2025-03-07T19:00"],
    ["A van struck Mina Osei at 6:58 p.m. on Friday on Larch Road.", "6:58 p.m. on Friday", "2025-03-07T18:58"],
  ])("%s → %s = %s", (sentence, expr, value) => {
    expect(mentions(sentence)).toContainEqual([expr, value]);
  });
});

describe("must not match: a day and a number that is no clock time of it", () => {
  it.each([
    // a street number and a count after the day
    ["The fire on Friday at 12 Larch Road was put out.", "Friday"],
    ["On Friday, 40 people marched down Quill Lane.", "Friday"],
    // the small hours after a night belong to the next day: the night stays alone
    ["The alarm went off Friday night at 2 and woke the street.", "Friday night"],
    // an hour with no part of the day is no clock time
    ["The council met Tuesday at 9 to vote on the budget.", "Tuesday"],
  ])("%s keeps %s alone", (sentence, day) => {
    const found = mentions(sentence);
    expect(found.map(([text]) => text)).toContain(day);
    expect(found.every(([, value]) => !/T\d/.test(value ?? ""))).toBe(true);
  });
});

describe("must not match: 'the day' before a clock time is no date-time", () => {
  it("the index stood lower than at the start of the day at 16:08 UTC: the clock stands alone", () => {
    const found = mentions("The index was 2% lower than at the start of the day at 16:08 UTC.");
    expect(found.map(([text]) => text)).toContain("16:08 UTC");
  });
});

describe("a bare clock time falls on the day the text has reached", () => {
  it.each([
    // a model year of the same year named between the day and the clock holds the day: the clock stays on it
    ["Mina Osei was walking to the temple on Friday when a silver 2025 sedan hit her at about 7 p.m.", "7 p.m.", "2025-03-07T19:00"],
    ["On Thursday a gray 2025 pickup rolled over near Fern Street at about 10 p.m., police said.", "10 p.m.", "2025-03-06T22:00"],
    ["Tom Varga was arrested on Tuesday, and in March he had been fined; he was freed at 4 p.m.", "4 p.m.", "2025-03-04T16:00"],
    // with no day named, a report's clock time is on its own day
    ["Police said the crash on Quill Lane happened at about 10 a.m.", "10 a.m.", "2025-03-08T10:00"],
    // a coarser period that does not hold the day: the creation day
    ["She had moved there on Friday. In 2019 the road was widened, and it closed at 9 p.m.", "9 p.m.", "2025-03-08T21:00"],
  ])("%s → %s = %s", (sentence, expr, value) => {
    expect(mentions(sentence)).toContainEqual([expr, value]);
  });
});

describe("a day word after a clock time is placed by the tense of the whole expression", () => {
  it.each([
    // written on a Thursday: a past verb before the clock is the Friday before, not the coming one
    ["Tom Varga fell from a ladder on Quill Lane just after 9 p. m. on Friday, according to his employer.", "9 p. m. on Friday", "2025-03-07T21:00", "2025-03-13"],
    ["Ada Brandt slipped on the ice near 6 a. m. Sunday on Larch Road.", "6 a. m. Sunday", "2025-03-09T06:00", "2025-03-13"],
    // a coming event stays ahead
    ["The vigil will start at 6 p.m. on Friday outside the library.", "6 p.m. on Friday", "2025-03-14T18:00", "2025-03-13"],
  ])("%s → %s = %s (written %s)", (sentence, expr, value, asOf) => {
    expect(mentions(sentence, asOf)).toContainEqual([expr, value]);
  });
});

describe("a weekday then its clock time is placed by the tense past the clock", () => {
  // written on Thursday 13 March 2025: the Saturday and Sunday before it are the 8th and 9th, the next ones the 15th and 16th
  it.each([
    // no cue around the weekday alone ("p. m." ends its sentence there); "was" past the clock looks back
    ["Officers say that on Saturday around 11:30 p. m. Ravi Lund was waiting at the bus stop.", "Saturday around 11:30 p. m.", "2025-03-08T23:30"],
    ["Witnesses say on Sunday at 2:10 p.m. a lorry was seen on Fern Street.", "Sunday at 2:10 p.m.", "2025-03-09T14:10"],
    // a coming event past the clock stays ahead
    ["Organisers say that on Saturday at 7 p.m. the choir will sing in the square.", "Saturday at 7 p.m.", "2025-03-15T19:00"],
    // the weekday's own verb places it, whatever comes after the clock
    ["Talks will resume on Saturday at 10 a.m. after a break that was long.", "Saturday at 10 a.m.", "2025-03-15T10:00"],
  ])("%s → %s = %s", (sentence, expr, value) => {
    expect(mentions(sentence, "2025-03-13")).toContainEqual([expr, value]);
  });
});
