/**
 * A noun of an amount before a date ("a lot of today's trading", "the bulk of Monday's sales")
 * names no happening: the date is not read with "lot" or "bulk" as its predicate, while a noun of
 * a happening the date is "of" still is ("the storm of 12 May"). Sentences written for this test
 * (each after an opening line, which a document reads as its title); the predicates expected were
 * decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const LEAD = "The exchange spoke to reporters. ";

describe("a noun of an amount before a date is not its predicate", () => {
  it.each([
    ["A lot of today's trading in Keld was tied to the merger.", "today", "lot"],
    ["The bulk of Monday's sales came from the Orvik stores.", "Monday", "bulk"],
    ["The majority of Friday's orders were cancelled by noon.", "Friday", "majority"],
    ["A handful of Tuesday's flights left Keld on time.", "Tuesday", "handful"],
  ])("%s is not read as '%s'", (sentence, value, not) => {
    expect(frame(LEAD + sentence, value).predicate?.lemma).not.toBe(not);
  });
});

describe("a noun of a happening before a date still is", () => {
  it.each([
    ["The storm of 12 May flooded the lower town.", "12 May", "storm"],
  ])("%s → %s", (sentence, value, lemma) => {
    expect(frame(LEAD + sentence, value).predicate?.lemma).toBe(lemma);
  });
});
