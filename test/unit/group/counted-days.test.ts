/**
 * A day counted from another happening of its text ("the previous day", "two days later") names
 * a happening other than the one it is counted from; a wider date that holds both days may date
 * either, and nesting alone does not tie it to the counted one (counted-days.ts). Sentences written
 * for this test; which pairs date one happening decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { daysFromItsAnchor, eitherHappeningHeld } from "../../../src/group/counted-days.js";
import { claim, verdicts } from "./pair-verdicts.js";

const RANGER = "A ranger, Tomas Velk, was shot dead near Corran on Saturday, 14 June 2031. He had driven to a farm to ask a man about a stabbing that had happened the previous day.";
const RANGER_JULY = "A ranger, Tomas Velk, was shot dead near Corran on Tuesday, 1 July 2031. He had driven to a farm to ask a man about a stabbing that had happened the previous day.";
const ARREST = "Police arrested the driver on 3 March 2031. He was charged two days later.";
const CHARGED = "Prosecutors on Monday charged a farmhand with killing the ranger Tomas Velk a month ago.";

describe("daysFromItsAnchor", () => {
  it.each<[string, string, string, number | null]>([
    ["the previous day: one day back", RANGER, "previous day", -1],
    ["two days later: two days on", ARREST, "two days later", 2],
    ["a day written out: not counted from another", RANGER, "Saturday, 14 June 2031", null],
    ["a day counted from the report: not from another happening", CHARGED, "Monday", null],
  ])("%s", (_name, text, value, days) => {
    expect(daysFromItsAnchor(claim(text, value, "a.txt", "2031-07-20"))).toBe(days);
  });
});

describe("eitherHappeningHeld", () => {
  const month = claim(CHARGED, "a month ago", "b.txt", "2031-07-14");
  it.each<[string, string, string, string, boolean]>([
    // 13 June counted from 14 June: "a month ago" (June) holds both days
    ["the previous day in June, counted from 14 June / a month ago", RANGER, "previous day", "2031-07-20", true],
    // 30 June counted from 1 July: only the earlier day lies in June
    ["the previous day in June, counted from 1 July / a month ago", RANGER_JULY, "previous day", "2031-07-20", false],
    // a day written out is no other happening's
    ["14 June 2031 / a month ago", RANGER, "Saturday, 14 June 2031", "2031-07-20", false],
  ])("%s → %s", (_name, text, value, day, held) => {
    const c = claim(text, value, "a.txt", day);
    expect(eitherHappeningHeld(c, month)).toBe(held);
    expect(eitherHappeningHeld(month, c)).toBe(held);
  });
  it("two days later (5 March, from 3 March) and March: held", () => {
    const m = claim("The case opened in March 2031.", "March 2031", "b.txt", "2031-04-02");
    expect(eitherHappeningHeld(claim(ARREST, "two days later", "a.txt", "2031-04-01"), m)).toBe(true);
  });
});

describe("verdicts", () => {
  it("must not agree: the stabbing of the previous day and the killing a month ago", () => {
    const a = claim(RANGER, "previous day", "a.txt", "2031-07-20");
    const b = claim(CHARGED, "a month ago", "b.txt", "2031-07-14");
    expect(verdicts(a, b)).toEqual([]);
  });
  it("must not agree: the stabbing of the previous day and the killing in June 2031", () => {
    const a = claim(RANGER, "previous day", "a.txt", "2031-07-20");
    const b = claim("A judge sentenced the farmhand for the ambush killing of ranger Tomas Velk in June 2031.", "June 2031", "b.txt", "2031-09-02");
    expect(verdicts(a, b)).toEqual([]);
  });
  it("must agree: the killing on Saturday, 14 June 2031 and the killing a month ago", () => {
    const a = claim(RANGER, "Saturday, 14 June 2031", "a.txt", "2031-07-20");
    const b = claim(CHARGED, "a month ago", "b.txt", "2031-07-14");
    expect(verdicts(a, b)).toEqual(["agree"]);
  });
});
