/**
 * A day told as a deadline is not the day of something done (deadline-days.ts). Sentences written
 * for this test.
 */
import { describe, expect, it } from "vitest";
import { deadlineApart, deadlineDay } from "../../../src/group/deadline-days.js";
import { mayMeet } from "../../../src/group/occurrence-topics.js";
import type { Claim } from "../../../src/types.js";
import { claim, date, framedAt } from "../../helpers/claims.js";

let docs = 0;

function day(sentence: string, text: string, lemma: string, reportedAt = "2031-05-28"): Claim {
  docs += 1;
  return claim(date("2031-06-02"), {
    rule: "frame:file/date",
    document: `report-${docs}.txt`,
    ...framedAt(sentence, text),
    actors: ["name:pellam"],
    claimFrame: {
      counted: null,
      predicate: { lemma, voice: "active" },
      participants: [{ role: "agent", text: "Pellam Motors", key: "pellam motors" }],
      time: { tally: false, reportedAt },
      attribution: null,
      modality: [],
    } as unknown as Claim["claimFrame"],
  });
}

describe("deadlineDay: a date told as a deadline", () => {
  it.each([
    ["a deadline word after the date", "Pellam Motors has a June 2 deadline to present its plan.", "June 2"],
    ["the deadline of", "Pellam Motors must meet the deadline of June 2.", "June 2"],
    ["a deadline for", "Lenders set a deadline for June 2.", "June 2"],
    ["the deadline is", "The deadline is Tuesday, lenders said.", "Tuesday"],
    ["a cut-off date", "Bids close at the June 2 cut-off date.", "June 2"],
  ])("must: %s", (_name, sentence, text) => {
    expect(deadlineDay(day(sentence, text, "have"))).toBe("deadline");
  });
  it.each([
    ["a day something was done", "Pellam Motors filed for bankruptcy on June 2.", "June 2"],
    ["a day a deadline passed", "The deadline passed on June 2 without a deal.", "June 2"],
    ["a happening named after the date", "The June 2 filing surprised lenders.", "June 2"],
  ])("must not: %s", (_name, sentence, text) => {
    expect(deadlineDay(day(sentence, text, "file"))).toBe("");
  });
  it("must not: a figure", () => {
    const n = claim({ type: "quantity", min: 2, max: 2, nominal: 2, unit: "", approximate: false, qualifier: null } as unknown as Claim["value"], { ...framedAt("Pellam met 2 deadlines.", "2") });
    expect(deadlineDay(n)).toBe("");
  });
});

describe("deadlineApart: a deadline's day and a day of something done", () => {
  const deadline = day("Pellam Motors has a June 2 deadline to present its plan.", "June 2", "have");
  it("must: a June 2 deadline and a filing on June 2, of one company", () => {
    const filed = day("Pellam Motors filed for bankruptcy on June 2.", "June 2", "file", "2031-06-02");
    expect(deadlineApart(deadline, filed)).toBe(true);
    expect(mayMeet(deadline, filed)).toBe(false);
  });
  it("must not: two reports of one deadline", () => {
    const again = day("Lenders gave Pellam Motors a deadline of June 2.", "June 2", "give", "2031-05-29");
    expect(deadlineApart(deadline, again)).toBe(false);
  });
  it.each([
    ["must act by", "Pellam Motors must present its plan by June 2.", "June 2"],
    ["until", "Lenders gave Pellam Motors until June 2.", "June 2"],
    ["no later than", "The plan is due no later than June 2.", "June 2"],
  ])("must not: the deadline and a limit told without the word (%s)", (_name, sentence, text) => {
    const limit = day(sentence, text, "present", "2031-05-29");
    expect(deadlineDay(limit)).toBe("limit");
    expect(deadlineApart(deadline, limit)).toBe(false);
    expect(deadlineApart(limit, day("Pellam Motors filed for bankruptcy on June 2.", "June 2", "file", "2031-06-02"))).toBe(false);
  });
  it("must not: two days of something done", () => {
    const a = day("Pellam Motors filed for bankruptcy on June 2.", "June 2", "file", "2031-06-02");
    const b = day("Pellam Motors filed its petition on June 2.", "June 2", "file", "2031-06-03");
    expect(deadlineApart(a, b)).toBe(false);
  });
});
