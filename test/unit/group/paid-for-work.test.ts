/**
 * A fee taken, accepted or received for a piece of work is a payment, one kind with "was paid".
 * Sentences written for this test; the readings expected were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { paidForWork } from "../../../src/group/paid-for-work.js";
import { oneKindOfHappening } from "../../../src/group/predicate-classes.js";
import { claimsOfText } from "../extract/frames/helpers.js";
import type { Claim } from "../../../src/types.js";

function claim(sentence: string, value: string): Claim {
  const c = claimsOfText(sentence).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”: ${claimsOfText(sentence).map((x) => x.text).join(", ")}`);
  return c;
}

const PAID = claim("The studio paid Ada Quill $6 million to adapt the novel.", "$6 million");

describe("must be a fee for work, one kind with 'paid'", () => {
  it.each([
    ["Quill took a modest $6 million to adapt and direct the novel.", "$6 million"],
    ["Quill ended up taking $6 million to adapt (with two co-writers) and direct.", "$6 million"],
    ["Quill accepted $6 million for directing the remake.", "$6 million"],
    ["Quill received $6 million upfront to star in the remake.", "$6 million"],
    ["Quill was given $6 million to produce the remake.", "$6 million"],
  ])("%s", (sentence, value) => {
    const c = claim(sentence, value);
    expect(paidForWork(c)).toBe(true);
    expect(oneKindOfHappening(PAID, c)).toBe(true);
  });
});

describe("must not be a fee for work", () => {
  it.each([
    ["The robbers took $6 million to the border in a van.", "$6 million"],
    ["The couriers took $6 million to Lisbon last spring.", "$6 million"],
    ["The gang took $6 million from the vault on Friday.", "$6 million"],
    ["The remake took in $6 million in its first weekend.", "$6 million"],
    ["The charity received $6 million in donations last year.", "$6 million"],
    ["The studio gave $6 million to the festival.", "$6 million"],
  ])("%s", (sentence, value) => {
    expect(paidForWork(claim(sentence, value))).toBe(false);
  });
});
