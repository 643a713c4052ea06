/**
 * How many children someone has is one figure however it is written ("a
 * father of 7", "the father of 7 children", "one of his 7 kids"), so such figures meet; a count
 * of children hurt is no such figure. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { mayMeet, unitOf } from "../../../src/group/occurrence-topics.js";
import { claimsOfText } from "../extract/frames/helpers.js";

const figure = (text: string, value: string) => {
  const c = claimsOfText(text, "2031-09-14").find((x) => x.text === value);
  if (!c) throw new Error(`no claim ${value} in ${text}`);
  return { ...c, story: "s-1" };
};

describe("a count of someone's children is read in one unit", () => {
  const written = [
    ["Sam Reyes, a father of 7, was hurt in Keld.", "7"],
    ["Reyes was the father of 7 children.", "7"],
    ["Reyes was driving with one of his 7 kids when the lorry hit them.", "7"],
  ] as const;

  it.each(written)("%s → children", (text, value) => {
    expect(unitOf(figure(text, value))).toBe("children");
  });

  it("the ways of writing it meet each other", () => {
    const [a, b, c] = written.map(([t, v]) => figure(t, v));
    expect(mayMeet(a!, b!)).toBe(true);
    expect(mayMeet(a!, c!)).toBe(true);
    expect(mayMeet(b!, c!)).toBe(true);
  });

  it("children hurt are not someone's children", () => {
    expect(unitOf(figure("Police said 7 children were hurt in the crash in Keld.", "7"))).not.toBe("children");
  });
});
