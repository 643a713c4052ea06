/**
 * A length of time anchored to another happening ("wed two weeks before the
 * shooting") is identified by its anchor, its side of it and what was done that long before or
 * after: two reports of one story that tell those alike tell one length, whatever the figures.
 * Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { anchorOf, oneAnchoredLength } from "../../../src/group/anchored-lengths.js";
import { mayDiffer } from "../../../src/group/occurrence-topics.js";
import type { Claim } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

function length(sentence: string, text: string, n: number, unit: string, lemma: string, reportedAt = "2031-03-02", story = "s-1"): Claim {
  return claim(qty(n, n, { nominal: n, unit }), {
    rule: `frame:duration/${lemma}`,
    sentence,
    text,
    length: text.length,
    offset: sentence.indexOf(text),
    story,
    claimFrame: { counted: "duration", predicate: { lemma, voice: "active" }, participants: [], time: { tally: false, reportedAt }, attribution: null, modality: [] },
  });
}

describe("anchorOf: the side and kind of the happening a length counts from", () => {
  it.each([
    ["Dana Reyes had wed two weeks before the shooting.", "two weeks", "before attack"],
    ["She was married three weeks before her husband was murdered in Dunmore.", "three weeks", "before attack"],
    ["The minister quit a month after the vote.", "a month", "after vote"],
    ["He wed four days prior to his arrest.", "four days", "before arrest"],
  ])("%s → %s", (sentence, text, anchor) => {
    expect(anchorOf(length(sentence, text, 2, /week/.test(text) ? "week" : /month/.test(text) ? "month" : "day", "marry"))).toBe(anchor);
  });

  it.each([
    ["Three weeks later the couple moved to Keld.", "Three weeks"],
    ["They were married for three weeks in Keld.", "three weeks"],
    ["She was married three weeks before the big day.", "three weeks"],
  ])("%s → no anchor", (sentence, text) => {
    expect(anchorOf(length(sentence, text, 3, "week", "marry"))).toBeNull();
  });
});

describe("oneAnchoredLength and mayDiffer", () => {
  const wedShot = length("Dana Reyes had wed two weeks before the shooting.", "two weeks", 2, "week", "wed", "2031-03-02");
  const wedMurdered = length("His widow, who married him three weeks before he was murdered, spoke in court.", "three weeks", 3, "week", "marry", "2032-05-10");
  it("must be one: one kind of happening, one side, one kind of anchor, reports a year apart", () => {
    expect(oneAnchoredLength(wedShot, wedMurdered)).toBe(true);
    expect(mayDiffer(wedShot, wedMurdered)).toBe(true);
  });
  it.each([
    ["another anchor", length("She married him three weeks before the trial.", "three weeks", 3, "week", "marry", "2032-05-10")],
    ["another kind of happening", length("He was hired three weeks before the shooting.", "three weeks", 3, "week", "hire", "2032-05-10")],
    ["the other side", length("She married him three weeks after the shooting.", "three weeks", 3, "week", "marry", "2032-05-10")],
    ["another story", length("She married him three weeks before he was murdered.", "three weeks", 3, "week", "marry", "2032-05-10", "s-2")],
  ])("must not: %s", (_name, other) => {
    expect(oneAnchoredLength(wedShot, other)).toBe(false);
    expect(mayDiffer(wedShot, other)).toBe(false);
  });
});
