/**
 * A guilty verdict is a conviction however an outlet tells it: "convicted", "found guilty", "the
 * guilty verdict", "a verdict of guilty". An acquittal ("found not guilty", "a not-guilty verdict")
 * and a verdict told without what it found are not. A prize received is a win however it is told:
 * "won the award", "was awarded the award"; an award given ("the board awarded …") is not.
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

const CONVICTED = claim("A jury in Dover convicted the former teller of embezzlement on May 14, 2019.", "May 14, 2019");
const WON = claim("The nurse won the Gold Lamp award in 2016 for her work in the ward.", "2016");

describe("must be one kind: a conviction", () => {
  it.each([
    ["The former teller was found guilty of embezzlement on May 14, 2019.", "May 14, 2019"],
    ["Jurors took six hours to reach the guilty verdict on May 14, 2019.", "May 14, 2019"],
    ["The court returned a verdict of guilty on May 14, 2019.", "May 14, 2019"],
  ])("%s", (sentence, value) => {
    expect(classesOfClaim(claim(sentence, value))).toContain("convict");
    expect(oneKindOfHappening(CONVICTED, claim(sentence, value))).toBe(true);
  });
});

describe("must not be one kind with a conviction", () => {
  it.each([
    ["The former teller was found not guilty of embezzlement on May 14, 2019.", "May 14, 2019"],
    ["Jurors took six hours to reach a not-guilty verdict on May 14, 2019.", "May 14, 2019"],
    ["Police found the stolen ledgers in a garage on May 14, 2019.", "May 14, 2019"],
    ["The teller was sentenced on May 14, 2019.", "May 14, 2019"],
  ])("%s", (sentence, value) => {
    expect(oneKindOfHappening(CONVICTED, claim(sentence, value))).toBe(false);
  });
});

describe("a prize received: won and was awarded", () => {
  it("must be one kind: 'was awarded the award in 2016'", () => {
    const c = claim("The nurse was awarded the Gold Lamp award in 2016 for her work in the ward.", "2016");
    expect(classesOfClaim(c)).toContain("win");
    expect(oneKindOfHappening(WON, c)).toBe(true);
  });
  it("must not be one kind: 'the board awarded the contract in 2016' (the giving)", () => {
    const c = claim("The county board awarded the paving contract in 2016 after a long tender.", "2016");
    expect(oneKindOfHappening(WON, c)).toBe(false);
  });
});
