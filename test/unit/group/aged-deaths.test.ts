/**
 * One death told of one person by the age two reports of one time give: described in one ("a
 * 52-year-old hiker died yesterday"), named in the other ("On Saturday, 52-year-old Lars Holm
 * died"). Sentences written for this test; which pairs tell one death decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { soleAge } from "../../../src/group/aged-deaths.js";
import { oneHolderOnce } from "../../../src/group/past-happenings.js";
import { claim, verdicts } from "./pair-verdicts.js";

describe("soleAge", () => {
  it.each<[string, number | null]>([
    ["A 52-year-old hiker died on the ridge.", 52],
    ["The guide, a man aged 61, was found alive.", 61],
    ["On Sunday 52 year old Lars Holm fell.", 52],
    ["A 52-year-old and a 41-year-old died in the fall.", null],
    ["The hut, built 80 years ago, burned down.", null],
    ["Two hikers died on the ridge.", null],
  ])("%s → %s", (sentence, age) => {
    expect(soleAge(sentence)).toBe(age);
  });
});

const DESCRIBED = "Yesterday, a 52-year-old Danish hiker died after falling 90 metres on Mount Brel.";
const NAMED = "On Saturday, 52-year-old Lars Holm died after slipping from a ridge on Mount Brel.";

describe("one death by one age", () => {
  it.each<[string, string, string, string, string, string, boolean]>([
    ["described / named, one age", DESCRIBED, "Yesterday", "2031-05-12", NAMED, "Saturday", true],
    ["described / named, two ages", DESCRIBED, "Yesterday", "2031-05-12", "On Saturday, 41-year-old Lars Holm died after slipping from a ridge on Mount Brel.", "Saturday", false],
    ["two names, one age", "On Friday, 52-year-old Ivo Berg died after a fall on Mount Brel.", "Friday", "2031-05-12", NAMED, "Saturday", false],
    ["a sentence with two ages", "Yesterday a 52-year-old hiker and a 41-year-old guide died on Mount Brel.", "Yesterday", "2031-05-12", NAMED, "Saturday", false],
    ["an arrest, not a death", "Yesterday, a 52-year-old Danish hiker was arrested on Mount Brel.", "Yesterday", "2031-05-12", NAMED, "Saturday", false],
  ])("%s → %s", (_name, s1, v1, d1, s2, v2, one) => {
    const a = claim(s1, v1, "a.txt", d1);
    const b = claim(s2, v2, "b.txt", "2031-05-13");
    expect(oneHolderOnce(a, b)).toBe(one);
    expect(oneHolderOnce(b, a)).toBe(one);
  });
  it("reports a year apart: not one death by the age alone", () => {
    const a = claim(DESCRIBED, "Yesterday", "a.txt", "2030-05-12");
    const b = claim(NAMED, "Saturday", "b.txt", "2031-05-13");
    expect(oneHolderOnce(a, b)).toBe(false);
  });
  it("must set the two days apart: yesterday (11 May) and Saturday (10 May)", () => {
    const a = claim(DESCRIBED, "Yesterday", "a.txt", "2031-05-12");
    const b = claim(NAMED, "Saturday", "b.txt", "2031-05-13");
    expect(verdicts(a, b)).toEqual(["diverge"]);
  });
  it("must not join deaths of two ages", () => {
    const a = claim(DESCRIBED, "Yesterday", "a.txt", "2031-05-12");
    const b = claim("On Saturday, 41-year-old Lars Holm died after slipping from a ridge on Mount Brel.", "Saturday", "b.txt", "2031-05-13");
    expect(verdicts(a, b)).toEqual([]);
  });
});
