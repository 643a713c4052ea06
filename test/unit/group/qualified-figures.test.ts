/**
 * One figure of one qualified thing ("five defecting guards" in two
 * reports, "four national rowing federations" and "four rowing federations") is one figure told
 * twice, whatever else the sentences name; a figure with no word of kind, or with two kinds, or
 * of two things, is not. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { oneQualifiedFigure, qualifiedNoun, timesTitle } from "../../../src/group/qualified-figures.js";
import type { Claim } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

function count(sentence: string, text: string, value: number, unit = "person"): Claim {
  return claim(qty(value, value, { nominal: value, unit }), { sentence, text, length: text.length, offset: sentence.indexOf(text), story: "s-1" });
}

describe("one figure of one qualified thing", () => {
  it.each([
    ["It took the word of five defecting guards to sink Varga.", "five", "Outside Szeged, a line of five defecting guards, led by Bodo, told the court all.", "five", 5],
    ["Four national rowing federations today wrote to the ministry.", "Four", "Later, four rowing federations sent letters of their own.", "four", 4],
    ["The survey counted 40 marine biologists in Brest.", "40", "Oddly, 40 marine biologists signed the call.", "40", 40],
  ])("%s | %s", (s1, t1, s2, t2, v) => {
    expect(oneQualifiedFigure(count(s1, t1, v), count(s2, t2, v))).toBe(true);
  });
});

describe("not one qualified figure", () => {
  it.each([
    // no word of kind
    ["Six other people were hurt.", "Six", "Police say six other people fled.", "six", 6, 6],
    ["Two young men ran off.", "Two", "Two young men were seen in Keld.", "Two", 2, 2],
    // two kinds
    ["Five pirate boats came close.", "Five", "Five merchant boats were hit.", "Five", 5, 5],
    // two things
    ["Three scientific societies wrote.", "Three", "Three scientific papers were cited.", "Three", 3, 3],
    // two figures
    ["Five defecting guards spoke.", "Five", "Six defecting guards spoke.", "Six", 5, 6],
  ])("%s | %s", (s1, t1, s2, t2, v1, v2) => {
    expect(oneQualifiedFigure(count(s1, t1, v1), count(s2, t2, v2))).toBe(false);
  });

  it("reads the noun and its words of kind", () => {
    expect(qualifiedNoun(count("Four national rowing federations today wrote.", "Four", 4))).toEqual({ head: "federation", kinds: ["national", "rowing"] });
  });
});

describe("one tally of times of one title", () => {
  it("'a three-time WNBA all-star' and 'a three-time All-Star' are one figure; a champion and a finalist are not", () => {
    const a = count("Reyes, 51, a three-time WNBA all-star with the Comets, was let go.", "three", 3);
    const b = count("Her return to the city where she was a three-time All-Star is no shock.", "three", 3);
    const c = count("Moss, a three-time finalist, lost again.", "three", 3);
    expect(oneQualifiedFigure(a, b)).toBe(true);
    expect(oneQualifiedFigure(a, c)).toBe(false);
    expect(timesTitle(count("She rang four times before noon.", "four", 4))).toBeNull();
  });
});

describe("no qualified figure without a plural head, nor of an outcome a rule measures", () => {
  it("'Three men rammed a van' and 'Three men parked a van' name no word of kind", () => {
    expect(qualifiedNoun(count("Three men rammed a van into the shop.", "Three", 3))).toBeNull();
    expect(oneQualifiedFigure(count("Three men rammed a van into the shop.", "Three", 3), count("Three men parked a van outside.", "Three", 3))).toBe(false);
  });
  it("a figure a rule's measure names an outcome of ('freed two prison guards') is not read so", () => {
    const freed = { ...count("Police freed two prison guards at noon.", "two", 2), measure: "freed" };
    expect(qualifiedNoun(freed)).toBeNull();
  });
});
