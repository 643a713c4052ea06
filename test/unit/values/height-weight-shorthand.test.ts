/**
 * A player's height and weight in the shorthand of sport reports, in parentheses after the name
 * ("(6-2, 215)"): a height in feet and a weight in pounds, not a range of 6 to 2 nor a bare figure.
 * Sentences written for this test (made-up players).
 */
import { describe, expect, it } from "vitest";
import { findQuantities } from "../../../src/values/quantity/index.js";

function read(sentence: string): [string, number | null | undefined, string | undefined][] {
  return findQuantities(sentence).map((m) => [m.text, m.value?.type === "quantity" ? m.value.nominal : undefined, m.value?.type === "quantity" ? m.value.unit : undefined]);
}

describe("must match: a height and a weight", () => {
  it.each([
    ["The Otters signed rookie Ivo Marsh (6-2, 215) on Monday.", "6-2", 6 + 2 / 12, "215", 215],
    ["Cal Dunn (5-11,198) played at Pell State.", "5-11", 5 + 11 / 12, "198", 198],
    ["Lineman Ray Holt (6-5, 310) was waived.", "6-5", 6 + 5 / 12, "310", 310],
  ])("%s", (sentence, height, feet, weight, pounds) => {
    const found = read(sentence);
    const h = found.find(([text]) => text === height);
    expect(h?.[2]).toBe("ft");
    expect(h?.[1]).toBeCloseTo(feet, 3);
    expect(found).toContainEqual([weight, pounds, "lb"]);
  });
});

describe("must not match: records, scores and other parentheses", () => {
  it.each([
    ["a record", "The Otters (11-5) host the Larks (7-9) on Saturday.", ["11-5", "7-9"]],
    ["a record with another", "The Larks (7-9, 3-5 away) lost again.", ["7-9"]],
    ["inches past eleven", "The count stood (9-12, 200) at the end.", ["9-12"]],
    ["a weight of two digits", "Ivo Marsh (6-2, 15) scored.", ["6-2"]],
    ["no parentheses", "The Otters won 6-2, 215 fans watched.", ["6-2"]],
  ])("%s: %s", (_what, sentence, texts) => {
    for (const [text, , unit] of read(sentence)) if (texts.includes(text)) expect(unit).not.toBe("ft");
    expect(read(sentence).some(([, , unit]) => unit === "lb")).toBe(false);
  });
});
