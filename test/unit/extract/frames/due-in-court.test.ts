/**
 * "due" after a form of "be" and before a court ("is due in court", "are due before the magistrates",
 * "was due back at the tribunal") says the person is to appear there: a date of it is the day of the
 * appearance, as "due to appear" says in full. Sentences written for this test; frames read off them.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("due before a court: the day the person appears", () => {
  it.each([
    ["The driver is due before Penrith magistrates today.", "today"],
    ["Both brothers are due in court on Friday.", "Friday"],
    ["She was due back at the county court on 4 May.", "4 May"],
    ["The landlord is also due before the housing tribunal on Tuesday.", "Tuesday"],
  ])("%s", (text, value) => {
    expect(frame(text, value).rule).toBe("frame:appear/date");
  });

  it.each([
    ["The rent is due on Monday.", "Monday"], // no court
    ["A ruling from the tribunal is expected on Friday.", "Friday"], // no "due" at all
    ["The report is due at the council meeting on 4 May.", "4 May"], // a meeting, no court
    ["He is due in court after he was arrested on Monday.", "Monday"], // the arrest's day
    ["The pair are due at a bail hearing in court on Friday.", "Friday"], // the hearing names the event
  ])("not an appearance: %s", (text, value) => {
    expect(frame(text, value).rule).not.toBe("frame:appear/date");
  });
});
