/**
 * How long someone was something, told without a verb of spending
 * ("followed by six seasons as a scout", "had been a member of the squad for the past four
 * years", "was paroled after eight years"), is time spent, as "spent six seasons" is. Sentences
 * written for this test; the kinds decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { classesOfClaim, oneKindOfHappening } from "../../../src/group/predicate-classes.js";
import { claimsOfText } from "../extract/frames/helpers.js";
import type { Claim } from "../../../src/types.js";

function told(sentence: string, value: string): Claim {
  const all = claimsOfText(sentence);
  const c = all.find((x) => x.text === value) ?? all.find((x) => x.text.startsWith(value));
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”: ${all.map((x) => x.text).join(", ")}`);
  return c;
}

describe("must be time spent", () => {
  it.each([
    ["Ruiz won two titles as a player, followed by six seasons as a scout for the Hawks.", "six"],
    ["Dunne had been a member of the harbour patrol for the past four years.", "four years"],
    ["Kemal was paroled after eight years and moved to Izmir.", "eight years"],
  ])("%s → time-spent", (sentence, value) => {
    expect(classesOfClaim(told(sentence, value))).toEqual(["time-spent"]);
  });

  it("is one kind with 'spent'", () => {
    expect(oneKindOfHappening(told("Ruiz won two titles as a player, followed by six seasons as a scout.", "six"), told("Ruiz spent six seasons as a scout for the Hawks.", "six"))).toBe(true);
  });
});

describe("must not be time spent", () => {
  it.each([
    ["Fuel prices rose for the past four years in Leeds.", "four years"],
    ["Ines had been going out with a sailor for two years.", "two years"],
    ["Kemal was released four years later, in Izmir.", "four years"],
    ["The bridge reopened two weeks as planned by the council.", "two weeks"],
  ])("%s → not time-spent", (sentence, value) => {
    expect(classesOfClaim(told(sentence, value)) ?? []).not.toContain("time-spent");
  });
});
