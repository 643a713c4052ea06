/**
 * Hours and minutes told together are one length of time, in minutes. Sentences written for this
 * test; the minutes worked out by hand.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";

const durations = (text: string) =>
  findMentions(text, { asOf: "2020-03-02" })
    .filter((m) => m.kind === "duration")
    .map((m) => [m.text, m.value?.type === "quantity" ? m.value.nominal : null, m.value?.type === "quantity" ? m.value.unit : null]);

describe("must match: hours and minutes as one duration", () => {
  it.each<[string, string, number]>([
    ["The ferry was delayed by 2 hours 15 minutes.", "2 hours 15 minutes", 135],
    ["The link was down for 3hrs 5 mins on Sunday.", "3hrs 5 mins", 185],
    ["Her time was 4 hrs and 40 mins.", "4 hrs and 40 mins", 280],
    ["The climb took 6h 12m from the hut.", "6h 12m", 372],
    ["The vote lasted 1 hour, 50 minutes.", "1 hour, 50 minutes", 110],
    ["Power returned after about 2 hours 10 minutes.", "about 2 hours 10 minutes", 130],
  ])("%s → %s = %d minutes", (sentence, text, minutes) => {
    expect(durations(sentence)).toContainEqual([text, minutes, "minute"]);
  });
});

describe("must not match: what only looks like hours and minutes", () => {
  it.each<[string, string]>([
    // minutes past 59 are a length of their own
    ["The match ran 2 hours 80 minutes by one count.", "2 hours 80 minutes"],
    // no unit of minutes after the second number
    ["The march took 3 hours 40 people said.", "3 hours 40"],
    ["Shops close at 9h 30 on Sundays.", "9h 30"],
  ])("%s: not %s", (sentence, text) => {
    expect(durations(sentence).map(([t]) => t)).not.toContain(text);
  });

  it("a single unit stays as it was", () => {
    expect(durations("The meeting lasted 3 hours.")).toContainEqual(["3 hours", 3, "hour"]);
  });
});
