/** The tagger: offsets into the sentence as written, parts of speech, lemmas. */
import { describe, expect, it } from "vitest";
import { tagSentence } from "../../../src/extract/tag/tagger.js";

describe("tagSentence", () => {
  const s = "The rescuers couldn't reach the 14 miners trapped below.";
  const tokens = tagSentence(s);
  it("points every token at its text", () => {
    for (const t of tokens) expect(s.slice(t.start, t.end)).toBe(t.text);
  });
  it.each([
    ["rescuers", "NOUN", "rescuer"],
    ["reach", "VERB", "reach"],
    ["14", "NUM", "14"],
    ["miners", "NOUN", "miner"],
    ["trapped", "VERB", "trap"],
  ])("%s is %s, lemma %s", (text, pos, lemma) => {
    const t = tokens.find((x) => x.text === text);
    expect(t?.pos).toBe(pos);
    expect(t?.lemma).toBe(lemma);
  });
  it("splits a contraction into parts that are substrings", () => {
    expect(tokens.filter((t) => t.start >= s.indexOf("couldn't") && t.end <= s.indexOf("couldn't") + 8).map((t) => t.text).join("")).toBe("couldn't");
  });
});

describe("tagSentence is the same whatever was read before", () => {
  it("always splits a possessive from its word (the tokenizer would otherwise keep a word it once read whole)", () => {
    const before = tagSentence("Savers may draw on their IRA's funds, the plan says.").map((t) => t.text);
    tagSentence("Contributions to IRA's, 401(k)s and pensions rose; IRA's were popular.");
    const after = tagSentence("Savers may draw on their IRA's funds, the plan says.").map((t) => t.text);
    expect(before).toEqual(after);
    expect(after).toContain("IRA");
    expect(after).toContain("'s");
  });
});
