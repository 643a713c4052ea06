/**
 * The agreement-signing topic is a named agreement. Read through its vocabulary
 * ("sign", "ratify", "conclude"), a date is its signing only when what was signed is one of its
 * own nouns (accord, treaty, pact …) or is not said; an order, a bill, a player or a law signed on
 * a day is no agreement. Sentences written for this test; expected results read off them by hand.
 */
import { describe, expect, it } from "vitest";
import { claimsOfText } from "./helpers.js";

const signings = (text: string): string[] => claimsOfText(text, "2024-03-08").filter((c) => c.rule === "agreement-signing").map((c) => c.text);

describe("must not: something other than an agreement signed on a date", () => {
  it.each([
    ["a judge's order", "A magistrate signed a detention order on Wednesday."],
    ["a bill", "The premier signed the budget bill on Thursday."],
    ["a bill into law", "The president signed the housing bill into law on 2 February."],
    ["a player", "The club signed the goalkeeper on Monday."],
    ["a passive bill", "The spending bill was signed on Friday."],
    ["a law ratified", "The senate ratified the new mining law in May 2021."],
    ["a session concluded", "The panel concluded its spring session in June 2022."],
    ["a decree", "The minister signed an emergency decree last week."],
  ])("%s: %s", (_what, sentence) => {
    expect(signings(sentence)).toEqual([]);
  });
});

describe("must: an agreement signed on a date, named or not", () => {
  it.each([
    ["a named accord, active", "The two provinces signed the Corran Accord in April 2018.", "April 2018"],
    ["a named treaty, passive", "The Velden Treaty was signed on 12 May 2017 by both kings.", "12 May 2017"],
    ["an unnamed pact", "The rival parties signed a pact on Tuesday.", "Tuesday"],
    ["a convention ratified", "The assembly ratified the convention in June 2020.", "June 2020"],
    ["no object said", "The envoy hopes to sign by Easter.", "Easter"],
  ])("%s: %s", (_what, sentence, date) => {
    expect(signings(sentence)).toEqual([date]);
  });
});

describe("must: the agreement's noun in a long subject, or plural", () => {
  it.each([
    ["a long passive subject", "A pact of trade and friendship between Orlan and the northern ports was signed in March 1891.", "March 1891"],
    ["a plural", "Such treaties were concluded by the envoys in May 1890.", "May 1890"],
  ])("%s: %s", (_what, sentence, date) => {
    expect(claimsOfText(sentence, "1892-01-01").filter((c) => c.rule === "agreement-signing").map((c) => c.text)).toEqual([date]);
  });
  it("must not: a session concluded, the treaty far away", () => {
    const text = "The tribunal, which had met in Lisbon in April, concluded its long session on 9 September, having used the discretion the treaty gave it.";
    expect(claimsOfText(text, "1892-01-01").filter((c) => c.rule === "agreement-signing" && c.text.includes("September"))).toEqual([]);
  });
});
