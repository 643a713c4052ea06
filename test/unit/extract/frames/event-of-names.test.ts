/**
 * A date after the names an event noun is "of" dates that event: "the arrest of Jo Reid and Sam
 * Kerr in 2008" is the arrest's year, however the clause around it goes on. A noun that names no
 * event ("the daughter of …") gives the date no predicate there. Sentences written for this test;
 * the predicates expected were read by hand.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("must read the event noun before the names", () => {
  it.each([
    ["Whether it was the pairing of Tom Vance and Nadia Okoro in 2016, the panel faces a test.", "2016", "pairing"],
    ["It was the arrest of Lena Holt and Piet Maas in 2009 that mattered.", "2009", "arrest"],
    ["The abduction of Mira Sol in May 2003 shocked the valley, the court heard.", "May 2003", "abduction"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
});

describe("must leave the date to a verb that takes the event as its object", () => {
  it.each([
    ["Appeals judges quashed the conviction of Aldo Brik on June 9, 2021.", "June 9, 2021", "quash"],
    ["Nobody forgot the abduction of Mira Sol in May 2003.", "May 2003", "forget"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
});

describe("must not take a noun that names no event", () => {
  it.each([
    ["It was the daughter of Lena Holt in 2009 that mattered.", "2009", "daughter"],
    ["Whether it was the cousin of Tom Vance and Nadia Okoro in 2016, the panel faces a test.", "2016", "cousin"],
  ])("%s → %s is not %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).not.toBe(lemma);
  });
});

// A name whose title holds a possessive ("County Sheriff's Deputy") is one run of names:
// the date after it is still the event noun's, not that of the verb of a later clause.
describe("must read the event noun before a name whose title holds a possessive", () => {
  it.each([
    ["The court learned of the arrest of Keld County Sheriff's Deputy Ola Brandt in May 2019, and the hearing went on.", "May 2019", "arrest"],
    ["She weighed every factor in the abduction of Harwick County Sheriff's Sergeant Pia Dunn on 4 April 2012, and she ruled against bail.", "4 April 2012", "abduction"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });

  it.each([
    // a verb that takes the event as its object keeps the date; a noun of no event gives none
    ["Judges quashed the conviction of Keld County Sheriff's Deputy Ann Roe on 2 June 2014.", "2 June 2014", "quash"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });

  it("must not take a noun of no event before such a name", () => {
    expect(frame("It was the daughter of Keld County Sheriff's Deputy Ann Roe in 2009 that mattered.", "2009").predicate?.lemma).not.toBe("daughter");
  });
});
