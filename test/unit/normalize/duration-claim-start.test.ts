/**
 * A length of time's claim starts at its length, past words that only say where
 * the stretch lies. Phrases written for this test; the starts counted by hand.
 */
import { describe, expect, it } from "vitest";
import { durationClaimStart } from "../../../src/normalize/normalize.js";
import { claimsOfText } from "../extract/frames/helpers.js";

describe("durationClaimStart", () => {
  it.each([
    // must: past "the past/last/first/next …"
    ["the past six years", "six years"],
    ["the last 12 months", "12 months"],
    ["the first 90 days", "90 days"],
    ["The next two weeks", "two weeks"],
    // must not: a qualifier of the figure, or a bare article
    ["about six years", "about six years"],
    ["more than 90 days", "more than 90 days"],
    ["the six years", "the six years"],
    // must not: a stretch told by its unit alone
    ["the past year", "the past year"],
  ])("%s → %s", (text, claim) => {
    expect(text.slice(durationClaimStart(text))).toBe(claim);
  });
});

describe("a claim of a length told with 'the past'", () => {
  it("is the length, at its place in the text", () => {
    const text = "Varga had worked with the fraud unit for the past six years.";
    const c = claimsOfText(text).find((x) => x.value.type === "quantity" && x.value.unit === "year");
    expect(c?.text).toBe("six years");
    expect(text.slice(c!.offset, c!.offset + c!.length)).toBe("six years");
  });
});
