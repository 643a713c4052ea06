/**
 * A name set before ", who …": the person the clause's verb is said of (its patient for a passive,
 * its agent otherwise). Sentences written for this test (made-up clubs and people); what each must
 * give was decided by reading the sentence.
 */
import { describe, expect, it } from "vitest";
import { tagSentence } from "../../../../src/extract/tag/tagger.js";
import { nameBeforeWho } from "../../../../src/extract/frames/relative-antecedent.js";
import { frame } from "./helpers.js";

const role = (sentence: string, value: string, r: string): string[] =>
  frame(sentence, value).participants.filter((p) => p.role === r).map((p) => p.key);

describe("must match: the name before ', who'", () => {
  it.each([
    ["The other forwards are Ivo Marsh, who was signed on Monday, and Cal Dunn.", "Monday", "patient", "ivo marsh"],
    ["The depth chart lists Ivo Marsh, who was signed on Monday, and Cal Dunn, who was signed Tuesday from a rival.", "Tuesday", "patient", "cal dunn"],
    ["The keeper Ray Holt, who has been released on Friday, will leave.", "Friday", "patient", "ray holt"],
  ])("%s → %s: %s %s", (sentence, value, r, who) => {
    expect(role(sentence, value, r)).toEqual([who]);
  });
});

describe("must not match: no comma, no name before it, or no 'who'", () => {
  it.each([
    ["The man who was signed on Monday left the club.", "signed"],
    ["The striker, who was signed on Monday, scored twice.", "signed"],
    ["The Corran Accord, which was signed in May, lapsed.", "signed"],
    ["Ivo Marsh, he was signed on Monday.", "signed"],
    ["The keeper Ray Holt, who joined in May, will start.", "joined"],
  ])("%s", (sentence, verb) => {
    const tokens = tagSentence(sentence);
    expect(nameBeforeWho(tokens, tokens.findIndex((t) => t.text === verb))).toBeNull();
  });
});
