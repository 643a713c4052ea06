/**
 * "a minute", "an hour", "a day" right after a figure and its noun is a rate, also when the noun is
 * of something ("4,000 gallons of water a minute", "90 barrels of oil a day"): a recurrence (SET),
 * not a length of time. "a week later" after such a figure, and "a minute" after a preposition, stay
 * lengths of time. Sentences written for this test; reference date 2020-06-01.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";

const kinds = (text: string): string[] => findMentions(text, { asOf: "2020-06-01" }).map((m) => `${m.kind}:${m.text}`);

describe("must match: a rate", () => {
  it.each([
    ["About 4,000 gallons of water a minute were poured on the mill.", "set:a minute"],
    ["The well gave 90 barrels of oil a day in June.", "set:a day"],
    ["The pumps moved 300 litres an hour.", "set:an hour"],
    ["She earns $5,000 a month at the depot.", "set:a month"],
  ])("%s → %s", (text, expected) => {
    expect(kinds(text)).toContain(expected);
  });
});

describe("must not match: a length of time", () => {
  it.each([
    ["Within a minute the roof of the mill was ablaze.", "set:a minute"],
    ["The crews worked for an hour.", "set:an hour"],
    ["After 3 rounds of talks a week later the strike ended.", "set:a week"],
  ])("%s has no %s", (text, notExpected) => {
    expect(kinds(text)).not.toContain(notExpected);
  });
});
