/**
 * A date after what a role noun is "of" dates what the role's holder did: "as the host of the
 * county gala in 2009" hosted it in 2009; "the winner of the Leeds marathon in 2012" won it then.
 * A noun that names no doing ("the son of the mayor in 2012") gives no such reading, nor does a
 * role a verb takes as its object ("critics mocked the host of the gala in 2009"). Sentences
 * written for this test; the predicates expected were read by hand.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("must read the role's verb", () => {
  it.each([
    ["Her turn as the host of the county gala in 2009 was widely admired.", "2009", "host"],
    ["She won plaudits as the host of Norway's film awards in 2015, a tense year.", "2015", "host"],
    ["The winner of the Leeds marathon in 2012 was a nurse from Hull.", "2012", "win"],
    ["As the founder of the Harbour Choir in 1987, she led it for years.", "1987", "found"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
});

describe("must not read a role where none is named", () => {
  it.each([
    ["The son of the mayor in 2012 was jailed for fraud.", "2012", ["host", "win", "found"]],
    ["The guest of the county gala in 2009 was praised.", "2009", ["host", "win", "found"]],
    // a verb that takes the role as its object dates its own doing
    ["Critics mocked the host of the county gala in 2009.", "2009", ["host"]],
  ])("%s → %s", (sentence, value, not) => {
    expect(not).not.toContain(frame(sentence, value).predicate?.lemma);
  });
});
