/**
 * A participle between an article (or a possessive) and a figure says how the figure is known
 * ("a reported $30 million", "an estimated 5,000 people"): it is no verb of the clause, and a date
 * later in the clause dates the clause's verb. Sentences written for this test; the expected
 * predicates were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const predicate = (sentence: string, value: string): string | undefined => frame(sentence, value).predicate?.lemma;

describe("a participle that describes the figure after it", () => {
  it.each([
    ["The Moss farm was sold for a reported $4 million in 1982.", "1982", "sell"],
    ["The dam was finished at an estimated cost of $9 million in 1961.", "1961", "finish"],
    ["Rebels seized an estimated 40 trucks near Gora on Tuesday.", "Tuesday", "seize"],
    ["The mill was bought for an alleged $3 million in 1975.", "1975", "buy"],
  ])("%s → %s: %s", (sentence, value, expected) => {
    expect(predicate(sentence, value)).toBe(expected);
  });

  it.each([
    // a participle with no article before it is the clause's verb
    ["The agency reported 5,000 new cases on Monday.", "Monday", "report"],
    // a relative clause's verb after "that" is read as before
    ["It was a study that estimated 300 deaths in 2009.", "2009", "estimate"],
    // a participle before a noun, not a figure, is skipped as before
    ["The firm's reported profit rose to $5 million in 2012.", "2012", "rise"],
  ])("not: %s → %s: %s", (sentence, value, expected) => {
    expect(predicate(sentence, value)).toBe(expected);
  });
});
