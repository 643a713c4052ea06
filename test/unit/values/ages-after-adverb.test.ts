/**
 * Ages told after "both" or an adverb of time, as an apposition or an opening phrase, are ages
 * of the persons told, as "Kowal, 63," is: "The pilots, both 44, were unhurt", "Ada Rusk, now 63,
 * said", "Then 70, the author moved abroad". Not a number that goes on ("both 44 and 45", "then 70
 * more arrived", "now 63 percent"). Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";

const ages = (text: string) =>
  findMentions(text, { asOf: "2021-06-01" })
    .filter((m) => m.counted === "age")
    .map((m) => [m.text, m.value?.type === "quantity" ? m.value.nominal : null]);

describe("must match: an age after both or an adverb", () => {
  it.each<[string, string, number]>([
    ["The pilots, both 44, were unhurt.", "44", 44],
    ["Officer Lena Pratt and Sergeant Tom Ivers, both 51, died at the scene.", "51", 51],
    ["Ada Rusk, now 63, said she would stay in Calder.", "63", 63],
    ["The driver, then 19, fled the scene on foot.", "19", 19],
    ["Then 70, the author moved abroad.", "70", 70],
    ["The mill closed in 1990. Now 58, she runs the farm alone.", "58", 58],
    ["Then 67, Rask celebrated the ruling.", "67", 67],
    ["Her son, still 17, was held overnight.", "17", 17],
  ])("%s → %s", (sentence, text, n) => {
    expect(ages(sentence)).toContainEqual([text, n]);
  });
});

describe("must not match: numbers that go on", () => {
  it.each<[string]>([
    ["Police said both 44 and 45 were numbers on the board."],
    ["By dusk then 70 more arrived at the camp."],
    ["The index, now 63 percent higher, fell back."],
    ["Then 70 more trucks crossed the border."],
    ["Killed, both 12, wounded, 30."],
  ])("%s: no age", (sentence) => {
    expect(ages(sentence)).toEqual([]);
  });
});
