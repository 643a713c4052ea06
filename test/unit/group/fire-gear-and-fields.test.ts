/**
 * One count of one thing told with other verbs or nouns. Gear at one blaze
 * ("units called to help", "pieces of equipment brought") and people of a field or scientists at
 * large ("900 scientists", "900 ecologists") are one figure told twice, for agreement only.
 * Sentences written for this test; which pairs are one count was decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { oneCountOfFireGear } from "../../../src/group/fire-gear.js";
import { fieldCounted, oneFieldCounted } from "../../../src/group/fields-of-people.js";
import type { Claim } from "../../../src/types.js";
import { claimsOfText } from "../extract/frames/helpers.js";

function claim(sentence: string, value: string): Claim {
  const c = claimsOfText(sentence).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”`);
  return c;
}

describe("oneCountOfFireGear: gear at one blaze, whatever verb tells how it came", () => {
  const called = claim("Much of the valley's firefighting gear was called to help at the blaze, 30 units in all.", "30");
  it.each([
    ["brought", "In all, 30 pieces of firefighting equipment were brought to the fire."],
    ["sent", "Crews sent 30 fire trucks to the blaze."],
  ])("must: called / %s", (_name, sentence) => {
    expect(oneCountOfFireGear(called, claim(sentence, "30"))).toBe(true);
  });
  it.each([
    ["no fire told", "The dealer sold 30 trucks in May."],
    ["harm done to the gear", "The flames destroyed 30 fire trucks parked at the depot."],
    ["people, not gear", "In all, 30 firefighters fought the blaze."],
  ])("must not: called / %s", (_name, sentence) => {
    expect(oneCountOfFireGear(called, claim(sentence, "30"))).toBe(false);
  });
});

describe("fieldCounted and oneFieldCounted: a field's people, or scientists at large", () => {
  it.each([
    ["More than 900 scientists signed the letter to the ministry.", "More than 900", "scientist"],
    ["Last week 900 ecologists wrote to the ministry.", "900", "ecologist"],
    ["About 900 physicists backed the plan.", "About 900", "physicist"],
  ])("%s → %s", (sentence, text, field) => {
    expect(fieldCounted(claim(sentence, text))).toBe(field);
  });
  it.each([
    ["Some 900 nurses signed the letter.", "Some 900"],
    ["About 900 people signed the letter.", "About 900"],
  ])("%s → none", (sentence, text) => {
    expect(fieldCounted(claim(sentence, text))).toBeNull();
  });

  const scientists = claim("More than 900 scientists signed a letter to the Varn ministry on Monday.", "More than 900");
  it("must: scientists at large and a field, whatever else the sentences name", () => {
    expect(oneFieldCounted(scientists, claim("On Monday 900 biologists and two societies wrote to Keld officials.", "900"))).toBe(true);
  });
  it("must not: two fields", () => {
    const biologists = claim("On Monday 900 biologists wrote to the ministry.", "900");
    expect(oneFieldCounted(biologists, claim("On Monday 900 physicists wrote to the ministry.", "900"))).toBe(false);
  });
  it("must not: a few experts that the sentences name apart", () => {
    expect(oneFieldCounted(claim("Two biologists from Oslo studied the reef with Ana Berg.", "Two"), claim("Two scientists from Tromsø studied the reef with Lev Marsh.", "Two"))).toBe(false);
  });
});
