/**
 * A figure said "at the time" of a happening is of that happening's time, which
 * the sentence does not date, not of its report's year. Phrases written for this test.
 */
import { describe, expect, it } from "vitest";
import { ofThatTime } from "../../../src/normalize/normalize.js";
import { claimsOfText } from "../extract/frames/helpers.js";

describe("ofThatTime: what follows a figure says it is of a past happening's time", () => {
  it.each([
    // must
    [" at the time of the crash, told the court", true],
    [" years old at the time", true],
    [", at the time, worked nights", true],
    [" at that time.", true],
    // must not
    [" at the scene", false],
    [" at the time of writing", false],
    [" times a day", false],
    [", said police", false],
  ])("%j → %s", (after, expected) => {
    expect(ofThatTime(after)).toBe(expected);
  });
});

describe("an age told of a past happening's time has no period of its report's year", () => {
  it("is read with no period", () => {
    const [age] = claimsOfText("Reid, who was 19 at the time of the robbery, pleaded guilty in Dunmore.", "2031-05-02").filter((c) => c.value.type === "quantity" && c.text === "19");
    expect(age).toBeDefined();
    expect(age!.frame).toBeNull();
    expect(age!.frameImplied).toBe(true);
  });

  it("an age of the report keeps its year", () => {
    const [age] = claimsOfText("Reid, 19, pleaded guilty in Dunmore on Monday.", "2031-05-02").filter((c) => c.value.type === "quantity" && c.text === "19");
    expect(age).toBeDefined();
    expect(age!.frame).toMatchObject({ start: "2031-01-01", end: "2031-12-31" });
  });
});
