/**
 * A weekday of an earlier week the text has just listed with "last week". Texts written for this
 * test; the days were worked out by hand from the document date, Tuesday 12 March 2030 (its week
 * runs Monday 11 to Sunday 17 March; the week before, 4 to 10 March).
 */
import { describe, expect, it } from "vitest";
import { earlierWeek } from "../../../src/normalize/earlier-week.js";
import type { StatedValue } from "../../../src/types.js";

const DOC_DATE = "2030-03-12";
const day = (iso: string): StatedValue => ({ type: "date", start: iso, end: iso, granularity: "day", approximate: false });

/** The day a weekday claim in the last sentence of `text` gets, read as `iso` against the document's date. */
function read(text: string, iso: string, pattern = "date/weekday"): string {
  const sentenceStart = text.lastIndexOf("\n") + 1;
  const v = earlierWeek(day(iso), pattern, text, sentenceStart, text.slice(sentenceStart), DOC_DATE);
  return v.type === "date" ? v.start : "";
}

describe("earlierWeek", () => {
  it.each([
    // must move back: the weekday tells of an event listed with "last week", by its place
    ["Monday's fire follows two last week in warehouses in Dunmore and Keld.\nOn Monday in Keld, a blaze gutted a grain store.", "2030-03-11", "2030-03-04"],
    ["The raid is the third this month, after two last week at Pell and at Harrow.\nIn Harrow on Wednesday, masked men took cash.\nOn Sunday at Pell, a van was rammed into a shop.", "2030-03-17", "2030-03-10"],
  ])("%s: %s → %s", (text, iso, expected) => {
    expect(read(text, iso)).toBe(expected);
  });

  it.each([
    // must not move: "last week" of one thing only, no list of events
    ["The clerk was dismissed last week from his post in Keld.\nOn Monday in Keld he returned with a rifle.", "2030-03-11"],
    // a list, but the weekday's sentence names none of it
    ["Two fires broke out last week in Dunmore and Keld.\nOn Monday a third gutted a barn near the coast.", "2030-03-11"],
    // a listed place, but nothing said of last week
    ["Fires broke out in Dunmore and Keld.\nOn Monday in Keld a barn burned.", "2030-03-11"],
    // already before the document's week
    ["Monday's fire follows two last week in Dunmore and Keld.\nOn Friday in Keld, a grain store burned.", "2030-03-08"],
  ])("%s: %s stays", (text, iso) => {
    expect(read(text, iso)).toBe(iso);
  });

  it("reads weekdays only, not a date the text states", () => {
    const text = "Monday's fire follows two last week in Dunmore and Keld.\nOn 11 March in Keld, a barn burned.";
    expect(read(text, "2030-03-11", "date/day-month")).toBe("2030-03-11");
  });
});
