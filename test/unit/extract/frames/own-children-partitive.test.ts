/**
 * A parent's own children counted as the whole a part is taken from ("one of her
 * 9 kids") count that parent's children, as "a father of nine" does; a toll of children, or
 * children of no one, does not. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("the whole of a part taken from a parent's own children", () => {
  it.each([
    ["Dora Lind was crossing the road with one of her 9 kids when the van hit her.", "9"],
    ["Tom Hale took one of his 5 sons to the match on Saturday.", "5"],
    ["The couple drove one of their 7 children to the coast.", "7"],
    ["She was shopping with one of her 4 grandchildren in Ashby.", "4"],
  ])("%s → children", (sentence, value) => {
    expect(frame(sentence, value).counted).toBe("children");
  });

  it.each([
    // a toll: no part is taken from the family
    ["Her two children died in the blaze at Keld.", "two"],
    // children of no one in particular
    ["One of the 12 children on the bus was hurt.", "12"],
    // a part of something else than offspring
    ["He sold one of his six cars to a dealer in Leeds.", "six"],
  ])("%s → not the parent's children", (sentence, value) => {
    expect(frame(sentence, value).counted).not.toBe("children");
  });
});

describe("a parent's count of children written with a noun of offspring", () => {
  it.each([
    ["Police named a recently married father of two sons as the victim.", "two"],
    ["The crash killed a mother of three daughters from Ashby.", "three"],
  ])("%s → children", (sentence, value) => {
    expect(frame(sentence, value).counted).toBe("children");
  });

  it.each([
    // no parent before "of"
    ["The coach of two sons' teams resigned in Leeds.", "two"],
  ])("%s → not a parent's children", (sentence, value) => {
    expect(frame(sentence, value).counted).not.toBe("children");
  });
});
