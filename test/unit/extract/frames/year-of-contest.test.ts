/**
 * A year right before a contest, a prize or an edition of a yearly show names that contest's year:
 * "the 1994 league title", "the 2016 Emmys". The contest is the date's predicate (or an event noun
 * of it after it: "the 2002 championship game"). A contest's word that only qualifies a thing
 * ("the 2012 cup holder", "the 1990 title page") gives the year no contest. Sentences written for
 * this test; the predicates expected were read by hand.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("must read the contest a year names", () => {
  it.each([
    ["She was the captain of the Hawks' 1994 league title team.", "1994", "title"],
    ["Rita Pole was named to present the 2016 Emmys, then withdrew.", "2016", "emmy"],
    ["He swam at the 1988 Olympics before he turned to coaching.", "1988", "olympics"],
    ["Fans packed the streets for the 1972 championship parade.", "1972", "championship"],
    ["Nobody expected the 2007 playoffs to end that way.", "2007", "playoff"],
    ["The Owls played in the 2002 championship game in Reno.", "2002", "game"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    const f = frame(sentence, value);
    expect(f.predicate?.lemma).toBe(lemma);
    expect(f.rule).toBe(`frame:${lemma}/date`);
  });
});

describe("must not read a contest where the contest's word only qualifies a thing", () => {
  it.each([
    ["He kept the 2012 cup holder in his van.", "2012", "cup"],
    ["The 1990 title page of the atlas was torn.", "1990", "title"],
    ["Staff lost the 2005 draft document twice.", "2005", "draft"],
    ["The 2012 budget left the games room closed.", "2012", "game"],
  ])("%s → %s is not %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).not.toBe(lemma);
  });
});
