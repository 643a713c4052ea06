/**
 * Two families of the temporal grammar, with sentences written for these tests:
 *   - "the week beginning <day>" and kin: the seven days from that day ("of": the calendar week
 *     that holds it), not the week of the text's own date followed by a day of its own;
 *   - a present-tense verb that fixes a coming day ("turns 30 on March 3", "takes effect on
 *     January 1") places a year-less date ahead, whatever the rest of the sentence tells in the past.
 */
import { describe, expect, it } from "vitest";
import { findTemporal } from "../../../src/values/temporal/index.js";

const AS_OF = "2025-09-05"; // a Friday

function dates(text: string): string[] {
  return findTemporal(text, { asOf: AS_OF })
    .filter((m) => m.value && m.value.type === "date")
    .map((m) => (m.value!.type === "date" ? `${m.text} = ${m.value!.start}..${m.value!.end}` : ""));
}

describe("the week beginning a day", () => {
  it.each([
    ["Repairs should be done during the week beginning 15 September 2025.", "the week beginning 15 September 2025 = 2025-09-15..2025-09-21"],
    ["Crews worked through the week starting Monday, September 8, 2025.", "the week starting Monday, September 8, 2025 = 2025-09-08..2025-09-14"],
    ["Tickets go on sale in the week commencing 1 December 2025.", "the week commencing 1 December 2025 = 2025-12-01..2025-12-07"],
    ["A week beginning on 3 November 2025 was set aside for talks.", "A week beginning on 3 November 2025 = 2025-11-03..2025-11-09"],
    // "of": the calendar week (Monday to Sunday) that holds the day, a Wednesday here
    ["The vote falls in the week of September 10, 2025.", "the week of September 10, 2025 = 2025-09-08..2025-09-14"],
  ])("%s", (text, expected) => {
    expect(dates(text)).toEqual([expected]);
  });

  it.each([
    "The vote falls in the week of March 2025.", // a month begins no week of this kind
    "Traffic was heavy in the week beginning after the holiday.", // no date after it
    "They met the week before 3 November 2025.", // another word than beginning, starting, commencing, of
  ])("not a week from a day: %s", (text) => {
    const patterns = findTemporal(text, { asOf: AS_OF }).map((m) => m.pattern);
    expect(patterns.some((p) => p.startsWith("date/week-from"))).toBe(false);
  });
});

describe("a present-tense verb that fixes a coming day", () => {
  it.each([
    ["The winger, who turns 30 on March 3, has scored 12 goals this season.", "March 3 = 2026-03-03..2026-03-03"],
    ["The new levy takes effect on January 1, lawmakers said.", "January 1 = 2026-01-01..2026-01-01"],
    ["The bridge reopens on June 2, after repairs that lasted a year.", "June 2 = 2026-06-02..2026-06-02"],
  ])("ahead: %s", (text, expected) => {
    expect(dates(text)).toContain(expected);
  });

  it.each([
    ["The winger turned 30 on March 3, his club said.", "March 3 = 2025-03-03..2025-03-03"],
    ["The museum opened on June 2, officials said.", "June 2 = 2025-06-02..2025-06-02"],
    ["The new levy took effect on January 1.", "January 1 = 2025-01-01..2025-01-01"],
  ])("still past: %s", (text, expected) => {
    expect(dates(text)).toContain(expected);
  });
});

describe("a clause after a comma does not tell the tense of a date with a verb before it", () => {
  it.each([
    // past verb before the date; a later clause looks ahead
    ["She checked into a clinic on Thursday night, for what is to be a long stay.", "Thursday night = 2025-09-04..2025-09-04"],
    ["She checked into a clinic in Salem, Ore., on Thursday night, for what is to be a long stay.", "Thursday night = 2025-09-04..2025-09-04"],
    ["The firm, which was sold last year, will reopen on Monday, its owners said.", "Monday = 2025-09-08..2025-09-08"],
    ["The mayor resigned on Monday; an election will follow.", "Monday = 2025-09-01..2025-09-01"],
    // future verb before the date; a later clause tells the past
    ["The board will meet on Tuesday, a spokesman said.", "Tuesday = 2025-09-09..2025-09-09"],
    // a date that opens its sentence takes the clause after it
    ["On Monday, the council will vote on the budget.", "Monday = 2025-09-08..2025-09-08"],
    ["On Monday, the council voted on the budget.", "Monday = 2025-09-01..2025-09-01"],
  ])("%s", (text, expected) => {
    expect(dates(text)).toContain(expected);
  });
});

