/**
 * A date that closes the first of two predicates joined by "and" dates the first: in "Ines was a
 * late pick of the Owls in 2004 and spent six years there" 2004 is when she "was" that, however
 * long the noun phrase after the copula. Without a second predicate, or when "and" joins another
 * date or a noun, the reach stays short. Sentences written for this test; the predicates expected
 * were read by hand.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("must read the copula of the first conjunct", () => {
  it.each([
    ["Ines Moro was a late draft choice of the Owls in 2004 and spent six years with them.", "2004"],
    ["Tom Kale was the top recruit of the Badgers in 1996 and later coached them.", "1996"],
    ["Vera Lund was a third-round selection of the Rams in 2011 and played in two finals.", "2011"],
  ])("%s → %s: be", (sentence, value) => {
    const f = frame(sentence, value);
    expect(f.predicate?.lemma).toBe("be");
    expect(f.rule).toBe("frame:be/date");
  });
});

describe("must keep the verb of the first conjunct when it has one", () => {
  it.each([
    ["Vera Lund was hired by the council in May 2011 and retired in 2019.", "May 2011", "hire"],
    ["Tom Kale moved to the Badgers in 1996 and stayed a decade.", "1996", "move"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
});

describe("must not reach a far copula without a second predicate", () => {
  it.each([
    ["Ines Moro was a late draft choice of the Owls in 2004.", "2004"],
    ["Ines Moro was a late draft choice of the Owls in 2004 and 2005 for the cup.", "2004"],
    ["Ines Moro was a late draft choice of the Owls, the best side, in 2004 and spent six years there.", "2004"],
  ])("%s → %s has no copula", (sentence, value) => {
    expect(frame(sentence, value).predicate?.lemma).not.toBe("be");
  });
});
