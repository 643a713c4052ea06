/**
 * A date that a verb of scheduling gives in the passive ("is scheduled for", "are planned for",
 * "has been set for") dates the event the verb is told of, so that "the vote, which is planned for
 * May 3" and "the May 3 vote" are read as one happening; and "according to" never signs an accord.
 * Sentences written for this test; expected frames read off them by hand.
 */
import { describe, expect, it } from "vitest";
import { claimsOfText, frame } from "./helpers.js";

describe("a scheduled date is the date of the event scheduled", () => {
  it.each([
    ["The regional vote, which is planned for 9 June, will fill ten seats.", "9 June", "frame:vote/date"],
    ["A meeting between the two unions is set for Friday.", "Friday", "frame:meet/date"], // (the id takes the lemma of "meeting")
    ["The hearing of the two brothers (both in custody) has been rescheduled for March 2.", "March 2", "frame:hearing/date"],
    ["Local elections in the province that are scheduled for October 12 will use paper ballots.", "October 12", "frame:election/date"],
    // other verbs that fix a date ahead: pencil in, book, fix, arrange
    ["After the adjournment a trial was penciled in for November.", "November", "frame:trial/date"],
    ["The final hearing has been penciled in for 3 March.", "3 March", "frame:hearing/date"],
    ["The appeal hearing is booked for 6 August in Cardiff.", "6 August", "frame:hearing/date"],
    ["The council election was fixed for Tuesday.", "Tuesday", "frame:election/date"],
    ["A meeting between the two clubs has been arranged for Thursday.", "Thursday", "frame:meet/date"],
    // a sitting of a court named by what it holds is that event: a trial hearing is the trial
    ["A three-day trial hearing was pencilled in for October at the crown court.", "October", "frame:trial/date"],
    ["The sentencing hearing has been set for 4 June.", "4 June", "frame:sentencing/date"],
    // (no event noun before the sitting: the hearing itself)
    ["A bail hearing has been set for 4 June.", "4 June", "frame:hearing/date"],
    ["A court hearing was pencilled in for October.", "October", "frame:hearing/date"],
    // the event named before the date, read as before
    ["The town vote on December 15 will fill ten seats.", "December 15", "frame:vote/date"],
  ])("%s", (text, value, rule) => {
    expect(frame(text, value).rule).toBe(rule);
  });

  it.each([
    ["The record was set on Monday by a sprinter.", "Monday", "frame:set/date"], // no event noun before the verb
    ["Officials planned the rally for Saturday.", "Saturday", "frame:plan/date"], // active: not told of the rally
    ["The suspect was booked on Monday at the county jail.", "Monday", "frame:book/date"], // no event noun before the verb
    ["Organisers booked the hall for 6 August.", "6 August", "frame:book/date"], // active: the hall is the verb's own object
  ])("not an event scheduled: %s", (text, value, rule) => {
    expect(frame(text, value).rule).toBe(rule);
  });
});

describe("'according to' introduces a source, no accord", () => {
  it.each([
    "According to a notice issued today, the bug lets a page run code.",
    "According to the vendor's note of 4 March, the fix is a stopgap.",
  ])("%s", (text) => {
    expect(claimsOfText(text, "2024-03-08").filter((c) => c.rule === "agreement-signing")).toEqual([]);
  });
  it("a named accord signed on a date is still one", () => {
    const found = claimsOfText("The Lakeside Accord was signed on 4 March 2019 by both towns.", "2024-03-08").filter((c) => c.rule === "agreement-signing");
    expect(found.map((c) => c.text)).toEqual(["4 March 2019"]);
  });
});
