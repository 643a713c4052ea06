/**
 * Two people meeting is one kind of happening however an outlet tells it: "met", "first spoke
 * with", "talked with". Speaking to an audience, or on a day, is a saying, not a meeting. And
 * people who surrender are taken into custody: a surrender is one kind with a capture or an arrest,
 * not with a release. Sentences written for this test; the kinds expected were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { oneKindOfHappening } from "../../../src/group/predicate-classes.js";
import { claimsOfText } from "../extract/frames/helpers.js";
import type { Claim } from "../../../src/types.js";

function claim(sentence: string, value: string): Claim {
  const c = claimsOfText(sentence).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”: ${claimsOfText(sentence).map((x) => x.text).join(", ")}`);
  return c;
}

const MET = claim("The envoy met Carla Brun in Tallis three days after the vote.", "three days");

describe("must be one kind: two people meeting", () => {
  it.each([
    ["Ames said he first spoke with Brun about the deal three days after the vote.", "three days"],
    ["The envoy talked with Brun in a hotel three days after the vote.", "three days"],
    ["The envoy met with Brun in a hotel three days after the vote.", "three days"],
  ])("%s is one kind with 'met Brun three days after the vote'", (sentence, value) => {
    expect(oneKindOfHappening(MET, claim(sentence, value))).toBe(true);
  });
});

describe("must not be one kind with a meeting", () => {
  it.each([
    ["The envoy spoke to reporters three days after the vote.", "three days"],
    ["The envoy resigned three days after the vote.", "three days"],
  ])("%s", (sentence, value) => {
    expect(oneKindOfHappening(MET, claim(sentence, value))).toBe(false);
  });
});

const CAPTURED = claim("The coast guard captured 14 smugglers off Varne on Sunday.", "14");

describe("must be one kind: a surrender and a capture", () => {
  it.each([
    ["Fourteen smugglers surrendered to the coast guard off Varne.", "Fourteen"],
    ["The coast guard said 14 smugglers surrendered when the cutter came alongside.", "14"],
  ])("%s is one kind with 'captured 14 smugglers'", (sentence, value) => {
    expect(oneKindOfHappening(CAPTURED, claim(sentence, value))).toBe(true);
  });
});

describe("must not be one kind with a capture", () => {
  it.each([
    ["The coast guard released 14 smugglers on Monday.", "14"],
    ["The coast guard rescued 14 fishermen off Varne on Sunday.", "14"],
  ])("%s", (sentence, value) => {
    expect(oneKindOfHappening(CAPTURED, claim(sentence, value))).toBe(false);
  });
});
