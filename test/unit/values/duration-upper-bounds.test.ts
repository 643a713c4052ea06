/**
 * A length of time under a bound ("less than an hour", "under two weeks") is a
 * bound, as "less than 300 people" is: up to that length, not about it. "Nearly", "almost" and "just
 * under" stay close to the length. Sentences written for this test; values worked out by hand.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";

const duration = (text: string, shown: string) => findMentions(text, { asOf: "2021-04-09" }).find((m) => m.text === shown && m.kind === "duration")?.value;

describe("must read an upper bound", () => {
  it.each<[string, string, number, string]>([
    ["The ferry left the port less than an hour after the alarm.", "less than an hour", 1, "hour"],
    ["Repairs took under two weeks.", "under two weeks", 2, "week"],
    ["The repair of the line took less than three days.", "less than three days", 3, "day"],
  ])("%s → up to %s %s", (text, shown, max, unit) => {
    expect(duration(text, shown)).toMatchObject({ type: "quantity", min: null, max, unit, qualifier: "up to", approximate: false });
  });
});

describe("must not: close to the length stays 'nearly'", () => {
  it.each<[string, string, number, string]>([
    ["The talks ran for nearly three hours.", "nearly three hours", 3, "hour"],
    ["She waited almost a week for the visa.", "almost a week", 1, "week"],
    ["The climb took just under four hours.", "just under four hours", 4, "hour"],
  ])("%s → nearly %s %s", (text, shown, max, unit) => {
    expect(duration(text, shown)).toMatchObject({ type: "quantity", max, unit, qualifier: "nearly", approximate: true });
  });
});
