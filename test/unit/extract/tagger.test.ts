/** The tagger: offsets into the sentence as written, parts of speech, lemmas, numeric entities. */
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
  it("marks numeric entities", () => {
    expect(tokens.find((x) => x.text === "14")?.entity).toBe("CARDINAL");
    expect(tokens.find((x) => x.text === "miners")?.entity).toBeNull();
  });
  it("splits a contraction into parts that are substrings", () => {
    expect(tokens.filter((t) => t.start >= s.indexOf("couldn't") && t.end <= s.indexOf("couldn't") + 8).map((t) => t.text).join("")).toBe("couldn't");
  });
});
