/**
 * A phrase that opens the sentence and ends at its first comma is no part of the subject after it
 * (extract/frames/fronted-adverbial.ts). Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const agent = (sentence: string, value: string): string | null => frame(sentence, value).participants.find((p) => p.role === "agent")?.text ?? null;

describe("a fronted adverbial before the subject", () => {
  it.each([
    ["Over the span of the trial, Ida Marsh mailed some 200 letters.", "some 200", "Ida Marsh"],
    ["During the length of the strike, Ona Bell sent 40 parcels.", "40", "Ona Bell"],
  ])("must not join the subject: %s", (sentence, value, doer) => {
    expect(agent(sentence, value)).toBe(doer);
  });

  it.each([
    // a list after a noun with "of" is the noun's: the team and its members
    ["The team of Ida Marsh, Ona Bell and Tom Kerr won 12 medals.", "12", "the team of Ida Marsh, Ona Bell and Tom Kerr"],
    ["Ida Marsh, Ona Bell and Tom Kerr won 12 medals.", "12", "Ida Marsh, Ona Bell and Tom Kerr"],
  ])("must keep a subject that opens the sentence: %s", (sentence, value, doer) => {
    expect(agent(sentence, value)).toBe(doer);
  });
});
