/**
 * Phrasal predicates read from a frame's verb and its sentence (predicate-classes.ts predicateOf):
 * a pronoun may stand between the verb and the rest of a phrase of a class ("took it over"), and a
 * phrase read with a gap takes one to three words there, its last words joined by a space or a
 * hyphen ("took the raiders head on", "taking them head-on"). Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { predicateOf } from "../../../src/group/predicate-classes.js";

/** A claim whose frame reads `lemma` as its verb, told in `sentence`. */
function told(lemma: string, sentence: string) {
  return { sentence, rule: `frame:${lemma}/test` };
}

describe("phrasal predicates", () => {
  const must: [string, string, string][] = [
    ["take", "The coast guard took the smugglers head on near Varrow on Tuesday.", "take head on"],
    ["take", "Brenna said her crew was taking them head-on by Monday.", "take head on"],
    ["take", "The cutter Ostel took the armed skiffs head on at dawn.", "take head on"],
    ["take", "Halvern Foods took it over in 2019.", "take over"],
    ["take", "Halvern Foods took over the Pellick dairy in 2019.", "take over"],
  ];
  it.each(must)("reads %s in %j as %j", (lemma, sentence, phrase) => {
    expect(predicateOf(told(lemma, sentence))).toBe(phrase);
  });

  const mustNot: [string, string][] = [
    // no word between the verb and "head on": the gap holds one to three words
    ["take", "The skiffs took head on winds all day near Varrow."],
    // five words between them: too far for the idiom
    ["take", "The cutter took the last of the skiffs head on at dawn."],
    // "ahead on" is no "head on"
    ["take", "The firm took the lead ahead on Monday."],
  ];
  it.each(mustNot)("does not read %s in %j as the gapped phrase", (lemma, sentence) => {
    expect(predicateOf(told(lemma, sentence))).not.toBe("take head on");
  });
});
