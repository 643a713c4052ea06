/**
 * The size of a party told by what it was doing ("there were three in the
 * hiking party", "one of three women who were trying to reach the hut") is one figure in every
 * report of the story that names that activity (group/party-sizes.ts). Sentences, names and
 * figures written for this test; the expected answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { onePartyOfOneSize, onePartySize, partyActivityOf } from "../../../src/group/party-sizes.js";
import type { Claim } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

function count(sentence: string, text: string, n: number, story = "s-1"): Claim {
  return claim(qty(n, n, { nominal: n }), { sentence, text, length: text.length, offset: sentence.indexOf(text), story });
}

describe("partyActivityOf: the activity a party's size is told by", () => {
  it.each([
    ["There were three in the hiking party.", "three", "hik"],
    ["Ada Reyes was one of three women who were trying to hike to the Keld hut.", "three", "hik"],
    ["Two in the running group fell.", "Two", "run"],
    ["He was one of five sailors who were sailing to Varn.", "five", "sail"],
    ["Five in the sailing crew were rescued.", "Five", "sail"],
  ])("%s → %s", (sentence, text, activity) => {
    expect(partyActivityOf(count(sentence, text, 3))).toBe(activity);
  });

  it.each([
    ["There were three in the party.", "three"],
    ["She was one of three women who said the path was closed.", "three"],
    ["Three hikers were hurt near the hut.", "Three"],
    ["Three of the hikers who were trying to reach the hut turned back.", "Three"],
  ])("%s → none", (sentence, text) => {
    expect(partyActivityOf(count(sentence, text, 3))).toBeNull();
  });
});

describe("one party's size", () => {
  const party = count("There were four in the climbing party.", "four", 4);
  it("must be one: 'four in the climbing party' and 'one of four men who were trying to climb the ridge'", () => {
    const other = count("Rhys Ames was one of four men who were trying to climb the ridge, police said.", "four", 4);
    expect(onePartySize(party, other)).toBe(true);
    expect(onePartyOfOneSize(party, other)).toBe(true);
  });
  it("must be one: 'three in the hiking party' and 'one of three women who were trying to hike to the hut'", () => {
    const a = count("There were three in the hiking party.", "three", 3);
    const b = count("Ada Reyes was one of three women who were trying to hike to the Keld hut.", "three", 3);
    expect(onePartyOfOneSize(a, b)).toBe(true);
  });
  it.each<[string, Claim]>([
    ["another activity", count("Rhys Ames was one of four men who were trying to sail to Varn.", "four", 4)],
    ["another number", count("Rhys Ames was one of five men who were trying to climb the ridge.", "five", 5)],
    ["another story", count("Rhys Ames was one of four men who were trying to climb the ridge.", "four", 4, "s-2")],
  ])("must not be one: %s", (_name, other) => {
    expect(onePartyOfOneSize(party, other)).toBe(false);
  });
});
