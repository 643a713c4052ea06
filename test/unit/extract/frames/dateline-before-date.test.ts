/**
 * A place's dateline in capitals and its dash before a date that opens the sentence ("KERROW-Shortly
 * after 4:10 Thursday morning a neighbour phoned …") do not stop the date from framing the clause
 * after it: its verb is the date's predicate. A name in ordinary case before a dash is no dateline.
 * Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("must match: the verb after a date opened by a dateline", () => {
  it.each([
    ["KERROW-Shortly after 4:10 Thursday morning a neighbour phoned in the blaze on Oak Row.", "4:10 Thursday morning", "phone"],
    ["LONDON — On 3 May 2021 the council closed the bridge.", "3 May 2021", "close"],
    ["KERROW, Idaho (AP) - On 3 May 2021 the council closed the bridge.", "3 May 2021", "close"],
  ])("%s → %s: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
});

describe("must not match: a name in ordinary case before a dash", () => {
  it("Fenwick - on 3 May 2021 the council closed the bridge: no dateline", () => {
    expect(frame("Fenwick - on 3 May 2021 the council closed the bridge.", "3 May 2021").predicate?.lemma).not.toBe("close");
  });
});
