/**
 * A court's sentence told as served in full ("served a 30-month prison term") is the time spent in
 * jail, one kind with "served 30 months in prison"; a sentence given, not yet served, or served in
 * part stays a sentence. Sentences written for this test, read by the scan's own per-file pass; the
 * kinds decided by reading the sentences.
 */
import { describe, expect, it } from "vitest";
import { classesOfClaim } from "../../../src/group/predicate-classes.js";
import { servedTerm } from "../../../src/group/served-terms.js";
import { claimsOfText } from "../extract/frames/helpers.js";
import type { Claim } from "../../../src/types.js";

function told(sentence: string, value: string): Claim {
  const c = claimsOfText(sentence).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”: ${claimsOfText(sentence).map((x) => x.text).join(", ")}`);
  return c;
}

describe("must be a term served in full: time spent", () => {
  it.each([
    ["The smuggler Tobin Reale served a 30-month prison term for fraud.", "30-month"],
    ["Dora Quill served her five-year sentence at Hollesley.", "five-year"],
  ])("%s", (sentence, value) => {
    const c = told(sentence, value);
    expect(servedTerm(c)).toBe(true);
    expect(classesOfClaim(c)).toEqual(["time-spent"]);
  });
});

describe("must not be: a part served, a term not yet served, a term given", () => {
  it.each([
    ["The smuggler Tobin Reale served most of a six-month sentence.", "six-month"],
    ["Reale, who is serving a 12-year term at Wakefield, wrote to the paper.", "12-year"],
    ["In 1971 the forger Ivo Petric received a six-year sentence for counterfeiting.", "six-year"],
  ])("%s", (sentence, value) => {
    expect(servedTerm(told(sentence, value))).toBe(false);
  });
});
