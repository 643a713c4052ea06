/**
 * A person's height in feet and inches is one value ("5-foot-8" is 5 feet 8 inches, not 5 to 8
 * feet), and a weight in pounds after a height and a comma is a weight, not money, even where a
 * tokenized corpus glued the comma to the figures ("5-foot-8,135 pounds"). Sentences written for
 * these tests (made-up people).
 */
import { describe, expect, it } from "vitest";
import { findQuantities } from "../../../src/values/quantity/index.js";

function read(sentence: string): [string, number | null | undefined, string | undefined][] {
  return findQuantities(sentence).map((m) => [m.text, m.value?.type === "quantity" ? m.value.nominal : undefined, m.value?.type === "quantity" ? m.value.unit : undefined]);
}

describe("must match: one height, in feet", () => {
  it.each([
    ["Police said Dario Venn is 6-foot-2 and bald.", "6-foot-2", 6 + 2 / 12],
    ["The missing hiker is 5-feet-4 inches tall.", "5-feet-4 inches", 5 + 4 / 12],
    ["She is 5 feet 11 inches tall, her sister said.", "5 feet 11 inches", 5 + 11 / 12],
    ["A 5-foot-10 man in a grey hood ran off.", "5-foot-10", 5 + 10 / 12],
  ])("%s → %s", (sentence, expr, feet) => {
    const found = read(sentence).find(([text]) => text === expr);
    expect(found?.[2]).toBe("ft");
    expect(found?.[1]).toBeCloseTo(feet, 3);
  });
});

describe("must match: the weight after a height and a comma", () => {
  it.each([
    ["Deputies describe Lina Morr as 5-foot-5,120 pounds, with red hair.", "120 pounds", 120],
    ["Deputies describe Lina Morr as 5-foot-5, 120 pounds, with red hair.", "120 pounds", 120],
    ["The suspect is 6 feet 1 inch, 190 pounds and limps.", "190 pounds", 190],
    ["He was a 6-foot-3, 240-pound lineman at Alder High.", "240-pound", 240],
    // a "-pound" compound after a height and a comma weighs whatever noun or name follows
    ["The 6-foot-7,230-pound guard missed the trip.", "230-pound", 230],
    ["After the timeout, the 6-foot-10, 255-pound Okafor took over.", "255-pound", 255],
  ])("%s → %s lb", (sentence, expr, pounds) => {
    expect(read(sentence)).toContainEqual([expr, pounds, "lb"]);
  });
});

describe("must not match", () => {
  it.each([
    // a length of ten feet and a count: no height (feet of a person lie between 3 and 8)
    ["The 10-foot-3 fence was rebuilt.", "10-foot-3"],
    // feet and a number with no inches word after spaces: no height
    ["The water rose 6 feet 10 minutes after the dam broke.", "6 feet 10"],
  ])("%s: no height %s", (sentence, expr) => {
    expect(read(sentence).map(([text]) => text)).not.toContain(expr);
  });
  it.each([
    // no height before: money in pounds stays money, and a thousands figure stays whole
    ["The fine came to 8,135 pounds, the court said.", "8,135 pounds", 8135, "GBP"],
    ["Tom Aske paid 140 pounds for the bike.", "140 pounds", 140, "GBP"],
  ])("%s → %s stays %s %s", (sentence, expr, n, unit) => {
    expect(read(sentence)).toContainEqual([expr, n, unit]);
  });
  it.each([
    // no height before a "-pound" compound of a noun that is neither weighed nor priced: unread
    ["It was a 10-pound rise in the fare.", "10-pound"],
    ["The 6-man crew had a 40-pound budget.", "40-pound"],
  ])("%s: no weight %s", (sentence, expr) => {
    expect(read(sentence).filter(([, , unit]) => unit === "lb").map(([text]) => text)).not.toContain(expr);
  });
});
