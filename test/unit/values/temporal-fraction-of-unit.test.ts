/**
 * A fraction of a decade, century or millennium written as one length of time is that many years:
 * "a quarter-century" is 25 years, not "a quarter" (three months) of something called a century.
 * Sentences written for this test; the years worked out by hand.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";

const durations = (text: string) =>
  findMentions(text, { asOf: "2021-06-01" })
    .filter((m) => m.kind === "duration")
    .map((m) => [m.text, m.value?.type === "quantity" ? m.value.nominal : null, m.value?.type === "quantity" ? m.value.unit : null]);

describe("must match: a fraction of a long unit is a number of years", () => {
  it.each<[string, string, number]>([
    ["Mara Voss ran the ferry line for a quarter-century.", "a quarter-century", 25],
    ["After nearly a quarter-century of silence the choir sang again.", "nearly a quarter-century", 25],
    ["The orchard was tended for a quarter of a century by one family.", "a quarter of a century", 25],
    ["The lighthouse stood dark for a quarter century.", "a quarter century", 25],
    ["Teodor Ilic taught there for three-quarters of a century, his pupils said.", "three-quarters of a century", 75],
    ["The treaty kept the peace for a half-century.", "a half-century", 50],
    ["Repairs dragged on for half a decade.", "half a decade", 5],
    ["The monastery's records span half a millennium.", "half a millennium", 500],
  ])("%s → %s = %d years", (sentence, text, years) => {
    expect(durations(sentence)).toContainEqual([text, years, "year"]);
  });
});

describe("must not match: quarters and halves that are not a fraction of a long unit", () => {
  it.each<[string, string]>([
    // a quarter of a length, or a quarter of a year, stays what it was
    ["She jogged a quarter mile to the gate.", "a quarter-century"],
    ["Profits fell in the third quarter.", "25"],
    // "of the century": a share of something the century made, not a length of time
    ["A quarter of the century's rainfall came in one storm.", "a quarter of the century"],
  ])("%s: no %s", (sentence, text) => {
    expect(durations(sentence).map(([t, n]) => String(t).includes(text) || String(n) === text)).not.toContain(true);
  });

  it("a plain count of centuries keeps its own unit (long-durations-keep-unit.test.ts)", () => {
    expect(durations("The bridge has stood for two centuries.")).toContainEqual(["two centuries", 2, "century"]);
  });
});
