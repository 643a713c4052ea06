/**
 * One sum passed through one person's hands is one figure whether an outlet
 * tells it by its giving ("delivered more than $300,000 to the plotters") or by its getting
 * ("received more than $300,000 in cash") (group/money-handovers.ts). Sentences, names and sums
 * written for this test; the expected answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { oneSumHandedOver } from "../../../src/group/money-handovers.js";
import { claimsOfText } from "../extract/frames/helpers.js";
import type { Claim } from "../../../src/types.js";

function claim(sentence: string, value: string): Claim {
  const c = claimsOfText(sentence).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”: ${claimsOfText(sentence).map((x) => x.text).join(", ")}`);
  return c;
}

const DELIVERED = claim("Rhea Ames, the aide who delivered more than $300,000 to the plotters, died on Monday.", "more than $300,000");

describe("must be one sum handed over", () => {
  it.each([
    ["Ames received more than $300,000 in cash, which she passed on to the plotters.", "more than $300,000"],
    ["Later, Ames paid more than $300,000 to the plotters' lawyers.", "more than $300,000"],
  ])("%s is the sum 'delivered' in the other report", (sentence, value) => {
    expect(oneSumHandedOver(DELIVERED, claim(sentence, value))).toBe(true);
  });
});

describe("must not be one sum handed over", () => {
  it.each([
    ["someone else took it", "Dana Brandt received more than $300,000 in cash.", "more than $300,000"],
    ["earned, not handed over", "Ames earned more than $300,000 in fees.", "more than $300,000"],
    ["no sum of money", "Ames received more than 300,000 votes.", "more than 300,000"],
  ])("%s: %s", (_name, sentence, value) => {
    expect(oneSumHandedOver(DELIVERED, claim(sentence, value))).toBe(false);
  });
});
