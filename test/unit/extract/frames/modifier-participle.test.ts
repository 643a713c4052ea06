/**
 * A past participle that opens a noun phrase after a preposition or right after its clause's verb
 * ("placed on injured reserve", "placed undrafted rookie …") describes the noun and is no verb of
 * the clause. Sentences written for this test (made-up clubs and people); what each must give was
 * decided by reading the sentence.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const lemma = (sentence: string, value: string): string | undefined => frame(sentence, value).predicate?.lemma;

describe("must read as a modifier: the date is the clause verb's", () => {
  it.each([
    ["The Otters placed Ivo Marsh on injured reserve on Friday.", "Friday", "place"],
    ["Ivo Marsh was placed on injured reserve Tuesday.", "Tuesday", "place"],
    ["The Otters placed undrafted rookie Cal Dunn on the list on Friday.", "Friday", "place"],
    ["The clerk was sent on unpaid leave on Monday.", "Monday", "send"],
  ])("%s → %s: %s", (sentence, value, want) => {
    expect(lemma(sentence, value)).toBe(want);
  });
});

describe("must not read as a modifier", () => {
  it.each([
    // "to" before a verb marks an infinitive
    ["The two towns want to strengthen ties on Friday.", "Friday", "strengthen"],
    // a pronoun before the verb: it is the clause's verb
    ["Rebels wounded two men on Friday.", "Friday", "wound"],
    // no noun after the participle
    ["Ivo Marsh was injured Friday.", "Friday", "injure"],
  ])("%s → %s: %s", (sentence, value, want) => {
    expect(lemma(sentence, value)).toBe(want);
  });

  it("the patient of a placing on injured reserve is who was placed", () => {
    const f = frame("Ivo Marsh was placed on injured reserve on Wednesday.", "Wednesday");
    expect(f.participants.filter((p) => p.role === "patient").map((p) => p.key)).toEqual(["ivo marsh"]);
  });
});
