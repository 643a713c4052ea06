/**
 * Shots, gunshots and bullets fired are one thing counted, and so are rounds
 * where the sentence tells of guns ("the sniper fired a dozen rounds"); a round of a fight, of
 * talks or of golf is not. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { thingOf } from "../../../src/group/occurrence-topics.js";
import { roundFired } from "../../../src/group/counted-things.js";
import type { Claim, Participant } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

function count(sentence: string, text: string, value: number, unit: string, doc = "a.txt", agents: string[] = []): Claim {
  return claim(qty(value, value, { nominal: value, unit }), {
    rule: "volleys",
    document: doc,
    sentence,
    text,
    length: text.length,
    offset: sentence.indexOf(text),
    story: "s-1",
    claimFrame: {
      counted: unit,
      predicate: { lemma: "fire", voice: "active" },
      participants: agents.map((a): Participant => ({ role: "agent", text: a, key: a.toLowerCase() })),
      time: { tally: false, reportedAt: "2031-04-02" },
      attribution: null,
      modality: [],
    },
  });
}

describe("shots, bullets and rounds of guns are one thing", () => {
  it.each([
    ["The gunman sprayed 14 bullets across the yard.", "14", "bullet", "shot"],
    ["Neighbours heard 14 gunshots after midnight.", "14", "gunshot", "shot"],
    ["Police say 14 shots were fired.", "14", "shot", "shot"],
    ["The sniper emptied a dozen rounds from his rifle.", "dozen", "round", "shot"],
    // not guns: a fight, talks, golf
    ["The title fight went the full 12 rounds in Leith.", "12", "round", "round"],
    ["After three rounds of talks the unions walked out.", "three", "round", "round"],
    ["Ferris played four rounds at Keld, shooting under par in each.", "four", "round", "round"],
  ])("%s → %s", (sentence, text, unit, thing) => {
    expect(thingOf(count(sentence, text, 1, unit))).toBe(thing);
  });

  it("a word other than a round is left as it is", () => {
    expect(roundFired("bout", "The gunman fired twice.")).toBe("bout");
  });
});
