/**
 * Verbs of letting a volley go ("sprayed 9 bullets", "letting off six shots", "unleashed 20 rounds",
 * "pumped five rounds") count shots fired, as "fired" does; the same verbs with another counted thing
 * (acres sprayed, pages pumped out) count no shots. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { claimsOfText } from "./helpers.js";

function shots(text: string): string[] {
  return claimsOfText(text)
    .filter((c) => c.rule === "shots-fired")
    .map((c) => `${c.text} ${c.measure ?? "-"}`);
}

describe("a volley let go is a count of shots fired", () => {
  it.each([
    ["From the balcony the sniper sprayed 9 bullets into the square.", "9 fired"],
    ["He is accused of letting off six shots outside the bar.", "six fired"],
    ["The guard unleashed 20 rounds at the fleeing car.", "20 fired"],
    ["Witnesses said the man pumped five rounds into the door.", "five fired"],
    ["Police say she squeezed off three shots before running.", "three fired"],
  ])("%s", (text, expected) => {
    expect(shots(text)).toEqual([expected]);
  });
});

describe("the same verbs with other things counted are no shots", () => {
  it.each([
    "Workers sprayed 40 acres of orchard with fungicide.",
    "The station pumped 300 gallons of water out of the cellar.",
    "The crowd let off 50 balloons at noon.",
    "The board unleashed 12 new products this spring.",
  ])("%s", (text) => {
    expect(shots(text)).toEqual([]);
  });
});
