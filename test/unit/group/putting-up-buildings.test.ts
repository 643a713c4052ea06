/**
 * Putting up a building is one kind of happening however an outlet tells it: "built", "constructed",
 * "erected". Opening it, restoring it or pulling it down are other happenings. Sentences written for
 * this test; the kinds expected were decided by reading them.
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

const BUILT = claim("The old granary on Mill Lane was built in 1911.", "1911");

describe("must be one kind: putting up a building", () => {
  it.each([
    ["The granary was constructed in 1911 by the county.", "1911"],
    ["Settlers erected the granary in 1911.", "1911"],
    ["Crews built the chapel at Fenwick in 1911.", "1911"],
  ])("%s is one kind with 'was built in 1911'", (sentence, value) => {
    expect(classesOfClaim(claim(sentence, value))).toEqual(["build"]);
    expect(oneKindOfHappening(BUILT, claim(sentence, value))).toBe(true);
  });
});

describe("must be one kind: a thing's age told by when it dates to or from (a putting up, or a founding)", () => {
  it.each([
    ["The old granary dates to 1911, when the first farmers came.", "1911"],
    ["The granary, dating back to 1911, burned on Friday.", "1911"],
  ])("%s is one kind with 'was built in 1911'", (sentence, value) => {
    expect(classesOfClaim(claim(sentence, value))).toContain("build");
    expect(oneKindOfHappening(BUILT, claim(sentence, value))).toBe(true);
  });
});

describe("must not be one kind with putting up a building", () => {
  it.each([
    ["The granary opened to visitors in 1911.", "1911"],
    ["The council demolished the granary in 1911.", "1911"],
    ["The granary was restored in 1911.", "1911"],
    // "dated" with no "to", "from" or "back": a letter's date, not when a thing was put up
    ["The deed to the granary was dated 1911.", "1911"],
  ])("%s", (sentence, value) => {
    expect(oneKindOfHappening(BUILT, claim(sentence, value))).toBe(false);
  });
});
