/**
 * How many times one thing was put off is one kind of happening whether an
 * outlet says "canceled", "postponed" or "delayed" (group/put-off-times.ts), so a show "canceled
 * twice" and "twice delayed" are one count. Sentences written for this test; the kinds expected
 * were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { classesOfClaim, oneKindOfHappening } from "../../../src/group/predicate-classes.js";
import { putOffTimes } from "../../../src/group/put-off-times.js";
import { claimsOfText } from "../extract/frames/helpers.js";
import type { Claim } from "../../../src/types.js";
import { claim as made, qty } from "../../helpers/claims.js";

function claim(sentence: string, value: string): Claim {
  const c = claimsOfText(sentence).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”: ${claimsOfText(sentence).map((x) => x.text).join(", ")}`);
  return c;
}

/** A count as a frame reads it: what it counts and its verb. */
function counted(n: number, counts: string, lemma: string): Claim {
  return made(qty(n, n, { nominal: n }), { claimFrame: { counted: counts, predicate: { lemma, voice: "passive" }, participants: [], time: { tally: false, reportedAt: "2040-01-01" }, attribution: null, modality: [] } });
}

describe("putOffTimes: a count of the times a thing was put off", () => {
  it.each([
    [2, "time", "cancel", true],
    [2, "time", "delay", true],
    [3, "time", "postpone", true],
    [2, "time", "push back", true],
    [3, "hour", "delay", false],
    [3, "flight", "cancel", false],
    [2, "time", "hold", false],
  ])("%i %s, %s → %s", (n, counts, lemma, expected) => {
    expect(putOffTimes(counted(n, counts, lemma), lemma)).toBe(expected);
  });
});

describe("one kind: the times one thing was put off, in other words", () => {
  const canceled = claim("The gala was canceled twice because of the floods before it was finally held in May.", "twice");
  it.each([
    ["The gala, twice delayed by the floods, was finally held in May.", "twice"],
    ["The gala was postponed twice because of the floods.", "twice"],
  ])("%s is one kind with 'was canceled twice'", (sentence, value) => {
    const other = claim(sentence, value);
    expect(classesOfClaim(other)).toEqual(["put-off"]);
    expect(oneKindOfHappening(canceled, other)).toBe(true);
  });

  it.each([
    ["The gala was held twice in the town hall.", "twice"],
    ["The ferry was delayed three hours by the floods.", "three hours"],
  ])("%s is not", (sentence, value) => {
    const other = claim(sentence, value);
    expect(oneKindOfHappening(canceled, other)).toBe(false);
  });
});
