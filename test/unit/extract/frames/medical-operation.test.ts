/**
 * An operation on the body told with a date is surgery ("a knee
 * operation in May" and "had knee surgery in 2019" tell one kind of happening), not a bare
 * happening; an operation of any other kind stays what it was. Sentences written for this test;
 * the expected predicates decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("an operation on the body, dated: surgery", () => {
  it.each([
    ["Ms. Orwell, who had back surgery in 2001, had another spinal operation in March 2009, delaying the hearing.", "March 2009"],
    ["The striker underwent a knee operation in August 2015.", "August 2015"],
    ["Doctors said the senator had a heart operation in 1994.", "1994"],
    ["Tomas Reyes had a second hip operation in 2020.", "2020"],
  ])("must read surgery: “%s” (%s)", (s, v) => {
    expect(frame(s, v).predicate?.lemma).toBe("surgery");
  });

  it.each([
    // an operation of the police, of rescuers, of a sting: no surgery
    ["The police ran an operation in March 2009 against the smugglers.", "March 2009"],
    ["Coast guards mounted a rescue operation in August 2015.", "August 2015"],
    ["The agency launched a sting operation in 1994.", "1994"],
  ])("must not read surgery: “%s” (%s)", (s, v) => {
    expect(frame(s, v).predicate?.lemma).not.toBe("surgery");
  });
});
