/**
 * Two readings of a clause's head: a length of time after "is" measures the head of the subject
 * before its "of" phrases ("the term of office of the mayors is four years" measures the term), and
 * a word in -s between a subject and an article is a present-tense verb even when a tagger reads it
 * as a plural noun ("On 3 May the town hosts a fair"). Sentences written for this test; expected
 * frames read off them by hand.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("a length of time after 'is' measures the head of the subject", () => {
  it.each([
    ["The term of office of the mayors is four years.", "four years", "frame:duration/term"],
    ["The mayors term of office is four years.", "four years", "frame:duration/term"],
    ["The length of a council's mandate is five years.", "five years", "frame:duration/length"],
    ["The delay is about two hours.", "about two hours", "frame:duration/delay"],
  ])("%s", (text, value, rule) => {
    expect(frame(text, value).rule).toBe(rule);
  });
  it("a pronoun names nothing measured", () => {
    expect(frame("It was 40 minutes.", "40 minutes").rule).toBeNull();
  });
});

describe("a present-tense verb read as a plural noun", () => {
  it.each([
    ["On 3 May the town hosts a fair on farming.", "3 May", "frame:host/date"],
    ["On 3-4 May Millbrook hosts a fair on farming.", "3-4 May", "frame:host/date"],
  ])("%s", (text, value, rule) => {
    expect(frame(text, value).rule).toBe(rule);
  });
  it.each([
    // the verb is read as a verb already: nothing to change
    ["On 3 May the town held a fair.", "3 May", "frame:hold/date"],
    // no article after the word in -s: the plural noun stays a noun, the verb after it is the clause's
    ["On 3 May the fair hosts arrived early.", "3 May", "frame:arrive/date"],
  ])("%s", (text, value, rule) => {
    expect(frame(text, value).rule).toBe(rule);
  });
});

describe("a capitalized adjective opening a sentence is no name", () => {
  it.each([
    ["Parliamentary elections in the republic are planned for 9 June.", "9 June"],
    ["Regional officials met on 3 May to plan the vote.", "3 May"],
    ["Presidential aides said on 3 May that the vote was set.", "3 May"],
  ])("no agent named by the adjective: %s", (text, value) => {
    const f = frame(text, value);
    expect(f.participants.filter((p) => /^(?:parliamentary|regional|presidential)$/i.test(p.text))).toEqual([]);
  });
  it("a place of the gazetteer that opens a sentence stays a name", () => {
    // (not a clause a verb of saying reports: "that two men were held" names its own parties, reported-roles.ts)
    const f = frame("Montreal police met on 3 May to plan the search.", "3 May");
    expect(f.participants.some((p) => /Montreal/.test(p.text))).toBe(true);
  });
});
