/**
 * How long before or after another moment something happened. Two families,
 * each with rows that must and must not change: a past form the tagger reads as an adjective right
 * after "have"/"be" and right before the value is the clause's verb ("had married two weeks
 * before …"); a length of time right before "before"/"after"/"earlier"/"later" measures the verb's
 * happening (frame:duration/<verb>), not the moment it counts from. Sentences written for this
 * test; the expected predicates and topics were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("a participle read as an adjective after 'have' or 'be', right before the value", () => {
  it.each([
    ["The pilot had married two weeks before the crash.", "two weeks", "marry"],
    ["The nurse was married three weeks before the fire, her sister said.", "three weeks", "marry"],
    ["The coach has trained 40 recruits since May.", "40", "train"],
  ])("%s → %s: %s", (sentence, value, expected) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(expected);
  });

  it.each([
    // must not: a word with a noun after it, or one not right before the value
    ["The runner had tired legs after 20 miles.", "20 miles", "tired"],
    ["The pair was married in a chapel in 2019.", "2019", "married"],
  ])("not: %s → %s: not %s", (sentence, value, unexpected) => {
    const lemma = frame(sentence, value).predicate?.lemma;
    expect(lemma === unexpected || lemma === "marry" || lemma === "tire").toBe(false);
  });
});

describe("a length of time before or after another moment measures the verb's happening", () => {
  it.each([
    ["The pilot had married two weeks before the crash.", "two weeks", "frame:duration/marry"],
    ["The mayor resigned six days after the vote.", "six days", "frame:duration/resign"],
    ["The clerk was hired three days after the audit.", "three days", "frame:duration/hire"],
  ])("%s → %s: %s", (sentence, value, expected) => {
    expect(frame(sentence, value).rule).toBe(expected);
  });

  it.each([
    // must not: a verb that says nothing happened, or only places a happening in time, gives no holder;
    // nor does a length something went on for
    ["It was two weeks before the vote.", "two weeks", "frame:duration/be"],
    ["The accident comes eight months after a similar crash on the bridge.", "eight months", "frame:duration/come"],
    ["Crews fought the blaze for six hours before it died down.", "six hours", "frame:duration/fight"],
  ])("not: %s → %s: not %s", (sentence, value, unexpected) => {
    expect(frame(sentence, value).rule).not.toBe(unexpected);
  });

  it.each([
    // must not: a length not placed right before "before"/"after" keeps its verb's topic as before
    ["Hale served two weeks in jail.", "two weeks", "frame:duration/serve"],
    ["The driver waited three hours for the tow truck.", "three hours", "frame:duration/wait"],
  ])("not: %s → %s: %s", (sentence, value, expected) => {
    expect(frame(sentence, value).rule).toBe(expected);
  });
});

describe("how long the subject was what 'be' says it was", () => {
  it.each([
    ["Varga had been a member of the fraud unit for the past six years.", "the past six years", "frame:duration/member"],
    ["Okafor was a teacher in Keld for 30 years.", "30 years", "frame:duration/teacher"],
  ])("%s → %s: %s", (sentence, value, expected) => {
    expect(frame(sentence, value).rule).toBe(expected);
  });

  it.each([
    // must not: a form of "be" with no noun after it, or a length not after "for"
    ["Okafor was in Keld for 30 years.", "30 years", "frame:duration/keld"],
    ["Okafor worked as a teacher for 30 years.", "30 years", "frame:duration/teacher"],
  ])("not: %s → %s: not %s", (sentence, value, unexpected) => {
    expect(frame(sentence, value).rule).not.toBe(unexpected);
  });
});
