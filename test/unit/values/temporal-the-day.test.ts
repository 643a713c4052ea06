/**
 * "the day" names a date on its own only after a verb that ends or opens a day of trading or play,
 * or after a preposition; as a plain subject or object it names no day a reader could check.
 * Sentences written for this test; reference date 2019-03-15 (a Friday).
 */
import { describe, expect, it } from "vitest";
import { findTemporal } from "../../../src/values/temporal/index.js";

const AS_OF = "2019-03-15";
const valueOf = (sentence: string): string | undefined => findTemporal(sentence, { asOf: AS_OF }).find((x) => x.text === "the day")?.timex?.value;

describe("the day", () => {
  it.each([
    ["Shares rose on Wednesday, ending the day at 8,100.", "2019-03-13"],
    ["The index closed the day 2 percent lower.", "2019-03-15"],
    ["Bonds fell at the close of the day.", "2019-03-15"],
    ["Prices held steady for the day.", "2019-03-15"],
    ["Trading was thin throughout the day.", "2019-03-15"],
  ])("%s → %s", (sentence, value) => {
    expect(valueOf(sentence)).toBe(value);
  });

  it.each([
    "The day was cold and grey when the walkers set out.",
    "The day sets up for a tight derby.",
    "Villagers marked the day with a bonfire.",
    "She still remembers the day clearly.",
    "It was the day everything changed.",
  ])("no date in %j", (sentence) => {
    expect(valueOf(sentence)).toBeUndefined();
  });
});
