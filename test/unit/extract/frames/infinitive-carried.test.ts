/**
 * A verb that carries the happening of the infinitive after it ("was forced to", "managed to",
 * "began to") gives way to that infinitive: the value dates or counts what was done. Verbs of
 * deciding, trying or promising keep their own reading, since what they name may never have
 * happened. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("must match: the infinitive is the predicate", () => {
  it.each([
    ["In 1991, the mill was forced to close its doors.", "1991", "close"],
    ["Two inmates managed to escape from Kerrow jail on 3 May 2021.", "3 May 2021", "escape"],
    ["The trawler began to sink on 3 May 2021 off Fenmouth.", "3 May 2021", "sink"],
    ["In 2004 the dairy was compelled to sell its herd.", "2004", "sell"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
});

describe("must not match: a decision, an attempt or a promise keeps its own verb", () => {
  it.each([
    ["The board voted in 2007 to close the creamery.", "2007", "close"],
    ["In 2007, the board decided to close the creamery.", "2007", "close"],
    ["The mayor vowed on 3 May 2021 to rebuild the bridge.", "3 May 2021", "rebuild"],
  ])("%s → %s is not %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).not.toBe(lemma);
  });
});
