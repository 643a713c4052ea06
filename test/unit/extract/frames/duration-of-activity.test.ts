/**
 * A length of time "of" a gerund measures that activity: the gerund is the predicate, whatever the
 * clause's own verb (a gerund the tagger reads as a verb; "years of hiding" read as a noun is left as
 * it was). Sentences written for this test; the predicates read by hand.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("must match: N units of VERB-ing", () => {
  it.each([
    ["After more than two decades of running the mill, Ilsa Verne retired.", "more than two decades", "run"],
    ["Nine years of lobbying finally paid off for the growers.", "Nine years", "lobby"],
    ["The talks collapsed after 14 hours of haggling about wages.", "14 hours", "haggle"],
    ["Four months of rising rents angered the tenants.", "Four months", "rise"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
});

describe("must not match: what follows 'of' is no gerund", () => {
  it.each([
    ["The summit closed after four days of talks.", "four days", "talk"],
    ["The pupils were eleven years of age.", "eleven years", "age"],
    ["He left after two hours of the hearing.", "two hours", "hear"],
  ])("%s → %s: not %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).not.toBe(lemma);
  });
});
