/**
 * Four families of the value layer, each with rows that must and must not change. Sentences written
 * for this test; the expected days worked out by hand from the creation time 2031-03-05 (a Wednesday).
 *   1. A plan in reported speech ("said the club would name its captain Friday") leans ahead of the text's
 *      date, as "will" does; a refusal ("would not comment") or a might-have-been does not.
 *   2. A clause the date's noun opens with "that"/"which"/"who"/"whether" belongs to that noun: its
 *      modal does not place the date ("brushed off a rumour Monday that the mayor might resign").
 *   3. "exactly"/"precisely" N years (months, weeks) ago is one day, not the whole year (month).
 *   4. Minutes and seconds "later"/"earlier" are a length of time between two moments, not a day.
 * And a noise family: an emergency number before the noun of its staff or service ("a 911
 * supervisor", "the 999 service") is a number to call, not a count.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import { findNoise } from "../../../src/values/noise/index.js";

const AS_OF = "2031-03-05";
const mentionOf = (text: string, shown: string) => findMentions(text, { asOf: AS_OF }).find((m) => m.text === shown);
const dayOf = (text: string, shown: string): string | undefined => {
  const v = mentionOf(text, shown)?.value;
  return v?.type === "date" ? `${v.start}..${v.end}` : undefined;
};

describe("a plan told in reported speech leans ahead", () => {
  it.each([
    ["A lawyer for the family said relatives would gather for a prayer service Friday at the church.", "Friday", "2031-03-07..2031-03-07"],
    ["The club announced that the squad would fly to Lisbon on Saturday.", "Saturday", "2031-03-08..2031-03-08"],
    ["Police said the suspect would appear in court Tuesday.", "Tuesday", "2031-03-11..2031-03-11"],
  ])("%s → %s", (text, shown, expected) => {
    expect(dayOf(text, shown)).toBe(expected);
  });

  it.each([
    // a refusal, a might-have-been, or "would" with no verb of saying before it keep looking back
    ["The club said its coach would not comment on Monday.", "Monday", "2031-03-03..2031-03-03"],
    ["Her brother said she would have turned 40 on Sunday.", "Sunday", "2031-03-02..2031-03-02"],
    ["The miners met on Monday and would strike later.", "Monday", "2031-03-03..2031-03-03"],
  ])("not ahead: %s → %s", (text, shown, expected) => {
    expect(dayOf(text, shown)).toBe(expected);
  });
});

describe("a clause the date's noun opens does not place the date", () => {
  it.each([
    ["He brushed off a rumour Monday that the mayor might resign.", "Monday", "2031-03-03..2031-03-03"],
    ["The board rejected a bid Tuesday which could have saved the mill.", "Tuesday", "2031-03-04..2031-03-04"],
  ])("%s → %s", (text, shown, expected) => {
    expect(dayOf(text, shown)).toBe(expected);
  });

  it.each([
    // the date's own verb still decides, and a clause with no verb before the date still takes what follows
    ["The mayor will address a rally Friday that the unions called.", "Friday", "2031-03-07..2031-03-07"],
    ["On Thursday, the council will decide whether the pool reopens.", "Thursday", "2031-03-06..2031-03-06"],
  ])("still: %s → %s", (text, shown, expected) => {
    expect(dayOf(text, shown)).toBe(expected);
  });
});

describe("exactly N years ago is one day", () => {
  it.each([
    ["The mill burned exactly three years ago.", "exactly three years ago", "2028-03-05..2028-03-05"],
    ["The pact was signed precisely six months ago.", "precisely six months ago", "2030-09-05..2030-09-05"],
    ["The vote is exactly two weeks from now.", "exactly two weeks from now", "2031-03-19..2031-03-19"],
  ])("%s → %s", (text, shown, expected) => {
    expect(dayOf(text, shown)).toBe(expected);
  });

  it.each([
    // without the word, or with a word of approximation, it stays the year (month) and is not exact
    ["The mill burned three years ago.", "three years ago", "2028-01-01..2028-12-31"],
    ["The mill burned about three years ago.", "about three years ago", "2028-01-01..2028-12-31"],
  ])("not one day: %s → %s", (text, shown, expected) => {
    expect(dayOf(text, shown)).toBe(expected);
  });

  it("a sum paid exactly is not a date", () => {
    expect(mentionOf("The fine came to exactly 300 dollars.", "exactly 300")?.value?.type ?? "quantity").not.toBe("date");
  });
});

describe("minutes and seconds later or earlier are a length of time", () => {
  it.each([
    ["The guard walked back in 25 minutes later with a rifle.", "25 minutes", 25, "minute"],
    ["She had been sent home 40 minutes earlier.", "40 minutes", 40, "minute"],
    ["The second blast came 90 seconds later.", "90 seconds", 90, "second"],
  ])("%s → %s", (text, shown, n, unit) => {
    const v = mentionOf(text, shown)?.value;
    expect(v?.type).toBe("quantity");
    expect(v).toMatchObject({ min: n, max: n, unit });
  });

  it.each([
    // hours and days still count to a day; "ago" of minutes is still the creation day
    ["The bridge closed on Tuesday. It reopened 30 hours later.", "30 hours later", "2031-03-05..2031-03-06"],
    ["The ferry capsized on Friday. It was found three days later.", "three days later", "2031-03-03..2031-03-03"],
    ["The tremor struck 20 minutes ago.", "20 minutes ago", "2031-03-04..2031-03-05"],
  ])("still a day: %s → %s", (text, shown, expected) => {
    expect(dayOf(text, shown)).toBe(expected);
  });
});

describe("an emergency number before the noun of its staff or service is noise", () => {
  it.each([
    ["A 911 supervisor talked the man into giving up.", "911"],
    ["The 999 service logged the call at once.", "999"],
    ["A 112 call taker stayed on the line.", "112"],
  ])("%s → %s", (text, span) => {
    expect(findNoise(text).map((m) => m.text)).toContain(span);
  });

  it.each([
    ["The ward has 112 supervisors on its books.", "112"],
    ["Some 999 services were cut across the county.", "999"],
  ])("still a count: %s → %s", (text, value) => {
    expect(findNoise(text).map((m) => m.text)).not.toContain(value);
  });
});
