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
    // a relative clause with a verb of its own, a "that" clause with a subject of its own
    ["Rebels seized the crew, who later sailed two boats to the coast.", "two", "sail"],
    ["The pilot radioed that it was 12 miles off the coast.", "12", null],
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
    // a relative clause whose only verb is "be" tells what its antecedent is: the antecedent's verb
    ["The names of the two guards hurt, who were 31 and 44 years old, were not given.", "31", "hurt"],
    ["Rebels seized the crew of the tanker, who were 19 in all.", "19", "seize"],
    ["Police freed the hostages, who were now 14 in number.", "14", "free"],
  ])("must keep the verb of the count's own clause: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma ?? null).toBe(lemma);
  });
});
