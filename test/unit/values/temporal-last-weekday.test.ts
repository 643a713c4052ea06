/**
 * "last <weekday>" counted back from the report's day. A writer says "yesterday" (or "on Monday")
 * for the day before, so "last <weekday>" naming the day before is the week before's; naming the
 * report's own day it is a week back too; any other weekday is the most recent one. "this past
 * <weekday>" keeps the most recent one, the day before included.
 * Sentences written for these tests (made-up people and places); reference date 2031-05-14, a Wednesday.
 */
import { describe, expect, it } from "vitest";
import { findTemporal } from "../../../src/values/temporal/index.js";

const AS_OF = "2031-05-14";

function dates(sentence: string): [string, string | undefined][] {
  return findTemporal(sentence, { asOf: AS_OF })
    .filter((m) => m.kind === "date")
    .map((m) => [m.text, m.timex?.value]);
}

describe("must: the day a reader takes", () => {
  it.each([
    // the weekday before the report's day: a week further back
    ["Varga had his shoulder scoped last Tuesday and sat out the derby.", "last Tuesday", "2031-05-06"],
    // the report's own weekday: a week back
    ["The mayor of Brill spoke last Wednesday at the depot.", "last Wednesday", "2031-05-07"],
    // two days back or more: the most recent one
    ["Pell signed with the Otters last Monday.", "last Monday", "2031-05-12"],
    ["The Hawks lost at Dunmore last Sunday.", "last Sunday", "2031-05-11"],
    ["The dam inspection took place last Thursday.", "last Thursday", "2031-05-08"],
    ["Last Saturday the ferry ran aground off Skel.", "Last Saturday", "2031-05-10"],
    // "this past": the most recent, the day before included
    ["Orla Renn was traded this past Tuesday.", "this past Tuesday", "2031-05-13"],
  ])("%s → %s = %s", (sentence, text, value) => {
    expect(dates(sentence)).toContainEqual([text, value]);
  });
});

describe("must not: the day before read as 'last' one", () => {
  it.each([
    ["Varga had his shoulder scoped last Tuesday and sat out the derby.", "last Tuesday", "2031-05-13"],
    ["The mayor of Brill spoke last Wednesday at the depot.", "last Wednesday", "2031-05-14"],
    ["Pell signed with the Otters last Monday.", "last Monday", "2031-05-05"],
  ])("%s: %s is not %s", (sentence, text, value) => {
    expect(dates(sentence)).not.toContainEqual([text, value]);
  });
  it("a plain weekday the day before stays the day before", () => {
    expect(dates("The Otters waived Kemp on Tuesday.")).toContainEqual(["Tuesday", "2031-05-13"]);
  });
});
