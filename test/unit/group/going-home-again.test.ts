/**
 * Going home again is one kind of happening however an outlet tells it: "returned", "moved back",
 * "came back", "headed back". A move to somewhere new, or "went back" (records go back too), is not.
 * Sentences written for this test; the kinds expected were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { classesOfClaim, oneKindOfHappening } from "../../../src/group/predicate-classes.js";
import { claimsOfText } from "../extract/frames/helpers.js";
import type { Claim } from "../../../src/types.js";

function claim(sentence: string, value: string): Claim {
  const c = claimsOfText(sentence).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”: ${claimsOfText(sentence).map((x) => x.text).join(", ")}`);
  return c;
}

const RETURNED = claim("The widow returned to her native Whitby in April 2017.", "April 2017");

describe("must be one kind: going home again", () => {
  it.each([
    ["The widow moved back to Whitby in April 2017.", "April 2017"],
    ["She came back to Whitby with her son in April 2017.", "April 2017"],
    ["The family headed back to Whitby in April 2017.", "April 2017"],
  ])("%s is one kind with 'returned to Whitby in April 2017'", (sentence, value) => {
    expect(classesOfClaim(claim(sentence, value))).toEqual(["return"]);
    expect(oneKindOfHappening(RETURNED, claim(sentence, value))).toBe(true);
  });
});

describe("must not be one kind with going home again", () => {
  it.each([
    ["The widow moved to Leeds in April 2017.", "April 2017"],
    ["Church records went back to April 1717.", "April 1717"],
    ["The widow left Whitby in April 2017.", "April 2017"],
  ])("%s", (sentence, value) => {
    expect(oneKindOfHappening(RETURNED, claim(sentence, value))).toBe(false);
  });
});
