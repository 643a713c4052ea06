/**
 * One estimate told again in its own words ("an estimated 1,200 smugglers" in two reports) is one
 * figure, whatever verb each sentence hangs it on; another thing, another qualifier, people at
 * large, a sum or another number is not. Sentences written for this test; the claims are read
 * from them as a scan reads them.
 */
import { describe, expect, it } from "vitest";
import { oneEstimateRetold } from "../../../src/group/retold-estimates.js";
import type { Claim } from "../../../src/types.js";
import { claimsOfText } from "../extract/frames/helpers.js";

function claimOf(sentence: string, text: string): Claim {
  const c = claimsOfText(sentence).find((x) => x.text === text);
  if (!c) throw new Error(`no claim “${text}” in “${sentence}”: ${claimsOfText(sentence).map((x) => x.text).join(", ")}`);
  return c;
}

describe("one estimate told again", () => {
  it.each([
    ["An estimated 1,200 smugglers are based in Varna.", "An estimated 1,200", "The boats are taken to smuggler-run coves in Varna, with an estimated 1,200 smugglers.", "an estimated 1,200"],
    ["The rebels have an estimated 40,000 troops in the hills.", "an estimated 40,000", "An estimated 40,000 troops are massed near Keld.", "An estimated 40,000"],
  ])("%s | %s", (s1, t1, s2, t2) => {
    expect(oneEstimateRetold(claimOf(s1, t1), claimOf(s2, t2))).toBe(true);
  });
});

describe("not one estimate told again", () => {
  it.each([
    // two things
    ["An estimated 1,200 smugglers are based in Varna.", "An estimated 1,200", "An estimated 1,200 fishermen are based in Varna.", "An estimated 1,200"],
    // not told as an estimate in both
    ["An estimated 1,200 smugglers are based in Varna.", "An estimated 1,200", "About 1,200 smugglers are based in Varna.", "About 1,200"],
    // people at large: counted for every happening of a story
    ["An estimated 2,000 people attended the rally in Keld.", "An estimated 2,000", "An estimated 2,000 people fled the floods in Keld.", "An estimated 2,000"],
    // a sum
    ["The storm did an estimated $5 million in damage.", "an estimated $5 million", "The new pier cost an estimated $5 million.", "an estimated $5 million"],
    // a modifier before the noun: no one kind read
    ["An estimated 1,200 smugglers are based in Varna.", "An estimated 1,200", "An estimated 1,200 armed smugglers are based in Varna.", "An estimated 1,200"],
    // two figures
    ["An estimated 1,200 smugglers are based in Varna.", "An estimated 1,200", "An estimated 1,300 smugglers are based in Varna.", "An estimated 1,300"],
  ])("%s | %s", (s1, t1, s2, t2) => {
    expect(oneEstimateRetold(claimOf(s1, t1), claimOf(s2, t2))).toBe(false);
  });
});
