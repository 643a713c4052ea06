/**
 * A date whose verb names no happening of its own ("had", "underwent") dates the event noun that verb
 * takes: "had hip surgery in 2004" dates the surgery. Sentences written for this test; the predicates
 * read by hand.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("must match: a light verb's event noun is what the date dates", () => {
  it.each([
    ["Orla Penn, who had hip surgery in 2004, walked again within a month.", "2004", "surgery"],
    ["The striker underwent knee surgery in March 2019.", "March 2019", "surgery"],
    ["He had undergone heart surgery three times, in 1999, 2003 and 2011.", "2003", "surgery"],
    ["The town had a flood in June 2012 and another in 2016.", "June 2012", "flood"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
});

describe("must not match: no event noun after the light verb", () => {
  it.each([
    ["The two ministers had dinner in May 2015.", "May 2015", "surgery"],
    ["She underwent tests in April 2020 at the clinic.", "April 2020", "surgery"],
    ["The family had a house in Leeds since 2001.", "2001", "house"],
    // an event word that only qualifies a thing after it
    ["In 2019 the club left the games hall to the juniors.", "2019", "game"],
    ["She had a surgery ward to herself in May 2020.", "May 2020", "surgery"],
  ])("%s → %s: not %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).not.toBe(lemma);
  });
});
