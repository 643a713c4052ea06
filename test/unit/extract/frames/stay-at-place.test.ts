/**
 * A person's being at a named place, dated, is a stay there: "she was at Lakeview Clinic in 2010"
 * reads as "her stay at Lakeview Clinic in 2010". Sentences written for this test; the predicates
 * expected were read by hand.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("must read a dated stay at a named place", () => {
  it.each([
    ["The singer was previously at Lakeview Clinic in 2009.", "2009"],
    ["Mara Quint, who has been in treatment three times, was once in Pine Hollow in 2011.", "2011"],
    ["He was at Fairmead House from March 2007 to June 2008 after the crash.", "from March 2007 to June 2008"],
    ["They were in Valletta in May and flew home in June.", "May"],
  ])("%s → %s: stay", (sentence, value) => {
    const f = frame(sentence, value);
    expect(f.predicate?.lemma).toBe("stay");
    expect(f.rule).toBe("frame:stay/date");
  });
});

describe("must not read a stay", () => {
  it.each([
    // a common noun after "in"
    ["The firm was in trouble in 2010.", "2010"],
    ["Her father was in hospital in May.", "May"],
    // a number in the place
    ["The chain was in Chapter 11 in 2009.", "2009"],
    // an event as the subject
    ["The summit was in Oslo in 2010.", "2010"],
    // a verb of its own
    ["He was born in Leeds in 1980.", "1980"],
    ["She was arrested at Heathrow on Monday.", "Monday"],
  ])("%s → %s", (sentence, value) => {
    expect(frame(sentence, value).predicate?.lemma).not.toBe("stay");
  });
});
