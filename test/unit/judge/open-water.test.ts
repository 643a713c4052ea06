/**
 * A sea or a gulf is where many happenings of one kind take place: a figure told there is not
 * tied by it to another figure told there. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { evidenceOf } from "../../../src/judge/claim-facts.js";
import { claimsOfText } from "../extract/frames/helpers.js";

const evidence = (text: string, value: string): string[] => {
  const c = claimsOfText(text).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${text}”`);
  return [...evidenceOf(c)];
};

describe("a place that is open water ties nothing", () => {
  it.each([
    ["Raiders seized two trawlers in the Gulf of Varna on Monday.", "two"],
    ["A frigate captured three skiffs in the Keld Sea.", "three"],
  ])("%s", (text, value) => {
    expect(evidence(text, value).filter((e) => e.includes("place"))).toEqual([]);
  });

  it("must not: a town still ties", () => {
    expect(evidence("Raiders seized two trawlers in Portmoor on Monday.", "two").some((e) => e.includes("place") && e.includes("portmoor"))).toBe(true);
  });
});
