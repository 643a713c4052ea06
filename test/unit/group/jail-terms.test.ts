/**
 * A length of time in jail is the term a court gave: "jailed for nine years" is one kind of
 * happening with "sentenced to nine years", while "jailed on Friday" stays a taking into custody.
 * Sentences written for this test, read by the scan's own per-file pass; the kinds decided by
 * reading the sentences.
 */
import { describe, expect, it } from "vitest";
import { classesOfClaim } from "../../../src/group/predicate-classes.js";
import { claimsOfText } from "../extract/frames/helpers.js";

function kinds(sentence: string, value: string): readonly string[] | null {
  const c = claimsOfText(sentence).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”: ${claimsOfText(sentence).map((x) => x.text).join(", ")}`);
  return classesOfClaim(c);
}

describe("must match: a term in jail is a sentence", () => {
  it.each([
    ["The smuggler Rufus Keen was jailed for nine years.", "nine years"],
    ["A judge in Leeds imprisoned the forger for six years.", "six years"],
    ["She was sentenced to nine years for the fraud.", "nine years"],
  ])("%s → sentence", (sentence, value) => {
    expect(kinds(sentence, value)).toEqual(["sentence"]);
  });
});

describe("must not match: a day of jailing is no sentence", () => {
  it.each([
    ["Police jailed the smuggler Rufus Keen on May 4, 2016.", "May 4, 2016"],
    ["The forger was imprisoned in March 2011 pending trial.", "March 2011"],
  ])("%s → not a sentence", (sentence, value) => {
    expect(kinds(sentence, value) ?? []).not.toContain("sentence");
  });
});
