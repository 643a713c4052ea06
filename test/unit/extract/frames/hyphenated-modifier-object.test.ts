/**
 * A modifier of words glued by hyphens before a verb's object ("a last-minute rule", "the
 * so-called plan") is part of the object's noun phrase: the object is still read as the patient.
 * Sentences written for this test; the patients expected were read by hand.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const patients = (sentence: string, value: string): string[] => frame(sentence, value).participants.filter((p) => p.role === "patient").map((p) => p.key);

describe("must read the object after a hyphenated modifier", () => {
  it.each([
    ["The governor vetoed a last-minute tax bill on May 4, 2011.", "May 4, 2011", "last-minute tax bill"],
    ["The board scrapped its long-standing parking policy on June 2, 2015.", "June 2, 2015", "long-standing parking policy"],
    ["The mayor approved the so-called harbour plan on 9 March 2012.", "9 March 2012", "so-called harbour plan"],
    ["Voters rejected a state-run lottery scheme in October 2008.", "October 2008", "state-run lottery scheme"],
    // two glued modifiers in a row, and one of three words
    ["The club signed a well-known left-footed winger on 3 July 2019.", "3 July 2019", "well-known left-footed winger"],
    ["The agency bought a state-of-the-art scanner in April 2016.", "April 2016", "state-of-the-art scanner"],
  ])("%s → %s: %s", (sentence, value, patient) => {
    expect(patients(sentence, value)).toContain(patient);
  });
});

describe("must not make an object of what is not one", () => {
  it.each([
    // a dash set apart by spaces is no hyphen: the object ends before it
    ["The council scrapped the plan - a costly one - on 5 May 2014.", "5 May 2014", ["plan"]],
    // a figure glued to its unit is a value, not a modifier read here
    ["Crews finished a 30-mile trek on 6 May 2014.", "6 May 2014", ["30-mile trek"]],
    // no noun after the glued words: nothing to modify
    ["The senator blocked a follow-up on 7 May 2014.", "7 May 2014", []],
  ])("%s → %s: %j", (sentence, value, expected) => {
    expect(patients(sentence, value)).toEqual(expected);
  });
});
