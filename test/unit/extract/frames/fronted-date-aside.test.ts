/**
 * A date that opens its sentence, then a phrase set off by commas that opens with a preposition:
 * the date belongs to the verb of the clause after that phrase. Sentences written for this test;
 * the verbs expected were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("must match: the clause's verb past a prepositional aside", () => {
  it.each([
    ["On Sunday, in their last game of a season some thought would end in a title, the Owls beat the Hawks.", "Sunday", "beat"],
    ["On Monday, during a long meeting with the mayor and two of her aides, the council approved the budget.", "Monday", "approve"],
    ["On Friday, in Leeds, a man was arrested.", "Friday", "arrest"],
  ])("%s → %s dates %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
});

describe("must not match: no aside, or an aside that is no prepositional phrase", () => {
  it.each([
    ["On Monday, the council approved the budget.", "Monday", "approve"],
    // (a preposition after the comma but no second comma: the clause goes on from the first)
    ["On Tuesday, at noon the ferry sailed for the islands.", "Tuesday", "sail"],
  ])("%s → %s dates %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
  it("a conjunction opens a clause of its own, which is not skipped: 'In 1990, after Grant resigned as chair, Lowe ran the firm.'", () => {
    expect(frame("In 1990, after Grant resigned as chair, Lowe ran the firm.", "1990").predicate?.lemma).not.toBe("run");
  });
});
