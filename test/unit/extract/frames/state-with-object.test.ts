/**
 * "missing" stands for a state ("two hikers missing"), but with an object after it it is the verb
 * "miss" ("missing eight of 14 games"). Sentences written for this test (made-up teams, people and
 * numbers); what each must give was decided by reading the sentence.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("must match: the verb, with its object", () => {
  it.each([
    ["Ruiz had a poor year, missing eight of the club's 14 games.", "eight"],
    ["The Otters will be missing three of their starters.", "three"],
    ["Dunn sat out again, missing his fourth game in a row on Sunday.", "Sunday"],
  ])("%s → %s: miss", (sentence, value) => {
    expect(frame(sentence, value).predicate?.lemma).toBe("miss");
  });
});

describe("must not match: the state", () => {
  it.each([
    ["Two hikers are still missing after the flood.", "Two"],
    ["Four sailors have been missing since Friday.", "Four"],
    ["Six fishermen were still missing the day after the storm.", "Six"],
    ["Five climbers had been missing two days when the team found them.", "Five"],
  ])("%s → %s: missing", (sentence, value) => {
    expect(frame(sentence, value).predicate?.lemma).toBe("missing");
  });
});
