/**
 * A count inside a complement, relative or subordinate clause takes no verb from the clause around
 * it (extract/frames/clause-opening.ts). Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("the walk back from a count stops where its own clause opens", () => {
  it.each([
    // a "that" clause: the boats sent nothing
    ["The ferry sent a signal that it was under fire from three patrol boats.", "three", null],
    ["The harbour office said the ferry sent a signal at noon that it was being chased by three tugs.", "three", null],
    // a subordinate clause whose only verb is "be"
    ["The council closed the hall because there were 300 guests inside.", "300", "be"],
    ["The guards left the gate when there were only two men on duty.", "two", "be"],
  ])("must not take the verb before the clause: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma ?? null).toBe(lemma);
  });

  it.each([
    // a verb inside the clause is found before the clause's opening word
    ["The clerk said that the van carried 40 crates.", "40", "carry"],
    // "that" as a determiner, "after" as a preposition, no clause at all
    ["The club bought that 40-acre farm in May.", "40-acre", "buy"],
    ["The mill shut after the storm with 40 workers inside.", "40", "shut"],
    ["The firm sent letters to 300 clients.", "300", "send"],
  ])("must keep the verb of the count's own clause: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma ?? null).toBe(lemma);
  });
});
