/**
 * Words passed over by their length before a retagging reads them (extract/tag): every word the
 * retagging could change is of a length let through. Words written for this test.
 */
import { describe, expect, it } from "vitest";
import { PREFIXED_PAST, mayBePrefixedPast, tagSentence } from "../../../src/extract/tag/tagger.js";
import { INDEFINITE_FIRST, INDEFINITE_LAST, mayBeIndefinite } from "../../../src/extract/tag/indefinite-pronouns.js";
import { lengthGate } from "../../../src/extract/tag/word-lengths.js";

/** The words of an expression made of two groups of alternatives, each of the first before each of the second. */
function words(re: RegExp): string[] {
  const m = /^\^\(([a-z|]+)\)\(([a-z|]+)\)\$$/.exec(re.source);
  if (!m) throw new Error(`not two groups of words: ${re.source}`);
  return m[1]!.split("|").flatMap((a) => m[2]!.split("|").map((b) => a + b));
}

describe("a prefixed irregular past is of a length mayBePrefixedPast lets through", () => {
  it("every prefix before every past", () => {
    const all = words(PREFIXED_PAST);
    expect(all.length).toBeGreaterThan(300);
    expect(all.filter((w) => !mayBePrefixedPast(w))).toEqual([]);
    expect(Math.min(...all.map((w) => w.length))).toBe(5);
    expect(Math.max(...all.map((w) => w.length))).toBe(12);
  });
  it.each([
    ["reran", true],
    ["overtook", true],
    ["underthought", true],
    ["ran", false],
    ["took", false],
    ["overthoughts", true],
    ["underthoughts", false],
  ])("%s → %s", (word, expected) => {
    expect(mayBePrefixedPast(word)).toBe(expected);
  });
  it("a prefixed past is still read as its verb", () => {
    const t = tagSentence("Fans overtook the Harlow gates on Friday.").find((x) => x.text === "overtook");
    expect([t?.pos, t?.lemma]).toEqual(["VERB", "overtake"]);
  });
});

describe("an indefinite pronoun is of five letters to ten", () => {
  it("every such word", () => {
    const all = ["every", "some", "any", "no"].flatMap((a) => ["thing", "one", "body"].map((b) => a + b));
    expect(Math.min(...all.map((w) => w.length))).toBe(5);
    expect(Math.max(...all.map((w) => w.length))).toBe(10);
  });
  it("every word the lists spell is let through, and none of another length", () => {
    const all = INDEFINITE_FIRST.flatMap((a) => INDEFINITE_LAST.map((b) => a + b));
    expect(all).toContain("everything");
    expect(all.filter((w) => !mayBeIndefinite(w))).toEqual([]);
    expect(["noon", "everythings", "Nobody", "ANYONE"].map(mayBeIndefinite)).toEqual([false, false, true, true]);
  });
  it.each([
    ["Everything changed at the Keld mill in May.", "Everything", "PRON"],
    ["Everybody at the Keld mill left in May.", "Everybody", "PRON"],
  ])("%s (%s)", (sentence, word, pos) => {
    expect(tagSentence(sentence).find((t) => t.text === word)?.pos).toBe(pos);
  });
});

describe("the limits follow the lists they gate (word-lengths.ts)", () => {
  it("the words of two lists, one of each in turn", () => {
    const gate = lengthGate(["re", "under"], ["ran", "thought"]);
    expect(["reran", "underthought", "ran", "underthoughts"].map(gate)).toEqual([true, true, false, false]);
  });
  it("a longer entry added to a list is still let through", () => {
    const gate = lengthGate(["every", "some", "any", "no"], ["thing", "one", "body", "whereabouts"]);
    expect(gate("everywhereabouts")).toBe(true);
    expect(gate("everywhereaboutss")).toBe(false);
  });
  it("a shorter entry too", () => {
    const gate = lengthGate(["swam", "drank", "forsook", "ran"]);
    expect(["ran", "forsook", "an", "forsooks"].map(gate)).toEqual([true, true, false, false]);
  });
});
