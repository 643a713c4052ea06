/**
 * A day told as how long something will take ("it could take until 12 March before power is
 * restored") is the day of the happening of the clause after it, not of "take"; and a forecast
 * told as "will not be restored before 12 March" is expected on that day, not held back or bounded
 * before it. Sentences written for this test (a power grid outage, a bridge closure); the kinds and
 * readings expected were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { oneKindOfHappening, predicateOf } from "../../../src/group/predicate-classes.js";
import { boundOf } from "../../../src/group/participants.js";
import { claimsOfText } from "../extract/frames/helpers.js";
import type { Claim } from "../../../src/types.js";

function claim(sentence: string, value: string): Claim {
  const c = claimsOfText(sentence).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”`);
  return c;
}

const RESTORED = claim("Velmora Power said supply should be restored by 12 March.", "12 March");

describe("must read the happening after 'take until' and join it with its kind", () => {
  it.each<[string, string, string]>([
    ["The utility said it could take until 12 March before power was restored in Dunmere.", "12 March", "restore"],
    ["The grid operator warned it may take until March 12 before supply is restored.", "March 12", "restore"],
  ])("%s → %s", (sentence, value, verb) => {
    const c = claim(sentence, value);
    expect(predicateOf(c)).toBe(verb);
    expect(oneKindOfHappening(RESTORED, c)).toBe(true);
  });
  it("a repair is no restoring of service (a kind of its own)", () => {
    const c = claim("Engineers said it would take until 12 March to fully repair the feeder line.", "12 March");
    expect(predicateOf(c)).not.toBe("restore");
    expect(oneKindOfHappening(RESTORED, c)).toBe(false);
  });
});

describe("must not read a happening after 'take' when none of a known kind follows", () => {
  it.each<[string, string]>([
    ["The council will take until 12 March to decide on the Harlow bridge.", "12 March"],
    ["Crews took 12 March off before the bridge work.", "12 March"],
  ])("%s", (sentence, value) => {
    const c = claim(sentence, value);
    expect(oneKindOfHappening(RESTORED, c)).toBe(false);
  });
});

describe("must: a negated forecast with 'before' is the day expected", () => {
  it.each<[string, string]>([
    ["The operator expects power will not be fully restored before 12 March.", "12 March"],
    ["The Harlow bridge will not reopen before 12 March, the council said.", "12 March"],
  ])("%s", (sentence, value) => {
    const c = claim(sentence, value);
    expect(c.claimFrame?.modality).not.toContain("negated");
    expect(boundOf(c)).toBeNull();
  });
});

describe("must not: 'before' that is a bound or a negation of what happened", () => {
  it.each<[string, string, string | null]>([
    ["The Harlow bridge was not inspected before 2019.", "2019", "before"],
    ["Power was restored before 12 March in Dunmere.", "12 March", "before"],
  ])("%s", (sentence, value, bound) => {
    const c = claim(sentence, value);
    expect(boundOf(c)).toBe(bound);
  });
  it("a past negation stays negated", () => {
    expect(claim("The Harlow bridge was not inspected before 2019.", "2019").claimFrame?.modality).toContain("negated");
  });
});
