/**
 * A business or a place ceasing to run is one kind of happening however an outlet tells it:
 * "closed", "shut down", "shut". Opening it again, or a market closing down some percent, are other
 * happenings. Sentences written for this test; the kinds expected were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { classesOfClaim, oneKindOfHappening } from "../../../src/group/predicate-classes.js";
import { claimsOfText } from "../extract/frames/helpers.js";
import type { Claim } from "../../../src/types.js";

function claim(sentence: string, value: string): Claim {
  const c = claimsOfText(sentence).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”`);
  return c;
}

const CLOSED = claim("Losses forced the creamery to close in March 2019.", "March 2019");

describe("must be one kind: a business ceasing to run", () => {
  it.each([
    ["The creamery shut down for good in March 2019.", "March 2019"],
    ["The owners shut the creamery in March 2019.", "March 2019"],
  ])("%s is one kind with 'forced to close in March 2019'", (sentence, value) => {
    expect(classesOfClaim(claim(sentence, value))).toContain("close");
    expect(oneKindOfHappening(CLOSED, claim(sentence, value))).toBe(true);
  });
});

describe("must not be one kind with a business ceasing to run", () => {
  it.each([
    ["The creamery opened again in March 2019.", "March 2019"],
    ["Creamery shares closed down 4 percent on Friday.", "4 percent"],
  ])("%s", (sentence, value) => {
    expect(oneKindOfHappening(CLOSED, claim(sentence, value))).toBe(false);
  });
});
