/**
 * A length told as a court's sentence is one kind of happening whatever verb
 * carries it ("received a six-year sentence", "sentenced to eight years"), and time added to a
 * sentence is a kind of its own, never the whole sentence. Sentences written for this test, read
 * by the scan's own per-file pass; the kinds decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { classesOfClaim, oneKindOfHappening } from "../../../src/group/predicate-classes.js";
import { claimsOfText } from "../extract/frames/helpers.js";
import type { Claim } from "../../../src/types.js";

function told(sentence: string, value: string): Claim {
  const c = claimsOfText(sentence).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”: ${claimsOfText(sentence).map((x) => x.text).join(", ")}`);
  return c;
}

describe("must be a sentence's length", () => {
  it.each([
    ["In 1971 the forger Ivo Petric received a six-year sentence for counterfeiting.", "six-year"],
    ["Petric got 20 years behind bars for the robbery.", "20 years"],
    ["Petric was sentenced to eleven years in state prison.", "eleven years"],
    ["Petric, who is serving a 14-year term at Wakefield, wrote to the paper.", "14-year"],
  ])("%s → sentence", (sentence, value) => {
    expect(classesOfClaim(told(sentence, value))).toEqual(["sentence"]);
  });

  it("meets a length told with 'sentenced'", () => {
    expect(oneKindOfHappening(told("In 1971 the forger Ivo Petric received a six-year sentence.", "six-year"), told("Petric was sentenced to eight years in prison.", "eight years"))).toBe(true);
  });
});

describe("must be time added to a sentence", () => {
  it.each([
    ["Two more years were added to his prison term after the escape.", "Two more years"],
    ["The judge gave Petric another four-year sentence.", "four-year"],
    ["Petric admitted the charge in May, adding four years to his sentence.", "four years"],
  ])("%s → sentence-added", (sentence, value) => {
    expect(classesOfClaim(told(sentence, value))).toEqual(["sentence-added"]);
  });

  it("is never one kind with the whole sentence", () => {
    expect(oneKindOfHappening(told("Petric admitted the charge in May, adding four years to his sentence.", "four years"), told("Petric was sentenced to eight years in prison.", "eight years"))).toBe(false);
  });
});

describe("must be neither", () => {
  it.each([
    ["The striker signed a five-year contract with the club.", "five-year"],
    ["After serving five years, Petric opened a bakery in Split.", "five years"],
    ["Petric served seven months in prison for the fraud.", "seven months"],
    ["Petric served nine months in federal prison.", "nine months"],
    ["Petric spent three years behind bars in Zagreb.", "three years"],
  ])("%s → no sentence", (sentence, value) => {
    const kinds = classesOfClaim(told(sentence, value)) ?? [];
    expect(kinds).not.toContain("sentence");
    expect(kinds).not.toContain("sentence-added");
  });
});
