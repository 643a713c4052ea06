/**
 * Putting a fire out is one kind of happening however an outlet tells it: "extinguished",
 * "doused", "put out", "knocked down". The two phrasal verbs count only when what they act on is a
 * fire: "knocked down a cyclist", "put out a statement" are no such thing. Sentences written for
 * this test; the kinds expected were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { classesOfClaim } from "../../../src/group/predicate-classes.js";
import { claimsOfText } from "../extract/frames/helpers.js";

function kinds(sentence: string, value: string): readonly string[] | null {
  const c = claimsOfText(sentence).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”`);
  return classesOfClaim(c);
}

describe("must be a fire put out", () => {
  it.each([
    ["Crews reached the sawmill at dawn, and the blaze was extinguished by 7:10 a.m. on June 4, 2019.", "7:10 a.m."],
    ["On June 4, 2019, volunteers doused the blaze at the barn.", "June 4, 2019"],
    ["By 6 a.m. on June 4, 2019, firefighters had put out the flames.", "6 a.m."],
    ["The flames were knocked down on June 4, 2019, the chief said.", "June 4, 2019"],
    ["Crews knocked down the blaze at the depot on June 4, 2019.", "June 4, 2019"],
  ])("%s → extinguish", (sentence, value) => {
    expect(kinds(sentence, value)).toEqual(["extinguish"]);
  });
});

describe("must not be a fire put out", () => {
  it.each([
    ["A delivery van knocked down a cyclist on Elm Road on June 4, 2019.", "June 4, 2019"],
    ["The club put out a statement on June 4, 2019.", "June 4, 2019"],
    ["Crews fought the blaze at the depot on June 4, 2019.", "June 4, 2019"],
  ])("%s → not extinguish", (sentence, value) => {
    expect(kinds(sentence, value) ?? []).not.toContain("extinguish");
  });
});
