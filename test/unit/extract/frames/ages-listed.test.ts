/**
 * A list of bare numbers set off with commas after a plural noun of people gives their ages, one
 * each ("his two half-brothers, 19 and 23, were held"); numbers after other nouns, or a list that
 * runs on into a noun of its own, are no ages. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("ages of people listed after them", () => {
  it.each([
    ["Police also held his two half-brothers, 19 and 23, on Friday.", "19"],
    ["Police also held his two half-brothers, 19 and 23, on Friday.", "23"],
    ["The couple leave three daughters, 4, 7 and 9.", "7"],
    ["The couple leave three daughters, 4, 7 and 9.", "9"],
    ["Both suspects, 16 and 17, were released on bail.", "16"],
  ])("%s → %s is an age", (sentence, value) => {
    expect(frame(sentence, value).counted).toBe("age");
  });

  it.each([
    ["In the two raids, 14 and 9 rifles were seized.", "14"], // no noun of people before the list
    ["The brothers, 17 and 22 years apart in age, never met.", "17"], // the list runs on into a noun
    ["The villages, 40 and more, lost power.", "40"], // no list of numbers
    ["Of the victims, 12 were children.", "12"], // one number, no list
  ])("%s → %s is no age", (sentence, value) => {
    expect(frame(sentence, value).counted).not.toBe("age");
  });
});
