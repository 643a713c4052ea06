/**
 * An age set off by commas after a noun of a person's calling or kin ("the singer, 31, said"): the
 * noun names one person, so the number is that person's age. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";

const ages = (text: string) => findMentions(text, { asOf: "2020-06-30" }).filter((m) => m.counted === "age").map((m) => m.text);

describe("ages in apposition after a role or kin noun", () => {
  it.each([
    ["The singer, 31, cancelled the rest of her tour.", "31"],
    ["Police said the actor, 44, was released without charge.", "44"],
    ["Her husband, 67, told reporters the news.", "67"],
    ["The defendant, 19, denied both counts.", "19"],
    ["The troubled starlet, 23, left the clinic on Monday.", "23"],
    ["The goalkeeper, 35 and from Cork, signed for a year.", "35"],
  ])("must match: %s", (text, age) => {
    expect(ages(text)).toEqual([age]);
  });

  it.each([
    // a plural is a count of people, not an age
    "Among the actors, 12, were flown home early.",
    // a product's model and a list of versions
    "Versions of the model, 3, 4 and 5, were recalled.",
    // a year, and a number too large for an age
    "For the singer, 2019 was the best year.",
    "The director, 400 pages into the script, gave up.",
    // no closing comma: a count that opens a clause
    "Beside the coach, 14 players waited in the rain.",
  ])("must not match: %s", (text) => {
    expect(ages(text)).toEqual([]);
  });
});
