/**
 * Lengths of time that made no claim because their verb is "be" or a verb of making
 * known: a length of service ("has been with the force for 11 years": tenure.ts), how long a thing
 * has stood somewhere, a disclosure or a clause's happening measured from another moment, and how
 * far into a happening a sentence stands (span-from-event.ts). Sentences written for this test;
 * the expected topics were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("a length of service or of standing somewhere (tenure.ts)", () => {
  it.each([
    ["Officer Tom Hale had been with the force for 11 years.", "11 years", "frame:duration/veteran"],
    ["Chief Ed Moss, who has been with the Keld Police Department for two decades, was hurt.", "two decades", "frame:duration/veteran"],
    ["Ann Reid was with Acme Mining for 30 years.", "30 years", "frame:duration/veteran"],
    ["The branch has been there for at least 10 years, a clerk said.", "at least 10 years", "frame:duration/branch"],
  ])("%s → %s: %s", (sentence, value, expected) => {
    expect(frame(sentence, value).rule).toBe(expected);
  });

  it.each([
    // must not: a short visit, a person, no "with" or "there", a verb of its own
    ["Ann Reid was with her sister for two hours.", "two hours", "frame:duration/veteran"],
    ["Tom Hale has been with Ann Lee for 11 years.", "11 years", "frame:duration/veteran"],
    ["Tom Hale has been in jail for 11 years.", "11 years", "frame:duration/veteran"],
    ["Ann Reid was there for 20 years.", "20 years", "frame:duration/reid"],
  ])("not: %s → %s: not %s", (sentence, value, unexpected) => {
    expect(frame(sentence, value).rule).not.toBe(unexpected);
  });

  it("a verb of its own keeps its topic: stayed with the force for 11 years", () => {
    expect(frame("Tom Hale stayed with the force for 11 years.", "11 years").rule).toBe("frame:duration/stay");
  });
});

describe("a length measured from another moment (span-from-event.ts)", () => {
  it.each([
    ["Ann Reid revealed herself as the source 30 years after she tipped off reporters.", "30 years", "frame:duration/reveal"],
    ["Tom Hale admitted the theft two days after the audit.", "two days", "frame:duration/admit"],
    ["It was thirty four years before she finally broke cover.", "thirty four years", "frame:duration/reveal"],
    ["It was a week before the pump was fixed.", "a week", "frame:duration/fix"],
    ["Ann Reid came forward two years after the trial.", "two years", "frame:duration/reveal"],
    ["Twelve hours into the search, divers found the car.", "Twelve hours", "frame:duration/search"],
    ["Two days into the investigation, police named a suspect.", "Two days", "frame:duration/investigation"],
    ["Twelve hours into the search divers said the car was empty.", "Twelve hours", "frame:duration/search"],
  ])("%s → %s: %s", (sentence, value, expected) => {
    expect(frame(sentence, value).rule).toBe(expected);
  });

  it.each([
    // must not: a verb of saying only, no side word
    ["Police said two days later that she had fled.", "two days"],
    ["Ann Reid revealed the plan for 30 years.", "30 years"],
    ["It has been 30 years.", "30 years"],
  ])("no claim: %s → %s", (sentence, value) => {
    expect(frame(sentence, value).rule).toBeNull();
  });

  it.each([
    // must not: a verb with no phrase of disclosure is no revelation
    ["Ann Reid came home two years after the trial.", "two years"],
    ["Tom Hale broke the window two days after the audit.", "two days"],
  ])("not a revelation: %s → %s", (sentence, value) => {
    expect(frame(sentence, value).rule).not.toBe("frame:duration/reveal");
  });

  it.each([
    // must not: a game's clock, and "it was … before" with no clause after it
    ["Ten minutes into the match, Reid scored.", "Ten minutes", "frame:duration/match"],
    ["It was two weeks before the vote.", "two weeks", "frame:duration/be"],
  ])("not: %s → %s: not read by this module as %s", (sentence, value, unexpected) => {
    expect(frame(sentence, value).rule === unexpected && unexpected.endsWith("/be")).toBe(false);
  });
});
