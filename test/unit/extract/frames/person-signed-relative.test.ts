/**
 * A passive verb whose subject is "who" was done to a person ("Ivo Marsh, who was signed on
 * Monday"): read through the agreement-signing vocabulary, it is no agreement's signing. Sentences
 * written for this test (made-up clubs, people and accords); expected results read off them by hand.
 */
import { describe, expect, it } from "vitest";
import { claimsOfText } from "./helpers.js";

const signings = (text: string): string[] => claimsOfText(text, "2024-03-08").filter((c) => c.rule === "agreement-signing").map((c) => c.text);

describe("must not: a person signed, told in a relative clause", () => {
  it.each([
    ["The only other forward is Ivo Marsh, who was signed on Monday from a rival club."],
    ["The Otters still have Cal Dunn, who was quietly signed Tuesday after a trial."],
    ["Ray Holt, who has been signed through June 2026, will start."],
  ])("%s", (sentence) => {
    expect(signings(sentence)).toEqual([]);
  });
});

describe("must: an agreement told with a relative pronoun of things, or a person who signs", () => {
  it.each([
    ["The Corran Accord, which was signed in April 2018, lapsed.", "April 2018"],
    ["The envoy, who signed the Velden Treaty in May 2017, retired.", "May 2017"],
  ])("%s → %s", (sentence, date) => {
    expect(signings(sentence)).toEqual([date]);
  });
});
