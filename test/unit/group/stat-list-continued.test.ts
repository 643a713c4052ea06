/**
 * A list of a player's figures carried by one verb, continued by "and another" ("had 250 yards on
 * 60 carries and another 140 yards on 22 catches"): the figure after "and another" is a statistic
 * too. Sentences, names and numbers written for this test; the expected readings were decided by
 * reading the sentences.
 */
import { describe, expect, it } from "vitest";
import { statOf } from "../../../src/group/stat-lines.js";
import type { Claim } from "../../../src/types.js";
import { frameRead } from "../../helpers/claims.js";

let docs = 0;
function told(sentence: string, text: string, counted: string): Claim {
  docs += 1;
  return frameRead(sentence, text, Number(text.replace(/,/g, "")), { counted, lemma: null, unit: "", participants: [] }, `list-${docs}.txt`);
}

describe("must match: the figure after 'and another' is carried", () => {
  it.each<[string, string, string, string | null]>([
    ["Ruelle had 250 yards and three scores on 60 carries and another 140 yards on 22 catches.", "140", "yard", "receiving"],
    ["Adeyemi finished with 88 yards on six catches and another 30 yards on two runs.", "30", "yard", null],
    ["Hollis had 14 points in the first half and another 12 points after the break.", "12", "point", null],
  ])("%s (%s)", (sentence, text, noun, qualifier) => {
    const s = statOf(told(sentence, text, noun));
    expect(s?.noun).toBe(noun);
    expect(s?.qualifier).toBe(qualifier);
  });
});

describe("must not match: no carried figure before 'and another'", () => {
  it.each<[string, string, string]>([
    ["The storm tore up one field and another 20 yards of turf.", "20", "yard"],
    ["The ball came to rest and another 40 yards away the crowd stood.", "40", "yard"],
  ])("%s (%s)", (sentence, text, noun) => {
    expect(statOf(told(sentence, text, noun))).toBeNull();
  });
});
