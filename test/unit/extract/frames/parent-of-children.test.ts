/**
 * Whose children a parent's count gives ("a mother of three"): the person named beside the parent,
 * in apposition before or after, or with "is"; nobody when no name stands there. And a name in the
 * possessive after a preposition ("in Ana Roe's death") is whose the thing is, not a place.
 * Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

function holderOf(sentence: string, value: string): string | null {
  return frame(sentence, value).participants.find((p) => p.role === "holder")?.text ?? null;
}

describe("the parent a count of children belongs to", () => {
  it.each([
    ["Ana Roe, a mother of three, was hurt in the crash.", "three", "Ana Roe"],
    ["Ana Roe, 41, a mother of three, was hurt in the crash.", "three", "Ana Roe"],
    ["Neighbours mourned mother of five Dora Lind on Sunday.", "five", "Dora Lind"],
    ["The driver hit a father of two, Tom Hale, near the school.", "two", "Tom Hale"],
    ["Hale was the father of four children.", "four", "Hale"],
  ])("%s → %s", (sentence, value, expected) => {
    expect(holderOf(sentence, value)).toBe(expected);
  });

  it.each([
    ["The gunman killed a mother of two as she walked home.", "two"],
    ["A mother of six who lives nearby called police.", "six"],
  ])("%s → nobody named", (sentence, value) => {
    expect(holderOf(sentence, value)).toBeNull();
  });
});

describe("a name in the possessive after a preposition is no place", () => {
  it.each([
    ["He is accused of firing 9 shots in Ana Roe's death.", "9", "Ana Roe"],
    ["Police found 3 bullets at Kane's funeral home.", "3", "Kane"],
  ])("%s", (sentence, value, name) => {
    const places = frame(sentence, value).participants.filter((p) => p.role === "place").map((p) => p.text);
    expect(places).not.toContain(name);
  });

  it("a place in the possessive before what is not a person's is still a place", () => {
    const places = frame("Floods left 40 people homeless in Norland's north.", "40").participants.filter((p) => p.role === "place").map((p) => p.text);
    expect(places.join(" ")).toContain("Norland");
  });
});
