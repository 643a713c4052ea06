/**
 * A count in a prepositional phrase set off by commas after its clause's subject takes that
 * clause's verb and subject (extract/frames/appositive-phrase.ts). Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const agent = (f: ReturnType<typeof frame>): string | null => f.participants.find((p) => p.role === "agent")?.text ?? null;

describe("a count in a phrase set off after the subject", () => {
  it.each([
    ["The raiders, in four vans, were trying to reach the depot.", "four", "try", "the raiders"],
    ["The crews, aboard two tugs, pulled the barge free.", "two", "pull", "the crews"],
  ])("must take the clause's verb and subject: %s", (sentence, value, lemma, doer) => {
    const f = frame(sentence, value);
    expect(f.predicate?.lemma ?? null).toBe(lemma);
    expect(agent(f)).toBe(doer);
  });

  it.each([
    // no comma opens the phrase: the verb before it is the count's
    ["The raiders came in four vans, and left at dawn.", "four", "come"],
    // the phrase holds a clause of its own: not a bare phrase
    ["The raiders, in four vans and a lorry that broke down, were caught.", "four", null],
  ])("must not read a phrase that is not set off after the subject: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma ?? null).toBe(lemma);
  });

  it.each([
    // an age range set off by commas carries no one: the verb after it is not the range's
    ["Two clerks, between 30 and 40 years old, working at a Keld bank fainted in the heat.", "30", "faint"],
  ])("must not read a range as a phrase that carries the subject: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma ?? null).not.toBe(lemma);
  });
});
