/**
 * A state of absence for a count ("would be unavailable for the last two games") counts what the
 * one told of misses (extract/frames/absent-for.ts). Sentences written for this test (made-up
 * clubs and people); what each must give was decided by reading the sentence.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("must: an adjective of absence after 'be' or 'remain', then 'for' and the count", () => {
  it.each([
    ["The coach said after training that Varga would be unavailable for the club's final two games.", "two"],
    ["Ruiz is ineligible for three matches after the red card.", "three"],
    ["The senator was absent for 12 sittings of the committee.", "12"],
    ["Okafor remains unavailable for two more games, the club said.", "two"],
  ])("%s (%s) → miss", (sentence, value) => {
    expect(frame(sentence, value).predicate?.lemma).toBe("miss");
  });
});

describe("must not: presence, no 'for' right after the adjective, no 'be' before it", () => {
  it.each([
    ["Varga was available for three games in May.", "three"],
    ["The ferry was unavailable to 300 passengers on Friday.", "300"],
    ["The club sold the unavailable two players in June.", "two"],
    ["Ruiz was unavailable for comment after he scored three goals.", "three"],
  ])("%s (%s)", (sentence, value) => {
    expect(frame(sentence, value).predicate?.lemma).not.toBe("miss");
  });
});
