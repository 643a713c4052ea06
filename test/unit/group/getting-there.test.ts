/**
 * Getting to a place is an arrival however an outlet tells it: "will arrive on Monday", "will not
 * get there until Monday". Getting something else ("got the contract on Monday") is no arrival.
 * Sentences written for this test (a repair crew at a power grid outage); the kinds expected were
 * decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { oneKindOfHappening } from "../../../src/group/predicate-classes.js";
import { claimsOfText } from "../extract/frames/helpers.js";
import type { Claim } from "../../../src/types.js";

function claim(sentence: string, value: string): Claim {
  const c = claimsOfText(sentence).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”`);
  return c;
}

const ARRIVES = claim("The repair crew from Velmora will arrive on 14 May, the operator said.", "14 May");

describe("must be one kind: getting to a place", () => {
  it.each([
    ["The repair crew will not get there until 14 May.", "14 May"],
    ["A cable barge got there on 14 May after a storm.", "14 May"],
  ])("%s", (sentence, value) => {
    expect(oneKindOfHappening(ARRIVES, claim(sentence, value))).toBe(true);
  });
});

describe("must not be one kind with getting to a place", () => {
  it.each([
    ["The Dunmere firm got the grid contract on 14 May.", "14 May"],
    ["Velmora got power back on 14 May.", "14 May"],
  ])("%s", (sentence, value) => {
    expect(oneKindOfHappening(ARRIVES, claim(sentence, value))).toBe(false);
  });
});
