/**
 * Fire engines, trucks, apparatus and units sent to one blaze, counted by outlets in different
 * words: the same figure agrees with itself ("31 fire apparatus" and "31 fire trucks"), while
 * different figures are never set against each other by it, and outside a fire the nouns keep their
 * own readings. Sentences written for this test; the expected results decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { fireEquipment } from "../../../src/group/counted-things.js";
import { kindOfThing, sameFigure } from "../../../src/group/occurrence-topics.js";
import { oneKindOfHappening } from "../../../src/group/predicate-classes.js";
import type { Claim } from "../../../src/types.js";
import { claimsOfText } from "../extract/frames/helpers.js";

function claim(sentence: string, value: string): Claim {
  const c = claimsOfText(sentence).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”`);
  return c;
}

describe("fireEquipment", () => {
  it.each([
    [["apparatus"], "A total of 40 fire apparatus came to fight the fire."],
    [["unit"], "Two dozen units were called to the blaze."],
    [["piece", "equipment"], "Some 40 pieces of firefighting equipment were sent."],
  ])("must: %j in “%s”", (nouns, sentence) => {
    expect(fireEquipment(nouns, sentence)).toBe(true);
  });
  it.each([
    // no fire told
    [["truck"], "The firm sold 40 trucks last year."],
    // people, and the fires themselves
    [["firefighter"], "Some 40 firefighters fought the fire."],
    [["fire"], "All four fires were set on purpose."],
  ])("must not: %j in “%s”", (nouns, sentence) => {
    expect(fireEquipment(nouns, sentence)).toBe(false);
  });
});

describe("one figure of fire equipment told in other words", () => {
  const apparatus = claim("A total of 40 fire apparatus arrived to fight the fire.", "40");
  it("agrees with the same figure in other words", () => {
    expect(sameFigure(apparatus, claim("A total of 40 fire trucks and other vehicles were at the fire.", "40"))).toBe(true);
    expect(sameFigure(claim("Four aerials fought the blaze from above.", "Four"), claim("The blaze drew 40 crews, including four ladder trucks.", "four"))).toBe(true);
  });
  it("is not the same figure as a different one, nor as trucks counted where no fire is told", () => {
    expect(sameFigure(apparatus, claim("A total of 30 fire trucks were at the fire.", "30"))).toBe(false);
    expect(sameFigure(apparatus, claim("The dealer sold 40 trucks in May.", "40"))).toBe(false);
  });
  it("keeps each noun's own kind for grouping: engines and trucks are not one thing to set against each other", () => {
    expect(kindOfThing(claim("Crews called in five engines to the blaze.", "five"))).not.toBe(kindOfThing(claim("Three trucks were sent to the blaze.", "Three")));
  });
});

describe("a word of counting one by one says how, not what", () => {
  it("must: '40 separate pieces of fire apparatus' and '40 fire trucks' at one fire", () => {
    expect(sameFigure(claim("A total of 40 separate pieces of fire apparatus responded to the fire.", "40"), claim("A total of 40 fire trucks were at the fire.", "40"))).toBe(true);
  });
  it("must not: a word of kind still tells two things apart ('five separate pirate boats', 'five merchant vessels')", () => {
    expect(sameFigure(claim("Five separate pirate boats were seen on Monday.", "Five"), claim("Five merchant vessels were seen on Monday.", "Five"))).toBe(false);
  });
});

describe("coming to a scene when called is one kind of happening", () => {
  const responded = claim("In all, 40 engines responded to the blaze.", "40");
  it("must: responded and arrived", () => {
    expect(oneKindOfHappening(responded, claim("In all, 40 engines arrived to fight the blaze.", "40"))).toBe(true);
  });
  it("must not: responded and left", () => {
    expect(oneKindOfHappening(responded, claim("In all, 40 engines left the blaze by noon.", "40"))).toBe(false);
  });
});
