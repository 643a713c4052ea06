/**
 * Someone relieved of duties, of command or of a post was dismissed, one kind of happening with
 * "fired" and "sacked"; relieving pain, pressure or a pitcher is not. Sentences written for this
 * test; the kinds expected were decided by reading them.
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

const FIRED = claim("The Comets fired coach Ada Brandt on Monday.", "Monday");

describe("must be a dismissal", () => {
  it.each([
    ["Ada Brandt was relieved of her duties as head coach on Monday.", "Monday"],
    ["The board relieved Ada Brandt of command on Monday.", "Monday"],
    ["The club said Monday that Brandt had been relieved of her post.", "Monday"],
  ])("%s is one kind with 'fired on Monday'", (sentence, value) => {
    expect(classesOfClaim(claim(sentence, value))).toContain("dismiss");
    expect(oneKindOfHappening(FIRED, claim(sentence, value))).toBe(true);
  });
});

describe("must not be a dismissal", () => {
  it.each([
    ["Rain relieved the drought on Monday.", "Monday"],
    ["Ortega relieved the starter in the sixth inning on Monday.", "Monday"],
    ["The new bypass relieved pressure on the old bridge in 2019.", "2019"],
  ])("%s", (sentence, value) => {
    expect(classesOfClaim(claim(sentence, value)) ?? []).not.toContain("dismiss");
  });
});
