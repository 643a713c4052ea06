/**
 * An age set between commas beside a name is not dated by a date elsewhere in
 * its sentence ("Ann Lee, 32, and Ben Roe, 11, were hurt in May 2030": their ages then, or when the
 * report was written, the sentence does not say). Phrases written for this test.
 */
import { describe, expect, it } from "vitest";
import { inApposition } from "../../../src/normalize/normalize.js";
import { claimsOfText } from "../extract/frames/helpers.js";

describe("inApposition: an age between commas beside a name", () => {
  it.each([
    // must
    ["Ann Lee, ", ", was hurt", true],
    ["wounding Ann Lee, ", " and Ben Roe", true],
    ["the driver was Ben Roe, ", ".", true],
    // must not
    ["Ann Lee, then ", ", was hurt", false],
    ["Ann Lee was ", " in May", false],
    ["Ann Lee, aged ", " in May", false],
    ["a ", "-year-old was hurt", false],
    ["Ann Lee, ", " people were hurt", false],
  ])("%j · %j → %s", (before, after, expected) => {
    expect(inApposition(before, after)).toBe(expected);
  });
});

describe("the period of an age told beside a name in a dated sentence", () => {
  const ageOf = (text: string, age: string) => claimsOfText(text, "2032-04-20").find((c) => c.value.type === "quantity" && c.text === age);

  it("is unknown when the sentence dates something else", () => {
    const age = ageOf("Omar Tate, 27, was convicted of wounding Ann Lee, 32, and Ben Roe, 11, in May 2030.", "32");
    expect(age).toBeDefined();
    expect(age!.frame).toBeNull();
    expect(age!.frameImplied).toBe(true);
  });

  it("is its report's year when the sentence dates nothing", () => {
    const age = ageOf("Ann Lee, 32, told the court she heard three shots.", "32");
    expect(age).toBeDefined();
    expect(age!.frame).toMatchObject({ start: "2032-01-01", end: "2032-12-31" });
    expect(age!.frameImplied).toBe(true);
  });
});
