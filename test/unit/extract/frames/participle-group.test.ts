/**
 * A group named by what happened to it ("the dead", "the detained") as the subject of a verb that
 * lists its members takes that happening as its count's verb (extract/frames/participle-group.ts).
 * Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("a group named by a participle lists its members", () => {
  it.each([
    ["The dead included 12 Keldish sailors.", "12", "die"],
    ["The detained also included four men from Orlan.", "four", "detain"],
    ["The apprehended included nine Varnish fishermen.", "nine", "apprehend"],
  ])("must take the group's happening: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma ?? null).toBe(lemma);
  });

  it.each([
    // a noun, no participle
    ["The haul included 12 rifles.", "12", "include"],
    // a participle before a noun modifies it
    ["The injured man included 3 friends in his will.", "3", "include"],
    // no "the" before the word
    ["Those who died included 12 sailors.", "12", "include"],
  ])("must keep the listing verb: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma ?? null).toBe(lemma);
  });
});
