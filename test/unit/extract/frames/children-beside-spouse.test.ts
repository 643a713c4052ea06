/**
 * How many children a person has, told beside the person's spouse ("leaves a wife and two
 * children", "a family man with a husband and three teenage sons"): the spouse and the children
 * named together are one person's family, so the figure counts that person's children, as "a
 * mother of two" does. Children counted beside other people, or a spouse beside others than
 * children, are no one's children. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("children counted beside a spouse", () => {
  it.each([
    ["Brannock leaves behind a wife and three children.", "three"],
    ["Neighbours knew Ostrow as a quiet man with his wife and two grown sons.", "two"],
    ["The pilot is survived by her husband and four daughters.", "four"],
    ["Deputies described Velk as a devoted father with a wife and two teenaged children.", "two"],
  ])("%s → children", (sentence, value) => {
    expect(frame(sentence, value).counted).toBe("children");
  });

  it.each([
    // no spouse: people hurt or saved
    ["Two women and three children were hurt when the bus hit a wall in Tarrow.", "three"],
    // a spouse, but not offspring after the figure
    ["He travelled to Dunmore with his wife and two friends.", "two"],
    // the spouse does not stand next to the figure
    ["She leaves a husband, a brother and two children.", "two"],
    // children of no one's family, counted with a trade
    ["The nurse and four children escaped the fire in Hollin.", "four"],
  ])("%s → not a person's children", (sentence, value) => {
    expect(frame(sentence, value).counted).not.toBe("children");
  });
});
