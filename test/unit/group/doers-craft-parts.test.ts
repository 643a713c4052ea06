/**
 * A count of craft told as a part of the doers' craft ("the remaining two boats", "the other three
 * skiffs") is no count of all the craft they came in (group/doers-craft.ts). Sentences, names and
 * figures written for this test.
 */
import { describe, expect, it } from "vitest";
import { craftOf } from "../../../src/group/doers-craft.js";
import type { Claim } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

function count(sentence: string, text: string, n: number, counted: string, lemma: string | null): Claim {
  return claim(qty(n, n, { nominal: n, unit: counted }), {
    rule: `frame:x/${counted}`,
    sentence,
    text,
    length: text.length,
    offset: sentence.indexOf(text),
    story: "s-1",
    claimFrame: {
      counted,
      predicate: lemma === null ? null : { lemma, voice: "active" },
      participants: [],
      time: { tally: false, reportedAt: "2031-03-02" },
      attribution: null,
      modality: [],
    },
  });
}

describe("craftOf: a part of the doers' craft", () => {
  it.each([
    ["The remaining two boats of raiders fled toward Keld.", "two", "remain"],
    ["The remaining two boats of raiders fled toward Keld.", "two", "flee"],
    ["One skiff was sunk and the other three skiffs of raiders turned back.", "three", "turn"],
  ])("must not read: %s (%s, lemma %s)", (sentence, text, lemma) => {
    expect(craftOf(count(sentence, text, 2, sentence.includes("skiff") ? "skiff" : "boat", lemma))).toBeNull();
  });

  it.each([
    ["Two boats of raiders remained near the ferry Orla until dawn.", "Two", "remain"],
    ["The raiders, in three boats, remained close to the Orla for an hour.", "three", "remain"],
  ])("must read: %s (a count of all the craft, whatever its verb)", (sentence, text, lemma) => {
    expect(craftOf(count(sentence, text, 2, "boat", lemma))).not.toBeNull();
  });
});
