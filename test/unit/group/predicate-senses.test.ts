/**
 * Words of two kinds of happening, read by what they act on: "overturn" sinks a craft but reverses
 * a decision; "catch" takes people (or boats) into custody, not passes or fish. Sentences
 * written for this test, read by the scan's own per-file pass; the kinds expected were decided by
 * reading the sentences.
 */
import { describe, expect, it } from "vitest";
import { classesOfClaim } from "../../../src/group/predicate-classes.js";
import { claimsOfText } from "../extract/frames/helpers.js";

/** The kinds of happening of the claim whose text is `value`. */
function kinds(sentence: string, value: string): readonly string[] | null {
  const c = claimsOfText(sentence).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”`);
  return classesOfClaim(c);
}

describe("overturn: a sinking of a craft, a reversal of anything else", () => {
  it.each([
    ["The ferry Gull Wing overturned near the harbour mouth on June 2, 2018.", "June 2, 2018"],
    ["A freak wave overturned the ferry Gull Wing on June 2, 2018.", "June 2, 2018"],
    ["Two fishing boats overturned in the squall on May 9, 2017.", "May 9, 2017"],
  ])("%s → sink", (sentence, value) => {
    expect(kinds(sentence, value)).toEqual(["sink"]);
  });

  it.each([
    ["Appeals judges overturned the conviction of Dora Pell on March 3, 2019.", "March 3, 2019"],
    ["The new council overturned the parking ban on April 8, 2021.", "April 8, 2021"],
    ["A higher court overturned the ruling in 2015.", "2015"],
  ])("%s → never a sinking", (sentence, value) => {
    expect(kinds(sentence, value) ?? []).not.toContain("sink");
  });

  it("a reversal is a reversal, as rescinding and revoking are", () => {
    expect(kinds("Appeals judges overturned the conviction of Dora Pell on March 3, 2019.", "March 3, 2019")).toEqual(["reverse"]);
  });
});

describe("catch: custody for people and boats only", () => {
  it.each([
    ["Police caught 12 suspects after the march.", "12"],
    ["Coastguards caught 3 skiffs off the cape.", "3"],
    ["Border guards caught the fugitive Ansel Grieve on May 4, 2016.", "May 4, 2016"],
  ])("%s → an arrest", (sentence, value) => {
    expect(kinds(sentence, value)).toContain("arrest");
  });

  it.each([
    ["Lenny Fosk caught 52 passes for the Hawks last season.", "52"],
    ["The rookie caught two passes in the first half.", "two"],
    ["Anglers caught 30 trout on the opening day.", "30"],
  ])("%s → no arrest", (sentence, value) => {
    expect(kinds(sentence, value) ?? []).not.toContain("arrest");
  });
});

describe("what a verb of leaving goes “with” is carried off, not a happening of its own", () => {
  it.each([
    ["Kemp escaped with a shotgun and 2 pistols, the warden said.", "2"],
    ["The clerk fled with three laptops from the office.", "three"],
  ])("%s → no kind of happening (what there was)", (sentence, value) => {
    expect(kinds(sentence, value)).toBeNull();
  });

  it.each([
    ["Kemp escaped with two other inmates on Friday.", "two"],
    ["Three inmates escaped from the Keld jail on Friday.", "Three"],
  ])("%s → still an escape", (sentence, value) => {
    expect(kinds(sentence, value)).toEqual(["escape"]);
  });
});

describe("getting the better of an opponent: beat, defeat, outpoint, and stop, knock out, overcome when they act on someone", () => {
  it.each([
    ["Nia Castell beat Jo Orme in March 2019.", "March 2019"],
    ["Castell stopped Orme in the seventh round in March 2019.", "March 2019"],
    ["It ended when Castell was knocking out Orme in the tenth of their bout in 2019.", "2019"],
    ["The Rovers overcame Keld United in May 2022.", "May 2022"],
    ["Ada Moss outpointed the champion in June 2020.", "June 2020"],
  ])("%s → defeat", (sentence, value) => {
    expect(kinds(sentence, value)).toContain("defeat");
  });

  it.each([
    ["Police stopped the convoy on the bypass in May 2022.", "May 2022"],
    ["The storm knocked out power to the valley in March 2019.", "March 2019"],
    ["Engineers overcame the flooding in June 2020.", "June 2020"],
  ])("%s → no defeat", (sentence, value) => {
    expect(kinds(sentence, value) ?? []).not.toContain("defeat");
  });
});
