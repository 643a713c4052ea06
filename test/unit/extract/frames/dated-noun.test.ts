/**
 * A date written before a noun of a scheduled happening ("a May 2015 release") or before such a
 * noun and "date" ("its May 2015 release date", "a release date of 3 May 2015") dates that
 * happening. Sentences written for this test (each after an opening line, which a document reads
 * as its title); the predicates expected were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const LEAD = "The studio spoke to reporters. ";

describe("must read the scheduled happening as the date's predicate", () => {
  it.each([
    ["The label set a June 2016 release for the album.", "June 2016", "release"],
    ["The comedy kept its 4 March 2016 release date despite the strike.", "4 March 2016", "release"],
    ["The comedy has a release date of 4 March 2016.", "4 March 2016", "release"],
    ["The studio must meet a previously announced June 2016 release date.", "June 2016", "release"],
    ["The opera moved its 9 May premiere to the autumn.", "9 May", "premiere"],
    ["Lawyers asked to move the 9 May trial date.", "9 May", "trial"],
  ])("%s", (sentence, value, lemma) => {
    expect(frame(LEAD + sentence, value).predicate?.lemma).toBe(lemma);
  });
});

describe("must not read a happening from 'date' after a noun of no happening, nor past a verb with a subject", () => {
  it.each([
    ["The milk has an expiry date of 4 March 2016.", "4 March 2016", "expiry"],
    ["The band's June 2016 tour date was cancelled.", "June 2016", "tour"],
    ["Officials announced Sunday sweeping budget cuts.", "Sunday", "cut"],
  ])("%s is not read as '%s'", (sentence, value, not) => {
    expect(frame(LEAD + sentence, value).predicate?.lemma).not.toBe(not);
  });

  it("a scheduled noun in a phrase that opens the sentence leaves the date to the clause after it", () => {
    expect(frame(LEAD + "With its June 2016 release, the band toured six countries.", "June 2016").predicate?.lemma).toBe("tour");
  });

  it("a verb before the date keeps it: 'announced Sunday' is the announcing's day", () => {
    expect(frame(LEAD + "Officials announced Sunday sweeping budget cuts.", "Sunday").predicate?.lemma).toBe("announce");
  });
});
