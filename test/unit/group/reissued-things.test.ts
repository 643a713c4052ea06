/**
 * Things put out again are one count whatever verb tells it: "rewrote four updates",
 * "reissued four patches", "removed and re-released four fixes" (group/reissued-things.ts).
 * Sentences written for this test; the kinds expected were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { classesOfClaim, oneKindOfHappening } from "../../../src/group/predicate-classes.js";
import { reissuedThings } from "../../../src/group/reissued-things.js";
import { claimsOfText } from "../extract/frames/helpers.js";
import type { Claim } from "../../../src/types.js";
import { claim as made, qty } from "../../helpers/claims.js";

function claim(sentence: string, value: string): Claim {
  const c = claimsOfText(sentence).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”: ${claimsOfText(sentence).map((x) => x.text).join(", ")}`);
  return c;
}

/** A count as a frame reads it: what it counts, its verb and its sentence. */
function counted(n: number, counts: string, lemma: string, sentence: string): Claim {
  return made(qty(n, n, { nominal: n }), {
    sentence,
    claimFrame: { counted: counts, predicate: { lemma, voice: "active" }, participants: [], time: { tally: false, reportedAt: "2040-01-01" }, attribution: null, modality: [] },
  });
}

describe("reissuedThings: a count of things put out again", () => {
  it.each([
    [4, "update", "rewrite", "Norland Soft had to rewrite four updates.", true],
    [4, "patch", "reissue", "The vendor reissued four patches on Friday.", true],
    [9, "fix", "remove", "Quillon had to remove and re-release nine fixes.", true],
    [9, "fix", "pull", "Quillon pulled and reissued nine fixes last week.", true],
    [300, "copy", "recall", "Some 300 copies were recalled and reprinted.", true],
    [9, "fix", "remove", "Quillon had to remove nine fixes.", false],
    [9, "fix", "release", "Quillon released nine fixes on Tuesday.", false],
    [3, "duration", "rewrite", "The team rewrote the code in three days.", false],
    [2, "money", "reissue", "The council reissued $2 million of bonds.", false],
  ])("%i %s, %s in “%s” → %s", (n, counts, lemma, sentence, expected) => {
    expect(reissuedThings(counted(n, counts, lemma, sentence), lemma)).toBe(expected);
  });
});

describe("one kind: things put out again, in other words", () => {
  const rewritten = claim("Last week Norland Soft admitted it had been forced to rewrite six of its security updates.", "six");
  it.each([
    ["The firm had to remove and re-release a total of eight patches after users complained.", "eight"],
    ["Norland Soft reissued six security updates on Thursday.", "six"],
  ])("%s is one kind with 'forced to rewrite six updates'", (sentence, value) => {
    const other = claim(sentence, value);
    expect(classesOfClaim(other)).toEqual(["reissue"]);
    expect(oneKindOfHappening(rewritten, other)).toBe(true);
  });

  it.each([
    ["The firm removed eight patches after users complained.", "eight"],
    ["Norland Soft released six security updates on Tuesday.", "six"],
  ])("%s is not", (sentence, value) => {
    const other = claim(sentence, value);
    expect(oneKindOfHappening(rewritten, other)).toBe(false);
  });
});
