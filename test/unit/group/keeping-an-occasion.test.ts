/**
 * Keeping an occasion is one kind of happening however an outlet tells it: "celebrated",
 * "commemorated", "a celebration of". Announcing, opening or founding something are other
 * happenings. With them, an ordinal anniversary is a count of years (values/quantity/index.ts), so
 * two outlets' "75th anniversary" meet. Sentences written for this test; the kinds expected were
 * decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { classesOfClaim, oneKindOfHappening } from "../../../src/group/predicate-classes.js";
import { claimsOfText } from "../extract/frames/helpers.js";
import type { Claim } from "../../../src/types.js";

const LEAD = "The town hall was full. ";

function claim(sentence: string, value: string): Claim {
  const c = claimsOfText(LEAD + sentence).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”`);
  return c;
}

const CELEBRATED = claim("The orchestra celebrated its 75th anniversary with a free concert.", "75th");

describe("must be one kind: keeping an occasion", () => {
  it.each([
    ["The orchestra commemorated its 75th anniversary in Galway.", "75th"],
    ["Members of the choir celebrated its 75th anniversary.", "75th"],
  ])("%s is one kind with 'celebrated its 75th anniversary'", (sentence, value) => {
    expect(classesOfClaim(claim(sentence, value))).toEqual(["celebrate"]);
    expect(oneKindOfHappening(CELEBRATED, claim(sentence, value))).toBe(true);
  });
  it("the anniversary is a count of years, not a rank", () => {
    expect(CELEBRATED.value).toMatchObject({ type: "quantity", min: 75, max: 75 });
  });
});

describe("must not be one kind with keeping an occasion", () => {
  it.each([
    ["The orchestra announced its 75th anniversary season in May.", "75th"],
    ["The orchestra opened its 75th anniversary exhibition in May.", "75th"],
  ])("%s", (sentence, value) => {
    expect(oneKindOfHappening(CELEBRATED, claim(sentence, value))).toBe(false);
  });
});
