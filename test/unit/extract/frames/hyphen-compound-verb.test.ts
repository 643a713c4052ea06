/**
 * A verb written as a compound with a word glued before it by a hyphen is read as the compound:
 * "rear-ended" is no ending, "test-fired" no shooting. Sentences written for this test; the
 * predicates expected were read by hand.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("must read the whole compound as the predicate", () => {
  it.each([
    ["Her van rear-ended a bus on the ring road on Monday.", "Monday", "rear-end"],
    ["The council fast-tracked the bypass plan in March.", "March", "fast-track"],
    ["The navy test-fired two missiles on Sunday.", "Sunday", "test-fire"],
    ["The small plane crash-landed in a field on Friday.", "Friday", "crash-land"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
});

describe("must not join what is not one compound verb", () => {
  it.each([
    // words and a dash set apart by spaces
    ["The talks - ended on Monday - left no deal.", "Monday", "end"],
    // a plain verb
    ["The strike ended on Monday.", "Monday", "end"],
    // a dash glued between an aside and its verb
    ["Rioters-some on foot, others on scooters-attacked two banks on Monday.", "Monday", "attack"],
    // a capitalized word before the hyphen: a place or a people
    ["The ferry was Danish-built in 1990.", "1990", "build"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
});
