/**
 * How many children a person has, told as what the person has or raised ("Tarn
 * had five children", "with whom she had two kids"), counts that person's children, as "a mother
 * of five" does; children counted in a place or a vehicle, or hurt, are no one's children.
 * Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("children a person had", () => {
  it.each([
    ["Olsen had nine children by two marriages.", "nine"],
    ["He met a dancer in Vigo, with whom he had two sons.", "two"],
    ["She has four kids and lives near Tralee.", "four"],
    ["Marek Duda raised six daughters on a farm outside Opole.", "six"],
  ])("%s → children", (sentence, value) => {
    expect(frame(sentence, value).counted).toBe("children");
  });

  it.each([
    // a place or a vehicle holds the children: no one's own
    ["The school has 300 children on its roll.", "300"],
    ["The bus had 30 kids aboard when it slid off the road.", "30"],
    // a toll
    ["Five children were hurt when the roof fell in Keld.", "Five"],
    // had, but not offspring
    ["Olsen had nine cars in his garage.", "nine"],
  ])("%s → not a person's children", (sentence, value) => {
    expect(frame(sentence, value).counted).not.toBe("children");
  });
});
