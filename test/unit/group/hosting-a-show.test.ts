/**
 * Hosting a show is one kind of happening however an outlet tells it: "hosted", "emceed",
 * "compered", "fronted". Attending it, producing it, co-hosting it or winning at it are other
 * happenings. Sentences written for this test; the kinds expected were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { classesOfClaim, doneAlongside, oneKindOfHappening, oneKindOfHappeningAlongside } from "../../../src/group/predicate-classes.js";
import { claimsOfText } from "../extract/frames/helpers.js";
import type { Claim } from "../../../src/types.js";

function claim(sentence: string, value: string): Claim {
  const c = claimsOfText(sentence).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”`);
  return c;
}

const HOSTED = claim("The singer hosted the county music awards in 2009.", "2009");

describe("must be one kind: hosting a show", () => {
  it.each([
    ["The singer emceed the county music awards in 2009.", "2009"],
    ["The singer compered the county music awards in 2009.", "2009"],
    ["The singer fronted the county music awards in 2009.", "2009"],
  ])("%s is one kind with 'hosted the awards in 2009'", (sentence, value) => {
    expect(classesOfClaim(claim(sentence, value))).toEqual(["host"]);
    expect(oneKindOfHappening(HOSTED, claim(sentence, value))).toBe(true);
  });
});

describe("must not be one kind with hosting a show", () => {
  it.each([
    ["The singer attended the county music awards in 2009.", "2009"],
    ["The singer produced the county music awards in 2009.", "2009"],
    ["The singer won a prize at the county music awards in 2009.", "2009"],
    ["The singer co-hosted the county music awards in 2009.", "2009"],
  ])("%s", (sentence, value) => {
    expect(oneKindOfHappening(HOSTED, claim(sentence, value))).toBe(false);
  });
});

describe("a date of an event noun takes the kind of the verb whose object the event is (agreements only)", () => {
  it.each([
    ["The singer's second turn follows her hosting the 2009 ceremony.", "2009"],
    ["The singer hosted the 2009 ceremony to warm reviews.", "2009"],
  ])("must: “%s” tells a hosting, as 'hosted the awards in 2009' does", (sentence, value) => {
    const c = claim(sentence, value);
    expect(doneAlongside(c)).toContain("host");
    expect(oneKindOfHappeningAlongside(HOSTED, c)).toBe(true);
  });

  it.each([
    ["The singer attended the 2009 ceremony with her band.", "2009"],
    ["The 2009 ceremony drew a record audience.", "2009"],
    ["Reviews of the 2009 ceremony were poor.", "2009"],
  ])("must not: “%s” tells no hosting", (sentence, value) => {
    expect(doneAlongside(claim(sentence, value))).not.toContain("host");
  });
});
