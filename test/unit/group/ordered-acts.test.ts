/** How many times one act was ordered, the count told before the order or after the act. Sentences written for this test. */
import { describe, expect, it } from "vitest";
import { orderedActGroups, orderedActOf } from "../../../src/group/ordered-acts.js";
import type { Claim } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

let n = 0;
function times(sentence: string, text: string, value: number, actors: string[] = ["name:tam roe"], story = "s-1", document = `d${++n}.txt`): Claim {
  return claim(qty(value, value, { unit: "time" }), {
    sentence,
    text,
    offset: sentence.indexOf(text),
    document,
    story,
    actors,
    claimFrame: { counted: "time", predicate: { lemma: "order", voice: "active" }, participants: [], time: { tally: false, reportedAt: null }, attribution: null, modality: [] },
  });
}

describe("orderedActOf: the act a count of orders is of", () => {
  it.each([
    ["the count before the order", "The owner five times ordered the board to sack Tam Roe.", "five", "sack"],
    ["the count after the act", "The owner ordered the board to sack Tam Roe five times.", "five", "sack"],
    ["'twice' and an adverb", "She twice publicly urged the council to close the Keld depot.", "twice", "close"],
    ["'asked'", "Tam Roe three times asked the court to hear the appeal.", "three", "hear"],
  ])("must: %s", (_name, sentence, text, act) => {
    expect(orderedActOf(times(sentence, text, 5))).toBe(act);
  });

  it.each([
    ["no order", "The board sacked Tam Roe five times over the years.", "five"],
    ["the count of another clause's verb", "The owner ordered the board to sack Tam Roe, who had won five times.", "five"],
    ["not a count of times", "The owner ordered the board to sack five players.", "five"],
  ])("must not: %s", (_name, sentence, text) => {
    expect(orderedActOf(times(sentence, text, 5))).toBeNull();
  });
});

describe("orderedActGroups: one count of orders told two ways agrees", () => {
  it("must: 'five times ordered … to sack' / 'ordered … to sack … five times'", () => {
    const a = times("The owner five times ordered the board to sack Tam Roe.", "five", 5);
    const b = times("The owner ordered the board to sack Tam Roe five times.", "five", 5);
    const gs = orderedActGroups([a, b], []);
    expect(gs.map((g) => g.claims.map((c) => c.id))).toEqual([[a.id, b.id].sort((x, y) => (x < y ? -1 : 1))]);
  });

  it.each([
    ["another act", "The owner five times asked the board to hire Tam Roe.", 5, ["name:tam roe"], "s-1"],
    ["another value", "The owner ordered the board to sack Tam Roe four times.", 4, ["name:tam roe"], "s-1"],
    ["no name in common", "The mayor ordered the police to sack an officer five times.", 5, ["name:keld"], "s-1"],
    ["another story", "The owner ordered the board to sack Tam Roe five times.", 5, ["name:tam roe"], "s-2"],
  ])("must not: %s", (_name, sentence, value, actors, story) => {
    const a = times("The owner five times ordered the board to sack Tam Roe.", "five", 5);
    const b = times(sentence, value === 4 ? "four" : "five", value, actors, story);
    expect(orderedActGroups([a, b], [])).toEqual([]);
  });
});
