/**
 * Two sums of one rule's topic are one kind of act whatever verb tells each, so a sum whose doer
 * is named is kept apart from one whose sentence names only other people (group/sums-of-one-topic.ts,
 * group/participants.ts separates). Sentences and names written for this test.
 */
import { describe, expect, it } from "vitest";
import { separates } from "../../../src/group/participants.js";
import { sumsOfOneTopic } from "../../../src/group/sums-of-one-topic.js";
import type { Claim, Participant } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

function sum(rule: string, counted: string, lemma: string, sentence: string, text: string, parts: [Participant["role"], string][], actors: string[]): Claim {
  const n = 160_000_000;
  return claim(qty(n, n, { nominal: n, unit: "USD" }), {
    rule,
    sentence,
    text,
    offset: sentence.indexOf(text),
    story: "s-1",
    actors,
    claimFrame: {
      counted,
      predicate: { lemma, voice: "active" },
      participants: parts.map(([role, t]) => ({ role, text: t, key: t.toLowerCase() })),
      time: { tally: false, reportedAt: "2031-12-10" },
      attribution: null,
      modality: [],
    },
  });
}

const agreed = (rule = "deal-value", counted = "money"): Claim =>
  sum(rule, counted, "agree", "Ruiz agreed to a seven-year, $161 million deal with the Hawks on Tuesday.", "$161 million", [["agent", "Ruiz"]], ["name:hawks"]);
const offered = (rule = "deal-value", counted = "money", actors = ["name:ida marsh", "name:tom kerr"]): Claim =>
  sum(rule, counted, "offer", "Ida Marsh met Tom Kerr's agent and presented him with the offer, which is worth at least $160 million.", "$160 million", [["event", "offer"]], actors);

describe("two sums of one rule", () => {
  it("must: are one kind of act, and a named doer against a sentence naming only others parts them", () => {
    expect(sumsOfOneTopic(agreed(), offered())).toBe(true);
    expect(separates(agreed(), offered())).toBe(true);
  });
  it("must not: the other sentence names the doer too", () => {
    expect(separates(agreed(), offered("deal-value", "money", ["name:ruiz", "name:ida marsh"]))).toBe(false);
  });
  it("must not: a frame's own topic, or counts that are not money", () => {
    expect(sumsOfOneTopic(agreed("frame:-/money"), offered("frame:-/money"))).toBe(false);
    expect(sumsOfOneTopic(agreed("deal-value", "person"), offered("deal-value", "person"))).toBe(false);
    expect(separates(agreed("frame:-/money"), offered("frame:-/money"), undefined, false)).toBe(false);
  });
});
